/** Applies a write plan to a snapshot in memory: the smallest possible host, for core tests. */
import type { WritePlan } from "../../src/core/plan/writePlan";
import type { SheetSnapshot, WorkbookSnapshot } from "../../src/core/snapshot";

function ensure<T>(grid: T[][], row: number, col: number, fill: T): void {
  while (grid.length <= row) grid.push([]);
  while (grid[row].length <= col) grid[row].push(fill);
}

function setCell(sheet: SheetSnapshot, row: number, col: number, value: SheetSnapshot["values"][number][number], formula: string | null, format?: string): void {
  sheet.numberFormats ??= [];
  ensure(sheet.values, row, col, null);
  ensure(sheet.formulas, row, col, null);
  ensure(sheet.numberFormats, row, col, null);
  sheet.values[row][col] = value;
  sheet.formulas[row][col] = formula;
  if (format !== undefined) sheet.numberFormats[row][col] = format;
}

export function applyToSnapshot(snapshot: WorkbookSnapshot, plan: WritePlan): WorkbookSnapshot {
  const next: WorkbookSnapshot = structuredClone(snapshot);
  next.sheets = next.sheets.filter((s) => !plan.deleteSheets.includes(s.name));
  for (const spec of plan.sheets) {
    next.sheets = next.sheets.filter((s) => s.name !== spec.name);
    const sheet: SheetSnapshot = { name: spec.name, values: [], formulas: [], numberFormats: [], visibility: spec.visibility };
    for (const cell of spec.cells) setCell(sheet, cell.row, cell.col, cell.value, cell.formula ?? null, cell.numberFormat);
    next.sheets.push(sheet);
  }
  for (const write of plan.writes) {
    const sheet = next.sheets.find((s) => s.name === write.sheet)!;
    setCell(sheet, write.row, write.col, write.value, write.formula ?? null, write.numberFormat);
  }
  return next;
}
