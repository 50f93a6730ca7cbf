/** Reads an ExcelJS workbook into the engine's snapshot: values, formulas, number formats. Shared by the command line and the task pane (for workbooks a user picks). */
import type ExcelJS from "exceljs";
import type { CellValue, ListValidation, SheetSnapshot, WorkbookSnapshot } from "../../core";

/** Excel's serial day number of a date (1900 date system), as Office.js reports dates. */
function excelSerial(date: Date): number {
  return date.getTime() / 86400000 + 25569;
}

function plainValue(value: unknown): CellValue {
  if (value === null || value === undefined) return null;
  if (typeof value === "number" || typeof value === "string" || typeof value === "boolean") return value;
  if (value instanceof Date) return excelSerial(value);
  if (typeof value === "object") {
    const v = value as Record<string, unknown>;
    if (typeof v.error === "string") return { error: v.error };
    if (Array.isArray(v.richText)) return (v.richText as { text: string }[]).map((r) => r.text).join("");
    if ("text" in v && "hyperlink" in v) return plainValue(v.text);
    if ("formula" in v || "sharedFormula" in v) return plainValue(v.result);
  }
  return String(value);
}

/** A row's cell objects, skipping the columns it has none in (ExcelJS keeps them in a sparse array). */
function rowCells(row: ExcelJS.Row): ExcelJS.Cell[] {
  return ((row as unknown as { _cells?: (ExcelJS.Cell | undefined)[] })._cells ?? []).filter((cell): cell is ExcelJS.Cell => cell !== undefined);
}

/**
 * The sheet's cells as the engine reads them. Only cells the sheet holds are visited and set,
 * so rows and columns it has nothing in stay holes: the cost follows the cells present, never
 * their addresses (one value in column XFD costs one cell, not 16,384).
 */
export function sheetSnapshot(worksheet: ExcelJS.Worksheet): SheetSnapshot {
  const values: CellValue[][] = [];
  const formulas: (string | null)[][] = [];
  const numberFormats: (string | null)[][] = [];
  worksheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    const r = rowNumber - 1;
    const valueRow: CellValue[] = (values[r] = []);
    const formulaRow: (string | null)[] = (formulas[r] = []);
    const formatRow: (string | null)[] = (numberFormats[r] = []);
    // Empty cells are visited too: a format on an empty score cell is the user's, and kept.
    for (const cell of rowCells(row)) {
      const c = Number(cell.col) - 1;
      // Office.js shows a merged area's value in its top-left cell only; so does the snapshot.
      const hidden = cell.isMerged && cell.master !== cell;
      const isFormula = cell.type === 6; // ExcelJS.ValueType.Formula
      // cell.value drops a falsy cached result (0, "", false); cell.result keeps it.
      valueRow[c] = hidden ? null : plainValue(isFormula ? cell.result : cell.value);
      const formula = !hidden && isFormula ? cell.formula : undefined;
      formulaRow[c] = formula ? `=${formula}` : null;
      formatRow[c] = cell.numFmt ?? null;
    }
  });
  const visibility = worksheet.state === "veryHidden" ? "veryHidden" : worksheet.state === "hidden" ? "hidden" : "visible";
  // ExcelJS keeps merged areas by their top-left cell; each knows its A1 range.
  const mergeMap = (worksheet as unknown as { _merges?: Record<string, { range: string }> })._merges ?? {};
  const merges = Object.values(mergeMap).map((m) => m.range);
  return { name: worksheet.name, values, formulas, numberFormats, visibility, merges, validations: listValidations(worksheet) };
}

/** Literal dropdown lists ("A,B,C"); a list drawn from a range is not read. */
function listValidations(worksheet: ExcelJS.Worksheet): ListValidation[] {
  const model = (worksheet as unknown as { dataValidations?: { model?: Record<string, { type?: string; formulae?: unknown[] }> } }).dataValidations?.model ?? {};
  const lists: ListValidation[] = [];
  for (const [range, rule] of Object.entries(model)) {
    const formula = rule?.type === "list" ? rule.formulae?.[0] : undefined;
    if (typeof formula !== "string" || !/^"[\s\S]*"$/.test(formula)) continue;
    lists.push({ range, list: formula.slice(1, -1).split(",").map((choice) => choice.trim()) });
  }
  return lists;
}

export function workbookSnapshot(workbook: ExcelJS.Workbook, name?: string): WorkbookSnapshot {
  return { name, sheets: workbook.worksheets.map(sheetSnapshot) };
}
