/** lke template: an empty workbook in the docs/format.md layout, one sheet per unit. */
import { excelJs } from "../../io/xlsx/excelJs";
import { builtinRegistry } from "../../core";
import { templateSheets } from "../../app";
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
  const units = (options.units ?? "Unit 1").split(",").map((u) => u.trim()).filter(Boolean);
  if (units.length === 0) throw new CliError((w) => w.noUnits);
  const year = options.year ?? String(new Date().getFullYear());
  // The scheme and the units' names are checked before the output: a refusal costs nothing.
  const sheets = templateSheets(builtinRegistry(), { scheme: schemeId, units, year });
  const output = prepareOutput(options.output, { force: options.force });
  const workbook = new (await excelJs()).Workbook();
  applyPlan(workbook, { writes: [], sheets, deleteSheets: [] });
  await writeOutput(output, () => workbookBytes(workbook));
  out.print(cliTexts(options.lang).templateWritten(options.output, sheets.length, schemeId));
  return 0;
}
