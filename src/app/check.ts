/** Check: the workbook's findings and results; nothing is written. */
import { sheetReport, type Finding, type SheetReport, type WorkbookAnalysis, type WorkbookSnapshot } from "../core";
import { analyze } from "./analyze";
import type { ReadSettings } from "./settings";

export interface Checked {
  analysis: WorkbookAnalysis;
  /** One per assessment LKE recognised, in sheet order. */
  reports: SheetReport[];
  /** Findings about the workbook as a whole (nothing LKE can read in it). */
  fileFindings: readonly Finding[];
}

export function check(snapshot: WorkbookSnapshot, settings: ReadSettings): Checked {
  const analysis = analyze(snapshot, settings);
  return { analysis, reports: analysis.sheets.map(sheetReport), fileFindings: analysis.findings };
}
