/**
 * What a host reads from a workbook: plain data, no host objects.
 * Rows and columns are 0-based (row 0, column 0 is A1).
 */

/** An Excel error value such as #REF! or #DIV/0!, kept apart from text that merely looks like one. */
export interface CellError {
  error: string;
}

export type CellValue = string | number | boolean | CellError | null;

export interface SheetSnapshot {
  name: string;
  /** values[row][col]; rows may be ragged, shorter than the used range, and have holes where the sheet holds nothing (read them with cellValue). */
  values: CellValue[][];
  /** formulas[row][col]: en-US formula text with its leading '=' where the cell holds one, else null; a row may be missing where none has one (read them with cellFormula). */
  formulas: (string | null)[][];
  /** numberFormats[row][col] where the host read them ("General" or null when unformatted); a row may be missing where none has one (read them with cellNumberFormat). */
  numberFormats?: (string | null)[][];
  visibility?: "visible" | "hidden" | "veryHidden";
  /** Merged areas as A1 ranges ("D8:E8"), where the host could read them. */
  merges?: string[];
  /** In-cell dropdown lists (data validation of type list) where the host could read them. */
  validations?: ListValidation[];
}

/** A data-validation list: the cells it covers (A1 ranges, space-separated) and its choices. */
export interface ListValidation {
  range: string;
  list: string[];
}

export interface WorkbookSnapshot {
  /** The file or document name, for messages. */
  name?: string;
  sheets: SheetSnapshot[];
}

export function isCellError(value: CellValue | undefined): value is CellError {
  return typeof value === "object" && value !== null && "error" in value;
}

export function cellValue(sheet: SheetSnapshot, row: number, col: number): CellValue {
  return sheet.values[row]?.[col] ?? null;
}

export function cellFormula(sheet: SheetSnapshot, row: number, col: number): string | null {
  return sheet.formulas[row]?.[col] ?? null;
}

export function cellNumberFormat(sheet: SheetSnapshot, row: number, col: number): string | null {
  return sheet.numberFormats?.[row]?.[col] ?? null;
}

/** Trimmed text of a cell; numbers in their shortest form; empty string for blanks and errors. */
export function cellText(sheet: SheetSnapshot, row: number, col: number): string {
  const value = cellValue(sheet, row, col);
  if (value === null || isCellError(value)) return "";
  return trimText(String(value));
}

/**
 * text.trim(), without the copy trim makes even when there is nothing to trim: texts are read
 * from every code and label cell. Printable ASCII at both ends is never whitespace.
 */
function trimText(text: string): string {
  const first = text.charCodeAt(0);
  const last = text.charCodeAt(text.length - 1);
  if (first > 32 && first < 127 && last > 32 && last < 127) return text;
  return text.trim();
}

/** Nothing at all in the cell: no value (spaces count as nothing), no error, no formula. */
export function isBlank(sheet: SheetSnapshot, row: number, col: number): boolean {
  const value = cellValue(sheet, row, col);
  const empty = value === null || (typeof value === "string" && value.trim() === "");
  return empty && cellFormula(sheet, row, col) === null;
}

export function rowCount(sheet: SheetSnapshot): number {
  return sheet.values.length;
}

export function columnCount(sheet: SheetSnapshot): number {
  let max = 0;
  for (const row of sheet.values) if (row !== undefined && row.length > max) max = row.length;
  return max;
}

/** Builds a snapshot sheet from a 2-D array literal; strings starting with '=' become formulas. */
export function sheetFromRows(name: string, rows: (CellValue | undefined)[][]): SheetSnapshot {
  const values: CellValue[][] = [];
  const formulas: (string | null)[][] = [];
  for (const row of rows) {
    const valueRow: CellValue[] = [];
    const formulaRow: (string | null)[] = [];
    for (const cell of row) {
      if (typeof cell === "string" && cell.startsWith("=") && cell.length > 1) {
        valueRow.push(null);
        formulaRow.push(cell);
      } else {
        valueRow.push(cell === undefined ? null : cell);
        formulaRow.push(null);
      }
    }
    values.push(valueRow);
    formulas.push(formulaRow);
  }
  return { name, values, formulas };
}
