/**
 * lke summary: the recap for the provincial bureau (Ringkasan, Rincian and, when an input has
 * an `Indeks` sheet, Rekap Indeks) from the indicator sheets of one or many workbooks, written
 * into the -o file. An existing recap has LKE's own sheets regenerated; a sheet LKE did not
 * make is never overwritten, and no input file is ever written.
 */
import ExcelJS from "exceljs";
import * as fs from "node:fs";
import * as path from "node:path";
import { buildSummary, type SummaryResult } from "../../core/summary/summaryPlan";
import { isIndexSheet, type IndexTable } from "../../core/summary/indices";
import type { SkippedFile } from "../../core/summary/ringkasan";
import { formatFinding } from "../../core/messages/format";
import { stateSheetName } from "../../core/state/lkeState";
import type { SummaryInput } from "../../core/summary/units";
import { toNumber } from "../../core/exact";
import type { WorkbookSnapshot } from "../../core/snapshot";
import { applyPlan } from "../applyPlan";
import { CliError } from "../cliError";
import { loadWorkbook } from "../loadWorkbook";
import type { Output } from "../output";
import { registryFor, type SchemeOptions } from "../schemeOptions";
import { formatNumber, table, type Lang } from "../text";
import { readWorkbook, workbookBytes, writeBytes, writeWorkbook } from "../workbookFile";
import { lostParts } from "../xlsxPatch";
import { workbookSnapshot } from "../../xlsx/snapshot";

export interface SummaryCliOptions extends SchemeOptions {
  output: string;
  json?: boolean;
  title?: string;
  year?: string;
  lang: Lang;
  /** The run's time (the date shown on the recap, and the undo record). */
  now?: () => Date;
}

const words = {
  id: {
    rank: "Peringkat",
    unit: "Unit",
    total: "Nilai Akhir",
    predicate: "Predikat",
    errors: "Galat",
    warnings: "Peringatan",
    file: "Berkas",
    sheet: "Lembar",
    distribution: "Sebaran predikat",
    indices: "Rekap indeks",
    written: "Ditulis",
    regenerated: "dibuat ulang",
    kept: (wanted: string, file: string, name: string) =>
      `Catatan: lembar "${wanted}" di ${file} bukan buatan LKE dan tidak ditimpa; lembar LKE ditulis sebagai "${name}".`,
    added: (file: string) => `Catatan: ${file} sudah ada dan bukan rekap LKE; lembar rekap ditambahkan, lembar lain tidak diubah.`,
    chart: "Catatan: grafik sebaran predikat tidak ditulis oleh baris perintah (ExcelJS tidak dapat menulis grafik); panel tugas LKE di Excel menambahkannya.",
    noIndicator: (file: string) => `${file}: tidak ada lembar indikator (lembar LKE) maupun lembar Indeks; dilewati.`,
    nothing: "tidak ada yang direkap: tidak satu pun berkas memiliki lembar indikator atau lembar Indeks; tidak ada berkas yang ditulis.",
    ownInput: (file: string) => `${file}: berkas rekap (-o) tidak boleh sama dengan berkas masukan; LKE tidak menimpa berkas masukan.`,
    duplicate: (file: string) => `${file}: disebut dua kali; dipakai sekali.`,
    skipped: (file: string) => `${file}: dilewati.`,
    notScored: "belum dinilai",
    problems: (n: number) => `${n} nilai indeks tanpa predikat (lihat kolom Catatan)`,
  },
  en: {
    rank: "Rank",
    unit: "Unit",
    total: "Total",
    predicate: "Predicate",
    errors: "Errors",
    warnings: "Warnings",
    file: "File",
    sheet: "Sheet",
    distribution: "Predicate distribution",
    indices: "Index recap",
    written: "Written",
    regenerated: "regenerated",
    kept: (wanted: string, file: string, name: string) =>
      `Note: sheet "${wanted}" in ${file} was not made by LKE and is kept; LKE's sheet is written as "${name}".`,
    added: (file: string) => `Note: ${file} exists and is not an LKE recap; the recap sheets are added, other sheets are left as they are.`,
    chart: "Note: the predicate distribution chart is not written by the command line (ExcelJS cannot write charts); the LKE task pane in Excel adds it.",
    noIndicator: (file: string) => `${file}: no indicator (LKE) sheets and no Indeks sheet; skipped.`,
    nothing: "nothing to summarise: no file has indicator sheets or an Indeks sheet; no file was written.",
    ownInput: (file: string) => `${file}: the recap file (-o) cannot be one of the inputs; LKE never overwrites an input.`,
    duplicate: (file: string) => `${file}: named twice; used once.`,
    skipped: (file: string) => `${file}: skipped.`,
    notScored: "not scored",
    problems: (n: number) => `${n} index values without a predicate (see the Catatan column)`,
  },
} as const;

function realPath(file: string): string {
  try {
    return fs.realpathSync(file);
  } catch {
    return path.resolve(file);
  }
}

/** The day in the local calendar, "2025-01-31". */
export function localDate(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/** File labels for the recap: the file name, or the path as given where two names clash. */
function labelsFor(files: readonly string[]): string[] {
  const names = files.map((f) => path.basename(f));
  return files.map((file, i) => (names.filter((n) => n.toLowerCase() === names[i].toLowerCase()).length > 1 ? file : names[i]));
}

function indexProblems(indices: IndexTable | null): number {
  return indices ? indices.rows.reduce((n, row) => n + row.values.filter((v) => v.problem).length, 0) : 0;
}

export function summaryJson(result: SummaryResult, output: string): Record<string, unknown> {
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
    })),
    distribution,
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

export async function runSummary(files: string[], options: SummaryCliOptions, out: Output): Promise<number> {
  const w = words[options.lang];
  const output = options.output;
  const target = realPath(output);
  for (const file of files) if (realPath(file) === target) throw new CliError(w.ownInput(output));
  // A bad --scheme-file is wrong for every input: say so once.
  if (options.schemeFile) registryFor({ sheets: [] }, { schemeFile: options.schemeFile }, options.schemeFile);

  const notes: string[] = [];
  const inputs: SummaryInput[] = [];
  const skippedFiles: SkippedFile[] = [];
  let skipped = 0;
  const seen = new Set<string>();
  const labels = labelsFor(files);
  for (const [i, file] of files.entries()) {
    const real = realPath(file);
    if (seen.has(real)) {
      notes.push(w.duplicate(file));
      continue;
    }
    seen.add(real);
    try {
      const loaded = await loadWorkbook(file, options);
      const input: SummaryInput = { file: labels[i], analysis: loaded.analysis, snapshot: loaded.snapshot };
      if (loaded.analysis.sheets.length === 0 && !loaded.snapshot.sheets.some(isIndexSheet)) {
        notes.push(w.noIndicator(file));
        const unreadable = loaded.analysis.findings.find((f) => f.code === "no-evaluation-sheet");
        skippedFiles.push({ file: labels[i], reason: unreadable ? formatFinding(unreadable, options.lang) : w.noIndicator(file) });
      }
      inputs.push(input);
    } catch (error) {
      if (!(error instanceof CliError)) throw error;
      out.error(`lke: ${error.message}`);
      out.error(`lke: ${w.skipped(file)}`);
      skippedFiles.push({ file: labels[i], reason: error.message });
      skipped++;
    }
  }

  let workbook: ExcelJS.Workbook;
  let snapshot: WorkbookSnapshot;
  const exists = fs.existsSync(output);
  if (exists) {
    workbook = await readWorkbook(output);
    snapshot = workbookSnapshot(workbook, path.basename(output));
  } else {
    workbook = new ExcelJS.Workbook();
    snapshot = { name: path.basename(output), sheets: [] };
  }

  const now = options.now?.() ?? new Date();
  const result = buildSummary(snapshot, inputs, { title: options.title, year: options.year, date: localDate(now), at: now.toISOString(), skipped: skippedFiles });
  if (result.sheets.length === 0) {
    for (const note of notes) out.error(`lke: ${note}`);
    out.error(`lke: ${w.nothing}`);
    return 2;
  }
  if (exists && !result.sheets.some((s) => s.replaced)) {
    const isRecap = snapshot.sheets.some((s) => s.name === stateSheetName);
    if (!isRecap && snapshot.sheets.length > 0) notes.push(w.added(output));
  }
  for (const sheet of result.sheets) if (sheet.name !== sheet.wanted) notes.push(w.kept(sheet.wanted, output, sheet.name));
  if (result.plan.sheets.some((s) => s.charts?.length)) notes.push(w.chart);

  // A regenerated sheet keeps its place among the tabs (ExcelJS orders them by orderNo).
  type Ordered = ExcelJS.Worksheet & { orderNo: number };
  const places = new Map<string, number>();
  for (const spec of result.plan.sheets) {
    const existing = spec.replace ? (workbook.getWorksheet(spec.name) as Ordered | undefined) : undefined;
    if (existing) places.set(spec.name, existing.orderNo);
  }
  applyPlan(workbook, result.plan);
  for (const [name, orderNo] of places) {
    const sheet = workbook.getWorksheet(name) as Ordered | undefined;
    if (sheet) sheet.orderNo = orderNo;
  }
  if (exists) {
    // Regenerating inside an existing workbook rewrites the whole file: refuse when that would
    // drop anything of it (drawings, comments ...) rather than lose it.
    const before = fs.readFileSync(output);
    const data = await workbookBytes(workbook);
    const lost = lostParts(before, data);
    if (lost.length > 0) {
      throw new CliError(
        `${output}: menulis rekap ke berkas ini akan menghilangkan bagiannya (${lost.join(", ")}); tidak ada yang ditulis. Pakai -o berkas baru / writing the recap into this file would drop parts of it; nothing was written. Use a new -o file.`,
      );
    }
    await writeBytes(data, output);
  } else {
    await writeWorkbook(workbook, output);
  }

  const errors = result.units.reduce((n, u) => n + u.counts.error, 0) + indexProblems(result.indices);
  const code = errors > 0 || skipped > 0 || skippedFiles.length > 0 ? 1 : 0;

  if (options.json) {
    out.json({ ...summaryJson(result, output), skipped: skippedFiles });
    for (const note of notes) out.error(note);
    return code;
  }

  const lang = options.lang;
  if (result.units.length > 0) {
    out.print(
      table(
        [w.rank, w.unit, w.total, w.predicate, w.errors, w.warnings, w.file, w.sheet],
        result.units.map((u) => [
          u.rank === null ? "-" : String(u.rank),
          u.report.unit,
          u.report.total === null ? w.notScored : formatNumber(u.report.total, lang),
          u.report.predicate ?? "-",
          String(u.counts.error),
          String(u.counts.warning),
          u.file,
          u.sheet,
        ]),
      ),
    );
    out.print(`\n${w.distribution}: ${result.distribution.map((e) => `${e.predicate} ${e.count}`).join(", ")}`);
  }
  if (result.indices && result.indices.rows.length > 0) {
    const kinds = result.indices.kinds;
    out.print(
      `\n${w.indices}:\n` +
        table(
          [w.unit, ...kinds.map((k) => k.label), w.file],
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
    if (problems > 0) out.print(w.problems(problems));
  }
  const sheetList = result.sheets.map((s) => (s.replaced ? `${s.name} (${w.regenerated})` : s.name)).join(", ");
  out.print(`\n${w.written}: ${output} (${sheetList})`);
  for (const note of notes) out.print(note);
  return code;
}
