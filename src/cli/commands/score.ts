/** lke score: scores every indicator sheet in place, into a copy of the workbook. */
import type ExcelJS from "exceljs";
import * as fs from "node:fs";
import { planScore } from "../../core/plan/scorePlan";
import type { WriteMode } from "../../core/plan/scoreOutputs";
import { sheetReport } from "../../core/report";
import { countBySeverity } from "../../core/validate/finding";
import { formatFinding } from "../../core/messages/format";
import type { WritePlan } from "../../core/plan/writePlan";
import { applyPlan, refuseProtected } from "../applyPlan";
import { CliError } from "../cliError";
import { findingLines, findingRecord } from "../findingsText";
import { loadWorkbook } from "../loadWorkbook";
import type { SchemeOptions } from "../schemeOptions";
import { formatNumber, t, table, type Lang } from "../text";
import { besideWithSuffix, sameFile, workbookBytes, writeBytes } from "../workbookFile";
import { lostParts, patchXlsx } from "../xlsxPatch";
import type { Output } from "../output";

export interface ScoreOptions extends SchemeOptions {
  output?: string;
  json?: boolean;
  values?: boolean;
  inPlace?: boolean;
  lang: Lang;
  /** The run's time, for the undo record. */
  now?: () => Date;
}

export async function runScore(file: string, options: ScoreOptions, out: Output): Promise<number> {
  const target = resolveTarget(file, options);
  const loaded = await loadWorkbook(file, options);
  // Nothing LKE can read: said as the same finding `check` gives, and nothing is written.
  const unreadable = loaded.analysis.findings.find((f) => f.code === "no-evaluation-sheet");
  if (unreadable) throw new CliError(`${loaded.label}: ${formatFinding(unreadable, options.lang)}`, 2);
  const mode: WriteMode = options.values ? "values" : "formulas";
  const at = (options.now?.() ?? new Date()).toISOString();
  const plan = planScore(loaded.snapshot, loaded.analysis, mode, at);
  refuseProtected(loaded.workbook, plan);
  const original = loaded.bytes;
  if (options.inPlace) fs.copyFileSync(file, besideWithSuffix(file, "backup"));
  await writeScored(loaded.workbook, original, plan, target, out);

  const reports = loaded.analysis.sheets.map(sheetReport);
  const errors = reports.reduce((n, r) => n + countBySeverity(r.findings).error, 0);
  if (options.json) {
    out.json({
      workbook: file,
      output: target,
      sheets: reports.map((r) => ({
        sheet: r.sheet,
        ...(r.assessment !== undefined ? { assessment: r.assessment, index: r.index ?? null } : {}),
        unit: r.unit,
        scheme: r.scheme,
        total: r.total,
        predicate: r.predicate,
        complete: r.complete,
        components: r.components.map(({ code, name, weight, score }) => ({ code, name, weight, score })),
        findings: r.findings.map((f) => findingRecord(loaded.label, f, options.lang)),
      })),
    });
  } else {
    const w = t(options.lang);
    if (reports.length === 0) out.print(`${loaded.label}: ${w.noIndicator}`);
    else {
      out.print(
        table(
          [w.sheet, w.unit, w.total, w.predicate, w.complete, w.findings],
          reports.map((r) => {
            const c = countBySeverity(r.findings);
            return [
              r.assessment !== undefined ? `${r.sheet} [${r.assessment}]` : r.sheet,
              r.unit,
              r.total === null ? "-" : formatNumber(r.total, options.lang),
              r.predicate === null ? "-" : `${r.predicate} ${(options.lang === "en" ? r.predicateNameEn : null) ?? r.predicateName ?? ""}`.trim(),
              r.complete ? w.yes : w.no,
              `${c.error}/${c.warning}/${c.info}`,
            ];
          }),
        ),
      );
      for (const report of reports) {
        const lines = findingLines(report.findings.filter((f) => f.severity !== "info"), options.lang);
        if (lines.length) out.print(`\n${report.sheet}:\n${lines.join("\n")}`);
      }
    }
    out.print(`\n${w.written}: ${target} (${plan.writes.length} ${w.cellsWritten})`);
  }
  return errors > 0 ? 1 : 0;
}

/**
 * Edits only the written cells of the original package; when the patcher cannot, rewrites
 * the workbook with ExcelJS and says which parts of the file that drops.
 */
async function writeScored(workbook: ExcelJS.Workbook, original: Buffer, plan: WritePlan, target: string, out: Output): Promise<void> {
  const patched = await patchXlsx(original, plan);
  if (patched.ok) {
    await writeBytes(patched.data, target);
    return;
  }
  applyPlan(workbook, plan);
  await writeBytes(async () => {
    const data = await workbookBytes(workbook);
    const lost = lostParts(original, data);
    const dropped = lost.length ? lost.join(", ") : "-";
    out.error(
      `peringatan: ${patched.reason}; workbook ditulis ulang seluruhnya, bagian yang hilang: ${dropped} / warning: ${patched.reason}; the whole workbook was rewritten, parts lost: ${dropped}`,
    );
    return data;
  }, target);
}

function resolveTarget(file: string, options: ScoreOptions): string {
  if (options.inPlace) {
    if (options.output && !sameFile(options.output, file)) throw new CliError("--in-place dan -o tidak bisa dipakai bersama / --in-place and -o cannot be combined.");
    return file;
  }
  const target = options.output ?? besideWithSuffix(file, "dinilai");
  if (sameFile(target, file)) {
    throw new CliError(`${file}: LKE tidak menimpa berkas masukan; pakai -o berkas lain atau --in-place (dengan cadangan) / LKE never overwrites its input.`);
  }
  return target;
}
