/**
 * A new workbook of the plan's sheets as .xlsx bytes, written directly as SpreadsheetML
 * (src/io/xlsx/write): loading ExcelJS and building its model would cost more than writing a
 * recap of thousands of units. The sheets come out as `applyPlan` would make them on a model.
 */
import type { WritePlan } from "../core";
import { drawCharts } from "../io/xlsx/patch/addCharts";
import { Unsupported, type PatchProblem } from "../io/xlsx/patch/unsupported";
import { newWorkbookPackage, newWorkbookZip } from "../io/xlsx/write/newWorkbookPackage";

function refuseWrites(plan: WritePlan): void {
  // A new workbook has no formulas of its own to recalculate, and no sheets to write into or delete.
  if (plan.writes.length > 0 || plan.deleteSheets.length > 0 || plan.recalculateOnOpen) throw new Error("Only a plan of new sheets can make a new workbook.");
}

/** The plan's sheets, in order, as a new .xlsx package, without their charts. Only for a plan that writes no existing sheet. */
export async function newWorkbookBytes(plan: WritePlan): Promise<Buffer> {
  refuseWrites(plan);
  return Promise.resolve(newWorkbookPackage(plan.sheets));
}

/**
 * The same with the plan's charts drawn before the package is packed. `leftOut`: why the charts
 * could not be drawn (the workbook is then written without them), or null.
 */
export async function newWorkbookWithCharts(plan: WritePlan): Promise<{ data: Buffer; leftOut: PatchProblem | null }> {
  refuseWrites(plan);
  const zip = newWorkbookZip(plan.sheets, { drawings: true });
  try {
    await drawCharts(zip, plan.sheets, { elementsWritten: true });
    return { data: zip.bytes(), leftOut: null };
  } catch (error) {
    if (error instanceof Unsupported) return { data: newWorkbookPackage(plan.sheets), leftOut: error.problem };
    throw error;
  }
}
