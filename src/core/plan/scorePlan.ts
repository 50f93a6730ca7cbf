/** The plan of `score`: every scored sheet's outputs, minus what already stands. */
import type { WorkbookAnalysis } from "../engine";
import { profileOutputs } from "../profile/analyze";
import { formOutputs } from "../profile/form/formOutputs";
import type { WorkbookSnapshot } from "../snapshot";
import { finalizePlan } from "./finalize";
import { scoreOutputs, type WriteMode } from "./scoreOutputs";
import type { CellWrite, WritePlan } from "./writePlan";

export function planScore(snapshot: WorkbookSnapshot, analysis: WorkbookAnalysis, mode: WriteMode, at: string): WritePlan {
  const wanted: (readonly CellWrite[])[] = [];
  for (const sheet of analysis.sheets) {
    if (sheet.score) wanted.push(scoreOutputs(sheet.score, mode));
    // A real layout keeps its own formulas: only repairs and the predicate are written.
    if (sheet.profile) wanted.push(profileOutputs(sheet.profile, mode));
    if (sheet.form) wanted.push(formOutputs(sheet.form, mode));
  }
  const plan = finalizePlan(snapshot, wanted, [], { command: "score", at });
  // A real form keeps its own formulas: the spreadsheet recomputes them on opening.
  if (plan.writes.length > 0 && analysis.sheets.some((s) => s.form)) plan.recalculateOnOpen = true;
  return plan;
}
