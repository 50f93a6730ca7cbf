/**
 * The texts of the summary sheets, one catalogue per language. The sheets are documents for
 * the provincial bureau, written in the language the user chose; their sheet names are not
 * texts but a contract other tools rely on, so they never change.
 */
import type { Lang } from "../messages/number";
import type { PredicateScale } from "../scale/predicateScale";
import { localized } from "../translations";

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

const id: SummaryLabels = {
  defaultTitle: "Rekapitulasi Hasil Evaluasi",
  year: "Tahun",
  // Not "Skema": that label would make the sheet look like an indicator sheet.
  scheme: "Skema penilaian",
  date: "Tanggal dibuat",
  unitCount: "Jumlah lembar",
  no: "No",
  unit: "Unit",
  total: "Nilai Akhir",
  predicate: "Predikat",
  rank: "Peringkat",
  errors: "Kesalahan",
  warnings: "Peringatan",
  file: "Berkas",
  sheet: "Lembar",
  average: "Rata-rata",
  highest: "Tertinggi",
  lowest: "Terendah",
  distribution: "Sebaran Predikat",
  componentAverages: "Rata-rata Nilai per Komponen",
  meaning: "Arti",
  count: "Jumlah",
  countSum: "Jumlah",
  previousTotal: "Nilai Tahun Lalu",
  previousPredicate: "Predikat Tahun Lalu",
  change: "Perubahan",
  rincianTitle: "Rincian Nilai per Sub-komponen",
  weight: "Bobot",
  subtotal: "Jumlah",
  legend: "Kode sub-komponen",
  indexTitle: "Rekapitulasi Indeks",
  note: "Catatan",
  scaleNotes: "Catatan skala",
  skippedFiles: "Berkas dilewati (tidak ada evaluasi yang dikenali)",
  confidence: {
    verified: "terverifikasi",
    sourced: "dari sumber sekunder, belum dicocokkan dengan peraturan",
    uncertain: "belum pasti, sebagian disimpulkan",
  },
  scaleNote: (label, confidence, source, note) => `${label}: batas predikat ${confidence}; periksa sebelum dipakai. Sumber: ${source}.${note ? ` ${note}` : ""}`,
  indexKinds: {
    sakip: { label: "Nilai SAKIP", predicateWord: "Predikat" },
    "indeks-rb": { label: "Indeks RB", predicateWord: "Predikat" },
    pekppp: { label: "Indeks PEKPPP", predicateWord: "Kategori" },
    merit: { label: "Sistem Merit", predicateWord: "Kategori" },
    berakhlak: { label: "Indeks BerAKHLAK", predicateWord: "Kategori" },
    mcp: { label: "MCP", predicateWord: "Kategori" },
  },
  meaningOf: (short) => `Arti ${short}`,
  outOfRange: (label, value, min, max) => `${label} ${value} di luar rentang ${min}–${max}`,
  notANumber: (label, text) => `${label} "${text}" bukan angka`,
  errorValue: (label, text) => `${label} berisi kesalahan ${text}`,
};

const en: SummaryLabels = {
  defaultTitle: "Evaluation Results Recap",
  year: "Year",
  scheme: "Scoring scheme",
  date: "Made on",
  unitCount: "Number of sheets",
  no: "No",
  unit: "Unit",
  total: "Final score",
  predicate: "Predicate",
  rank: "Rank",
  errors: "Errors",
  warnings: "Warnings",
  file: "File",
  sheet: "Sheet",
  average: "Average",
  highest: "Highest",
  lowest: "Lowest",
  distribution: "Predicate Distribution",
  componentAverages: "Average Score per Component",
  meaning: "Meaning",
  count: "Count",
  countSum: "Total",
  previousTotal: "Last Year's Total",
  previousPredicate: "Last Year's Predicate",
  change: "Change",
  rincianTitle: "Scores per Sub-component",
  weight: "Weight",
  subtotal: "Subtotal",
  legend: "Sub-component codes",
  indexTitle: "Index Recap",
  note: "Notes",
  scaleNotes: "Scale notes",
  skippedFiles: "Files skipped (no evaluation recognised)",
  confidence: {
    verified: "verified",
    sourced: "from secondary sources, not yet checked against the regulation",
    uncertain: "uncertain, partly inferred",
  },
  scaleNote: (label, confidence, source, note) => `${label}: predicate bands ${confidence}; check before use. Source: ${source}.${note ? ` ${note}` : ""}`,
  indexKinds: {
    sakip: { label: "SAKIP score", predicateWord: "Predicate" },
    "indeks-rb": { label: "RB index", predicateWord: "Predicate" },
    pekppp: { label: "PEKPPP index", predicateWord: "Category" },
    merit: { label: "Merit system", predicateWord: "Category" },
    berakhlak: { label: "BerAKHLAK index", predicateWord: "Category" },
    mcp: { label: "MCP", predicateWord: "Category" },
  },
  meaningOf: (short) => `${short} meaning`,
  outOfRange: (label, value, min, max) => `${label} ${value} is outside the range ${min}–${max}`,
  notANumber: (label, text) => `${label} "${text}" is not a number`,
  errorValue: (label, text) => `${label} holds the error ${text}`,
};

const catalogues: Record<Lang, SummaryLabels> = { id, en };

export function summaryLabels(lang: Lang): SummaryLabels {
  return catalogues[lang];
}

/** The default title in Bahasa Indonesia, for callers that name no language. */
export const defaultTitle = id.defaultTitle;

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
