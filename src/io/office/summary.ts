/** The recap in the open workbook: its own indicator sheets and those of the workbooks the user picked. */
import type { SummaryResult, WorkbookAnalysis, WorkbookSnapshot } from "../../core";
import { analyze, summarize, type Clock, type SummaryRequest } from "../../app";

/** Another workbook the user picked for the recap, already read into a snapshot. */
export interface PickedWorkbook {
  file: string;
  snapshot: WorkbookSnapshot;
}

export type { SummaryRequest };

/** Picked workbooks are only read: the recap is written into the open workbook. */
export function planWorkbookSummary(snapshot: WorkbookSnapshot, analysis: WorkbookAnalysis, request: SummaryRequest, clock: Clock, file: string, picked: readonly PickedWorkbook[] = []): SummaryResult {
  const others = picked.map((p) => ({ file: p.file, snapshot: p.snapshot, analysis: analyze(p.snapshot, { label: p.file }) }));
  return summarize(snapshot, [{ file, analysis, snapshot }, ...others], { ...request, registry: analysis.registry }, clock);
}
