/**
 * Writes a plan into a copy of the workbook it was made for: only the written cells of the
 * original package are edited where the patcher can; otherwise the workbook is rewritten with
 * ExcelJS and the caller hears which parts of the file that dropped.
 */
import type ExcelJS from "exceljs";
import type { WritePlan } from "../core/plan/writePlan";
import { applyPlan } from "./applyPlan";
import { writeOutput, type OutputFile } from "./files/outputFile";
import { workbookBytes } from "./workbookFile";
import { lostParts, patchXlsx } from "./xlsxPatch";

export async function writePlanned(workbook: ExcelJS.Workbook, original: Buffer, plan: WritePlan, output: OutputFile, rewritten: (lost: string[], reason: string) => void): Promise<void> {
  const patched = await patchXlsx(original, plan);
  if (patched.ok) {
    await writeOutput(output, patched.data);
    return;
  }
  applyPlan(workbook, plan);
  await writeOutput(output, async () => {
    const data = await workbookBytes(workbook);
    rewritten(lostParts(original, data), patched.reason);
    return data;
  });
}
