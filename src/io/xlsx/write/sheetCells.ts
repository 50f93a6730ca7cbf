/**
 * The cells a new sheet holds once its spec is applied, as `applyPlan` applies it to an ExcelJS
 * model: values and number formats in plan order (a later write replaces the value and keeps
 * an earlier format unless it gives one), then merges, then bold and centring. A merge's cells
 * share its first cell's look, so a look given to any of them reaches all of them; its other
 * cells lose their values.
 *
 * A recap has a hundred thousand cells and tens of thousands of one-cell ranges: each cell is
 * a slot in a few arrays of small integers, found through its row's array of columns, rather
 * than an object of its own or an entry in a map.
 */
import { parseRange, type CellRange, type CellValue, type PlanCells, type SheetSpec } from "../../../core";

/** Excel's number of columns. */
const maxColumns = 16384;
const bold = 1;
const centered = 2;
/** A merged cell other than the first. */
const mergedOther = 4;

const overlaps = (a: CellRange, b: CellRange) => a.row <= b.lastRow && b.row <= a.lastRow && a.col <= b.lastCol && b.col <= a.lastCol;

const areaOf = (r: CellRange) => (r.lastRow - r.row + 1) * (r.lastCol - r.col + 1);

export class SheetCells {
  /** slotAt[row][col], where the cell has a slot. */
  private readonly slotAt: (number | undefined)[][] = [];
  private count = 0;
  // Sized once for every slot there can be: growing arrays cell by cell costs more than the cells.
  private readonly rows: Int32Array;
  private readonly cols: Int32Array;
  /** The plan cell last written into the slot, or -1. */
  private readonly written: Int32Array;
  /** The plan cell whose number format the slot shows, or -1. */
  private readonly formatted: Int32Array;
  private readonly flags: Uint8Array;
  /** The slot whose look this one has: itself, or its merge's first cell. */
  private readonly lookOf: Int32Array;
  /** Every slot, in row then column order. */
  readonly ordered: Int32Array;

  constructor(private readonly cells: PlanCells, spec: Pick<SheetSpec, "merges" | "bold" | "centered">) {
    const merges = (spec.merges ?? []).map((range) => ({ range, area: parseRange(range) }));
    const bolds = (spec.bold ?? []).map(parseRange);
    const centreds = (spec.centered ?? []).map(parseRange);
    let most = cells.length;
    for (const area of [...merges.map((m) => m.area), ...bolds, ...centreds]) most += areaOf(area);
    this.rows = new Int32Array(most);
    this.cols = new Int32Array(most);
    this.written = new Int32Array(most);
    this.formatted = new Int32Array(most);
    this.flags = new Uint8Array(most);
    this.lookOf = new Int32Array(most);

    for (let i = 0; i < cells.length; i++) {
      const slot = this.slot(cells.row(i), cells.col(i));
      this.written[slot] = i;
      if (cells.numberFormat(i) !== undefined) this.formatted[slot] = i;
    }
    const merged: CellRange[] = [];
    for (const { range, area } of merges) {
      // Excel refuses a file whose merges overlap; ExcelJS refuses to make one.
      if (merged.some((m) => overlaps(m, area))) throw new Error(`Merge ${range} overlaps another merge.`);
      merged.push(area);
      const first = this.slot(area.row, area.col);
      this.eachSlot(area, (slot) => {
        if (slot === first) return;
        this.written[slot] = -1;
        this.flags[slot] |= mergedOther;
        this.lookOf[slot] = first;
      });
    }
    for (const area of bolds) this.eachSlot(area, (slot) => (this.flags[this.lookOf[slot]] |= bold));
    for (const area of centreds) this.eachSlot(area, (slot) => (this.flags[this.lookOf[slot]] |= centered));
    this.ordered = this.inOrder();
  }

  row(slot: number): number {
    return this.rows[slot];
  }

  col(slot: number): number {
    return this.cols[slot];
  }

  /** The value of the plan cell the slot holds; null for an empty or merged cell. */
  value(slot: number): CellValue {
    const i = this.written[slot];
    return i >= 0 ? this.cells.value(i) : null;
  }

  formula(slot: number): string | undefined {
    const i = this.written[slot];
    return i >= 0 ? this.cells.formula(i) : undefined;
  }

  numberFormat(slot: number): string | undefined {
    const i = this.formatted[this.lookOf[slot]];
    return i >= 0 ? this.cells.numberFormat(i) : undefined;
  }

  bold(slot: number): boolean {
    return (this.flags[this.lookOf[slot]] & bold) !== 0;
  }

  centered(slot: number): boolean {
    return (this.flags[this.lookOf[slot]] & centered) !== 0;
  }

  /** A merged cell other than the first: written even without a look, as Excel writes it. */
  mergedOther(slot: number): boolean {
    return (this.flags[slot] & mergedOther) !== 0;
  }

  private slot(row: number, col: number): number {
    if (col >= maxColumns) throw new Error(`Column ${col + 1} is past Excel's last column.`);
    const inRow = (this.slotAt[row] ??= []);
    let slot = inRow[col];
    if (slot === undefined) {
      slot = this.count++;
      inRow[col] = slot;
      this.rows[slot] = row;
      this.cols[slot] = col;
      this.written[slot] = -1;
      this.formatted[slot] = -1;
      this.lookOf[slot] = slot;
    }
    return slot;
  }

  private eachSlot(range: CellRange, visit: (slot: number) => void): void {
    for (let row = range.row; row <= range.lastRow; row++) for (let col = range.col; col <= range.lastCol; col++) visit(this.slot(row, col));
  }

  /** Rows and columns are array indexes: walking them in order needs no sorting. */
  private inOrder(): Int32Array {
    const ordered = new Int32Array(this.count);
    let at = 0;
    for (const inRow of this.slotAt) if (inRow) for (const slot of inRow) if (slot !== undefined) ordered[at++] = slot;
    return ordered;
  }
}
