/**
 * Findings on real regency layouts read through a layout profile (core/profile). The profile
 * reader finds them while it reads the workbook's own formulas, so this check only declares
 * the codes (their severities and the params their messages quote).
 */
import { code, defineCheck } from "../check";

export const layoutProfileFindings = defineCheck({
  id: "layout-profile",
  codes: {
    /** item: the evidence text (or the criterion text when answered on its own row); value: the placeholder, "" when empty. */
    "evidence-unanswered": code<{ code: string; item: string; value: string; allowed: string }>("warning"),
    /** Weights in points: the parts (level "criteria", "evidence" or "components") sum to found, not expected. */
    "layout-weights-do-not-add-up": code<{ code: string; level: "criteria" | "evidence" | "components"; expected: number; found: number }>("warning"),
    /** An output cell of the layout holds a typed value where its formula belongs; LKE writes the formula back. */
    "formula-typed-over": code<{ code: string; found: string; formula: string }>("warning"),
    /** An output cell's formula gives a different result from the layout's (an error, or a range that misses rows); LKE rewrites it. */
    "formula-broken": code<{ code: string; found: string; formula: string }>("warning"),
    /** An output cell the layout needs is empty, so the answers above it are not counted. LKE does not fill it in. */
    "formula-missing": code<{ code: string; formula: string }>("warning"),
  },
});
