/** The summary command's plan in the open workbook, from the core's summary builder. */
import { analyzeWorkbook, type WorkbookAnalysis, longDate, type Lang, type WorkbookSnapshot, buildSummary, type SummaryResult } from "../../core";
import { workbookRegistry } from "./registry";

/** Another workbook the user picked for the recap, already read into a snapshot. */
export interface PickedWorkbook {
  file: string;
  snapshot: WorkbookSnapshot;
}

export interface SummaryRequest {
  /** The regency's or bureau's name for the recap's title. */
  title?: string;
  /** The evaluation year; the units' own years when absent. */
  year?: string;
  /** The pane's language, which the recap's texts and date follow; Bahasa Indonesia when absent. */
  lang?: Lang;
}

/**
 * The recap of the open workbook's indicator sheets (and its `Indeks` sheet), plus those of any
 * workbooks the user picked, written into the open workbook. Picked workbooks are only read.
 */
export function planWorkbookSummary(snapshot: WorkbookSnapshot, analysis: WorkbookAnalysis, request: SummaryRequest, now: Date, file: string, picked: readonly PickedWorkbook[] = []): SummaryResult {
  const others = picked.map((p) => ({ file: p.file, snapshot: p.snapshot, analysis: analyzeWorkbook(p.snapshot, { registry: workbookRegistry(p.snapshot) }) }));
  return buildSummary(snapshot, [{ file, analysis, snapshot }, ...others], {
    title: request.title,
    year: request.year,
    date: longDate(now, request.lang ?? "id"),
    lang: request.lang,
    at: now.toISOString(),
    registry: analysis.registry,
  });
}
