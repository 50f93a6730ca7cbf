/**
 * Strings made from a cell's row and column (addresses, formulas of one cell), kept by column
 * then row: the sheets of one template name the same cells, so one string serves them all.
 * Cells past the first rows and columns are made each time, so a stray far cell cannot grow it.
 */
export class CellStrings {
  private readonly byColumn: string[][] = [];

  constructor(
    private readonly make: (row: number, col: number) => string,
    private readonly rows = 10_000,
    private readonly columns = 32,
  ) {}

  get(row: number, col: number): string {
    if (row < 0 || col < 0 || row >= this.rows || col >= this.columns) return this.make(row, col);
    const byRow = (this.byColumn[col] ??= []);
    return (byRow[row] ??= this.make(row, col));
  }
}
