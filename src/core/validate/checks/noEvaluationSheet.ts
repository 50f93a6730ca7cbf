/**
 * A workbook in which LKE recognises no evaluation at all: said at file level, never passed as
 * clean. `sheets` and `seemed` are parallel lists joined with " | ": each sheet looked at and
 * what it seemed to be (empty, table, partial-form, hidden-table).
 */
import { code, defineCheck } from "../check";

export const noEvaluationSheet = defineCheck({
  id: "no-evaluation-sheet",
  codes: {
    "no-evaluation-sheet": code<{ sheets: string; seemed: string }>("error"),
  },
});

export const sheetSeemings = ["empty", "table", "partial-form", "hidden"] as const;
export type SheetSeeming = (typeof sheetSeemings)[number];
