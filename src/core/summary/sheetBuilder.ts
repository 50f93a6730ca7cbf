/**
 * Builds a summary sheet cell by cell and derives what makes it ready to send: column widths
 * that fit the content, bold ranges, merges and the print area.
 */
import { a1, columnLetters } from "../address";
import { isCellError, type CellValue } from "../snapshot";
import { PlanCells } from "../plan/planCells";
import type { ChartSpec, PrintSpec, SheetSpec } from "../plan/writePlan";

/** change: a sign people see without colour, ▲ up, ▼ down, = the same. */
export const formats = { score: "0.00", integer: "0", change: '"▲ "0.00;"▼ "0.00;"= "0.00' } as const;

export interface PutOptions {
  formula?: string;
  numberFormat?: string;
  bold?: boolean;
  center?: boolean;
  /** Counts towards the column's width (false for titles and notes, which may overflow). */
  measure?: boolean;
}

const minWidth = 5;
const maxWidth = 50;

/** The decimals a number format such as "0.00" shows; undefined for any other format. */
function fixedDecimals(numberFormat: string | undefined): number | undefined {
  return /^0\.(0+)$/.exec(numberFormat ?? "")?.[1].length;
}

/** The text a cell shows, roughly, for sizing its column. */
function shownText(value: CellValue, numberFormat: string | undefined, decimals: number | undefined): string {
  if (value === null) return "";
  if (isCellError(value)) return value.error;
  if (typeof value === "number") {
    if (decimals !== undefined) return value.toFixed(decimals);
    if (numberFormat === formats.integer) return value.toFixed(0);
    return String(value);
  }
  return String(value);
}

/**
 * Single cells given a look, kept as ranges: a cell just below the last range of the same
 * column extends it, so a column centred down thousands of units is one range, not thousands,
 * even where other columns' cells come between.
 */
class LookRanges {
  private readonly ranges: ({ row: number; col: number; lastRow: number } | { text: string })[] = [];
  /** Each column's last range of single cells. */
  private readonly lastIn: ({ row: number; col: number; lastRow: number } | undefined)[] = [];

  cell(row: number, col: number): void {
    const last = this.lastIn[col];
    if (last && last.lastRow === row - 1) last.lastRow = row;
    else {
      const range = { row, col, lastRow: row };
      this.ranges.push(range);
      this.lastIn[col] = range;
    }
  }

  range(text: string): void {
    this.ranges.push({ text });
  }

  get list(): string[] {
    return this.ranges.map((r) => ("text" in r ? r.text : r.row === r.lastRow ? a1(r.row, r.col) : `${a1(r.row, r.col)}:${a1(r.lastRow, r.col)}`));
  }
}

/**
 * At least the length of the text a number shows (see shownText), found without making the
 * text: a column of thousands of scores is sized by its header long before any score could
 * be wider. Infinity when only the text tells.
 */
function mostShownLength(value: number, decimals: number | undefined, integerFormat: boolean): number {
  const places = decimals ?? (integerFormat || Number.isInteger(value) ? 0 : -1);
  const size = value < 0 ? -value : value;
  if (places < 0 || !(size < 1e21)) return Infinity;
  let digits = 1;
  let limit = 10;
  for (; limit <= size; limit *= 10) digits++;
  // Rounding carries into one more digit only within one shown place of the next power of ten
  // (9.996 shows "10.00"): counted there, so most numbers need no text made to be measured.
  const carry = size >= limit - 10 ** -places ? 1 : 0;
  // A negative number shows its sign.
  return (value < 0 ? 1 : 0) + digits + carry + (places > 0 ? places + 1 : 0);
}

export class SheetBuilder {
  readonly cells = new PlanCells();
  private readonly boldRanges = new LookRanges();
  private readonly mergeRanges: string[] = [];
  private readonly centerRanges = new LookRanges();
  /** The longest text measured in each column, by column. */
  private readonly widths: number[] = [];
  private lastRow = 0;
  private lastCol = 0;

  /** A recap puts the same few number formats on thousands of cells: each is read once. */
  private readonly decimalsOf = new Map<string, number | undefined>();

  put(row: number, col: number, value: CellValue, options: PutOptions = {}): void {
    const { formula, numberFormat } = options;
    this.cells.add(row, col, value, formula || undefined, numberFormat || undefined);
    if (options.bold) this.boldRanges.cell(row, col);
    if (options.center) this.centerRanges.cell(row, col);
    this.lastRow = Math.max(this.lastRow, row);
    if (options.measure !== false) {
      this.lastCol = Math.max(this.lastCol, col);
      let decimals: number | undefined;
      if (typeof value === "number" && numberFormat !== undefined) {
        if (!this.decimalsOf.has(numberFormat)) this.decimalsOf.set(numberFormat, fixedDecimals(numberFormat));
        decimals = this.decimalsOf.get(numberFormat);
      }
      const widest = this.widths[col] ?? -1;
      if (typeof value !== "number" || mostShownLength(value, decimals, numberFormat === formats.integer) > widest) {
        const length = shownText(value, numberFormat, decimals).length;
        if (length > widest) this.widths[col] = length;
      }
    }
  }

  bold(range: string): void {
    this.boldRanges.range(range);
  }

  merge(row: number, col: number, lastRow: number, lastCol: number): void {
    if (row !== lastRow || col !== lastCol) this.mergeRanges.push(`${a1(row, col)}:${a1(lastRow, lastCol)}`);
  }

  get usedRows(): number {
    return this.lastRow + 1;
  }

  get usedColumns(): number {
    return this.lastCol + 1;
  }

  /** "A1:K30" over everything measured, extended to cover `extra` (e.g. a chart's place). */
  area(extra?: { rows: number; cols: number }): string {
    const rows = Math.max(this.usedRows, extra?.rows ?? 0);
    const cols = Math.max(this.usedColumns, extra?.cols ?? 0);
    return `A1:${columnLetters(cols - 1)}${rows}`;
  }

  spec(name: string, replace: boolean, extra: { freezeRows?: number; charts?: ChartSpec[]; printArea?: string; print?: Partial<PrintSpec> } = {}): SheetSpec {
    const columnWidths: { col: number; width: number }[] = [];
    // Columns in order; forEach passes over the ones never measured.
    this.widths.forEach((length, col) => columnWidths.push({ col, width: Math.min(maxWidth, Math.max(minWidth, Math.ceil(length * 1.1) + 2)) }));
    const bold = this.boldRanges.list;
    const centered = this.centerRanges.list;
    return {
      name,
      visibility: "visible",
      replace,
      cells: this.cells,
      columnWidths,
      ...(this.mergeRanges.length ? { merges: this.mergeRanges } : {}),
      ...(bold.length ? { bold } : {}),
      ...(centered.length ? { centered } : {}),
      ...(extra.freezeRows ? { freezeRows: extra.freezeRows } : {}),
      print: { area: extra.printArea ?? this.area(), landscape: true, fitToWidth: true, ...extra.print },
      ...(extra.charts?.length ? { charts: extra.charts } : {}),
    };
  }
}
