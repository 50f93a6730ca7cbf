/** lke check: every finding of every indicator sheet, grouped by file and sheet. */
import { countBySeverity } from "../../core/validate/finding";
import { CliError } from "../cliError";
import { countsText, findingLines, findingRecord, type FindingRecord } from "../findingsText";
import { loadWorkbook } from "../loadWorkbook";
import type { SchemeOptions } from "../schemeOptions";
import { t, type Lang } from "../text";
import type { Output } from "../output";

export interface CheckOptions extends SchemeOptions {
  json?: boolean;
  lang: Lang;
}

export async function runCheck(files: string[], options: CheckOptions, out: Output): Promise<number> {
  const records: FindingRecord[] = [];
  const lines: string[] = [];
  let errors = 0;
  for (const file of files) {
    const loaded = await loadWorkbook(file, options);
    lines.push(`${loaded.label}`);
    if (loaded.analysis.sheets.length === 0) lines.push(`  (${t(options.lang).noIndicator})`);
    for (const sheet of loaded.analysis.sheets) {
      errors += countBySeverity(sheet.findings).error;
      records.push(...sheet.findings.map((f) => findingRecord(loaded.label, f, options.lang)));
      lines.push(`  ${sheet.name}: ${countsText(sheet.findings, options.lang)}`);
      lines.push(...findingLines(sheet.findings, options.lang));
    }
  }
  if (options.json) out.json({ findings: records });
  else out.print(lines.join("\n"));
  return errors > 0 ? 1 : 0;
}

export function requireFiles(files: string[]): void {
  if (files.length === 0) throw new CliError("Sebutkan minimal satu berkas .xlsx / name at least one .xlsx file.");
}
