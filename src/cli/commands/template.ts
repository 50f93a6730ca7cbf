/** lke template: an empty workbook in the docs/format.md layout, one sheet per unit. */
import ExcelJS from "exceljs";
import { builtinRegistry, stateSheetName, sanitizeSheetName, templateSheet, uniqueSheetName } from "../../core";
import { applyPlan } from "../applyPlan";
import { CliError } from "../cliError";
import { prepareOutput, writeOutput } from "../files/outputFile";
import { cliTexts } from "../locales/texts";
import type { Output } from "../output";
import type { Lang } from "../text";
import { workbookBytes } from "../workbookFile";

export interface TemplateOptions {
  output: string;
  units?: string;
  year?: string;
  force?: boolean;
  lang: Lang;
}

export async function runTemplate(schemeId: string, options: TemplateOptions, out: Output): Promise<number> {
  const registry = builtinRegistry();
  const scheme = registry.schemes.get(schemeId);
  if (!scheme) {
    const known = [...registry.schemes.keys()].join(", ");
    throw new CliError((w) => w.unknownScheme(schemeId, known));
  }
  const units = (options.units ?? "Unit 1").split(",").map((u) => u.trim()).filter(Boolean);
  if (units.length === 0) throw new CliError((w) => w.noUnits);
  const reserved = units.find((unit) => sanitizeSheetName(unit).toLowerCase() === stateSheetName.toLowerCase());
  if (reserved !== undefined) throw new CliError((w) => w.unitNameReserved(reserved));
  const output = prepareOutput(options.output, { force: options.force });
  const year = options.year ?? String(new Date().getFullYear());
  const taken: string[] = [];
  const sheets = units.map((unit) => {
    const name = uniqueSheetName(unit, taken);
    taken.push(name);
    return templateSheet(scheme, registry, unit, year, name);
  });
  const workbook = new ExcelJS.Workbook();
  applyPlan(workbook, { writes: [], sheets, deleteSheets: [] });
  await writeOutput(output, () => workbookBytes(workbook));
  out.print(cliTexts(options.lang).templateWritten(options.output, sheets.length, scheme.id));
  return 0;
}
