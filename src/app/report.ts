/** Report: each scored unit's evaluation report (LHE) and the Rekomendasi sheet, with the sheets scored in the same plan. */
import { planReport, type Lang, type WritePlan, type WorkbookSnapshot } from "../core";
import { check, type Checked } from "./check";
import { reportsAfterWrite } from "./reportsAfterWrite";
import type { Clock, ReadSettings } from "./settings";

export interface ReportRequest {
  lang: Lang;
  /** The plan is for a copy of the workbook of this file name (the copy records it). */
  copyOf?: string;
}

export interface Reported extends Checked {
  plan: WritePlan;
  at: string;
  /** The report sheets: one per scored unit, named after its sheet. */
  sheets: { unitSheet: string; name: string }[];
  /** The recap-level Rekomendasi sheet, when one was made. */
  recommendations: string | null;
}

export function report(snapshot: WorkbookSnapshot, settings: ReadSettings, request: ReportRequest, clock: Clock): Reported {
  const checked = check(snapshot, settings);
  const at = clock().toISOString();
  const planned = planReport(snapshot, checked.analysis, { mode: "formulas", at, lang: request.lang, ...(request.copyOf === undefined ? {} : { copyOf: request.copyOf }) });
  return { ...checked, reports: reportsAfterWrite(checked.reports, planned.plan), plan: planned.plan, at, sheets: planned.sheets, recommendations: planned.recommendations };
}
