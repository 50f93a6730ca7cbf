/**
 * Findings on the KemenPANRB "Lampiran" form (LKE RB, LKE ZI), read by core/profile/form.
 * The reader finds them while it evaluates the workbook's own formulas, so this check only
 * declares the codes. `assessment` is the heading of the column set the cell belongs to.
 */
import { code, defineCheck } from "../check";

export const lampiranFormFindings = defineCheck({
  id: "lampiran-form",
  codes: {
    /** A Nilai formula unlike both its neighbours, which agree (e.g. it reads another row's answer); expected: the neighbour's formula. */
    "formula-inconsistent": code<{ assessment: string; found: string; neighbour: string }>("warning"),
    /** The row's answer type (Pilihan Jawaban) is not one its Nilai formula knows: the row gives no number and drops out of the mean. */
    "answer-type-unknown": code<{ type: string; known: string }>("warning"),
    /** The answer is not one of the row's declared choices. */
    "answer-not-in-choices": code<{ assessment: string; answer: string; choices: string }>("warning"),
    /** The answer is not in the cell's data-validation list. */
    "answer-not-in-list": code<{ assessment: string; answer: string; list: string }>("warning"),
    /** An indicator's Nilai formula takes, in one range, a row together with rows that row already aggregates (levels mixed: it counts a part twice and may miss a sibling). */
    "formula-range-mixes-levels": code<{ assessment: string; found: string; inner: string; parts: string }>("warning"),
    /** Another assessment's formula on this row carries a gating condition (kerangka logis) this one lacks. */
    "gating-missing": code<{ assessment: string; other: string; otherCell: string }>("warning"),
    /** The index the workbook is for has no predicate scale LKE knows (ZI: WBK/WBBM thresholds). */
    "index-without-predicate": code<{ assessment: string; index: string }>("info"),
  },
});
