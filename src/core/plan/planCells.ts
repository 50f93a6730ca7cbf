/**
 * The cells of a sheet LKE creates, in plan order, kept as columns rather than an object each:
 * a province's recap has some 175,000 cells, and as objects (with their numbers boxed) each
 * took about 80 bytes of a heap that grew with every file; here about 27.
 */
import { isCellError, type CellError, type CellValue } from "../snapshot";
import type { CellWrite } from "./writePlan";

/** One cell of a created sheet: a CellWrite whose sheet is the spec's. */
export type SheetCell = Omit<CellWrite, "sheet">;

/** What a cell's slot in `numbers` holds. */
const enum Kind {
  Empty,
  Number,
  True,
  False,
  /** `numbers` holds the index of the text in `texts`. */
  Text,
  /** `numbers` holds the index of the error in `texts`. */
  Error,
}

/** Cells a page: a sheet's slack is at most one page, and growing copies nothing. */
const pageBits = 10;
const pageSize = 1 << pageBits;
const inPage = pageSize - 1;

class Page {
  readonly rows = new Int32Array(pageSize);
  readonly cols = new Int32Array(pageSize);
  readonly numbers = new Float64Array(pageSize);
  readonly kinds = new Uint8Array(pageSize);
  /** Index into `formulaTexts`, or -1. */
  readonly formulaOf = new Int32Array(pageSize);
  /** One more than the index into `formatTexts`; 0 for none. */
  readonly formatOf = new Uint16Array(pageSize);
}

export class PlanCells implements Iterable<SheetCell> {
  private count = 0;
  private readonly pages: Page[] = [];
  private readonly texts: (string | CellError)[] = [];
  private readonly formulaTexts: string[] = [];
  /** A sheet's few number formats, each kept once. */
  private readonly formatTexts: string[] = [];
  private readonly formatIndex = new Map<string, number>();

  static of(cells: Iterable<SheetCell>): PlanCells {
    const planned = new PlanCells();
    for (const cell of cells) planned.add(cell.row, cell.col, cell.value, cell.formula, cell.numberFormat);
    return planned;
  }

  get length(): number {
    return this.count;
  }

  add(row: number, col: number, value: CellValue, formula?: string, numberFormat?: string): void {
    if ((this.count & inPage) === 0) this.pages.push(new Page());
    const page = this.pages[this.pages.length - 1];
    const i = this.count++ & inPage;
    page.rows[i] = row;
    page.cols[i] = col;
    if (typeof value === "number") {
      page.kinds[i] = Kind.Number;
      page.numbers[i] = value;
    } else if (typeof value === "string" || (value !== null && isCellError(value))) {
      page.kinds[i] = typeof value === "string" ? Kind.Text : Kind.Error;
      page.numbers[i] = this.texts.length;
      this.texts.push(value);
    } else if (typeof value === "boolean") {
      page.kinds[i] = value ? Kind.True : Kind.False;
    } else {
      page.kinds[i] = Kind.Empty;
    }
    if (formula === undefined) page.formulaOf[i] = -1;
    else {
      page.formulaOf[i] = this.formulaTexts.length;
      this.formulaTexts.push(formula);
    }
    page.formatOf[i] = numberFormat === undefined ? 0 : this.formatNumber(numberFormat);
  }

  row(i: number): number {
    return this.pages[i >> pageBits].rows[i & inPage];
  }

  col(i: number): number {
    return this.pages[i >> pageBits].cols[i & inPage];
  }

  value(i: number): CellValue {
    const page = this.pages[i >> pageBits];
    const at = i & inPage;
    switch (page.kinds[at] as Kind) {
      case Kind.Number:
        return page.numbers[at];
      case Kind.True:
        return true;
      case Kind.False:
        return false;
      case Kind.Text:
      case Kind.Error:
        return this.texts[page.numbers[at]];
      default:
        return null;
    }
  }

  formula(i: number): string | undefined {
    const at = this.pages[i >> pageBits].formulaOf[i & inPage];
    return at < 0 ? undefined : this.formulaTexts[at];
  }

  numberFormat(i: number): string | undefined {
    const at = this.pages[i >> pageBits].formatOf[i & inPage];
    return at === 0 ? undefined : this.formatTexts[at - 1];
  }

  /** The cell as an object, with `formula` and `numberFormat` only where it has them. */
  at(i: number): SheetCell {
    const cell: SheetCell = { row: this.row(i), col: this.col(i), value: this.value(i) };
    const formula = this.formula(i);
    if (formula !== undefined) cell.formula = formula;
    const numberFormat = this.numberFormat(i);
    if (numberFormat !== undefined) cell.numberFormat = numberFormat;
    return cell;
  }

  *[Symbol.iterator](): Iterator<SheetCell> {
    for (let i = 0; i < this.count; i++) yield this.at(i);
  }

  toArray(): SheetCell[] {
    return Array.from(this);
  }

  private formatNumber(numberFormat: string): number {
    let at = this.formatIndex.get(numberFormat);
    if (at === undefined) {
      // Uint16 slots: a sheet of LKE's has a handful of formats, never 65,535.
      if (this.formatTexts.length === 0xfffe) throw new Error("A sheet has more number formats than a plan can hold.");
      at = this.formatTexts.push(numberFormat);
      this.formatIndex.set(numberFormat, at);
    }
    return at;
  }
}
