/**
 * The fake workbook from an ExcelJS workbook (read with the CLI's own reader, so both hosts
 * start from the same cells) and back to ExcelJS, for comparing with what the CLI writes.
 * Node only.
 */
import ExcelJS from "exceljs";
import { isCellError } from "../../../../src/core/snapshot";
import { sheetSnapshot } from "../../../../src/io/xlsx/snapshot";
import { parseA1 } from "../../../../src/core/address";
import { columnWidthPoints } from "../../../../src/io/office/apply";
import { cellFor, emptyWorkbook, type FakeWorkbook } from "./model";
import type { FakeLocale } from "./parse";
import { addSnapshotSheet } from "./snapshot";

export interface FromExcelJSOptions {
  locale?: FakeLocale;
}

export function fakeFromExcelJS(source: ExcelJS.Workbook, options: FromExcelJSOptions = {}): FakeWorkbook {
  const workbook = emptyWorkbook(options.locale);
  for (const worksheet of source.worksheets) {
    const sheet = addSnapshotSheet(workbook, sheetSnapshot(worksheet));
    const protection = (worksheet as unknown as { sheetProtection?: { sheet?: boolean } }).sheetProtection;
    sheet.protected = Boolean(protection?.sheet);
    worksheet.eachRow({ includeEmpty: false }, (row, r) =>
      row.eachCell({ includeEmpty: false }, (cell, c) => {
        if (cell.font?.bold) cellFor(sheet, r - 1, c - 1).bold = true;
        if (cell.alignment?.horizontal === "center") cellFor(sheet, r - 1, c - 1).centered = true;
      }),
    );
    (worksheet.columns ?? []).forEach((column, c) => {
      if (column.width) sheet.columnWidths.set(c, columnWidthPoints(column.width));
    });
    // The snapshot brought the merged areas along (addSnapshotSheet).
  }
  workbook.activeSheetId = workbook.sheets.find((s) => s.visibility === "Visible")?.id ?? null;
  return workbook;
}

/** Points back to Excel's characters (the inverse of columnWidthPoints). */
function characters(points: number): number {
  return Math.round(((points / 0.75 - 5) / 7) * 100) / 100;
}

function eachCellOf(range: string, visit: (row: number, col: number) => void): void {
  const [start, end = start] = range.split(":");
  const a = parseA1(start);
  const b = parseA1(end);
  for (let row = a.row; row <= b.row; row++) for (let col = a.col; col <= b.col; col++) visit(row, col);
}

export function fakeToExcelJS(workbook: FakeWorkbook): ExcelJS.Workbook {
  const out = new ExcelJS.Workbook();
  for (const sheet of workbook.sheets) {
    const state = sheet.visibility === "VeryHidden" ? "veryHidden" : sheet.visibility === "Hidden" ? "hidden" : "visible";
    const worksheet = out.addWorksheet(sheet.name, {
      state,
      ...(sheet.freezeRows ? { views: [{ state: "frozen", ySplit: sheet.freezeRows }] } : {}),
    });
    for (const [k, cell] of sheet.cells) {
      const [r, c] = k.split(",").map(Number);
      const target = worksheet.getCell(r + 1, c + 1);
      const plain = isCellError(cell.value) ? { error: cell.value.error as ExcelJS.CellErrorValue["error"] } : cell.value;
      if (cell.formula) target.value = { formula: cell.formula.replace(/^=/, ""), result: plain ?? undefined } as ExcelJS.CellFormulaValue;
      else if (plain !== null) target.value = plain as ExcelJS.CellValue;
      if (cell.numberFormat !== "General") target.numFmt = cell.numberFormat;
      if (cell.bold) target.font = { bold: true };
      if (cell.centered) target.alignment = { horizontal: "center" };
    }
    for (const [c, points] of sheet.columnWidths) worksheet.getColumn(c + 1).width = characters(points);
    for (const range of sheet.merges) worksheet.mergeCells(range);
    for (const { range, rule } of sheet.validations) {
      const list = (rule as { list?: { source: string } }).list;
      if (!list) continue;
      eachCellOf(range, (r, c) => {
        worksheet.getCell(r + 1, c + 1).dataValidation = { type: "list", allowBlank: true, formulae: [`"${list.source}"`], showErrorMessage: true };
      });
    }
    if (sheet.printArea) worksheet.pageSetup.printArea = sheet.printArea;
    if (sheet.orientation) worksheet.pageSetup.orientation = sheet.orientation === "Landscape" ? "landscape" : "portrait";
    if (sheet.paperSize === "A4") worksheet.pageSetup.paperSize = 9;
    if (sheet.centerHeader) worksheet.headerFooter.oddHeader = `&C${sheet.centerHeader}`;
    if (sheet.centerFooter) worksheet.headerFooter.oddFooter = `&C${sheet.centerFooter}`;
  }
  return out;
}
