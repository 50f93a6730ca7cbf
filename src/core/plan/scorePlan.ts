/** The plan of `score`: every scored sheet's outputs, minus what already stands. */
import type { WorkbookAnalysis } from "../engine";
import { profileOutputs } from "../profile/analyze";
import { EngineRun } from "../run";
import { formOutputs } from "../profile/form/formOutputs";
import type { WorkbookSnapshot } from "../snapshot";
import { finalizePlan } from "./finalize";
import { scoreOutputs, type WriteMode } from "./scoreOutputs";
import type { CellWrite, WritePlan } from "./writePlan";

/** `copyOf`: the plan is for a scored copy of the workbook of that file name (the copy records it). */
export function planScore(snapshot: WorkbookSnapshot, analysis: WorkbookAnalysis, mode: WriteMode, at: string, copyOf?: string): WritePlan {
  return withRecalculation(finalizePlan(snapshot, scoreCells(analysis, mode, new EngineRun()), [], { command: "score", at, ...(copyOf === undefined ? {} : { copyOf }) }), analysis);
}

/** A real form keeps its own formulas: where LKE wrote into one, the spreadsheet recomputes them on opening. */
export function withRecalculation(plan: WritePlan, analysis: WorkbookAnalysis): WritePlan {
  if (plan.writes.length > 0 && analysis.sheets.some((s) => s.form)) plan.recalculateOnOpen = true;
  return plan;
}

/** Every scored sheet's output cells, sheet by sheet, before what already stands is taken out. */
export function scoreCells(analysis: WorkbookAnalysis, mode: WriteMode, run: EngineRun): (readonly CellWrite[])[] {
  const wanted: (readonly CellWrite[])[] = [];
  for (const sheet of analysis.sheets) {
    if (sheet.score) wanted.push(scoreOutputs(sheet.score, mode, run));
    // The self-assessment's own cells: the footer labels it shares with the evaluator's are written once.
    if (sheet.self?.score) {
      const taken = new Set((sheet.score ? scoreOutputs(sheet.score, mode, run) : []).map((c) => `${c.row}:${c.col}`));
      wanted.push(scoreOutputs(sheet.self.score, mode, run).filter((c) => !taken.has(`${c.row}:${c.col}`)));
    }
    // A real layout keeps its own formulas: only repairs and the predicate are written.
    if (sheet.profile) wanted.push(profileOutputs(sheet.profile, mode));
    if (sheet.form) wanted.push(formOutputs(sheet.form, mode));
  }
  return wanted;
}
