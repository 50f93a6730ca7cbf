/** Findings as JSON records and as a printed list grouped by file and sheet. */
import { formatFinding } from "../core/messages/format";
import { countBySeverity, type Finding } from "../core/validate/finding";
import { t, type Lang } from "./text";

export interface FindingRecord {
  file: string;
  sheet: string;
  cell?: string;
  severity: Finding["severity"];
  code: string;
  message: string;
  params: Finding["params"];
}

export function findingRecord(file: string, finding: Finding, lang: Lang): FindingRecord {
  return {
    file,
    sheet: finding.sheet,
    ...(finding.cell ? { cell: finding.cell } : {}),
    severity: finding.severity,
    code: finding.code,
    message: formatFinding(finding, lang),
    params: finding.params,
  };
}

export function countsText(findings: readonly Finding[], lang: Lang): string {
  const counts = countBySeverity(findings);
  const w = t(lang);
  return `${counts.error} ${w.errors}, ${counts.warning} ${w.warnings}, ${counts.info} ${w.infos}`;
}

const marks: Record<Finding["severity"], string> = { error: "GALAT", warning: "PERINGATAN", info: "INFO" };
const marksEn: Record<Finding["severity"], string> = { error: "ERROR", warning: "WARNING", info: "INFO" };

export function findingLines(findings: readonly Finding[], lang: Lang): string[] {
  // An evaluation read through a layout profile spans two sheets: then every cell names its sheet.
  const manySheets = new Set(findings.map((f) => f.sheet)).size > 1;
  const where = (f: Finding) => (f.cell ? (manySheets ? `${f.sheet}!${f.cell}` : f.cell) : "-");
  return findings.map((f) => `    ${(lang === "id" ? marks : marksEn)[f.severity]} ${where(f)}: ${formatFinding(f, lang)} [${f.code}]`);
}
