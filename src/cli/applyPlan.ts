/** Applies the engine's write plan to an ExcelJS workbook: the CLI's twin of the Office.js host. */
import type ExcelJS from "exceljs";
import { parseRange, type CellWrite, type SheetSpec, type WritePlan, isCellError, type CellValue, type PrintSpec } from "../core";
import { CliError } from "./cliError";

export function toExcelValue(value: CellValue, formula?: string): ExcelJS.CellValue {
  const plain = isCellError(value) ? { error: value.error as ExcelJS.CellErrorValue["error"] } : value;
  if (formula) return { formula: formula.replace(/^=/, ""), result: plain ?? undefined } as ExcelJS.CellFormulaValue;
  return plain as ExcelJS.CellValue;
}

/**
 * Overwriting the master cell of a shared formula would break the cells that borrow it, so
 * those cells get their own (translated) formula first. Their content does not change.
 */
function unshareMasters(worksheet: ExcelJS.Worksheet, targets: Set<string>): void {
  worksheet.eachRow({ includeEmpty: false }, (row) => {
    row.eachCell({ includeEmpty: false }, (cell) => {
      const value = cell.value as ExcelJS.CellSharedFormulaValue | null;
      if (value && typeof value === "object" && "sharedFormula" in value && targets.has(value.sharedFormula)) {
        cell.value = { formula: cell.formula, result: value.result } as ExcelJS.CellFormulaValue;
      }
    });
  });
  for (const address of targets) {
    const cell = worksheet.getCell(address);
    const value = cell.value as (ExcelJS.CellFormulaValue & { shareType?: string; ref?: string }) | null;
    if (value && typeof value === "object" && value.shareType === "shared") {
      cell.value = { formula: value.formula, result: value.result } as ExcelJS.CellFormulaValue;
    }
  }
}

function writeCells(worksheet: ExcelJS.Worksheet, cells: readonly Omit<CellWrite, "sheet">[]): void {
  unshareMasters(worksheet, new Set(cells.map((c) => worksheet.getCell(c.row + 1, c.col + 1).address)));
  for (const write of cells) {
    const cell = worksheet.getCell(write.row + 1, write.col + 1);
    cell.value = toExcelValue(write.value, write.formula);
    if (write.numberFormat !== undefined) cell.numFmt = write.numberFormat;
  }
}

function eachCellOf(range: string, visit: (row: number, col: number) => void): void {
  const r = parseRange(range);
  for (let row = r.row; row <= r.lastRow; row++) for (let col = r.col; col <= r.lastCol; col++) visit(row, col);
}

/** The sheet's page setup and header and footer for its print settings, as ExcelJS takes them. */
export function printSettings(print: PrintSpec): { pageSetup: Partial<ExcelJS.PageSetup>; headerFooter: Partial<ExcelJS.HeaderFooter> } {
  const pageSetup: Partial<ExcelJS.PageSetup> = { printArea: print.area, orientation: print.landscape ? "landscape" : "portrait" };
  if (print.fitToWidth) Object.assign(pageSetup, { fitToPage: true, fitToWidth: 1, fitToHeight: 0 });
  // 9 is A4 in SpreadsheetML's paper sizes.
  if (print.a4) pageSetup.paperSize = 9;
  const headerFooter: Partial<ExcelJS.HeaderFooter> = {};
  if (print.header) headerFooter.oddHeader = `&C${print.header}`;
  if (print.footer) headerFooter.oddFooter = `&C${print.footer}`;
  return { pageSetup, headerFooter };
}

function createSheet(workbook: ExcelJS.Workbook, spec: SheetSpec): void {
  const existing = workbook.getWorksheet(spec.name);
  if (existing) {
    if (!spec.replace) throw new Error(`Sheet "${spec.name}" already exists and LKE did not make it.`);
    workbook.removeWorksheet(existing.id);
  }
  const worksheet = workbook.addWorksheet(spec.name, {
    state: spec.visibility === "veryHidden" ? "veryHidden" : "visible",
    ...(spec.freezeRows ? { views: [{ state: "frozen", ySplit: spec.freezeRows }] } : {}),
  });
  writeCells(worksheet, spec.cells.toArray());
  for (const { col, width } of spec.columnWidths ?? []) worksheet.getColumn(col + 1).width = width;
  for (const range of spec.merges ?? []) worksheet.mergeCells(range);
  for (const range of spec.bold ?? []) eachCellOf(range, (r, c) => (worksheet.getCell(r + 1, c + 1).font = { bold: true }));
  for (const range of spec.centered ?? []) eachCellOf(range, (r, c) => (worksheet.getCell(r + 1, c + 1).alignment = { horizontal: "center" }));
  for (const validation of spec.validations ?? []) {
    const formula = `"${validation.list.join(",")}"`;
    eachCellOf(validation.range, (r, c) => {
      worksheet.getCell(r + 1, c + 1).dataValidation = { type: "list", allowBlank: true, formulae: [formula], showErrorMessage: true };
    });
  }
  if (spec.print) {
    const { pageSetup, headerFooter } = printSettings(spec.print);
    Object.assign(worksheet.pageSetup, pageSetup);
    Object.assign(worksheet.headerFooter, headerFooter);
  }
  // Charts: ExcelJS cannot write them; they are added afterwards as chart parts (src/io/xlsx/patch/addCharts.ts).
}

/** The workbook's sheets the user protected, by name. */
function protectedSheetsOf(workbook: ExcelJS.Workbook): string[] {
  return workbook.worksheets.filter((worksheet) => Boolean((worksheet as ExcelJS.Worksheet & { sheetProtection?: { sheet?: boolean } | null }).sheetProtection?.sheet)).map((worksheet) => worksheet.name);
}

/** Refuses the whole plan when it would write to a sheet the user protected (`protectedSheets`, by name as read). */
export function refuseProtectedSheets(protectedSheets: readonly string[], plan: WritePlan): void {
  const locked = [...new Set(plan.writes.map((w) => w.sheet))].filter((name) => protectedSheets.includes(name));
  if (locked.length > 0) {
    const names = locked.map((n) => `"${n}"`).join(", ");
    throw new CliError((w) => w.protectedSheets(names));
  }
}

/** Refuses the whole plan when it would write to a protected sheet of an ExcelJS workbook. */
function refuseProtected(workbook: ExcelJS.Workbook, plan: WritePlan): void {
  refuseProtectedSheets(protectedSheetsOf(workbook), plan);
}

export function applyPlan(workbook: ExcelJS.Workbook, plan: WritePlan): void {
  refuseProtected(workbook, plan);
  if (plan.recalculateOnOpen) workbook.calcProperties = { ...workbook.calcProperties, fullCalcOnLoad: true };
  for (const name of plan.deleteSheets) {
    const worksheet = workbook.getWorksheet(name);
    if (worksheet) workbook.removeWorksheet(worksheet.id);
  }
  for (const spec of plan.sheets) createSheet(workbook, spec);
  const bySheet = new Map<string, CellWrite[]>();
  for (const write of plan.writes) {
    const list = bySheet.get(write.sheet) ?? [];
    list.push(write);
    bySheet.set(write.sheet, list);
  }
  for (const [name, cells] of bySheet) {
    const worksheet = workbook.getWorksheet(name);
    if (!worksheet) throw new Error(`Sheet "${name}" is not in the workbook.`);
    writeCells(worksheet, cells);
  }
}
