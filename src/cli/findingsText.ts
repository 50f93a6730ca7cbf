/** Findings as JSON records and as a printed list grouped by file and sheet. */
import { formatFinding, countBySeverity, type Finding, type Severity } from "../core";
import { cliTexts } from "./locales/texts";
import type { Lang } from "./text";

export interface FindingRecord {
  file: string;
  /** Absent for a finding about the file as a whole (one that could not be read). */
  sheet?: string;
  cell?: string;
  severity: Severity;
  code: string;
  message: string;
  params: Finding["params"];
}

export function findingRecord(file: string, finding: Finding, lang: Lang): FindingRecord {
  return {
    file,
    ...(finding.sheet ? { sheet: finding.sheet } : {}),
    ...(finding.cell ? { cell: finding.cell } : {}),
    severity: finding.severity,
    code: finding.code,
    message: formatFinding(finding, lang),
    params: finding.params,
  };
}

/** A file that could not be read, as a finding of its own: the run goes on with the others. */
export function fileRecord(file: string, code: string, message: string): FindingRecord {
  return { file, severity: "error", code, message, params: {} };
}

export function countsText(findings: readonly Finding[], lang: Lang): string {
  const counts = countBySeverity(findings);
  const w = cliTexts(lang);
  return `${counts.error} ${w.errors}, ${counts.warning} ${w.warnings}, ${counts.info} ${w.infos}`;
}

/** One line per finding; rule codes only when asked for (`--verbose`): they are for programs. */
export function findingLines(findings: readonly Finding[], lang: Lang, verbose = false): string[] {
  // An evaluation read through a layout profile spans two sheets: then every cell names its sheet.
  const manySheets = new Set(findings.map((f) => f.sheet)).size > 1;
  const where = (f: Finding) => (f.cell ? (manySheets ? `${f.sheet}!${f.cell}` : f.cell) : "-");
  const marks = cliTexts(lang).severity;
  // A finding about the whole file (no sheet) has no place to name.
  return findings.map((f) => `    ${marks[f.severity]} ${f.sheet ? `${where(f)}: ` : ""}${formatFinding(f, lang)}${verbose ? ` [${f.code}]` : ""}`);
}
