/**
 * Merged areas as Office.js reports them (`RangeAreas.address`: "Sheet1!A1:B2, Sheet1!D4:E4",
 * sheet names quoted when they need it) -> plain A1 ranges ("A1:B2"), and the rectangles the
 * writer must not cut through. Pure.
 */

export interface Area {
  row: number;
  col: number;
  rows: number;
  cols: number;
}

/** One area of a RangeAreas address: an optional (quoted) sheet name, "!", then a cell or range. */
const areaPattern = /(?:(?:'(?:[^']|'')*'|[^',!]+)!)?\s*(\$?[A-Za-z]{1,3}\$?\d+(?::\$?[A-Za-z]{1,3}\$?\d+)?)/g;

export function mergedRanges(address: string | null | undefined): string[] {
  if (!address) return [];
  const out: string[] = [];
  for (const match of address.matchAll(areaPattern)) out.push(match[1].replace(/\$/g, "").toUpperCase());
  return out;
}

function column(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

/** "D8:E9" -> { row: 7, col: 3, rows: 2, cols: 2 }. */
export function areaOf(range: string): Area {
  const [a, b = a] = range.split(":").map((part) => {
    const m = /^\$?([A-Za-z]{1,3})\$?(\d+)$/.exec(part.trim());
    if (!m) throw new Error(`Not an A1 range: ${range}`);
    return { row: Number(m[2]) - 1, col: column(m[1]) };
  });
  const row = Math.min(a.row, b.row);
  const col = Math.min(a.col, b.col);
  return { row, col, rows: Math.abs(a.row - b.row) + 1, cols: Math.abs(a.col - b.col) + 1 };
}

function intersects(a: Area, b: Area): boolean {
  return a.row < b.row + b.rows && b.row < a.row + a.rows && a.col < b.col + b.cols && b.col < a.col + a.cols;
}

function contains(outer: Area, inner: Area): boolean {
  return inner.row >= outer.row && inner.col >= outer.col && inner.row + inner.rows <= outer.row + outer.rows && inner.col + inner.cols <= outer.col + outer.cols;
}

/**
 * Whether writing `target` would change part of a merged area, which Excel refuses: the
 * target meets the area without holding all of it, and is not just the area's top-left cell.
 */
export function cutsMerge(target: Area, merge: Area): boolean {
  if (!intersects(target, merge) || contains(target, merge)) return false;
  const topLeftOnly = target.rows === 1 && target.cols === 1 && target.row === merge.row && target.col === merge.col;
  return !topLeftOnly;
}
