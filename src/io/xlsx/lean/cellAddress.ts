/** A1 addresses as numbers and back, bounded by Excel's last row and column. */
export const sheetBounds = { lastRow: 1_048_576, lastCol: 16_384 } as const;

/** "A" -> 1, "XFD" -> 16384; 0 when the letters are not A-Z or name a column past XFD. */
export function columnNumber(letters: string): number {
  if (letters.length === 0 || letters.length > 3) return 0;
  let n = 0;
  for (let i = 0; i < letters.length; i++) {
    const code = letters.charCodeAt(i);
    if (code < 65 || code > 90) return 0;
    n = n * 26 + code - 64;
  }
  return n <= sheetBounds.lastCol ? n : 0;
}

export function columnLetters(col: number): string {
  let name = "";
  for (let n = col; n > 0; n = Math.floor((n - 1) / 26)) name = String.fromCharCode(65 + ((n - 1) % 26)) + name;
  return name;
}

export function address(row: number, col: number): string {
  return columnLetters(col) + row;
}

export interface CellRef {
  row: number;
  col: number;
}

/** "B7" or "$B$7" (any letter case); null when it is no cell inside Excel's grid. Read by hand: it runs for every cell. */
export function parseCell(ref: string): CellRef | null {
  let i = ref.charCodeAt(0) === 0x24 ? 1 : 0;
  let col = 0;
  let letters = 0;
  for (; i < ref.length; i++, letters++) {
    const code = ref.charCodeAt(i) & ~0x20; // upper case
    if (code < 65 || code > 90) break;
    col = col * 26 + code - 64;
  }
  if (ref.charCodeAt(i) === 0x24) i++;
  let row = 0;
  let digits = 0;
  for (; i < ref.length; i++, digits++) {
    const code = ref.charCodeAt(i);
    if (code < 48 || code > 57) return null;
    row = row * 10 + code - 48;
  }
  if (letters === 0 || letters > 3 || digits === 0 || digits > 8) return null;
  return col <= sheetBounds.lastCol && row >= 1 && row <= sheetBounds.lastRow ? { row, col } : null;
}

/**
 * The column of the cell address written from `start` to `end` in a part's character codes
 * (charCodes.ts) ("B7", "$B$7", any letter case), read where it stands; 0 when it is no cell
 * inside Excel's grid (or needs reading the slow way). It runs for every cell.
 */
export function cellColumnAt(codes: Uint8Array, start: number, end: number): number {
  let i = start;
  if (codes[i] === 0x24) i++;
  let col = 0;
  const lettersStart = i;
  for (; i < end; i++) {
    const code = codes[i] & ~0x20; // upper case
    if (code < 65 || code > 90) break;
    col = col * 26 + code - 64;
  }
  const letters = i - lettersStart;
  if (codes[i] === 0x24) i++;
  const digitsStart = i;
  let row = 0;
  for (; i < end; i++) {
    const code = codes[i];
    if (code < 48 || code > 57) return 0;
    row = row * 10 + code - 48;
  }
  const digits = end - digitsStart;
  if (letters === 0 || letters > 3 || digits === 0 || digits > 8) return 0;
  return col <= sheetBounds.lastCol && row >= 1 && row <= sheetBounds.lastRow ? col : 0;
}

export interface Area {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

/** "A1:C3" (either corner first) or a single cell "B2"; null when it is not one. */
export function parseArea(ref: string): Area | null {
  const colon = ref.indexOf(":");
  const a = parseCell(colon < 0 ? ref : ref.slice(0, colon));
  const b = colon < 0 ? a : parseCell(ref.slice(colon + 1));
  if (!a || !b) return null;
  return { top: Math.min(a.row, b.row), left: Math.min(a.col, b.col), bottom: Math.max(a.row, b.row), right: Math.max(a.col, b.col) };
}

export function areaCells(area: Area): number {
  return (area.bottom - area.top + 1) * (area.right - area.left + 1);
}

/** The size of "A1:C3", "B2", "A:A" or "3:5", as the package check measures it; null when it is none of these. */
export function spanCells(ref: string): number | null {
  const [from, to = from] = ref.replace(/\$/g, "").toUpperCase().split(":");
  const part = /^([A-Z]{1,3})?(\d+)?$/;
  const x = part.exec(from);
  const y = part.exec(to);
  if (!x || !y) return null;
  const letters = (s: string) => [...s].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);
  const col1 = x[1] ? letters(x[1]) : 1;
  const col2 = y[1] ? letters(y[1]) : sheetBounds.lastCol;
  const row1 = x[2] ? Number(x[2]) : 1;
  const row2 = y[2] ? Number(y[2]) : sheetBounds.lastRow;
  return (Math.abs(row2 - row1) + 1) * (Math.abs(col2 - col1) + 1);
}
