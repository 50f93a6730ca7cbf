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
    // File-level findings (no evaluation recognised): printed like any other, and counted.
    const fileFindings = loaded.analysis.findings;
    if (loaded.analysis.sheets.length === 0 && fileFindings.length === 0) lines.push(`  (${t(options.lang).noIndicator})`);
    errors += countBySeverity(fileFindings).error;
    records.push(...fileFindings.map((f) => findingRecord(loaded.label, f, options.lang)));
    lines.push(...findingLines(fileFindings, options.lang));
    for (const sheet of loaded.analysis.sheets) {
      errors += countBySeverity(sheet.findings).error;
      records.push(...sheet.findings.map((f) => findingRecord(loaded.label, f, options.lang)));
      const name = sheet.form ? `${sheet.name} [${sheet.form.assessment}]` : sheet.name;
      lines.push(`  ${name}: ${countsText(sheet.findings, options.lang)}`);
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
