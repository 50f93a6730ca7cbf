/**
 * The evaluation report (LHE) from the add-in, on the strict fake Excel: the same sheets as the
 * command line's plan, printed on A4 with the unit in the header, in a constant number of syncs.
 */
import { analyzeWorkbook } from "../../../src/core/engine";
import { planReport } from "../../../src/core/lhe/lhePlan";
import { workbookRegistry } from "../../../src/app";
import { fixedNow, setup, workbookWith } from "./helpers";

describe.each([1, 10])("%i indicator sheets", (n) => {
  const snapshot = workbookWith(n);
  const run = (async () => {
    const { excel, addin } = setup(snapshot);
    const result = await addin.report("id");
    return { excel, result };
  })();

  test("one LHE sheet per unit and Rekomendasi, as the plan the command line applies", async () => {
    const { result } = await run;
    const expected = planReport(snapshot, analyzeWorkbook(snapshot, { registry: workbookRegistry(snapshot, "test") }), { mode: "formulas", at: fixedNow().toISOString(), lang: "id" });
    expect(result.reportSheets).toEqual([...expected.sheets.map((s) => s.name), "Rekomendasi"]);
  });

  test("the report sheets print on A4, portrait, with the unit and year in the header and page numbers", async () => {
    const { excel } = await run;
    const lhe = excel.workbook.sheets.find((s) => s.name === "LHE Unit 1")!;
    expect([lhe.paperSize, lhe.orientation, lhe.centerHeader, lhe.centerFooter]).toEqual(["A4", "Portrait", "Dinas 1 – 2024", "Halaman &P dari &N"]);
  });

  test("the LHE's total refers to the unit's footer", async () => {
    const { excel } = await run;
    const lhe = excel.workbook.sheets.find((s) => s.name === "LHE Unit 1")!;
    const formulas = [...lhe.cells.values()].map((c) => c.formula).filter((f): f is string => typeof f === "string");
    expect(formulas).toContain("='Unit 1'!E24");
  });

  test("one read and one write: 4 syncs", async () => {
    const { excel } = await run;
    expect(excel.stats.syncs).toBe(4);
  });
});
