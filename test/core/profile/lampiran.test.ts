/** The KemenPANRB "Lampiran" form (LKE ZI, LKE RB) read as it is, through the engine's front door. */
import { analyzeWorkbook } from "../../../src/core/engine";
import { planScore } from "../../../src/core/plan/scorePlan";
import { sheetReport } from "../../../src/core/report";
import type { CellWrite } from "../../../src/core/plan/writePlan";
import { sheetFromRows, type SheetSnapshot } from "../../../src/core/snapshot";
import { rbRows, rbSheet, snapshotOf, ziSheet } from "./lampiranFixture";

const at = "2026-01-01T00:00:00.000Z";

/** The sheet with the cached values a write plan gives its formula cells. */
function withCached(sheet: SheetSnapshot, writes: CellWrite[]): SheetSnapshot {
  const values = sheet.values.map((row) => [...row]);
  for (const w of writes) values[w.row][w.col] = w.value;
  return { ...sheet, values };
}

describe("LKE ZI with two assessments side by side", () => {
  const analysis = analyzeWorkbook(snapshotOf(ziSheet()));
  const reports = analysis.sheets.map(sheetReport);

  test("one entry per assessment, named by its heading; the difference column is not one", () => {
    expect(reports.map((r) => [r.sheet, r.assessment])).toEqual([
      ["LKE ZI", "PENILAIAN UNIT KERJA"],
      ["LKE ZI", "PENILAIAN EVALUATOR"],
    ]);
    expect(analysis.findings).toEqual([]);
  });

  test("totals and components come from the workbook's own formulas, exactly", () => {
    // Unit: area 1 = mean(1, 0.5, 1) x 30 = 25 (the "Ya" type row gives "-" and drops out);
    // area 2 = mean(0.75, 1, 0, 0.8) x 30 = 19.125; Hasil = 3.5/4 x 40 = 35.
    expect(reports[0].total).toBe(79.13);
    expect(reports[0].components.map((c) => [c.code, c.name, c.score])).toEqual([
      ["A.", "PENGUNGKIT", 44.125],
      ["B.", "HASIL", 35],
    ]);
    expect(reports[0].components[0].subcomponents.map((s) => [s.code, s.name, s.weight, s.score])).toEqual([["I.", "PEMENUHAN", 60, 44.125]]);
    // Evaluator: area 1 = mean(1, 0.67) x 30 = 25.05 ("D" is not an A/B/C answer); area 2 =
    // mean(0.75, 1, 1, 0.9) x 30 = 27.375 (row 14 reads row 13's "A"); Hasil = 3/4 x 40 = 30.
    // 82.425 rounds half-up to 82.43 (binary floating point would give 82.42).
    expect(reports[1].total).toBe(82.43);
    expect(reports[1].components.map((c) => c.score)).toEqual([52.425, 30]);
  });

  test("the index is told by the total label; ZI has no letter, so no predicate and a note", () => {
    expect(reports.map((r) => [r.index, r.predicate])).toEqual([
      ["zi", null],
      ["zi", null],
    ]);
    expect(reports[0].findings.filter((f) => f.code === "index-without-predicate").map((f) => f.cell)).toEqual(["I21"]);
  });

  test("the real defects are findings at their cells", () => {
    const codes = (i: number) => reports[i].findings.filter((f) => f.severity !== "info").map((f) => [f.code, f.cell]);
    expect(codes(0)).toEqual([["answer-type-unknown", "G10"]]);
    expect(codes(1)).toEqual([
      ["answer-not-in-choices", "K8"],
      ["answer-not-in-list", "K8"],
      ["gating-missing", "L9"],
      ["formula-inconsistent", "L14"],
    ]);
    const gating = reports[1].findings.find((f) => f.code === "gating-missing")!;
    expect(gating.params).toEqual({ assessment: "PENILAIAN EVALUATOR", other: "PENILAIAN UNIT KERJA", otherCell: "I9" });
    const inconsistent = reports[1].findings.find((f) => f.code === "formula-inconsistent")!;
    expect(inconsistent.params.found).toContain('K13="A"');
    expect(inconsistent.params.neighbour).toContain('K13="A"');
  });

  test("with a scale named by the user, the predicate goes under each total with a label", () => {
    const named = analyzeWorkbook(snapshotOf(ziSheet()), { schemeId: "indeks-rb" });
    expect(named.sheets.map((s) => sheetReport(s).predicate)).toEqual(["BB", "A"]);
    const plan = planScore(snapshotOf(ziSheet()), named, "formulas", at);
    expect(plan.writes.filter((w) => w.row === 21).map((w) => [w.row, w.col, w.value, w.formula ?? null])).toEqual([
      [21, 0, "Predikat", null],
      [21, 8, "BB", expect.stringMatching(/^=IF\(ROUND\(I21,2\)>90,"AA",/)],
      [21, 11, "A", expect.stringMatching(/^=IF\(ROUND\(L21,2\)>90,"AA",/)],
    ]);
  });

  test("without a predicate scale only cached values are written: the formulas' own results, formulas unchanged", () => {
    // The literal sheet caches no values; a file saved by a spreadsheet would (and then nothing changes).
    const sheet = ziSheet();
    const writes = planScore(snapshotOf(sheet), analysis, "formulas", at).writes;
    expect(writes.every((w) => w.formula === sheet.formulas[w.row][w.col])).toBe(true);
    const at1 = (address: string) => writes.find((w) => `${"ABCDEFGHIJKLMNO"[w.col]}${w.row + 1}` === address)?.value;
    expect([at1("I21"), at1("L21"), at1("I10"), at1("L8")]).toEqual([79.125, 82.425, "-", "Blm Diisi"]);
    const refreshed = analyzeWorkbook(snapshotOf(withCached(sheet, writes)));
    expect(planScore(snapshotOf(withCached(sheet, writes)), refreshed, "formulas", at).writes).toEqual([]);
  });
});

describe("a form of the same family the reader was not written for", () => {
  const reports = analyzeWorkbook(snapshotOf(rbSheet())).sheets.map(sheetReport);

  test("LKE RB 2019, one assessment in another column block, read without new code", () => {
    expect(reports).toHaveLength(1);
    const [rb] = reports;
    expect([rb.assessment, rb.index, rb.year, rb.unit]).toEqual(["PENILAIAN TAHUN 2019", "rb", "2019", "Kabupaten Contoh"]);
    // Proses: mean(1, 0.5) x 30 + mean(1, 0) x 30 = 37.5; Hasil: 82.5/100 x 30 + WDP 0.5 x 10 = 29.75.
    expect(rb.components.map((c) => [c.code, c.name, c.score])).toEqual([
      ["A.", "PROSES", 37.5],
      ["B.", "HASIL", 29.75],
    ]);
    expect([rb.total, rb.predicate, rb.predicateName]).toEqual([67.25, "B", "Baik"]);
    expect(rb.findings).toEqual([]);
  });

  test("a range that takes an indicator together with the criteria it already averages is flagged", () => {
    const rows = rbRows();
    rows[4][9] = "=AVERAGE(J6:J8)*F5"; // PROSES over area 1 and area 1's own criteria
    const sheet = { ...rbSheet(), ...sheetFromRows("LKE RB 2019", rows) };
    const [rb] = analyzeWorkbook(snapshotOf(sheet)).sheets.map(sheetReport);
    expect(rb.findings.map((f) => [f.code, f.cell, f.params.inner, f.params.parts])).toEqual([["formula-range-mixes-levels", "J5", "J6", "J7, J8"]]);
  });

  test("its predicate goes under the total, in the Nilai column, labelled", () => {
    const snapshot = snapshotOf(rbSheet());
    const plan = planScore(snapshot, analyzeWorkbook(snapshot), "values", at);
    expect(plan.recalculateOnOpen).toBe(true);
    expect(plan.writes.filter((w) => !w.formula).map((w) => [w.row, w.col, w.value])).toEqual([
      [16, 1, "Predikat"],
      [16, 9, "B"],
    ]);
  });
});

describe("a workbook with no evaluation LKE can read", () => {
  test("is one file-level error naming each sheet looked at and what it seemed to be", () => {
    const analysis = analyzeWorkbook(
      snapshotOf(
        sheetFromRows("Tabel Skor", [
          ["Komponen", "Sub-Komponen 1: Keberadaan (20%)", "Sub-Komponen 2: Kualitas (30%)"],
          ["Perencanaan", 6, 9],
        ]),
        sheetFromRows("Kosong", []),
        sheetFromRows("Pilihan", [["Jawaban", "Nilai"], ["AA", 100]]),
      ),
    );
    expect(analysis.sheets).toEqual([]);
    expect(analysis.findings).toEqual([
      { code: "no-evaluation-sheet", severity: "error", sheet: "", params: { sheets: "Tabel Skor | Kosong | Pilihan", seemed: "table | empty | partial-form" } },
    ]);
  });
});
