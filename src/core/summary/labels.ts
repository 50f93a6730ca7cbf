/**
 * The summary sheets' names and the shape of their texts; the texts themselves are in
 * src/core/locales, one catalogue per language. The sheets are documents for the provincial
 * bureau, written in the language the user chose; their sheet names are not texts but a
 * contract other tools rely on, so they never change.
 */
import type { Lang } from "../messages/number";
import type { PredicateScale } from "../scale/predicateScale";
import { localized } from "../translations";
import { coreTexts } from "../locales";

export const summarySheetNames = {
  ringkasan: "Ringkasan",
  rincian: "Rincian",
  rekapIndeks: "Rekap Indeks",
} as const;

export type SummarySheetKind = keyof typeof summarySheetNames;

/** The sheet of an input workbook that holds index values per unit. */
export const indexSheetName = "Indeks";

/** The indices a `Rekap Indeks` sheet knows, by their built-in predicate scale. */
export type IndexKindId = "sakip" | "indeks-rb" | "pekppp" | "merit" | "berakhlak" | "mcp";

export interface SummaryLabels {
  /** The recap's title when none is given. */
  defaultTitle: string;
  year: string;
  scheme: string;
  date: string;
  unitCount: string;
  no: string;
  unit: string;
  total: string;
  predicate: string;
  rank: string;
  errors: string;
  warnings: string;
  file: string;
  sheet: string;
  average: string;
  highest: string;
  lowest: string;
  distribution: string;
  /** The title of the chart of each component's average. */
  componentAverages: string;
  meaning: string;
  count: string;
  /** The sum row under the distribution's counts. */
  countSum: string;
  /** Last year's result beside this year's (summary --previous). */
  previousTotal: string;
  previousPredicate: string;
  change: string;
  rincianTitle: string;
  weight: string;
  /** The column ending each component's group on `Rincian`. */
  subtotal: string;
  legend: string;
  indexTitle: string;
  note: string;
  scaleNotes: string;
  /** The heading of the files a recap left out, with why. */
  skippedFiles: string;
  /** How far a scale's bands can be trusted, within a scale note. */
  confidence: Record<PredicateScale["confidence"], string>;
  scaleNote: (label: string, confidence: string, source: string, note: string | undefined) => string;
  /** An index's column title and the word for its predicate column ("Predikat", "Kategori"). */
  indexKinds: Record<IndexKindId, { label: string; predicateWord: string }>;
  /** The column of a band's meaning ("Arti RB"). */
  meaningOf: (short: string) => string;
  /** Why an index value has no predicate; numbers come already formatted. */
  outOfRange: (label: string, value: string, min: string, max: string) => string;
  notANumber: (label: string, text: string) => string;
  errorValue: (label: string, text: string) => string;
}




export function summaryLabels(lang: Lang): SummaryLabels {
  return coreTexts[lang].recap;
}

/** The default title in Bahasa Indonesia, for callers that name no language. */
export const defaultTitle = coreTexts.id.recap.defaultTitle;

/** "Kabupaten Lamongan – Rincian Nilai per Sub-komponen" or the sheet's own title. */
export function titled(own: string, title: string | undefined): string {
  return title ? `${title} – ${own}` : own;
}

/** A note for a scale that is not verified against the regulation, or null when it is. */
export function scaleNote(scale: PredicateScale, lang: Lang, label: string = localized(scale, "name", lang)): string | null {
  if (scale.confidence === "verified") return null;
  const texts = summaryLabels(lang);
  return texts.scaleNote(label, texts.confidence[scale.confidence], localized(scale, "source", lang), localized(scale, "note", lang));
}
