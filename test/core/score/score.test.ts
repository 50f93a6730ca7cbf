import { analyzeWorkbook } from "../../../src/core/engine";
import { exact, toFixed } from "../../../src/core/exact";
import { sheetFromRows } from "../../../src/core/snapshot";
import { sheetReport } from "../../../src/core/report";
import { criteriaSheetRows, gradeSheetRows, header, type Row } from "../../helpers/sakipRows";

function analyze(rows: Row[], name = "Dinkes") {
  return analyzeWorkbook({ sheets: [sheetFromRows(name, rows)] }).sheets[0];
}

function total(rows: Row[]): string {
  return toFixed(analyze(rows).score!.totalPoints, 2);
}

describe("sakip-2021: one grade per sub-component", () => {
  // domain.md section 7: AA/BB/B, A/BB/B, AA/A/BB, A/B/CC.
  const worked = ["AA", "BB", "B", "A", "BB", "B", "AA", "A", "BB", "A", "B", "CC"];

  test("the worked example totals 77.10", () => {
    expect(total(gradeSheetRows(worked))).toBe("77.10");
  });

  test("the worked example is BB", () => {
    expect(analyze(gradeSheetRows(worked)).score!.band.predicate).toBe("BB");
  });

  test("component scores are 23.70, 23.10, 13.05, 17.25", () => {
    const scores = analyze(gradeSheetRows(worked)).score!.components.map((c) => toFixed(c.score, 2));
    expect(scores).toEqual(["23.70", "23.10", "13.05", "17.25"]);
  });

  test("BB on 1.b (weight 9) is 7.2", () => {
    const sub = analyze(gradeSheetRows(worked)).score!.components[0].subcomponents[1];
    expect(sub.score.equals(exact("7.2"))).toBe(true);
  });

  test("all A gives 90.00, which is A, not AA", () => {
    const result = analyze(gradeSheetRows(Array(12).fill("A"))).score!;
    expect([toFixed(result.totalPoints, 2), result.band.predicate]).toEqual(["90.00", "A"]);
  });

  test("all BB gives 80.00, which is BB", () => {
    const result = analyze(gradeSheetRows(Array(12).fill("BB"))).score!;
    expect([toFixed(result.totalPoints, 2), result.band.predicate]).toEqual(["80.00", "BB"]);
  });

  test("all AA gives 100, AA", () => {
    expect(analyze(gradeSheetRows(Array(12).fill("AA"))).score!.band.predicate).toBe("AA");
  });

  test("unanswered sub-components count 0 and the sheet is not complete", () => {
    const result = analyze(gradeSheetRows(["AA", ...Array(11).fill(null)])).score!;
    expect([toFixed(result.totalPoints, 2), result.complete]).toEqual(["6.00", false]);
  });

  test("a placeholder listing the choices is not an answer", () => {
    const result = analyze(gradeSheetRows(["AA/A/BB/B/CC/C/D/E", ...Array(11).fill("E")])).score!;
    expect(result.components[0].subcomponents[0].answered).toBe(0);
  });

  test("lower-case grades and spaces are accepted", () => {
    expect(total(gradeSheetRows([" aa ", "bb", "b", "a", "Bb", "B", "AA", "a", "BB", "A", "b", "cc"]))).toBe("77.10");
  });
});

describe("sakip-2021-kriteria: mean of criterion values", () => {
  test("kualitas weight 9 with A,B,C,A,E is 5.85", () => {
    const answers = [[], ["A", "B", "C", "A", "E"]];
    const sub = analyze(criteriaSheetRows(answers)).score!.components[0].subcomponents[1];
    expect(toFixed(sub.score, 2)).toBe("5.85");
  });

  test("an unanswered criterion stays in the count as 0", () => {
    const answers = [["Y", "Y", null, "T"]];
    const sub = analyze(criteriaSheetRows(answers)).score!.components[0].subcomponents[0];
    expect(sub.score.equals(exact("3"))).toBe(true); // 2 of 4 x 6
  });

  test("Ya and Tidak mean Y and T", () => {
    const answers = [["Ya", "tidak", "YA", "Tidak"]];
    const sub = analyze(criteriaSheetRows(answers)).score!.components[0].subcomponents[0];
    expect(sub.score.equals(exact("3"))).toBe(true);
  });

  test("a third of a weight stays exact: 1 of 3 Y x 6 = 2", () => {
    const sub = analyze(criteriaSheetRows([["Y", "T", "T"]])).score!.components[0].subcomponents[0];
    expect(sub.score.equals(exact("2"))).toBe(true);
  });

  test("every criterion fulfilled gives 100, AA", () => {
    const full = [0, 1, 2, 3].flatMap(() => [["Y", "Y"], ["A", "A"], ["A"]]);
    expect(analyze(criteriaSheetRows(full)).score!.band.predicate).toBe("AA");
  });
});

describe("layouts FORMAT.md allows", () => {
  const worked = ["AA", "BB", "B", "A", "BB", "B", "AA", "A", "BB", "A", "B", "CC"];

  test("shuffled columns with accepted aliases score the same", () => {
    const rows = gradeSheetRows(worked).map((row, i) => {
      if (i < 5) return row;
      const [code, text, weight, answer, score, note] = [...row, undefined, undefined, undefined].slice(0, 6);
      return i === 5 ? ["Catatan", "Jawaban", "Bobot Maksimal", "No.", "Score", "Komponen/Sub Komponen/Kriteria"] : [note, answer, weight, code, score, text];
    });
    expect(total(rows)).toBe("77.10");
  });

  test("trailing dots and upper-case letters in codes are accepted", () => {
    const rows = gradeSheetRows(worked).map((row, i) => (i > 5 && typeof row[0] === "string" ? [`${row[0].toUpperCase()}.`, ...row.slice(1)] : row));
    expect(total(rows)).toBe("77.10");
  });

  test("weights as fractions give the same points", () => {
    const rows = gradeSheetRows(worked).map((row, i) => (i > 5 && typeof row[2] === "number" ? [row[0], row[1], row[2] / 100, ...row.slice(3)] : row));
    const result = analyze(rows);
    expect([result.indicator!.units, sheetReport(result).total]).toEqual(["fraction", 77.1]);
  });

  test("weights typed as text with a decimal comma are read exactly", () => {
    const rows = gradeSheetRows(worked).map((row) => (row[2] === 4.5 ? [row[0], row[1], "4,5", ...row.slice(3)] : row));
    expect(total(rows)).toBe("77.10");
  });

  test("free-text rows between criteria are ignored", () => {
    const rows = gradeSheetRows(worked);
    rows.splice(8, 0, [null, "(lanjutan uraian)"]);
    expect(total(rows)).toBe("77.10");
  });

  test("a sheet without the required header roles is not an indicator sheet", () => {
    expect(analyzeWorkbook({ sheets: [sheetFromRows("Catatan", [["Nama", "Alamat"], ["a", "b"]])] }).sheets).toHaveLength(0);
  });

  test("without a Skema label, grades on sub-component rows mean sakip-2021", () => {
    const rows = gradeSheetRows(worked).slice(5);
    expect(analyze(rows).indicator!.schemeId).toBe("sakip-2021");
  });

  test("without a Skema label, criterion answers alone mean sakip-2021-kriteria", () => {
    const rows = criteriaSheetRows([["Y", "T"]]).slice(2);
    expect(analyze(rows).indicator!.schemeId).toBe("sakip-2021-kriteria");
  });

  test("the header may stand below free title rows", () => {
    const rows: Row[] = [["JUDUL"], [], [], ...gradeSheetRows(worked).slice(5)];
    expect(total(rows)).toBe("77.10");
  });

  test("a header row is matched case-insensitively", () => {
    const rows = gradeSheetRows(worked).map((row, i) => (i === 5 ? header.map((h) => String(h).toUpperCase()) : row));
    expect(total(rows)).toBe("77.10");
  });
});
