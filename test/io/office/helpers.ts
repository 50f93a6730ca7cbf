/** Workbooks for the host tests: FORMAT.md indicator sheets as snapshots, loaded into the fake. */
import { sheetFromRows, type WorkbookSnapshot } from "../../../src/core/snapshot";
import { LkeAddin } from "../../../src/io/office/lke";
import { RunQueue } from "../../../src/io/office/host";
import { criteriaSheetRows, gradeSheetRows } from "../../helpers/sakipRows";
import { FakeExcel, type FakeExcelOptions } from "./fake/excel";
import { fakeFromSnapshot, type FromSnapshotOptions } from "./fake/snapshot";

export const worked = ["AA", "BB", "B", "A", "BB", "B", "AA", "A", "BB", "A", "B", "CC"];
export const fixedNow = () => new Date("2025-01-31T08:00:00.000Z");

/** `n` indicator sheets (alternating the two built-in schemes) and one sheet of notes. */
export function workbookWith(n: number): WorkbookSnapshot {
  const sheets = [];
  for (let i = 0; i < n; i++) {
    const name = `Unit ${i + 1}`;
    sheets.push(
      i % 2 === 0
        ? sheetFromRows(name, gradeSheetRows(worked, "sakip-2021", `Dinas ${i + 1}`))
        : sheetFromRows(name, criteriaSheetRows([["Y", "T"], ["A", "B", "C", "A", "E"], ["B"], ["Y"], ["A", "A"], ["C"], ["Y", "Y"], ["B"], ["D"], ["T"], ["A"], ["B", "C"]], `Badan ${i + 1}`)),
    );
  }
  sheets.push(sheetFromRows("Catatan", [["Catatan rapat"], ["tidak ada"]]));
  return { sheets };
}

export function setup(snapshot: WorkbookSnapshot, options: FakeExcelOptions & FromSnapshotOptions = {}) {
  const excel = new FakeExcel(fakeFromSnapshot(snapshot, options), options);
  const addin = new LkeAddin(excel.host(), { queue: new RunQueue(), now: fixedNow });
  return { excel, addin };
}
