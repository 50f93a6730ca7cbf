/**
 * A Nilai range that mixes levels: it takes a row together with rows that row already
 * aggregates (the real LKE ZI averages LHKPN with its own parts and so leaves LHKASN out).
 */
import { a1 } from "../../address";
import { formulaReferences } from "../../formula/evaluate";
import type { ParsedFormulas } from "../../formula/parsedFormulas";
import { cellFormula, type SheetSnapshot } from "../../snapshot";
import type { FormLayout } from "./formRead";

/** Rows of one column a formula reads through ranges (single cells are not ranges over rows). */
function rangeRows(sheet: SheetSnapshot, row: number, col: number, parsed: ParsedFormulas): number[] {
  const formula = cellFormula(sheet, row, col);
  if (formula === null) return [];
  const rows: number[] = [];
  for (const ref of formulaReferences(formula, sheet.name, parsed) ?? []) {
    if (ref.sheet.toLowerCase() !== sheet.name.toLowerCase() || ref.col !== col || ref.lastCol !== col || ref.lastRow === ref.row) continue;
    for (let r = ref.row; r <= ref.lastRow; r++) if (r !== row) rows.push(r);
  }
  return rows;
}

/** [row, inner row, the inner row's parts inside the range (A1)] for each range that mixes levels. */
export function mixedLevels(sheet: SheetSnapshot, layout: FormLayout, col: number, parsed: ParsedFormulas): [number, number, string][] {
  const found: [number, number, string][] = [];
  for (const { row } of layout.rows) {
    const outer = new Set(rangeRows(sheet, row, col, parsed));
    if (outer.size === 0) continue;
    for (const inner of outer) {
      const parts = rangeRows(sheet, inner, col, parsed).filter((r) => outer.has(r) && cellFormula(sheet, r, col) !== null);
      if (parts.length === 0) continue;
      found.push([row, inner, parts.map((r) => a1(r, col)).join(", ")]);
      break;
    }
  }
  return found;
}
