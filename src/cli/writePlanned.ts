/**
 * The bytes of a workbook with a plan applied: only the written cells of the original package
 * are edited where the patcher can; otherwise the workbook is rewritten with ExcelJS, and that
 * is refused (naming what would go) whenever the rewrite would lose anything of the file.
 */
import type { WritePlan } from "../core";
import { applyPlan } from "./applyPlan";
import { CliError } from "./cliError";
import type { ReadInput } from "./loadWorkbook";
import { workbookBytes } from "./workbookFile";
import { patchXlsx, type PatchProblem } from "../io/xlsx/patch";
import { rewriteLosses } from "../io/xlsx/patch/rewriteLosses";

/** `rewritten` hears why the patcher could not edit in place, when the whole file was rewritten. */
export async function plannedBytes(loaded: ReadInput, plan: WritePlan, rewritten: (reason: PatchProblem) => void): Promise<Buffer> {
  const patched = await patchXlsx(loaded.bytes, plan, loaded.parts);
  if (patched.ok) return patched.data;
  // What ExcelJS cannot read either (a sheet written with namespace prefixes), LKE read but cannot write: said so, with why.
  const workbook = await loaded.excelWorkbook().catch(() => {
    throw new CliError((x) => x.cannotWriteInto(loaded.label, x.patchProblem(patched.reason)));
  });
  applyPlan(workbook, plan);
  const data = await workbookBytes(workbook);
  const lost = rewriteLosses(loaded.bytes, loaded.parts, data);
  if (lost.length > 0) throw new CliError((x) => x.rewriteWouldLose(loaded.label, lost.map(x.rewriteLoss).join(", ")));
  rewritten(patched.reason);
  return data;
}
