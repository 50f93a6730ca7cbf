/** The findings of one real layout, gathered as its checks run and given in reading order (summary sheet first). */
import { a1 } from "../address";
import type { SheetSnapshot } from "../snapshot";
import type { ParamsOf } from "../validate/check";
import { layoutProfileFindings } from "../validate/checks/layoutProfile";
import type { Finding } from "../validate/finding";

type Codes = typeof layoutProfileFindings.codes;

interface Located {
  finding: Finding;
  sheetOrder: number;
  row: number;
  col: number;
}

export class LayoutFindings {
  private readonly found: Located[] = [];

  constructor(private readonly summarySheet: SheetSnapshot) {}

  report<K extends keyof Codes & string>(code: K, params: ParamsOf<Codes[K]>, sheet: SheetSnapshot, row: number, col: number): void {
    this.found.push({
      finding: { code, severity: layoutProfileFindings.codes[code].severity, sheet: sheet.name, cell: a1(row, col), params },
      sheetOrder: sheet === this.summarySheet ? 0 : 1,
      row,
      col,
    });
  }

  inReadingOrder(): Finding[] {
    return [...this.found].sort((x, y) => x.sheetOrder - y.sheetOrder || x.row - y.row || x.col - y.col).map((f) => f.finding);
  }
}
