/** Writes test workbooks: sheets from 2-D literals ('=...' strings become formulas). */
import ExcelJS from "exceljs";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import type { Row } from "./sakipRows";

export interface SheetRows {
  name: string;
  rows: Row[];
  /** Number formats by A1 address. */
  formats?: Record<string, string>;
}

export function workbookFromRows(sheets: SheetRows[]): ExcelJS.Workbook {
  const workbook = new ExcelJS.Workbook();
  for (const { name, rows, formats } of sheets) {
    const worksheet = workbook.addWorksheet(name);
    rows.forEach((row, r) =>
      row.forEach((value, c) => {
        if (value === null || value === undefined) return;
        const cell = worksheet.getCell(r + 1, c + 1);
        if (typeof value === "string" && value.startsWith("=")) cell.value = { formula: value.slice(1) } as ExcelJS.CellFormulaValue;
        else cell.value = value as ExcelJS.CellValue;
      }),
    );
    for (const [address, format] of Object.entries(formats ?? {})) worksheet.getCell(address).numFmt = format;
  }
  return workbook;
}

export function tempDir(prefix = "lke-test-"): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), prefix));
}

export async function writeRows(file: string, sheets: SheetRows[]): Promise<string> {
  await workbookFromRows(sheets).xlsx.writeFile(file);
  return file;
}

/** Every cell of every sheet as "Sheet!A1" -> comparable content (value, formula, format, style). */
export async function cellMap(file: string): Promise<Map<string, string>> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(file);
  const cells = new Map<string, string>();
  workbook.eachSheet((sheet) => {
    sheet.eachRow({ includeEmpty: true }, (row) =>
      row.eachCell({ includeEmpty: false }, (cell) => {
        cells.set(`${sheet.name}!${cell.address}`, JSON.stringify({ v: cell.value, f: cell.numFmt ?? null, s: cell.style }));
      }),
    );
  });
  return cells;
}
