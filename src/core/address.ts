/** A1 addresses and sheet references, 0-based rows and columns. */
/** Letters of the first columns, computed once: addresses are built for every output cell. */
const letterCache: string[] = [];

export function columnLetters(col: number): string {
  if (col < 256) return (letterCache[col] ??= lettersOf(col));
  return lettersOf(col);
}

function lettersOf(col: number): string {
  let n = col + 1;
  let letters = "";
  while (n > 0) {
    const rem = (n - 1) % 26;
    letters = String.fromCharCode(65 + rem) + letters;
    n = Math.floor((n - 1) / 26);
  }
  return letters;
}

export function columnIndex(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

/** "D12" for row 11, column 3. */
export function a1(row: number, col: number): string {
  return `${columnLetters(col)}${row + 1}`;
}

export function parseA1(address: string): { row: number; col: number } {
  const match = /^\$?([A-Za-z]{1,3})\$?(\d+)$/.exec(address.trim());
  if (!match) throw new Error(`Not an A1 address: ${address}`);
  return { row: Number(match[2]) - 1, col: columnIndex(match[1]) };
}

/** A rectangle of cells, 0-based and inclusive, top-left first. */
export interface CellRange {
  row: number;
  col: number;
  lastRow: number;
  lastCol: number;
}

/** "E8:F10" (or "E8", one cell; corners in either order) as a rectangle. Throws on anything else. */
export function parseRange(range: string): CellRange {
  const parts = range.split(":");
  if (parts.length > 2) throw new Error(`Not an A1 range: ${range}`);
  const a = parseA1(parts[0]);
  const b = parts.length === 2 ? parseA1(parts[1]) : a;
  return { row: Math.min(a.row, b.row), col: Math.min(a.col, b.col), lastRow: Math.max(a.row, b.row), lastCol: Math.max(a.col, b.col) };
}

/** A range such as "E8:E10" or "E8" when it is one cell. */
export function rangeA1(row: number, col: number, lastRow: number, lastCol: number): string {
  const start = a1(row, col);
  return row === lastRow && col === lastCol ? start : `${start}:${a1(lastRow, lastCol)}`;
}

/** Quotes a sheet name for use in a formula reference when it needs it. */
export function sheetRef(name: string): string {
  return /^[A-Za-z_][A-Za-z0-9_.]*$/.test(name) && !/^[A-Za-z]{1,3}\d+$/.test(name)
    ? name
    : `'${name.replace(/'/g, "''")}'`;
}
