/** Merged areas: only their top-left cell holds a value; writing any other cell of one would land on it. */
import { parseRange } from "./address";
import type { SheetSnapshot } from "./snapshot";

/** True when (row, col) lies inside a merged area without being its top-left cell. */
export type CoveredTest = (row: number, col: number) => boolean;

export function coveredByMerge(sheet: SheetSnapshot): CoveredTest {
  const areas = (sheet.merges ?? []).map((range) => {
    const r = parseRange(range);
    return { top: r.row, left: r.col, bottom: r.lastRow, right: r.lastCol };
  });
  if (areas.length === 0) return () => false;
  return (row, col) =>
    areas.some((m) => row >= m.top && row <= m.bottom && col >= m.left && col <= m.right && !(row === m.top && col === m.left));
}
