/**
 * Test-only browser entry: the fake Excel, backed by the workbook the test put in
 * `window.__LKE_WORKBOOK__`, installed as `window.__LKE_FAKE_EXCEL__` for the task pane's
 * host factory, with `window.__LKE_TEST__` to inspect it. Built by the browser test; never
 * part of the add-in.
 */
import type { WorkbookSnapshot } from "../../src/core/snapshot";
import { FakeExcel } from "../io/office/fake/excel";
import { fakeFromSnapshot, snapshotOfFake, type FromSnapshotOptions } from "../io/office/fake/snapshot";

interface TestWindow {
  __LKE_WORKBOOK__?: { snapshot: WorkbookSnapshot; options?: FromSnapshotOptions & { displayLanguage?: string; documentName?: string } };
  __LKE_TEST__?: unknown;
}

const w = window as unknown as TestWindow;
const input = w.__LKE_WORKBOOK__;
if (input) {
  const excel = new FakeExcel(fakeFromSnapshot(input.snapshot, input.options), { displayLanguage: input.options?.displayLanguage ?? "id-ID", documentName: input.options?.documentName ?? "LKE Contoh.xlsx" });
  const host = excel.host();
  let delay = 0;
  window.__LKE_FAKE_EXCEL__ = {
    ...host,
    run: async (batch) => {
      if (delay > 0) await new Promise((resolve) => setTimeout(resolve, delay));
      return host.run(batch);
    },
  };
  w.__LKE_TEST__ = {
    /** Milliseconds every run waits first, to observe the pane while a run is in flight. */
    setDelay: (ms: number) => (delay = ms),
    stats: () => ({ ...excel.stats }),
    resetStats: () => excel.resetStats(),
    snapshot: () => snapshotOfFake(excel.workbook),
    sheets: () => excel.workbook.sheets.map((s) => ({ name: s.name, visibility: s.visibility, charts: s.charts.length, validations: s.validations.length })),
    selection: () => excel.workbook.selection,
    activeSheet: () => excel.workbook.sheets.find((s) => s.id === excel.workbook.activeSheetId)?.name ?? null,
  };
}
