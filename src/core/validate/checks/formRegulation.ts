/**
 * Where a workbook in the "Lampiran" form and the regulation it names disagree: a weight, the
 * total's maximum, the predicate its own cell writes, an answer's coefficient. The reader
 * (core/profile/form/regulationCompare.ts) finds them; the workbook's own figures stay the
 * reported ones, so these only say so. `regulation` cites the regulation (or predicate scale)
 * compared with. Only built-in data is "the regulation": a form read with a user's layout is
 * compared with the regulation its own title names, and a custom scheme's scale never is.
 */
import { code, defineCheck } from "../check";

export const formRegulation = defineCheck({
  id: "form-regulation",
  codes: {
    /** A Bobot cell unlike the regulation's weight for that component or part (matched by its name). */
    "form-weight-differs-from-regulation": code<{ code: string; name: string; weight: number; regulationWeight: number; regulation: string }>("error"),
    /** The components' weights add up to a maximum other than the regulation's total. */
    "form-maximum-differs-from-regulation": code<{ maximum: number; regulationMaximum: number; regulation: string }>("error"),
    /** The workbook's own predicate cell writes another predicate than the regulation's band for its total. */
    "predicate-differs-from-regulation": code<{ assessment: string; predicate: string; regulationPredicate: string; total: number; regulation: string }>("error"),
    /** The row's Nilai formula gives an answer another coefficient than the form's regulation; `rows` rows share that formula. */
    "answer-value-differs-from-regulation": code<{ assessment: string; type: string; answer: string; value: number; regulationValue: number; rows: number; regulation: string }>("warning"),
  },
});
