/** Where the predicates of a form go: the first free row under its total, labelled "Predikat". */
import { parseA1 } from "../../address";
import { cellText, isBlank } from "../../snapshot";
import type { FormLayout } from "./formRead";

export const predicateLabel = "Predikat";

/**
 * The row under the total that takes the predicates: its label cell and every assessment's
 * Nilai cell empty (or holding what an earlier run wrote), and no merged area over them.
 * `isOurs` tells a Nilai cell an earlier run wrote from the workbook's own predicate there.
 */
export function predicatePlacement(layout: FormLayout, isOurs: (row: number, col: number) => boolean = () => true): { row: number } | null {
  if (layout.totalRow === null) return null;
  const { sheet, textCol } = layout;
  const valueCols = layout.assessments.map((a) => a.value);
  const last = Math.max(...valueCols);
  const merged = (row: number) =>
    (sheet.merges ?? []).some((range) => {
      const [start, end = start] = range.split(":");
      const a = parseA1(start);
      const b = parseA1(end);
      return row >= Math.min(a.row, b.row) && row <= Math.max(a.row, b.row) && Math.max(a.col, b.col) >= textCol && Math.min(a.col, b.col) <= last;
    });
  for (let row = layout.totalRow + 1; row <= layout.totalRow + 5; row++) {
    if (merged(row)) continue;
    const label = cellText(sheet, row, textCol);
    const ours = label.toLowerCase() === predicateLabel.toLowerCase();
    let free = label === "" || ours;
    for (let col = textCol + 1; col <= last && free; col++) {
      if (isBlank(sheet, row, col)) continue;
      // What an earlier run wrote: the predicate (formula or letter) in a Nilai column.
      free = ours && valueCols.includes(col) && isOurs(row, col);
    }
    if (free) return { row };
  }
  return null;
}
