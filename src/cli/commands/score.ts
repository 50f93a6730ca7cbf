/** lke score: scores every indicator sheet in place, into a copy of each workbook (or the workbook itself, after a backup). */
import * as fs from "node:fs";
import * as path from "node:path";
import { type SheetReport, countBySeverity, formatFinding } from "../../core";
import { score, systemClock } from "../../app";
import { refuseProtectedSheets } from "../applyPlan";
import { CliError } from "../cliError";
import { eachInput } from "../eachInput";
import type { InputFile } from "../files/inputs";
import { makeBackup, prepareOutput, writeOutput } from "../files/outputFile";
import { findingLines, findingRecord } from "../findingsText";
import { readInput } from "../loadWorkbook";
import { cliTexts } from "../locales/texts";
import type { Output } from "../output";
import { runInputs } from "../runInputs";
import { readSettings, type SchemeOptions } from "../schemeOptions";
import { formatNumber, table, type Lang } from "../text";
import { besideWithSuffix } from "../workbookFile";
import { plannedBytes } from "../writePlanned";

export interface ScoreOptions extends SchemeOptions {
  output?: string;
  json?: boolean;
  verbose?: boolean;
  values?: boolean;
  inPlace?: boolean;
  force?: boolean;
  lang: Lang;
  /** The run's time, for the undo record. */
  now?: () => Date;
}

interface Scored {
  workbook: string;
  output: string;
  backup: string | null;
  cellsWritten: number;
  reports: SheetReport[];
  /** Said on the way (a rewrite that dropped parts). */
  warnings: string[];
}

export async function runScore(args: string[], options: ScoreOptions, out: Output): Promise<number> {
  const { lang } = options;
  const w = cliTexts(lang);
  if (options.inPlace && options.output) throw new CliError((x) => x.inPlaceWithOutput);
  const inputs = runInputs(args, options);
  const folder = outputFolder(options.output, inputs.files.length + inputs.problems.length);
  const all = inputs.files.map((f) => f.path);

  const outcomes = await eachInput(inputs.files, (input) => scoreOne(input, targetOf(input.path, options, folder), all, options));
  for (const note of inputs.notes) out.error(`lke: ${note(w, lang)}`);
  const failures = [
    ...inputs.problems.map((p) => ({ workbook: p.file, message: p.said(w, lang) })),
    ...outcomes.flatMap((o) => (o.ok ? [] : [{ workbook: o.input.path, message: o.error.text(lang) }])),
  ];
  const scored = outcomes.flatMap((o) => (o.ok ? [o.value] : []));
  const errors = scored.reduce((n, s) => n + s.reports.reduce((m, r) => m + countBySeverity(r.findings).error, 0), 0);

  if (options.json) {
    const entries = [...scored.map((s) => scoredJson(s, lang)), ...failures.map((f) => ({ workbook: f.workbook, error: { code: "file-unreadable", message: f.message } }))];
    out.json(entries.length === 1 && scored.length === 1 ? entries[0] : { workbooks: entries });
    for (const s of scored) for (const warning of s.warnings) out.error(`lke: ${warning}`);
  } else {
    for (const s of scored) printScored(s, options, out);
  }
  for (const failure of failures) out.error(`lke: ${failure.message}`);
  return failures.length > 0 ? 2 : errors > 0 ? 1 : 0;
}

/** -o with several inputs: a folder the results go into. */
function outputFolder(output: string | undefined, count: number): string | null {
  if (output === undefined || count <= 1) return null;
  let isFolder = false;
  try {
    isFolder = fs.statSync(output).isDirectory();
  } catch {
    isFolder = false;
  }
  if (!isFolder) throw new CliError((w) => w.outputForMany(output));
  return output;
}

function targetOf(file: string, options: ScoreOptions, folder: string | null): string {
  if (options.inPlace) return file;
  if (folder) return path.join(folder, path.basename(besideWithSuffix(file, "dinilai")));
  return options.output ?? besideWithSuffix(file, "dinilai");
}

async function scoreOne(input: InputFile, target: string, inputs: readonly string[], options: ScoreOptions): Promise<Scored> {
  const w = cliTexts(options.lang);
  // The target is checked before the workbook is read: a refusal costs nothing.
  const output = prepareOutput(target, { force: options.force, inputs, inPlace: options.inPlace });
  const loaded = await readInput(input.path, input.label);
  const scored = score(loaded.snapshot, readSettings(options, input.label), { mode: options.values ? "values" : "formulas", ...(options.inPlace ? {} : { copyOf: path.basename(input.path) }) }, options.now ?? systemClock);
  // Nothing LKE can read: said as the same finding `check` gives, and nothing is written.
  const unreadable = scored.fileFindings.find((f) => f.code === "no-evaluation-sheet");
  if (unreadable) throw new CliError((_w, lang) => `${input.label}: ${formatFinding(unreadable, lang)}`);
  const { plan } = scored;
  refuseProtectedSheets(loaded.protectedSheets, plan);
  // Chosen over scoring without a record: the undo record and the scored copy's origin live in
  // the state sheet, and a structure-locked workbook may not gain one.
  if (loaded.structureLocked && plan.sheets.some((s) => !s.replace)) throw new CliError((x) => x.structureLocked(input.label));
  const warnings: string[] = [];
  const data = await plannedBytes(loaded, plan, (reason) => {
    warnings.push(w.rewritten(input.label, w.nothingLost));
    if (options.verbose) warnings.push(w.rewriteDetail(w.patchProblem(reason)));
  });
  // The backup is made once the result is known to be whole: a refusal leaves nothing behind.
  const backup = options.inPlace ? makeBackup(input.path) : null;
  await writeOutput(output, data);
  return {
    workbook: input.path,
    output: target,
    backup,
    cellsWritten: plan.writes.length,
    reports: scored.reports,
    warnings,
  };
}

function scoredJson(s: Scored, lang: Lang): Record<string, unknown> {
  const label = path.basename(s.workbook);
  return {
    workbook: s.workbook,
    output: s.output,
    ...(s.backup ? { backup: s.backup } : {}),
    sheets: s.reports.map((r) => ({
      sheet: r.sheet,
      ...(r.assessment !== undefined ? { assessment: r.assessment, index: r.index ?? null } : {}),
      unit: r.unit,
      scheme: r.scheme,
      total: r.total,
      predicate: r.predicate,
      complete: r.complete,
      components: r.components.map(({ code, name, weight, score }) => ({ code, name, weight, score })),
      ...(r.self ? { self: r.self } : {}),
      remarks: r.remarks,
      findings: r.findings.map((f) => findingRecord(label, f, lang)),
    })),
  };
}

function printScored(s: Scored, options: ScoreOptions, out: Output): void {
  const { lang } = options;
  const w = cliTexts(lang);
  const label = path.basename(s.workbook);
  if (s.reports.length === 0) out.print(`${label}: ${w.noIndicator}`);
  else {
    out.print(
      table(
        [w.sheet, w.unit, w.total, w.predicate, w.complete, w.findings],
        s.reports.map((r) => {
          const c = countBySeverity(r.findings);
          return [
            r.assessment !== undefined ? `${r.sheet} [${r.assessment}]` : r.sheet,
            r.unit,
            r.total === null ? "-" : formatNumber(r.total, lang),
            r.predicate === null ? "-" : `${r.predicate} ${(lang === "en" ? r.predicateNameEn : null) ?? r.predicateName ?? ""}`.trim(),
            r.complete ? w.yes : w.no,
            `${c.error}/${c.warning}/${c.info}`,
          ];
        }),
      ),
    );
    for (const report of s.reports) {
      const lines = findingLines(report.findings.filter((f) => f.severity !== "info"), lang, options.verbose);
      if (lines.length) out.print(`\n${report.sheet}:\n${lines.join("\n")}`);
    }
  }
  for (const warning of s.warnings) out.error(`lke: ${warning}`);
  if (s.backup) out.print(`\n${w.backupMade(s.backup)}`);
  out.print(`${s.backup ? "" : "\n"}${w.written}: ${s.output} (${s.cellsWritten} ${w.cellsWritten})`);
}
