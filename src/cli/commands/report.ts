/**
 * lke report: the evaluation report (LHE) of each scored unit, print-ready, plus the criteria
 * most often not met, written into a scored copy of each workbook (<name>.lhe.xlsx).
 */
import * as path from "node:path";
import { report, systemClock } from "../../app";
import { refuseProtectedSheets } from "../applyPlan";
import { CliError } from "../cliError";
import { eachInput } from "../eachInput";
import { prepareOutput, writeOutput } from "../files/outputFile";
import { readInput } from "../loadWorkbook";
import { cliTexts } from "../locales/texts";
import type { Output } from "../output";
import { runInputs } from "../runInputs";
import { readSettings, type SchemeOptions } from "../schemeOptions";
import type { Lang } from "../text";
import { besideWithSuffix } from "../workbookFile";
import { plannedBytes } from "../writePlanned";

export interface ReportOptions extends SchemeOptions {
  output?: string;
  json?: boolean;
  verbose?: boolean;
  force?: boolean;
  lang: Lang;
  now?: () => Date;
}

interface Reported {
  workbook: string;
  output: string;
  sheets: { unitSheet: string; name: string }[];
  recommendations: string | null;
  warnings: string[];
}

export async function runReport(args: string[], options: ReportOptions, out: Output): Promise<number> {
  const { lang } = options;
  const w = cliTexts(lang);
  const inputs = runInputs(args, options);
  if (options.output && inputs.files.length + inputs.problems.length > 1) throw new CliError((x) => x.reportOutputForMany(options.output!));
  const all = inputs.files.map((f) => f.path);
  const outcomes = await eachInput(inputs.files, async (input): Promise<Reported> => {
    const target = options.output ?? besideWithSuffix(input.path, "lhe");
    const output = prepareOutput(target, { force: options.force, inputs: all });
    const loaded = await readInput(input.path, input.label);
    const result = report(loaded.snapshot, readSettings(options, input.label), { lang, copyOf: path.basename(input.path) }, options.now ?? systemClock);
    if (result.sheets.length === 0) throw new CliError((x) => x.nothingToReport(input.label));
    refuseProtectedSheets(loaded.protectedSheets, result.plan);
    if (loaded.structureLocked) throw new CliError((x) => x.structureLocked(input.label));
    const warnings: string[] = [];
    const data = await plannedBytes(loaded, result.plan, (reason) => {
      if (options.verbose) warnings.push(w.rewriteDetail(w.patchProblem(reason)));
    });
    await writeOutput(output, data);
    return { workbook: input.path, output: target, sheets: result.sheets, recommendations: result.recommendations, warnings };
  });
  for (const note of inputs.notes) out.error(`lke: ${note(w, lang)}`);
  const failures = [
    ...inputs.problems.map((p) => p.said(w, lang)),
    ...outcomes.flatMap((o) => (o.ok ? [] : [o.error.text(lang)])),
  ];
  const reported = outcomes.flatMap((o) => (o.ok ? [o.value] : []));
  if (options.json) out.json({ workbooks: reported.map(({ warnings: _w, ...r }) => r) });
  else for (const r of reported) out.print(`${w.written}: ${r.output} (${[...r.sheets.map((s) => s.name), ...(r.recommendations ? [r.recommendations] : [])].join(", ")})`);
  for (const r of reported) for (const warning of r.warnings) out.error(`lke: ${warning}`);
  for (const failure of failures) out.error(`lke: ${failure}`);
  return failures.length > 0 ? 2 : 0;
}
