/**
 * The cells `score` writes on a sheet in the "Lampiran" form: the predicate of each assessment,
 * under its total in its own Nilai column, with a "Predikat" label in the text column; and the
 * cached values of the workbook's own formulas LKE evaluated, where they differ from what the
 * formulas compute (the formulas themselves stay; finalizePlan drops cells that would not change).
 */
import { a1 } from "../../address";
import { predicateFormula } from "../../plan/formulas";
import type { WriteMode } from "../../plan/scoreOutputs";
import type { CellWrite } from "../../plan/writePlan";
import type { FormAnalysis } from "./formAnalyze";
import { predicateLabel } from "./predicatePlacement";

export function formOutputs(form: FormAnalysis, mode: WriteMode): CellWrite[] {
  const writes: CellWrite[] = [...form.evaluated];
  if (!form.predicateCell || !form.totalCell || !form.scale || !form.band) return writes;
  const total = a1(form.totalCell.row, form.totalCell.col);
  const formula = predicateFormula(`ROUND(${total},${form.profile.rounding.decimals})`, form.scale, 1);
  if (form.labelCell) writes.push({ sheet: form.sheet, ...form.labelCell, value: predicateLabel });
  writes.push({ sheet: form.sheet, ...form.predicateCell, value: form.band.predicate, ...(mode === "formulas" ? { formula: `=${formula}` } : {}) });
  return writes;
}
