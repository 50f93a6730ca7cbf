/** The evaluation report (LHE) as a plan: live references into the unit's sheet, what is not met, what differs. */
import { analyzeWorkbook } from "../../../src/core/engine";
import { planReport } from "../../../src/core/lhe/lhePlan";
import type { SheetSpec } from "../../../src/core/plan/writePlan";
import { sheetFromRows, type WorkbookSnapshot } from "../../../src/core/snapshot";
import { applyToSnapshot } from "../../helpers/applyToSnapshot";
import { criteriaSheetRows, selfAssessmentRows } from "../../helpers/sakipRows";

const at = "2025-01-31T00:00:00.000Z";
const evaluator = ["AA", "BB", "B", "A", "BB", "B", "AA", "A", "BB", "A", "B", "CC"];
const self = ["AA", "AA", "B", "A", "BB", "A", "AA", "A", "BB", "A", "B", "BB"];

function report(snapshot: WorkbookSnapshot, lang: "id" | "en" = "id") {
  return planReport(snapshot, analyzeWorkbook(snapshot), { mode: "formulas", at, lang });
}

const snapshot: WorkbookSnapshot = {
  sheets: [
    sheetFromRows("Dinkes", selfAssessmentRows(self, evaluator)),
    sheetFromRows("Dindik", criteriaSheetRows([["Y", "T"], ["A", "B"], ["A"], ["Y"], ["A"], ["A"], ["Y"], ["A"], ["A"], ["T"], ["A"], ["A"]])),
    sheetFromRows("Dinsos", criteriaSheetRows([["Y", "T"], ["A"], ["A"], ["Y"], ["A"], ["A"], ["Y"], ["A"], ["A"], ["Y"], ["A"], ["A"]], "Dinas Sosial")),
  ],
};
const result = report(snapshot);
const sheet = (name: string) => result.plan.sheets.find((s) => s.name === name)!;
const cells = (spec: SheetSpec) => new Map(spec.cells.toArray().map((c) => [`${c.row}:${c.col}`, c]));
const find = (spec: SheetSpec, text: string) => spec.cells.toArray().find((c) => c.value === text)!;

test("one LHE sheet per scored unit, and the Rekomendasi recap", () => {
  expect([result.sheets.map((s) => s.name), result.recommendations]).toEqual([["LHE Dinkes", "LHE Dindik", "LHE Dinsos"], "Rekomendasi"]);
});

test("the total is a live reference to the unit's footer, with the engine's value cached", () => {
  const lhe = sheet("LHE Dinkes");
  const label = find(lhe, "Nilai Akhir");
  const total = cells(lhe).get(`${label.row}:1`)!;
  expect([total.formula, total.value]).toEqual(["=Dinkes!G23", 77.1]);
});

test("the unit's own total stands beside it", () => {
  const lhe = sheet("LHE Dinkes");
  const label = find(lhe, "Nilai Akhir penilaian mandiri");
  expect(cells(lhe).get(`${label.row}:1`)).toMatchObject({ formula: "=Dinkes!E23", value: 84.4 });
});

test("each component: weight and score referenced, the share and a bar computed from them", () => {
  const lhe = sheet("LHE Dinkes");
  const row = find(lhe, "Perencanaan Kinerja").row;
  const c = cells(lhe);
  expect([c.get(`${row}:2`)?.formula, c.get(`${row}:3`)?.formula, c.get(`${row}:3`)?.value, Number((c.get(`${row}:4`)?.value as number).toFixed(10)), c.get(`${row}:5`)?.value]).toEqual([
    "=Dinkes!C6",
    "=Dinkes!G6",
    23.7,
    0.79,
    "████████",
  ]);
});

test("the differences between the unit and the evaluator, both answers live", () => {
  const lhe = sheet("LHE Dinkes");
  const heading = find(lhe, "Selisih penilaian mandiri dan evaluator").row;
  const rows = lhe.cells.toArray().filter((c) => c.row > heading + 1 && c.row <= heading + 4).map((c) => c.value);
  expect(rows).toEqual(["1.b", "AA", "BB", "2.c", "A", "B", "4.c", "BB", "CC"]);
});

test("criteria not met: answered below full marks or not answered, each with its answer", () => {
  const lhe = sheet("LHE Dindik");
  const heading = find(lhe, "Kriteria yang belum terpenuhi").row;
  const codes = lhe.cells.toArray().filter((c) => c.row > heading + 1 && c.col === 0 && typeof c.value === "string" && /^\d\.[a-c]\.\d$/.test(c.value)).map((c) => c.value);
  expect(codes).toEqual(["1.a.2", "1.b.2", "4.a.1"]);
});

test("Rekomendasi counts the units that miss each criterion, most first", () => {
  const recap = sheet("Rekomendasi");
  const first = recap.cells.toArray().filter((c) => c.row === 3).map((c) => c.value);
  expect(first).toEqual(["1.a.2", "Kriteria 2", 2, "Dinas Pendidikan, Dinas Sosial"]);
});

test("printed on A4, fitted to the page's width, with the unit in the header and page numbers below", () => {
  expect(sheet("LHE Dinkes").print).toMatchObject({ a4: true, fitToWidth: true, landscape: false, header: "Dinas Kesehatan – 2025", footer: "Halaman &P dari &N" });
});

test("the report scores the workbook in the same plan, so every reference finds the engine's value", () => {
  const after = applyToSnapshot(snapshot, result.plan).sheets.find((s) => s.name === "Dinkes")!;
  expect([after.values[22][6], after.values[22][4]]).toEqual([77.1, 84.4]);
});

test("in English", () => {
  const lhe = report(snapshot, "en").plan.sheets.find((s) => s.name === "LHE Dinkes")!;
  expect([lhe.cells.value(0), lhe.print?.footer]).toEqual(["EVALUATION REPORT", "Page &P of &N"]);
});
