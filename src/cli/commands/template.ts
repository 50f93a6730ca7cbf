/** lke template: an empty workbook in the FORMAT.md layout, one sheet per unit. */
import ExcelJS from "exceljs";
import { builtinRegistry } from "../../core/scheme/registry";
import { templateSheet, uniqueSheetName } from "../../core/template/templatePlan";
import { applyPlan } from "../applyPlan";
import { CliError } from "../cliError";
import type { Output } from "../output";
import { writeWorkbook } from "../workbookFile";

export interface TemplateOptions {
  output: string;
  units?: string;
  year?: string;
}

export async function runTemplate(schemeId: string, options: TemplateOptions, out: Output): Promise<number> {
  const registry = builtinRegistry();
  const scheme = registry.schemes.get(schemeId);
  if (!scheme) throw new CliError(`${schemeId}: skema tidak dikenal; pilih salah satu: ${[...registry.schemes.keys()].join(", ")} / unknown scheme.`);
  const units = (options.units ?? "Unit 1").split(",").map((u) => u.trim()).filter(Boolean);
  if (units.length === 0) throw new CliError("--units: sebutkan minimal satu unit / name at least one unit.");
  const year = options.year ?? String(new Date().getFullYear());
  const taken: string[] = [];
  const sheets = units.map((unit) => {
    const name = uniqueSheetName(unit, taken);
    taken.push(name);
    return templateSheet(scheme, registry, unit, year, name);
  });
  const workbook = new ExcelJS.Workbook();
  applyPlan(workbook, { writes: [], sheets, deleteSheets: [] });
  await writeWorkbook(workbook, options.output);
  out.print(`${options.output}: ${sheets.length} lembar (${scheme.id})`);
  return 0;
}
