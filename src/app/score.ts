/** Score: every scored cell of the workbook, as a write plan, and the results as they stand once it is written. */
import { planScore, type WriteMode, type WritePlan, type WorkbookSnapshot } from "../core";
import { check, type Checked } from "./check";
import { reportsAfterWrite } from "./reportsAfterWrite";
import type { Clock, ReadSettings } from "./settings";

export interface ScoreRequest {
  mode: WriteMode;
  /** The plan is for a scored copy of the workbook of this file name (the copy records it). */
  copyOf?: string;
}

export interface Scored extends Checked {
  plan: WritePlan;
  /** When the run happened (its undo record's time). */
  at: string;
}

export function score(snapshot: WorkbookSnapshot, settings: ReadSettings, request: ScoreRequest, clock: Clock): Scored {
  const checked = check(snapshot, settings);
  const at = clock().toISOString();
  const plan = planScore(snapshot, checked.analysis, request.mode, at, request.copyOf);
  // The reports of this one read, less what the write sets right: no host reads twice.
  return { ...checked, reports: reportsAfterWrite(checked.reports, plan), plan, at };
}
