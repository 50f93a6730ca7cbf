/**
 * A worksheet's cells while it is read: per row, each cell's kind beside its value, formula and
 * number format, kept in the snapshot's own arrays (no object per cell); then merged areas and
 * shared formulas applied as ExcelJS applies them, and the rows a snapshot keeps.
 */
import type { CellValue } from "../../../core";
import { areaCells, sheetBounds, type Area } from "./cellAddress";
import type { CellCount } from "./cellCount";
import { LeanRefused } from "./leanRefused";
import { moveFormula } from "./sharedFormula";

/**
 * How a cell stands while the sheet is read, kept per row beside its value, formula and format
 * (no object per cell): a <c> with nothing in it (no cell at all), an empty formatted cell, a
 * cell with content, or a merged area's hidden cell (content, shown empty).
 */
export const cellKind = { none: 0, empty: 1, content: 2, hidden: 3 } as const;

/** A cell's place as one number, for the few maps keyed by cell. */
export function cellKey(row: number, col: number): number {
  return row * (sheetBounds.lastCol + 1) + col;
}

/** The rows of a sheet as read: per row, each cell's kind, value, formula and number format, in the snapshot's own arrays (a row's formulas and formats only once it has one). */
export class SheetCells {
  readonly kinds: number[][] = [];
  readonly values: CellValue[][] = [];
  readonly formulas: (string | null)[][] = [];
  readonly formats: (string | null)[][] = [];
  /** Shared formulas: each cell taking one names the cell holding it; each holding cell keeps its text. */
  readonly sharedFrom = new Map<number, number>();
  readonly masterFormulas = new Map<number, string | undefined>();

  /**
   * The cells the row being read says it spans, when few: its arrays are made that long (an
   * empty array grows to room for 17 at its first element, at least twice a row in most forms).
   */
  rowWidth = 0;

  /** The row's kinds and values, made when it has none yet (index: row - 1). */
  row(r: number): number[] {
    const kinds = this.kinds[r];
    if (kinds !== undefined) return kinds;
    this.values[r] = this.newRow();
    return (this.kinds[r] = this.newRow());
  }

  /**
   * The row's formulas, made at its first formula. Most rows have none, nor a number format:
   * two arrays fewer per row was about a third of what reading a sheet allocated.
   */
  formulaRow(r: number): (string | null)[] {
    return (this.formulas[r] ??= this.newRow());
  }

  set(r: number, c: number, kind: number, value: CellValue, formula: string | null, format: string | null): void {
    const kinds = this.row(r);
    if (this.sharedFrom.size > 0 || this.masterFormulas.size > 0) {
      // A second <c> at the same place replaces the first, and whatever the first took part in.
      const key = cellKey(r + 1, c + 1);
      this.sharedFrom.delete(key);
      this.masterFormulas.delete(key);
    }
    const formulas = this.formulas[r];
    const formats = this.formats[r];
    kinds[c] = kind;
    if (kind === cellKind.none) {
      // A cell read before at the same place is gone with it.
      if (this.values[r][c] !== undefined) {
        delete this.values[r][c];
        if (formulas !== undefined) delete formulas[c];
        if (formats !== undefined) delete formats[c];
      }
      return;
    }
    this.values[r][c] = value;
    if (formulas !== undefined) formulas[c] = formula;
    else if (formula !== null) this.formulaRow(r)[c] = formula;
    if (formats !== undefined) formats[c] = format;
    else if (format !== null) (this.formats[r] = this.newRow())[c] = format;
  }

  private newRow<T>(): T[] {
    const width = this.rowWidth;
    return width > 0 ? new Array<T>(width) : [];
  }
}

/**
 * Merged areas as ExcelJS applies them after reading the cells: each cell of an area other than
 * its top-left becomes a hidden cell, created when the sheet had none there (with the format its
 * row or column gives); the top-left cell is created empty when missing. Areas that overlap are
 * refused, as ExcelJS refuses them.
 */
export function applyMerges(
  merges: readonly Area[],
  cells: SheetCells,
  rowFormats: ReadonlyMap<number, string | undefined>,
  columnFormat: (col: number) => string | undefined,
  context: { part: string; cells: CellCount },
): void {
  if (merges.length === 0) return;
  // Counted before any is applied (cells already present counted again): a bound, reached at once.
  context.cells.add(merges.reduce((n, area) => n + areaCells(area), 0));
  const covered = new Set<number>();
  for (const area of merges) {
    for (let row = area.top; row <= area.bottom; row++) {
      const kinds = cells.row(row - 1);
      for (let col = area.left; col <= area.right; col++) {
        const key = cellKey(row, col);
        if (covered.has(key)) throw new LeanRefused({ kind: "damaged", part: context.part, detail: "two merged areas overlap" });
        covered.add(key);
        const kind = kinds[col - 1];
        if (kind === undefined || kind === cellKind.none) cells.set(row - 1, col - 1, cellKind.empty, null, null, (rowFormats.get(row) || columnFormat(col)) ?? null);
        if (row === area.top && col === area.left) continue;
        kinds[col - 1] = cellKind.hidden;
        cells.values[row - 1][col - 1] = null;
        const formulas = cells.formulas[row - 1];
        if (formulas !== undefined) formulas[col - 1] = null;
      }
    }
  }
}

/** Each cell taking a shared formula gets the text of the cell holding it, moved to its place. */
export function moveSharedFormulas(cells: SheetCells): void {
  const width = sheetBounds.lastCol + 1;
  for (const [key, masterKey] of cells.sharedFrom) {
    const row = Math.floor(key / width);
    const col = key % width;
    if (cells.kinds[row - 1][col - 1] !== cellKind.content) continue;
    const text = cells.masterFormulas.get(masterKey);
    const fromRow = Math.floor(masterKey / width);
    const fromCol = masterKey % width;
    if (text === undefined || cells.kinds[fromRow - 1]?.[fromCol - 1] !== cellKind.content) continue;
    cells.formulaRow(row - 1)[col - 1] = `=${moveFormula(text, row - fromRow, col - fromCol)}`;
  }
}

/** The rows a snapshot keeps, each as long as its last cell; a row with no formula (or no number format) has none in that grid. */
export function keptRows(cells: SheetCells): { values: CellValue[][]; formulas: (string | null)[][]; numberFormats: (string | null)[][] } {
  const values: CellValue[][] = [];
  const formulas: (string | null)[][] = [];
  const numberFormats: (string | null)[][] = [];
  const kinds = cells.kinds;
  for (let r = 0; r < kinds.length; r++) {
    const row = kinds[r];
    if (row === undefined) continue;
    // ExcelJS keeps a row only when one of its cells has content (or is a merged area's hidden cell).
    let kept = false;
    for (let c = 0; c < row.length && !kept; c++) kept = row[c] >= cellKind.content;
    if (!kept) continue;
    // As long as its last cell: room made for cells the row's spans promised and it did not hold is not part of it.
    let length = row.length;
    while (length > 0 && !(row[length - 1] >= cellKind.empty)) length--;
    const rowValues = (values[r] = cells.values[r]);
    if (rowValues.length > length) rowValues.length = length;
    const rowFormulas = cells.formulas[r];
    if (rowFormulas !== undefined) {
      if (rowFormulas.length > length) rowFormulas.length = length;
      formulas[r] = rowFormulas;
    }
    const rowFormats = cells.formats[r];
    if (rowFormats !== undefined) {
      if (rowFormats.length > length) rowFormats.length = length;
      numberFormats[r] = rowFormats;
    }
  }
  return { values, formulas, numberFormats };
}
