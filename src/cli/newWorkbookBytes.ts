/**
 * A new workbook of the plan's sheets as .xlsx bytes, written directly as SpreadsheetML
 * (src/io/xlsx/write): loading ExcelJS and building its model would cost more than writing a
 * recap of thousands of units. The sheets come out as `applyPlan` would make them on a model.
 */
import type { WritePlan } from "../core";
import { newWorkbookPackage } from "../io/xlsx/write/newWorkbookPackage";

/** The plan's sheets, in order, as a new .xlsx package. Only for a plan that writes no existing sheet. */
export async function newWorkbookBytes(plan: WritePlan): Promise<Buffer> {
  // A new workbook has no formulas of its own to recalculate, and no sheets to write into or delete.
  if (plan.writes.length > 0 || plan.deleteSheets.length > 0 || plan.recalculateOnOpen) throw new Error("Only a plan of new sheets can make a new workbook.");
  return Promise.resolve(newWorkbookPackage(plan.sheets));
}
