/** The texts of the evaluation report (LHE) sheets, one catalogue per language. */
import type { Lang } from "../messages/number";

const id = {
  title: "LAPORAN HASIL EVALUASI",
  unit: "Unit",
  year: "Tahun",
  scheme: "Skema",
  sheet: "Lembar",
  result: "Hasil evaluasi",
  total: "Nilai Akhir",
  predicate: "Predikat",
  selfTotal: "Nilai Akhir penilaian mandiri",
  selfPredicate: "Predikat penilaian mandiri",
  components: "Nilai per komponen",
  code: "Kode",
  component: "Komponen",
  weight: "Bobot",
  score: "Nilai",
  attained: "Capaian",
  bar: "Grafik",
  unmet: "Kriteria yang belum terpenuhi",
  text: "Uraian",
  answer: "Jawaban",
  noneUnmet: "Semua kriteria terpenuhi.",
  differences: "Selisih penilaian mandiri dan evaluator",
  self: "Penilaian mandiri",
  evaluator: "Evaluator",
  remarks: "Catatan dan rekomendasi",
  kind: "Jenis",
  note: "Catatan",
  recommendation: "Rekomendasi",
  page: "Halaman &P dari &N",
  recapTitle: "Kriteria yang paling sering belum terpenuhi",
  units: "Jumlah unit",
  which: "Unit",
};

export type LheLabels = typeof id;

const en: LheLabels = {
  title: "EVALUATION REPORT",
  unit: "Unit",
  year: "Year",
  scheme: "Scheme",
  sheet: "Sheet",
  result: "Result",
  total: "Total",
  predicate: "Predicate",
  selfTotal: "Self-assessment total",
  selfPredicate: "Self-assessment predicate",
  components: "Scores per component",
  code: "Code",
  component: "Component",
  weight: "Weight",
  score: "Score",
  attained: "Attained",
  bar: "Chart",
  unmet: "Criteria not met",
  text: "Description",
  answer: "Answer",
  noneUnmet: "Every criterion is met.",
  differences: "Self-assessment and evaluation differ",
  self: "Self-assessment",
  evaluator: "Evaluator",
  remarks: "Notes and recommendations",
  kind: "Kind",
  note: "Note",
  recommendation: "Recommendation",
  page: "Page &P of &N",
  recapTitle: "Criteria most often not met",
  units: "Units",
  which: "Units",
};

const catalogues: Record<Lang, LheLabels> = { id, en };

export function lheLabels(lang: Lang): LheLabels {
  return catalogues[lang];
}

/** The sheets' names: "LHE <unit sheet>", and the recap of recommendations (a contract, not a text). */
export const lheSheetPrefix = "LHE ";
export const recommendationSheetName = "Rekomendasi";
