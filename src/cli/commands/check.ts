/** lke check: every finding of every indicator sheet, grouped by file and sheet. */
import { countBySeverity } from "../../core";
import { eachInput } from "../eachInput";
import { countsText, fileRecord, findingLines, findingRecord, type FindingRecord } from "../findingsText";
import { loadWorkbook } from "../loadWorkbook";
import { cliTexts } from "../locales/texts";
import type { Output } from "../output";
import { runInputs } from "../runInputs";
import type { SchemeOptions } from "../schemeOptions";
import type { Lang } from "../text";

export interface CheckOptions extends SchemeOptions {
  json?: boolean;
  verbose?: boolean;
  lang: Lang;
}

/** What became of each file the run was given. */
export interface FileStatus {
  file: string;
  status: "checked" | "unreadable";
}

export async function runCheck(args: string[], options: CheckOptions, out: Output): Promise<number> {
  const { lang } = options;
  const w = cliTexts(lang);
  const inputs = runInputs(args, options);
  const records: FindingRecord[] = [];
  const files: FileStatus[] = [];
  const lines: string[] = [];
  for (const problem of inputs.problems) {
    const message = problem.said(w, lang);
    records.push(fileRecord(problem.file, "no-workbook", message));
    files.push({ file: problem.file, status: "unreadable" });
    lines.push(`${problem.file}`, `    ${w.severity.error} ${message}`);
  }
  let errors = 0;
  const outcomes = await eachInput(inputs.files, async (input) => {
    const loaded = await loadWorkbook(input.path, options, input.label);
    const sheetLines: string[] = [input.label];
    // File-level findings (no evaluation recognised): printed like any other, and counted.
    const fileFindings = loaded.analysis.findings;
    if (loaded.analysis.sheets.length === 0 && fileFindings.length === 0) sheetLines.push(`  (${w.noIndicator})`);
    errors += countBySeverity(fileFindings).error;
    records.push(...fileFindings.map((f) => findingRecord(input.label, f, lang)));
    sheetLines.push(...findingLines(fileFindings, lang, options.verbose));
    for (const sheet of loaded.analysis.sheets) {
      errors += countBySeverity(sheet.findings).error;
      records.push(...sheet.findings.map((f) => findingRecord(input.label, f, lang)));
      const name = sheet.form ? `${sheet.name} [${sheet.form.assessment}]` : sheet.name;
      sheetLines.push(`  ${name}: ${countsText(sheet.findings, lang)}`);
      sheetLines.push(...findingLines(sheet.findings, lang, options.verbose));
    }
    return sheetLines;
  });
  for (const outcome of outcomes) {
    if (outcome.ok) {
      files.push({ file: outcome.input.label, status: "checked" });
      lines.push(...outcome.value);
      continue;
    }
    const message = outcome.error.text(lang);
    records.push(fileRecord(outcome.input.label, "file-unreadable", message));
    files.push({ file: outcome.input.label, status: "unreadable" });
    lines.push(outcome.input.label, `    ${w.severity.error} ${message}`);
  }
  if (options.json) out.json({ findings: records, files });
  else out.print(lines.join("\n"));
  for (const note of inputs.notes) out.error(`lke: ${note(w, lang)}`);
  const unreadable = files.some((f) => f.status === "unreadable");
  return unreadable ? 2 : errors > 0 ? 1 : 0;
}
