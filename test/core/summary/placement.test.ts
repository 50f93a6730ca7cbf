import { sheetFromRows, type WorkbookSnapshot } from "../../../src/core/snapshot";
import { emptyState, readState, stateSheetSpec, type LkeState } from "../../../src/core/state/lkeState";
import { buildSummary, planSummary } from "../../../src/core/summary/summaryPlan";
import { all, applySheets, at, date, gradeSheet, input, specSnapshot, value } from "./fixtures";

const inputs = [input("a.xlsx", [gradeSheet("Dinkes", "Dinas Kesehatan", all("AA"))])];
const userRingkasan = sheetFromRows("Ringkasan", [["Catatan rapat pimpinan"]]);

function withState(sheets: WorkbookSnapshot["sheets"], state: Partial<LkeState>): WorkbookSnapshot {
  return { sheets: [...sheets, specSnapshot(stateSheetSpec({ ...emptyState, ...state }, false))] };
}

const names = (snapshot: WorkbookSnapshot) => buildSummary(snapshot, inputs, { date, at }).sheets.map((s) => [s.name, s.replaced]);

describe("where the summary sheets go", () => {
  test("a new workbook gets Ringkasan and Rincian", () => {
    expect(names({ sheets: [] })).toEqual([
      ["Ringkasan", false],
      ["Rincian", false],
    ]);
  });

  test("a user's own Ringkasan is kept: the recap takes Ringkasan (2)", () => {
    expect(names({ sheets: [userRingkasan] })[0]).toEqual(["Ringkasan (2)", false]);
  });

  test("a user's own Ringkasan is not in the plan at all", () => {
    const plan = planSummary({ sheets: [userRingkasan] }, inputs, { date, at });
    expect(plan.sheets.some((s) => s.name === "Ringkasan")).toBe(false);
  });

  test("names are compared as Excel does, ignoring case", () => {
    expect(names({ sheets: [sheetFromRows("RINGKASAN", [["milik pengguna"]])] })[0]).toEqual(["Ringkasan (2)", false]);
  });

  test("a Ringkasan LKE made is regenerated in place", () => {
    expect(names(withState([userRingkasan], { ownedSheets: ["Ringkasan"] }))[0]).toEqual(["Ringkasan", true]);
  });

  test("next to a user's Ringkasan, LKE's earlier Ringkasan (2) is the one regenerated", () => {
    const snapshot = withState([userRingkasan, sheetFromRows("Ringkasan (2)", [["lama"]])], { ownedSheets: ["Ringkasan (2)"] });
    expect(names(snapshot)[0]).toEqual(["Ringkasan (2)", true]);
  });

  test("a sheet LKE made that is now an indicator sheet is never replaced", () => {
    const snapshot = withState([gradeSheet("Ringkasan", "Dinas Sosial", all("A"))], { ownedSheets: ["Ringkasan"] });
    expect(names(snapshot)[0]).toEqual(["Ringkasan (2)", false]);
  });

  test("running twice regenerates both sheets and adds no new ones", () => {
    const first = applySheets({ sheets: [] }, planSummary({ sheets: [] }, inputs, { date, at }));
    expect(names(first)).toEqual([
      ["Ringkasan", true],
      ["Rincian", true],
    ]);
  });

  test("a regenerated sheet shows the new results", () => {
    const first = applySheets({ sheets: [] }, planSummary({ sheets: [] }, inputs, { date, at }));
    const again = planSummary(first, [input("a.xlsx", [gradeSheet("Dinkes", "Dinas Kesehatan", all("BB"))])], { date, at });
    expect(value(again.sheets.find((s) => s.name === "Ringkasan")!, "G8")).toBe(80);
  });
});

describe("what the summary records", () => {
  const plan = planSummary({ sheets: [userRingkasan] }, inputs, { date, at });
  const state = readState(applySheets({ sheets: [userRingkasan] }, plan));

  test("LKE_State lists the sheets LKE made, so a later run may replace them", () => {
    expect(state.ownedSheets).toEqual(["Ringkasan (2)", "Rincian"]);
  });

  test("the undo record names the summary run and the sheets it created", () => {
    expect(state.undo).toEqual({ command: "summary", at, cells: [], createdSheets: ["Ringkasan (2)", "Rincian"] });
  });

  test("nothing to summarise gives an empty plan", () => {
    expect(planSummary({ sheets: [] }, [input("a.xlsx", [sheetFromRows("Catatan", [["rapat"]])])], { date, at })).toEqual({ writes: [], sheets: [], deleteSheets: [] });
  });
});
