/**
 * The workbook behind the fake Excel API: plain data, the same cells the CLI reads
 * (value, formula, number format) plus what the add-in sets on sheets it creates.
 */
import type { CellValue } from "../../../../src/core/snapshot";
import { Evaluator } from "./formula";
import type { FakeLocale } from "./parse";

export interface FakeCell {
  value: CellValue;
  /** en-US formula text with its "=", or null. */
  formula: string | null;
  /** "General" when unformatted. */
  numberFormat: string;
  bold: boolean;
  centered: boolean;
  /** Typed with a leading apostrophe (Excel's "quote prefix"). */
  quotePrefix: boolean;
  /**
   * The formula was written through the API, so the fake computes it. Formulas that came with
   * the workbook keep their cached value (the fake knows only part of Excel's functions).
   */
  live?: boolean;
}

export type FakeVisibility = "Visible" | "Hidden" | "VeryHidden";

export interface FakeChart {
  type: string;
  source: string;
  seriesBy: string;
  title: string | null;
  legendVisible: boolean;
  xAxisValues: string | null;
  /** The top-left cell, and the bottom-right cell the chart covers when one was given. */
  position: string | null;
  end: string | null;
}

export interface FakeSheet {
  /** Stable identity across renames and reordering. */
  id: number;
  name: string;
  visibility: FakeVisibility;
  protected: boolean;
  /** "row,col" -> cell. */
  cells: Map<string, FakeCell>;
  /** Column index -> width in points. */
  columnWidths: Map<number, number>;
  merges: string[];
  freezeRows: number;
  printArea: string | null;
  orientation: "Portrait" | "Landscape" | null;
  zoom: { horizontalFitToPages?: number; verticalFitToPages?: number; scale?: number } | null;
  paperSize: string | null;
  centerHeader: string | null;
  centerFooter: string | null;
  validations: { range: string; rule: unknown }[];
  charts: FakeChart[];
  deleted: boolean;
}

export interface FakeWorkbook {
  sheets: FakeSheet[];
  structureProtected: boolean;
  activeSheetId: number | null;
  selection: { sheet: string; address: string } | null;
  /** How typed strings are parsed (decimal comma under id-ID). */
  locale: FakeLocale;
  nextId: number;
}

export const key = (row: number, col: number) => `${row},${col}`;

export function emptyCell(): FakeCell {
  return { value: null, formula: null, numberFormat: "General", bold: false, centered: false, quotePrefix: false };
}

export function newSheet(workbook: FakeWorkbook, name: string): FakeSheet {
  const sheet: FakeSheet = {
    id: workbook.nextId++,
    name,
    visibility: "Visible",
    protected: false,
    cells: new Map(),
    columnWidths: new Map(),
    merges: [],
    freezeRows: 0,
    printArea: null,
    orientation: null,
    zoom: null,
    paperSize: null,
    centerHeader: null,
    centerFooter: null,
    validations: [],
    charts: [],
    deleted: false,
  };
  workbook.sheets.push(sheet);
  return sheet;
}

export function emptyWorkbook(locale: FakeLocale = "en-US"): FakeWorkbook {
  return { sheets: [], structureProtected: false, activeSheetId: null, selection: null, locale, nextId: 1 };
}

export function findSheet(workbook: FakeWorkbook, name: string): FakeSheet | undefined {
  const lower = name.toLowerCase();
  return workbook.sheets.find((s) => s.name.toLowerCase() === lower);
}

export function getCell(sheet: FakeSheet, row: number, col: number): FakeCell | undefined {
  return sheet.cells.get(key(row, col));
}

export function cellFor(sheet: FakeSheet, row: number, col: number): FakeCell {
  const k = key(row, col);
  let cell = sheet.cells.get(k);
  if (!cell) {
    cell = emptyCell();
    sheet.cells.set(k, cell);
  }
  return cell;
}

export function isBlank(cell: FakeCell | undefined): boolean {
  return !cell || (cell.value === null && cell.formula === null);
}

/** The used range: every cell with a value or formula (and, unless valuesOnly, a format), or null. */
export function usedBounds(sheet: FakeSheet, valuesOnly: boolean): { row: number; col: number; rows: number; cols: number } | null {
  let minRow = Infinity;
  let maxRow = -Infinity;
  let minCol = Infinity;
  let maxCol = -Infinity;
  for (const [k, cell] of sheet.cells) {
    const used = !isBlank(cell) || (!valuesOnly && (cell.numberFormat !== "General" || cell.bold || cell.centered));
    if (!used) continue;
    const [row, col] = k.split(",").map(Number);
    minRow = Math.min(minRow, row);
    maxRow = Math.max(maxRow, row);
    minCol = Math.min(minCol, col);
    maxCol = Math.max(maxCol, col);
  }
  if (minRow === Infinity) return null;
  return { row: minRow, col: minCol, rows: maxRow - minRow + 1, cols: maxCol - minCol + 1 };
}

/** Recomputes every formula cell, as Excel does after a sync (circular references give 0). */
export function recalculate(workbook: FakeWorkbook): void {
  const live = workbook.sheets.filter((s) => !s.deleted);
  const done = new Map<string, CellValue>();
  const busy = new Set<string>();
  const evaluator: Evaluator = new Evaluator({
    value(sheetName, row, col) {
      const sheet = live.find((s) => s.name.toLowerCase() === sheetName.toLowerCase());
      if (!sheet) return { error: "#REF!" };
      return valueOf(sheet, row, col);
    },
  });
  const valueOf = (sheet: FakeSheet, row: number, col: number): CellValue => {
    const cell = getCell(sheet, row, col);
    if (!cell || cell.formula === null || !cell.live) return cell?.value ?? null;
    const id = `${sheet.id}:${row},${col}`;
    if (done.has(id)) return done.get(id)!;
    if (busy.has(id)) return 0;
    busy.add(id);
    const value = evaluator.evaluate(cell.formula, sheet.name);
    busy.delete(id);
    done.set(id, value);
    cell.value = value === "" ? "" : value;
    return value;
  };
  for (const sheet of live) {
    for (const [k, cell] of sheet.cells) {
      if (cell.formula === null || !cell.live) continue;
      const [row, col] = k.split(",").map(Number);
      valueOf(sheet, row, col);
    }
  }
}
