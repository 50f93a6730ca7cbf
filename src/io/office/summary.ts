/** The recap in the open workbook: its own indicator sheets and those of the workbooks the user picked. */
import { recapFile, type SummaryResult, type WorkbookAnalysis, type WorkbookSnapshot } from "../../core";
import { recapInput, summarize, type Clock, type SummaryRequest } from "../../app";

/** Another workbook the user picked for the recap, already read into a snapshot. */
export interface PickedWorkbook {
  file: string;
  snapshot: WorkbookSnapshot;
}

export type { SummaryRequest };

/** Picked workbooks are only read: the recap is written into the open workbook. */
export function planWorkbookSummary(snapshot: WorkbookSnapshot, analysis: WorkbookAnalysis, request: SummaryRequest, clock: Clock, file: string, picked: readonly PickedWorkbook[] = []): SummaryResult {
  const open = recapFile({ file, analysis, snapshot }, request.year);
  const others = picked.map((p) => recapInput(p.snapshot, { label: p.file }, request.year).recap);
  return summarize(snapshot, [open, ...others], { ...request, registry: analysis.registry }, clock);
}
