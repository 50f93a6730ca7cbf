/**
 * A sheet with the unit's own answers (Jawaban PM) beside the evaluator's (Jawaban): both are
 * scored, both totals and predicates are written, the evaluator's decides, and each row where
 * the two differ is a finding at the evaluator's cell.
 */
import { a1 } from "../../../src/core/address";
import { analyzeWorkbook } from "../../../src/core/engine";
import { planScore } from "../../../src/core/plan/scorePlan";
import { sheetReport } from "../../../src/core/report";
import { sheetFromRows, type WorkbookSnapshot } from "../../../src/core/snapshot";
import { applyToSnapshot } from "../../helpers/applyToSnapshot";
import { selfAssessmentRows, selfHeader, type Row } from "../../helpers/sakipRows";

const at = "2024-05-01T00:00:00.000Z";
// Columns: A Kode, B Uraian, C Bobot, D Jawaban PM, E Nilai PM, F Jawaban, G Nilai.
const header = selfHeader;
const rows = selfAssessmentRows;

const evaluator = ["AA", "BB", "B", "A", "BB", "B", "AA", "A", "BB", "A", "B", "CC"];
const self = ["AA", "AA", "B", "A", "BB", "A", "AA", "A", "BB", "A", "B", "BB"];

function analysed(r: Row[] = rows(self, evaluator)) {
  const snapshot: WorkbookSnapshot = { sheets: [sheetFromRows("Dinkes", r)] };
  const analysis = analyzeWorkbook(snapshot);
  return { snapshot, analysis, sheet: analysis.sheets[0] };
}

test("the evaluator's total is the sheet's result: 77.10 BB", () => {
  const report = sheetReport(analysed().sheet);
  expect([report.total, report.predicate]).toEqual([77.1, "BB"]);
});

test("the unit's own total is scored the same way: 84.40 A", () => {
  // 77.1 + 1.b (9 x (1 - 0.8)) + 2.c (15 x (0.9 - 0.7)) + 4.c (12.5 x (0.8 - 0.6)) = 77.1 + 1.8 + 3 + 2.5 = 84.4
  const report = sheetReport(analysed().sheet);
  expect([report.self?.total, report.self?.predicate]).toEqual([84.4, "A"]);
});

test("each row where the answers differ is a finding at the evaluator's cell", () => {
  const r = rows(self, evaluator);
  const differ = analysed(r).sheet.findings.filter((f) => f.code === "answers-differ");
  const rowOf = (code: string) => r.findIndex((x) => x[0] === code);
  expect(differ.map((f) => [f.cell, f.severity, f.params.self, f.params.evaluator])).toEqual([
    [a1(rowOf("1.b"), 5), "info", "AA", "BB"],
    [a1(rowOf("2.c"), 5), "info", "A", "B"],
    [a1(rowOf("4.c"), 5), "info", "BB", "CC"],
  ]);
});

test("a sheet without a self-assessment has no such finding and no self report", () => {
  const plain = rows(self, evaluator).map((row) => [row[0], row[1], row[2], row[5], row[6]]);
  plain[4] = ["Kode", "Uraian", "Bobot", "Jawaban", "Nilai"];
  const sheet = analysed(plain).sheet;
  expect([sheet.findings.some((f) => f.code === "answers-differ"), sheetReport(sheet).self]).toEqual([false, undefined]);
});

test("an answer the unit typed wrong is found in the unit's column", () => {
  const wrong = [...self];
  wrong[0] = "ZZ";
  const r = rows(wrong, evaluator);
  const found = analysed(r).sheet.findings.find((f) => f.code === "answer-not-on-scale");
  expect(found?.cell).toBe(a1(r.findIndex((x) => x[0] === "1.a"), 3));
});

describe("score writes both", () => {
  const { snapshot, analysis } = analysed();
  const plan = planScore(snapshot, analysis, "formulas", at);
  const after = applyToSnapshot(snapshot, plan).sheets[0];
  const cell = (address: string) => {
    const m = /^([A-Z])(\d+)$/.exec(address)!;
    const row = Number(m[2]) - 1;
    const col = m[1].charCodeAt(0) - 65;
    return { value: after.values[row]?.[col] ?? null, formula: after.formulas[row]?.[col] ?? null };
  };
  // Body rows 6-21 (1-based), footer labels on row 23 and 24.
  test("the footer holds both totals and both predicates, on the same rows", () => {
    expect([cell("B23").value, cell("E23").value, cell("G23").value, cell("B24").value, cell("E24").value, cell("G24").value]).toEqual([
      "Nilai Akhir",
      84.4,
      77.1,
      "Predikat",
      "A",
      "BB",
    ]);
  });

  test("the unit's sub-component formula reads the unit's answer, the component sums the unit's column", () => {
    expect([cell("E7").formula, cell("E6").formula]).toEqual([expect.stringContaining("TRIM(D7)"), "=SUM(E7,E8,E9)"]);
  });

  test("the evaluator's formulas read the evaluator's answers", () => {
    expect([cell("G7").formula, cell("G6").formula]).toEqual([expect.stringContaining("TRIM(F7)"), "=SUM(G7,G8,G9)"]);
  });

  test("each cell is written once", () => {
    const keys = plan.writes.map((w) => `${w.sheet}!${w.row}:${w.col}`);
    expect(new Set(keys).size).toBe(keys.length);
  });

  test("nothing in the answer, code, text or weight columns is written", () => {
    expect(plan.writes.filter((w) => ![1, 4, 6].includes(w.col)).map((w) => a1(w.row, w.col))).toEqual([]);
  });
});

describe("criteria answered on both sides (sakip-2021-kriteria)", () => {
  // 1.a's criteria: the unit says Y, Y; the evaluator Y, T.
  const r: Row[] = [["Skema", "sakip-2021-kriteria"], ["Unit", "Dinas Pendidikan"], [], header, ["1", "Perencanaan Kinerja", 30], ["1.a", "Sub 1.a", 6], ["1.a.1", "K1", null, "Y", null, "Y"], ["1.a.2", "K2", null, "Y", null, "T"]];
  const snapshot: WorkbookSnapshot = { sheets: [sheetFromRows("Dindik", r)] };
  const analysis = analyzeWorkbook(snapshot);
  const plan = planScore(snapshot, analysis, "formulas", at);
  const written = new Map(plan.writes.map((w) => [a1(w.row, w.col), w]));

  test("each side's sub-component is the mean of its own criteria: 6 and 3", () => {
    expect([written.get("E6")?.value, written.get("G6")?.value]).toEqual([6, 3]);
  });

  test("each side's formula reads its own answer column", () => {
    expect([written.get("E6")?.formula, written.get("G6")?.formula]).toEqual([expect.stringMatching(/D7:D8/), expect.stringMatching(/F7:F8/)]);
  });

  test("the difference is listed at 1.a.2", () => {
    expect(analysis.sheets[0].findings.filter((f) => f.code === "answers-differ").map((f) => [f.cell, f.params.code])).toEqual([["F8", "1.a.2"]]);
  });
});
