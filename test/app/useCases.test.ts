/** The use cases both hosts call: one read gives the results, the plan, and the reports as they stand after the write. */
import { check, report, score, templateSheets, undo, UseCaseRefusal, type Refusal } from "../../src/app";
import { builtinRegistry } from "../../src/core";
import { sheetFromRows, type WorkbookSnapshot } from "../../src/core/snapshot";
import { applyToSnapshot } from "../helpers/applyToSnapshot";
import { gradeSheetRows } from "../helpers/sakipRows";

const clock = () => new Date("2026-12-01T08:00:00Z");
const grades = ["AA", "A", "BB", "B", "CC", "C", "A", "A", "B", "BB", "A", "AA"];

function workbook(...sheets: WorkbookSnapshot["sheets"]): WorkbookSnapshot {
  return { name: "uji.xlsx", sheets };
}

/** A score typed over the formula in the first sub-component's Nilai cell (E8). */
function typedOver(): WorkbookSnapshot {
  const rows = gradeSheetRows(grades);
  rows[7] = [...rows[7], 99];
  return workbook(sheetFromRows("Dinkes", rows));
}

function refusalOf(run: () => unknown): Refusal | null {
  try {
    run();
    return null;
  } catch (error) {
    if (error instanceof UseCaseRefusal) return error.refusal;
    throw error;
  }
}

test("check reports a score typed over the formula at its cell", () => {
  const { reports } = check(typedOver(), { label: "uji.xlsx" });
  expect(reports[0].findings.filter((f) => f.cell === "E8").map((f) => f.code)).toEqual(["score-cell-mismatch"]);
});

test("score's reports are those after its own write: the cell it rewrites is no longer a finding", () => {
  const scored = score(typedOver(), { label: "uji.xlsx" }, { mode: "formulas" }, clock);
  expect([scored.plan.writes.some((w) => w.sheet === "Dinkes" && w.row === 7 && w.col === 4), scored.reports[0].findings.some((f) => f.cell === "E8")]).toEqual([true, false]);
});

test("score's reports agree with checking the written workbook again", () => {
  const before = typedOver();
  const scored = score(before, { label: "uji.xlsx" }, { mode: "values" }, clock);
  const again = check(applyToSnapshot(before, scored.plan), { label: "uji.xlsx" });
  const codes = (r: typeof scored.reports) => r.map((s) => [s.total, s.predicate, s.findings.map((f) => `${f.code}@${f.cell ?? ""}`).sort()]);
  expect(codes(scored.reports)).toEqual(codes(again.reports));
});

test("score dates its undo record by the clock it is given", () => {
  expect(score(typedOver(), { label: "uji.xlsx" }, { mode: "formulas" }, clock).at).toBe("2026-12-01T08:00:00.000Z");
});

test("undo takes back the score it follows, naming it", () => {
  const before = typedOver();
  const scored = applyToSnapshot(before, score(before, { label: "uji.xlsx" }, { mode: "formulas" }, clock).plan);
  expect(undo(scored).undone).toEqual({ command: "score", at: "2026-12-01T08:00:00.000Z" });
});

test("undo on a workbook LKE never wrote has nothing to do", () => {
  expect(undo(typedOver())).toEqual({ undone: null, plan: null });
});

test("report plans one LHE sheet per scored unit", () => {
  const reported = report(typedOver(), { label: "uji.xlsx" }, { lang: "id" }, clock);
  expect(reported.sheets.map((s) => s.unitSheet)).toEqual(["Dinkes"]);
});

test("a user's sheet under LKE's record sheet's name is refused as data, before anything is planned", () => {
  const taken = workbook(sheetFromRows("Dinkes", gradeSheetRows(grades)), sheetFromRows("LKE_State", [["catatan saya"]]));
  expect(refusalOf(() => score(taken, { label: "uji.xlsx" }, { mode: "formulas" }, clock))).toEqual({ kind: "state-sheet-taken", file: "uji.xlsx", sheet: "LKE_State" });
});

test("a scheme file that is not a scheme is refused, naming its source", () => {
  const refusal = refusalOf(() => check(typedOver(), { label: "uji.xlsx", schemeTexts: [{ text: "{ bukan json", source: "skema.json" }] }));
  expect([refusal?.kind, refusal?.kind === "scheme-invalid" && refusal.source]).toEqual(["scheme-invalid", "skema.json"]);
});

test("an unknown --scheme is refused with the schemes LKE knows", () => {
  const refusal = refusalOf(() => check(typedOver(), { label: "uji.xlsx", scheme: "sakip-1999" }));
  expect([refusal?.kind, refusal?.kind === "scheme-unknown" && refusal.known.includes("sakip-2021")]).toEqual(["scheme-unknown", true]);
});

test("template sheets take names not yet taken", () => {
  const sheets = templateSheets(builtinRegistry(), { scheme: "sakip-2021", units: ["Dinkes", "Dinkes"], year: "2026", taken: ["Dinkes"] });
  expect(sheets.map((s) => s.name)).toEqual(["Dinkes (2)", "Dinkes (3)"]);
});

test("a unit named like LKE's record sheet is refused", () => {
  expect(refusalOf(() => templateSheets(builtinRegistry(), { scheme: "sakip-2021", units: ["lke_state"], year: "2026" }))).toEqual({ kind: "unit-name-reserved", unit: "lke_state" });
});
