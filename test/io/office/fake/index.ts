/** The fake Excel API for host tests (browser-safe; the ExcelJS bridge is in ./exceljs). */
export { FakeExcel, FakeOfficeError, type FakeExcelOptions, type FakeStats } from "./excel";
export { emptyWorkbook, findSheet, getCell, type FakeCell, type FakeSheet, type FakeWorkbook } from "./model";
export { fakeFromSnapshot, snapshotOfFake, type FromSnapshotOptions } from "./snapshot";
export { parseInput, type FakeLocale } from "./parse";
