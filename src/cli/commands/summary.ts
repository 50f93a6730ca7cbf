/**
 * lke summary: the recap for the provincial bureau (Ringkasan, Rincian and, when an input has
 * an `Indeks` sheet, Rekap Indeks) from the indicator sheets of one or many workbooks, written
 * into the -o file. An existing recap has LKE's own sheets regenerated; a sheet LKE did not
 * make is never overwritten, and no input file is ever written.
 */
import type ExcelJS from "exceljs";
import * as path from "node:path";
import { type SummaryResult, indexKindLabel, type IndexTable, type SkippedFile, formatFinding, stateSheetName, type RecapFile, withoutDuplicateRecapUnits, type DuplicateUnit, previousFromRecap, type PreviousResult, type UnitChange, sheetReport, toNumber, type WorkbookSnapshot, type WritePlan } from "../../core";
import { summarize } from "../../app";
import { applyPlan } from "../applyPlan";
import { newWorkbookWithCharts } from "../newWorkbookBytes";
import { CliError } from "../cliError";
import { eachInput } from "../eachInput";
import type { Derived } from "../files/derived";
import { fileKey } from "../files/identity";
import { prepareOutput, writeOutput } from "../files/outputFile";
import { loadWorkbook, refuseForeignStateSheet } from "../loadWorkbook";
import { cliTexts } from "../locales/texts";
import type { Output } from "../output";
import { expandInputs } from "../files/inputs";
import { readForRecap } from "../readForRecap";
import { runInputs } from "../runInputs";
import type { SchemeOptions } from "../schemeOptions";
import { formatNumber, printTable, table, type Lang } from "../text";
import { readWorkbookFile, workbookBytes } from "../workbookFile";
import { rewriteLosses } from "../../io/xlsx/patch/rewriteLosses";
import { withCharts } from "../../io/xlsx/patch/addCharts";
import type { PatchProblem } from "../../io/xlsx/patch/unsupported";
import type { ZipParts } from "../../io/xlsx/zip/zipParts";
import { workbookSnapshot } from "../../io/xlsx/snapshot";

export interface SummaryCliOptions extends SchemeOptions {
  output: string;
  json?: boolean;
  verbose?: boolean;
  force?: boolean;
  title?: string;
  year?: string;
  /** Last year's recap or workbooks (files, folders, patterns). */
  previous?: string[];
  lang: Lang;
  /** The run's time (the date shown on the recap, and the undo record). */
  now?: () => Date;
}

function indexProblems(indices: IndexTable | null): number {
  return indices ? indices.rows.reduce((n, row) => n + row.values.filter((v) => v.problem).length, 0) : 0;
}

/** What became of one file named to the recap. */
export interface SummaryFile {
  file: string;
  status: "summarised" | "left-out" | "no-indicator" | "unreadable";
  /** Why a file is not in the recap, in the run's language. */
  reason?: string;
  /** For a file left out: the kind of file LKE made it is ("scored-copy", "backup", "recap"). */
  kind?: Derived["kind"];
}

/** A unit's last year and its change, for the JSON; nulls where the unit is new. */
function previousJson(before: UnitChange | undefined): Record<string, unknown> {
  const previous = before ? { total: before.previous.total, predicate: before.previous.predicate, file: before.previous.file } : null;
  return { previous, change: before?.change ?? null };
}

export function summaryJson(result: SummaryResult, output: string, files: readonly SummaryFile[] = [], duplicates: readonly DuplicateUnit[] = []): Record<string, unknown> {
  const distribution: Record<string, number> = {};
  for (const entry of result.distribution) distribution[entry.predicate] = entry.count;
  return {
    output,
    sheets: result.sheets.map(({ kind, wanted, name, replaced }) => ({ kind, wanted, name, replaced })),
    units: result.units.map((u) => ({
      file: u.file,
      sheet: u.sheet,
      unit: u.report.unit,
      total: u.report.total,
      predicate: u.report.predicate,
      rank: u.rank,
      components: u.report.components.map(({ code, name, weight, score }) => ({ code, name, weight, score })),
      errors: u.counts.error,
      warnings: u.counts.warning,
      ...(result.previous ? previousJson(result.previous.changes.get(u)) : {}),
    })),
    distribution,
    files,
    duplicates,
    ...(result.previous ? { unmatched: { new: result.previous.newUnits.map((u) => u.report.unit), gone: result.previous.goneUnits.map((p) => ({ unit: p.unit, file: p.file })) } } : {}),
    ...(result.indices
      ? {
          indices: result.indices.rows.map((row) => ({
            file: row.file,
            unit: row.unit,
            values: Object.fromEntries(
              row.values.map((v) => [
                v.kind.scale,
                {
                  value: v.value === null ? null : toNumber(v.value),
                  predicate: v.predicate ?? null,
                  name: v.name ?? null,
                  ...(v.problem ? { problem: v.problem, text: v.text } : {}),
                },
              ]),
            ),
          })),
        }
      : {}),
  };
}

export async function runSummary(args: string[], options: SummaryCliOptions, out: Output): Promise<number> {
  const { lang } = options;
  const w = cliTexts(lang);
  const inputs = runInputs(args, options);
  const outputPath = options.output;
  const inputKeys = new Set(inputs.files.map((f) => fileKey(f.path)));
  if (inputKeys.has(fileKey(outputPath))) throw new CliError((x) => x.recapOwnInput(outputPath));
  // An existing recap is regenerated (LKE's sheets only) when the user says so.
  const output = prepareOutput(outputPath, { force: options.force, inputs: inputs.files.map((f) => f.path) });

  const files: SummaryFile[] = inputs.problems.map((p) => ({ file: p.file, status: "unreadable", reason: p.said(w, lang) }));
  const notes: string[] = inputs.notes.map((note) => note(w, lang));
  // One workbook at a time: only what the recap needs of each is kept.
  const outcomes = await eachInput(inputs.files, (input) => readForRecap(input, options, inputKeys));
  const labelOf = new Map(inputs.files.map((f) => [fileKey(f.path), f.label]));
  const read: RecapFile[] = [];
  const copies: RecapFile[] = [];
  const copyOf = new Map<string, Extract<Derived, { source: string }>>();
  for (const outcome of outcomes) {
    const file = outcome.input.label;
    if (!outcome.ok) {
      files.push({ file, status: "unreadable", reason: outcome.error.text(lang) });
      continue;
    }
    const { derived, recap, readable, unrecognised } = outcome.value;
    if (derived?.kind === "recap") {
      const reason = w.leftOut.recap(file);
      files.push({ file, status: "left-out", kind: "recap", reason });
      notes.push(reason);
    } else if (!readable) {
      // The engine's own word for a file with no evaluation, else the recap's.
      const reason = unrecognised ? `${file}: ${formatFinding(unrecognised, lang)}` : w.noIndicatorSkipped(file);
      files.push({ file, status: "no-indicator", reason });
      notes.push(reason);
      read.push(recap);
    } else if (derived) {
      copyOf.set(file, derived);
      copies.push(recap);
    } else {
      files.push({ file, status: "summarised" });
      read.push(recap);
    }
  }
  // Copies come after the workbooks they were made from, so the source's sheets are the ones kept.
  const { files: summarised, duplicates: found } = withoutDuplicateRecapUnits([...read, ...copies]);
  const ownCopy = (d: DuplicateUnit) => {
    const derived = copyOf.get(d.file);
    return derived !== undefined && labelOf.get(derived.sourceKey) === d.keptFile;
  };
  const duplicates = found.filter((d) => !ownCopy(d));
  for (const copy of copies) {
    const derived = copyOf.get(copy.file)!;
    const kept = summarised.find((i) => i.file === copy.file)?.sheets.length ?? 0;
    const reason = w.leftOut[derived.kind](copy.file, derived.source);
    if (kept === 0) {
      files.push({ file: copy.file, status: "left-out", kind: derived.kind, reason });
      notes.push(reason);
    } else files.push({ file: copy.file, status: "summarised" });
  }
  for (const d of duplicates) notes.push(w.duplicateUnit(d.unit, d.year ?? "", `${d.file} [${d.sheet}]`, `${d.keptFile} [${d.keptSheet}]`));

  let snapshot: WorkbookSnapshot;
  let structureLocked = false;
  let existing: { bytes: Buffer; parts: ZipParts; workbook: ExcelJS.Workbook } | null = null;
  if (output.existing) {
    const target = await readWorkbookFile(output.real);
    const workbook = await target.excelWorkbook();
    existing = { bytes: target.bytes, parts: target.parts, workbook };
    structureLocked = target.package.structureLocked;
    snapshot = workbookSnapshot(workbook, path.basename(outputPath));
    refuseForeignStateSheet(snapshot, outputPath);
  } else {
    snapshot = { name: path.basename(outputPath), sheets: [] };
  }

  const previous = options.previous ? await readPrevious(options.previous, options, files) : undefined;
  const now = options.now?.() ?? new Date();
  // The file is named beside its reason (JSON, recap): the reason does not repeat it.
  const skipped: SkippedFile[] = files
    .filter((f) => f.status === "no-indicator" || f.status === "unreadable")
    .map((f) => {
      const reason = f.reason ?? "";
      return { file: f.file, reason: reason.startsWith(`${f.file}: `) ? reason.slice(f.file.length + 2) : reason };
    });
  const result = summarize(snapshot, summarised, { title: options.title, year: options.year, lang, previous, skipped }, () => now);
  for (const unit of result.previous?.newUnits ?? []) notes.push(w.newUnit(unit.report.unit));
  for (const gone of result.previous?.goneUnits ?? []) notes.push(w.goneUnit(gone.unit, gone.file));
  const unreadable = files.filter((f) => f.status === "unreadable");
  if (result.sheets.length === 0) {
    for (const note of notes) out.error(`lke: ${note}`);
    for (const f of unreadable) out.error(`lke: ${f.reason}`);
    out.error(`lke: ${w.nothingToSummarise}`);
    return 2;
  }
  if (output.existing && !result.sheets.some((s) => s.replaced)) {
    const isRecap = snapshot.sheets.some((s) => s.name === stateSheetName);
    if (!isRecap && snapshot.sheets.length > 0) notes.push(w.sheetsAdded(outputPath));
  }
  if (structureLocked && result.plan.sheets.some((s) => !s.replace)) throw new CliError((x) => x.structureLocked(outputPath));
  for (const sheet of result.sheets) if (sheet.name !== sheet.wanted) notes.push(w.sheetKept(sheet.wanted, outputPath, sheet.name));

  // A new recap is written directly from the plan; an existing workbook is rewritten from its ExcelJS model.
  const { data, leftOut } = existing ? await regeneratedWithCharts(existing, result.plan, result.sheets, outputPath) : await newWorkbookWithCharts(result.plan);
  if (leftOut !== null) notes.push(w.noChart(w.patchProblem(leftOut)));
  await writeOutput(output, data);

  const unrecognised = files.filter((f) => f.status === "no-indicator").length;
  const errors = result.units.reduce((n, u) => n + u.counts.error, 0) + indexProblems(result.indices) + duplicates.length + unrecognised;
  const code = unreadable.length > 0 ? 2 : errors > 0 ? 1 : 0;

  if (options.json) {
    out.json({ ...summaryJson(result, outputPath, files, duplicates), skipped });
    for (const note of notes) out.error(`lke: ${note}`);
    for (const f of unreadable) out.error(`lke: ${f.reason}`);
    return code;
  }

  if (result.units.length > 0) {
    const units = result.units;
    printTable((text) => out.print(text), [w.rank, w.unit, w.total, w.predicate, w.errorsTitle, w.warningsTitle, w.file, w.sheet], units.length, (i) => {
      const u = units[i];
      return [
        u.rank === null ? "-" : String(u.rank),
        u.report.unit,
        u.report.total === null ? w.notScored : formatNumber(u.report.total, lang),
        u.report.predicate ?? "-",
        String(u.counts.error),
        String(u.counts.warning),
        u.file,
        u.sheet,
      ];
    });
    out.print(`\n${w.distribution}: ${result.distribution.map((e) => `${e.predicate} ${e.count}`).join(", ")}`);
  }
  if (result.indices && result.indices.rows.length > 0) {
    const kinds = result.indices.kinds;
    out.print(
      `\n${w.indices}:\n` +
        table(
          [w.unit, ...kinds.map((k) => indexKindLabel(k, lang)), w.file],
          result.indices.rows.map((row) => [
            row.unit,
            ...kinds.map((k) => {
              const v = row.values.find((x) => x.kind === k);
              if (!v || (v.value === null && !v.problem)) return "";
              if (v.value === null) return `${v.text} (!)`;
              const shown = formatNumber(toNumber(v.value), lang);
              return v.predicate ? `${shown} ${v.predicate}` : `${shown} (!)`;
            }),
            row.file,
          ]),
        ),
    );
    const problems = indexProblems(result.indices);
    if (problems > 0) out.print(w.indexProblems(problems));
  }
  const sheetList = result.sheets.map((s) => (s.replaced ? `${s.name} (${w.regenerated})` : s.name)).join(", ");
  out.print(`\n${w.written}: ${outputPath} (${sheetList})`);
  for (const note of notes) out.print(note);
  for (const f of unreadable) out.error(`lke: ${f.reason}`);
  return code;
}

/**
 * The existing workbook rewritten with the plan, then its charts added (ExcelJS cannot make
 * charts). Regenerating inside an existing workbook rewrites the whole file: refused when that
 * would drop anything of it (drawings, notes, Excel 2010 validations ...) rather than lose it.
 * LKE's own sheets, regenerated, take their charts with them.
 */
async function regeneratedWithCharts(existing: { bytes: Buffer; parts: ZipParts; workbook: ExcelJS.Workbook }, plan: WritePlan, sheets: SummaryResult["sheets"], outputPath: string): Promise<{ data: Buffer; leftOut: PatchProblem | null }> {
  const rewritten = await regeneratedBytes(existing.workbook, plan);
  const regenerated = sheets.filter((s) => s.replaced).map((s) => s.name);
  const lost = rewriteLosses(existing.bytes, existing.parts, rewritten, regenerated);
  if (lost.length > 0) throw new CliError((x) => x.recapWouldLose(outputPath, lost.map(x.rewriteLoss).join(", ")));
  return withCharts(rewritten, plan.sheets);
}

/** The existing workbook with the plan applied, as .xlsx bytes. */
async function regeneratedBytes(workbook: ExcelJS.Workbook, plan: WritePlan): Promise<Buffer> {
  // A regenerated sheet keeps its place among the tabs (ExcelJS orders them by orderNo).
  type Ordered = ExcelJS.Worksheet & { orderNo: number };
  const places = new Map<string, number>();
  for (const spec of plan.sheets) {
    const existing = spec.replace ? (workbook.getWorksheet(spec.name) as Ordered | undefined) : undefined;
    if (existing) places.set(spec.name, existing.orderNo);
  }
  applyPlan(workbook, plan);
  for (const [name, orderNo] of places) {
    const sheet = workbook.getWorksheet(name) as Ordered | undefined;
    if (sheet) sheet.orderNo = orderNo;
  }
  return workbookBytes(workbook);
}

/**
 * Last year's results: from an LKE recap's Ringkasan sheet where a file has one, else from the
 * indicator sheets of last year's workbooks. A file that gives neither is reported in `files`.
 */
async function readPrevious(args: readonly string[], options: SummaryCliOptions, files: SummaryFile[]): Promise<PreviousResult[]> {
  const { lang } = options;
  const w = cliTexts(lang);
  const inputs = expandInputs(args);
  for (const p of inputs.problems) files.push({ file: p.file, status: "unreadable", reason: p.said(w, lang) });
  const outcomes = await eachInput(inputs.files, async (input) => {
    const loaded = await loadWorkbook(input.path, options, input.label);
    const fromRecap = previousFromRecap(loaded.snapshot, input.label);
    if (fromRecap) return fromRecap;
    return loaded.analysis.sheets.map(sheetReport).map((r) => ({ unit: r.unit, total: r.total, predicate: r.predicate, file: input.label }));
  });
  const results: PreviousResult[] = [];
  for (const outcome of outcomes) {
    if (!outcome.ok) files.push({ file: outcome.input.label, status: "unreadable", reason: outcome.error.text(lang) });
    else if (outcome.value.length === 0) files.push({ file: outcome.input.label, status: "no-indicator", reason: w.noPrevious(outcome.input.label) });
    else results.push(...outcome.value);
  }
  return results;
}
