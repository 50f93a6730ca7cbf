import { detectLayout } from "../../../src/core/layout/detect";
import { analyzeWorkbook } from "../../../src/core/engine";
import { countBySeverity } from "../../../src/core/validate/finding";
import { buildSummary } from "../../../src/core/summary/summaryPlan";
import { statsOf } from "../../../src/core/summary/ringkasan";
import { all, at, brokenSheet, cellsOf, date, gradeSheet, input, rowValues, sheetOf, specSnapshot, value, withUnitText, worked } from "./fixtures";

const hyperlink = '=HYPERLINK("http://contoh.id","klik")';

function recap(options: { title?: string; year?: string } = {}) {
  return buildSummary(
    { sheets: [] },
    [
      input("a.xlsx", [gradeSheet("Dinkes", "Dinas Kesehatan", all("AA")), gradeSheet("Dindik", "Dinas Pendidikan", all("A")), brokenSheet("Rusak")]),
      input("b.xlsx", [
        gradeSheet("Dinsos", "Dinas Sosial", all("A")),
        withUnitText(gradeSheet("Dishub", "", all("BB")), hyperlink),
        gradeSheet("Worked", "Dinas Kesehatan", worked),
      ]),
    ],
    { date, at, ...options },
  );
}

const result = recap();
const sheet = sheetOf(result.plan, "Ringkasan");
const cells = cellsOf(sheet);
/** Values of one column over the body rows 8-13. */
const column = (letter: string) => [8, 9, 10, 11, 12, 13].map((row) => cells.get(`${letter}${row}`)?.value ?? null);

// Layout: title block rows 1-5, header row 7, body rows 8-13 (six sheets), statistics rows
// 15-17, distribution title row 19, its header row 20, bands rows 21-27, their sum row 28.
describe("Ringkasan: the table", () => {
  test("has exactly the header cells of the contract", () => {
    expect(rowValues(sheet, 6)).toEqual([
      "No", "Unit", "Perencanaan Kinerja", "Pengukuran Kinerja", "Pelaporan Kinerja", "Evaluasi Akuntabilitas Kinerja Internal",
      "Nilai Akhir", "Predikat", "Peringkat", "Kesalahan", "Peringatan", "Berkas", "Lembar",
    ]);
  });

  test("has one row per indicator sheet, ordered by rank, the unscored sheet last", () => {
    expect(column("M")).toEqual(["Dinkes", "Dindik", "Dinsos", "Dishub", "Worked", "Rusak"]);
  });

  test("numbers the rows", () => {
    expect(column("A")).toEqual([1, 2, 3, 4, 5, 6]);
  });

  test("shows each sheet's total", () => {
    expect(column("G")).toEqual([100, 90, 90, 80, 77.1, null]);
  });

  test("shows each sheet's predicate", () => {
    expect(column("H")).toEqual(["AA", "A", "A", "BB", "BB", null]);
  });

  test("ranks by total with ties sharing a rank (1, 2, 2, 4, 5)", () => {
    expect(column("I")).toEqual([1, 2, 2, 4, 5, null]);
  });

  test("ranks with a live RANK formula over the totals", () => {
    expect(cells.get("I10")!.formula).toBe("=RANK(G10,$G$8:$G$13)");
  });

  test("takes the predicate with a live formula over the total", () => {
    expect(cells.get("H8")!.formula).toBe('=IF(G8>90,"AA",IF(G8>80,"A",IF(G8>70,"BB",IF(G8>60,"B",IF(G8>50,"CC",IF(G8>30,"C","D"))))))');
  });

  test("shows component scores in points", () => {
    expect(rowValues(sheet, 11).slice(2, 6)).toEqual([23.7, 23.1, 13.05, 17.25]);
  });

  test("formats scores as 0.00", () => {
    expect(["C12", "F12", "G12"].map((a) => cells.get(a)!.numberFormat)).toEqual(["0.00", "0.00", "0.00"]);
  });

  test("keeps two sheets of the same unit as two rows", () => {
    expect(column("B").filter((u) => u === "Dinas Kesehatan")).toHaveLength(2);
  });

  test("shows the file and sheet each row comes from", () => {
    expect([cells.get("L12")!.value, cells.get("M12")!.value]).toEqual(["b.xlsx", "Worked"]);
  });

  test("counts each sheet's errors and warnings", () => {
    const broken = analyzeWorkbook({ sheets: [brokenSheet("Rusak")] }).sheets[0];
    const counts = countBySeverity(broken.findings);
    expect([cells.get("J13")!.value, cells.get("K13")!.value]).toEqual([counts.error, counts.warning]);
  });

  test("a sheet with errors shows them", () => {
    expect(cells.get("J13")!.value).toBeGreaterThan(0);
  });

  test("a unit name that looks like a formula is a plain value, never a formula", () => {
    expect(cells.get("B11")).toEqual({ row: 10, col: 1, value: hyperlink });
  });

  test("file and sheet names are plain values", () => {
    expect(sheet.cells.toArray().filter((c) => c.col >= 11 && c.formula !== undefined)).toEqual([]);
  });
});

describe("Ringkasan: title block", () => {
  test("defaults the title to Rekapitulasi Hasil Evaluasi", () => {
    expect(value(sheet, "A1")).toBe("Rekapitulasi Hasil Evaluasi");
  });

  test("takes the title given", () => {
    expect(value(sheetOf(recap({ title: "Kabupaten Lamongan" }).plan, "Ringkasan"), "A1")).toBe("Kabupaten Lamongan");
  });

  test("shows the units' year when none is given", () => {
    expect(rowValues(sheet, 1)).toEqual(["Tahun", undefined, 2024]);
  });

  test("shows the year given", () => {
    expect(value(sheetOf(recap({ year: "2025" }).plan, "Ringkasan"), "C2")).toBe(2025);
  });

  test("shows the scheme", () => {
    expect(rowValues(sheet, 2)).toEqual(["Skema penilaian", undefined, "sakip-2021"]);
  });

  test("shows the date it was made, as passed in", () => {
    expect(rowValues(sheet, 3)).toEqual(["Tanggal dibuat", undefined, "2025-01-31"]);
  });
});

describe("Ringkasan: per-component statistics", () => {
  test("averages each component with AVERAGE over its column", () => {
    expect(cells.get("C15")).toMatchObject({ formula: "=AVERAGE(C8:C13)", value: 26.34 });
  });

  test("averages the totals (87.42)", () => {
    expect(cells.get("G15")!.value).toBe(87.42);
  });

  test("shows the highest of each component with MAX", () => {
    expect(rowValues(sheet, 15)).toEqual([undefined, "Tertinggi", 30, 30, 15, 25, 100]);
  });

  test("shows the lowest of each component with MIN", () => {
    expect(rowValues(sheet, 16)).toEqual([undefined, "Terendah", 23.7, 23.1, 12, 17.25, 77.1]);
  });

  test("leaves the statistics out when no sheet could be scored", () => {
    const none = buildSummary({ sheets: [] }, [input("a.xlsx", [brokenSheet("Rusak")])], { date, at });
    expect(sheetOf(none.plan, "Ringkasan").cells.toArray().some((c) => c.formula?.startsWith("=AVERAGE"))).toBe(false);
  });
});

describe("Ringkasan: distribution of predicates", () => {
  test("lists the predicates in scale order", () => {
    expect([21, 22, 23, 24, 25, 26, 27].map((r) => value(sheet, `A${r}`))).toEqual(["AA", "A", "BB", "B", "CC", "C", "D"]);
  });

  test("counts them", () => {
    expect([21, 22, 23, 24, 25, 26, 27].map((r) => value(sheet, `C${r}`))).toEqual([1, 2, 2, 0, 0, 0, 0]);
  });

  test("counts them with live COUNTIF formulas over the predicate column", () => {
    expect(cells.get("C22")!.formula).toBe("=COUNTIF($H$8:$H$13,A22)");
  });

  test("sums the counts", () => {
    expect(cells.get("C28")).toMatchObject({ formula: "=SUM(C21:C27)", value: 5 });
  });

  test("is returned as data too", () => {
    expect(Object.fromEntries(result.distribution.map((e) => [e.predicate, e.count]))).toEqual({ AA: 1, A: 2, BB: 2, B: 0, CC: 0, C: 0, D: 0 });
  });

  test("comes with a column chart of the counts beside them, 15 rows tall", () => {
    expect(sheet.charts![0]).toEqual({ kind: "column", title: "Sebaran Predikat", categories: "A21:A27", values: "C21:C27", anchor: "E19", to: "F33" });
  });
});

describe("Ringkasan: the components' averages as a chart", () => {
  test("a bar per component, named by its header and long as its average, under the distribution's chart", () => {
    expect(sheet.charts![1]).toEqual({ kind: "bar", title: "Rata-rata Nilai per Komponen", categories: "C7:F7", values: "C15:F15", anchor: "E35", to: "F49" });
    expect(["C7", "F7"].map((a) => value(sheet, a))).toEqual(["Perencanaan Kinerja", "Evaluasi Akuntabilitas Kinerja Internal"]);
    expect(cells.get("C15")!.formula).toBe("=AVERAGE(C8:C13)");
    expect(value(sheet, "B15")).toBe("Rata-rata");
  });

  test("no averages, no chart of them: a recap of unscored sheets charts only the distribution", () => {
    const unscored = buildSummary({ sheets: [] }, [input("a.xlsx", [brokenSheet("Rusak")])], { date, at });
    expect(sheetOf(unscored.plan, "Ringkasan").charts!.map((c) => c.kind)).toEqual(["column"]);
  });
});

describe("Ringkasan: ready to send", () => {
  test("freezes the rows down to the header", () => {
    expect(sheet.freezeRows).toBe(7);
  });

  test("prints landscape, one page wide, over the table, the distribution and the charts", () => {
    expect(sheet.print).toEqual({ area: "A1:M49", landscape: true, fitToWidth: true });
  });

  test("sizes the unit column to its longest name", () => {
    expect(sheet.columnWidths!.find((w) => w.col === 1)!.width).toBeGreaterThanOrEqual(hyperlink.length);
  });

  test("sizes every column of the table", () => {
    expect(sheet.columnWidths!.map((w) => w.col)).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]);
  });

  test("bolds the header row", () => {
    expect(sheet.bold).toEqual(expect.arrayContaining(["A7", "M7"]));
  });

  test("is not mistaken for an indicator sheet when read back", () => {
    expect(detectLayout(specSnapshot(sheet)).kind).toBe("none");
  });
});

describe("statsOf", () => {
  test("averages exactly, leaving out what is not there: (0.1 + 0.2) / 2 is 0.15, not 0.15000000000000002", () => {
    expect(statsOf([0.1, null, 0.2])).toEqual({ average: 0.15, highest: 0.2, lowest: 0.1 });
  });

  test("has nothing to say of no values", () => {
    expect(statsOf([null, null])).toBeNull();
  });
});
