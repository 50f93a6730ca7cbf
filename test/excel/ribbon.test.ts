/** The ribbon's Hitung Predikat: scores like the task pane's Hitung, and reports instead of throwing. */
import { scoreWorkbook } from "../../src/commands/ribbon";
import { findSheet, getCell } from "./fake/model";
import { fixedNow, setup, workbookWith } from "./helpers";

test("scores every indicator sheet and reports how many", async () => {
  const { excel, addin } = setup(workbookWith(3));
  const outcome = await scoreWorkbook(addin, fixedNow);
  expect(outcome).toEqual({ at: fixedNow().toISOString(), ok: true, sheets: 3 });
  expect(getCell(findSheet(excel.workbook, "Unit 1")!, 6, 4)?.formula).toBe("=SUM(E8,E9,E10)");
  expect(excel.stats.syncs).toBe(4);
});

test("a protected sheet: nothing written, the reason in both languages", async () => {
  const { excel, addin } = setup(workbookWith(2), { protectedSheets: ["Unit 1"] });
  const outcome = await scoreWorkbook(addin, fixedNow);
  expect(outcome.ok).toBe(false);
  expect(outcome.error?.id).toMatch(/diproteksi/);
  expect(outcome.error?.en).toMatch(/protected/);
  expect(findSheet(excel.workbook, "LKE_State")).toBeUndefined();
});

test("outside Excel", async () => {
  const outcome = await scoreWorkbook(null, fixedNow);
  expect(outcome.ok).toBe(false);
  expect(outcome.error?.id).toMatch(/di dalam Excel/);
});
