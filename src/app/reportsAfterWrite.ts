/**
 * The reports of a run that has just written its plan, without reading the workbook again:
 * the analysis before the write, less the findings the write itself set right (an output cell
 * typed over or left stale is an output cell LKE just rewrote).
 */
import { a1, type WritePlan, type SheetReport } from "../core";

/** Finding codes about an output cell's content, which writing that cell resolves. */
const resolvedByWritingTheCell = new Set(["score-cell-mismatch", "stale-score"]);

export function reportsAfterWrite(reports: readonly SheetReport[], plan: WritePlan): SheetReport[] {
  if (plan.writes.length === 0) return [...reports];
  const written = new Set<string>();
  for (const write of plan.writes) written.add(`${write.sheet.toLowerCase()}!${a1(write.row, write.col)}`);
  return reports.map((report) => {
    const sheet = report.sheet.toLowerCase();
    const findings = report.findings.filter((f) => !(f.cell && resolvedByWritingTheCell.has(f.code) && written.has(`${sheet}!${f.cell}`)));
    return findings.length === report.findings.length ? report : { ...report, findings };
  });
}
