/**
 * The texts of the summary sheets. The sheets are documents for the provincial bureau, so
 * they are in Bahasa Indonesia whatever the interface language.
 */
import type { PredicateScale } from "../scale/predicateScale";

export const summarySheetNames = {
  ringkasan: "Ringkasan",
  rincian: "Rincian",
  rekapIndeks: "Rekap Indeks",
} as const;

export type SummarySheetKind = keyof typeof summarySheetNames;

/** The sheet of an input workbook that holds index values per unit. */
export const indexSheetName = "Indeks";

export const defaultTitle = "Rekapitulasi Hasil Evaluasi";

export const labels = {
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
  errors: "Galat",
  warnings: "Peringatan",
  file: "Berkas",
  sheet: "Lembar",
  average: "Rata-rata",
  highest: "Tertinggi",
  lowest: "Terendah",
  distribution: "Sebaran Predikat",
  meaning: "Arti",
  count: "Jumlah",
  rincianTitle: "Rincian Nilai per Sub-komponen",
  weight: "Bobot",
  subtotal: "Jumlah",
  legend: "Kode sub-komponen",
  indexTitle: "Rekapitulasi Indeks",
  note: "Catatan",
  scaleNotes: "Catatan skala",
  skippedFiles: "Berkas dilewati (tidak ada evaluasi yang dikenali)",
} as const;

const confidenceText: Record<PredicateScale["confidence"], string> = {
  verified: "terverifikasi",
  sourced: "dari sumber sekunder, belum dicocokkan dengan peraturan",
  uncertain: "belum pasti, sebagian disimpulkan",
};

/** A note for a scale that is not verified against the regulation, or null when it is. */
export function scaleNote(scale: PredicateScale, label = scale.name): string | null {
  if (scale.confidence === "verified") return null;
  const note = scale.note ? ` ${scale.note}` : "";
  return `${label}: batas predikat ${confidenceText[scale.confidence]}; periksa sebelum dipakai. Sumber: ${scale.source}.${note}`;
}

/** "Kabupaten Lamongan – Rincian Nilai per Sub-komponen" or the sheet's own title. */
export function titled(own: string, title: string | undefined): string {
  return title ? `${title} – ${own}` : own;
}
