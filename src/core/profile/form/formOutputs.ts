/**
 * The cells `score` writes on a sheet in the "Lampiran" form: only the predicate of each
 * assessment, under its total in its own Nilai column, and a "Predikat" label in the text column.
 * The workbook's own formulas stay as they are.
 */
import { a1 } from "../../address";
import { predicateFormula } from "../../plan/formulas";
import type { WriteMode } from "../../plan/scoreOutputs";
import type { CellWrite } from "../../plan/writePlan";
import { predicateLabel, type FormAnalysis } from "./formAnalyze";

export function formOutputs(form: FormAnalysis, mode: WriteMode): CellWrite[] {
  if (!form.predicateCell || !form.totalCell || !form.scale || !form.band) return [];
  const total = a1(form.totalCell.row, form.totalCell.col);
  const formula = predicateFormula(`ROUND(${total},${form.profile.rounding.decimals})`, form.scale, 1);
  return [
    ...(form.labelCell ? [{ sheet: form.sheet, ...form.labelCell, value: predicateLabel }] : []),
    { sheet: form.sheet, ...form.predicateCell, value: form.band.predicate, ...(mode === "formulas" ? { formula: `=${formula}` } : {}) },
  ];
}
