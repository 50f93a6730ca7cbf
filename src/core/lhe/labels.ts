/** The evaluation report (LHE) sheets' names and texts; the texts are in src/core/locales, one catalogue per language. */
import type { Lang } from "../messages/number";
import { coreTexts } from "../locales";
import type { LheLabels } from "../locales/id";

export type { LheLabels };





export function lheLabels(lang: Lang): LheLabels {
  return coreTexts[lang].report;
}

/** The sheets' names: "LHE <unit sheet>", and the recap of recommendations (a contract, not a text). */
export const lheSheetPrefix = "LHE ";
export const recommendationSheetName = "Rekomendasi";
