/**
 * The task pane's own words, in Bahasa Indonesia (default) and English. Finding texts come
 * from core/messages (formatFinding); host errors from io/office/errors.
 */
import type { Lang } from "../core";

export type { Lang };

const id = {
  title: "LKE – Evaluasi Kinerja",
  switchLanguage: "English",
  switchLanguageLabel: "Ganti bahasa ke English",
  actions: "Perintah",
  check: "Periksa",
  checkHint: "Periksa semua lembar indikator tanpa menulis apa pun",
  score: "Hitung",
  scoreHint: "Hitung nilai dan predikat, lalu tulis ke lembar indikator",
  summary: "Ringkasan",
  summaryHint: "Susun lembar Ringkasan dan Rincian dari semua lembar indikator",
  report: "Laporan (LHE)",
  reportHint: "Tulis laporan hasil evaluasi tiap unit, siap cetak A4, dan lembar Rekomendasi",
  undo: "Batalkan",
  undoHint: "Batalkan perubahan terakhir LKE",
  undoHintOf: (what: string, when: string) => `Batalkan ${what} (${when})`,
  insertTemplate: "Sisipkan Templat",
  insertTemplateHint: "Sisipkan lembar LKE kosong untuk satu unit",
  valuesOnly: "Nilai saja (tanpa rumus)",
  summaryTitle: "Judul ringkasan (opsional)",
  summaryTitlePlaceholder: "mis. Kabupaten Trenggalek",
  summaryFiles: "Tambahkan berkas lain ke ringkasan (opsional)",
  templateScheme: "Skema",
  templateUnit: "Nama unit",
  templateUnitPlaceholder: "mis. Dinas Kesehatan",
  templateYear: "Tahun",
  templateInsert: "Sisipkan",
  templateCancel: "Tutup",
  sheetsHeading: "Lembar indikator",
  noSheets: "Belum ada lembar indikator di buku kerja ini. Pakai Sisipkan Templat untuk membuatnya.",
  colSheet: "Lembar",
  colUnit: "Unit dan skema",
  colTotal: "Nilai",
  colPredicate: "Predikat",
  notScored: "—",
  incomplete: "belum lengkap",
  findingsHeading: "Temuan",
  differencesHeading: "Selisih penilaian mandiri",
  differencesIntro: "Baris tempat jawaban unit (penilaian mandiri) berbeda dari jawaban evaluator. Pilih untuk menuju selnya.",
  selfResult: (total: string, predicate: string) => `Penilaian mandiri: ${total} ${predicate}`,
  noFindings: "Tidak ada temuan.",
  severity: { error: "Kesalahan", warning: "Peringatan", info: "Catatan" },
  counts: (e: number, w: number, i: number) => `${e} kesalahan, ${w} peringatan, ${i} catatan`,
  wholeSheet: "seluruh lembar",
  goToCell: (cell: string) => `Pilih sel ${cell}`,
  busy: {
    check: "Memeriksa buku kerja…",
    score: "Menghitung nilai…",
    summary: "Menyusun ringkasan…",
    report: "Menulis laporan…",
    undo: "Membatalkan…",
    template: "Menyisipkan templat…",
    select: "Memilih sel…",
  },
  done: {
    check: (sheets: number, e: number, w: number) => `Pemeriksaan selesai: ${sheets} lembar indikator, ${e} kesalahan, ${w} peringatan.`,
    score: (cells: number, sheets: number) => `Nilai dan predikat ditulis: ${cells} sel di ${sheets} lembar.`,
    scoreUnchanged: "Tidak ada sel yang berubah: nilai sudah mutakhir.",
    summary: (names: string) => `Ringkasan disusun: ${names}.`,
    report: (names: string) => `Laporan ditulis: ${names}.`,
    reportNothing: "Tidak ada lembar indikator yang dapat dinilai, jadi tidak ada laporan.",
    summaryNothing: "Tidak ada yang diringkas: belum ada lembar indikator.",
    printSkipped: "Pengaturan cetak dilewati (versi Excel ini belum mendukungnya).",
    undo: (what: string) => `Dibatalkan: ${what}.`,
    undoNothing: "Tidak ada yang bisa dibatalkan.",
    template: (name: string) => `Lembar “${name}” disisipkan.`,
  },
  commandNames: { score: "Hitung", summary: "Ringkasan", report: "Laporan", template: "Sisipkan Templat" } as Record<string, string>,
  ribbonLast: (when: string, text: string) => `Hasil terakhir tombol Hitung Predikat (${when}): ${text}`,
  ribbonDone: (sheets: number) => `${sheets} lembar dinilai.`,
  notInExcel: "LKE hanya berjalan di dalam Excel.",
  officeMissing:
    "Office.js tidak dapat dimuat, jadi LKE tidak dapat berjalan. Periksa sambungan internet (Office.js dimuat dari Microsoft) atau tanyakan pengelola TI apakah alamat appsforoffice.microsoft.com diblokir, lalu buka ulang panel ini dari Excel.",
};

export type Strings = typeof id;

const en: Strings = {
  title: "LKE – Performance Evaluation",
  switchLanguage: "Bahasa Indonesia",
  switchLanguageLabel: "Switch language to Bahasa Indonesia",
  actions: "Commands",
  check: "Check",
  checkHint: "Check every indicator sheet without writing anything",
  score: "Score",
  scoreHint: "Compute scores and predicates and write them into the indicator sheets",
  summary: "Summary",
  summaryHint: "Build the Ringkasan and Rincian sheets from every indicator sheet",
  report: "Report (LHE)",
  reportHint: "Write each unit's evaluation report, print-ready on A4, and the Rekomendasi sheet",
  undo: "Undo",
  undoHint: "Undo LKE's last change",
  undoHintOf: (what: string, when: string) => `Undo ${what} (${when})`,
  insertTemplate: "Insert Template",
  insertTemplateHint: "Insert an empty LKE sheet for one unit",
  valuesOnly: "Values only (no formulas)",
  summaryTitle: "Summary title (optional)",
  summaryTitlePlaceholder: "e.g. Kabupaten Trenggalek",
  summaryFiles: "Add other workbooks to the summary (optional)",
  templateScheme: "Scheme",
  templateUnit: "Unit name",
  templateUnitPlaceholder: "e.g. Dinas Kesehatan",
  templateYear: "Year",
  templateInsert: "Insert",
  templateCancel: "Close",
  sheetsHeading: "Indicator sheets",
  noSheets: "This workbook has no indicator sheets yet. Use Insert Template to make one.",
  colSheet: "Sheet",
  colUnit: "Unit and scheme",
  colTotal: "Total",
  colPredicate: "Predicate",
  notScored: "—",
  incomplete: "incomplete",
  findingsHeading: "Findings",
  differencesHeading: "Self-assessment differences",
  differencesIntro: "Rows where the unit's own answer (self-assessment) differs from the evaluator's. Choose one to go to its cell.",
  selfResult: (total, predicate) => `Self-assessment: ${total} ${predicate}`,
  noFindings: "No findings.",
  severity: { error: "Error", warning: "Warning", info: "Info" },
  counts: (e: number, w: number, i: number) => `${e} errors, ${w} warnings, ${i} info`,
  wholeSheet: "whole sheet",
  goToCell: (cell: string) => `Select cell ${cell}`,
  busy: {
    check: "Checking the workbook…",
    score: "Computing scores…",
    summary: "Building the summary…",
    report: "Writing the reports…",
    undo: "Undoing…",
    template: "Inserting the template…",
    select: "Selecting the cell…",
  },
  done: {
    check: (sheets: number, e: number, w: number) => `Check done: ${sheets} indicator sheets, ${e} errors, ${w} warnings.`,
    score: (cells: number, sheets: number) => `Scores and predicates written: ${cells} cells on ${sheets} sheets.`,
    scoreUnchanged: "No cell changed: the scores are up to date.",
    summary: (names: string) => `Summary built: ${names}.`,
    report: (names: string) => `Reports written: ${names}.`,
    reportNothing: "No indicator sheet can be scored, so there is no report.",
    summaryNothing: "Nothing to summarise: there are no indicator sheets yet.",
    printSkipped: "Print settings were skipped (this version of Excel does not support them).",
    undo: (what: string) => `Undone: ${what}.`,
    undoNothing: "There is nothing to undo.",
    template: (name: string) => `Sheet “${name}” inserted.`,
  },
  commandNames: { score: "Score", summary: "Summary", report: "Report", template: "Insert Template" },
  ribbonLast: (when: string, text: string) => `Last result of the Compute Predicate button (${when}): ${text}`,
  ribbonDone: (sheets: number) => `${sheets} sheets scored.`,
  notInExcel: "LKE runs only inside Excel.",
  officeMissing:
    "Office.js could not be loaded, so LKE cannot run. Check the internet connection (Office.js is loaded from Microsoft) or ask your IT staff whether appsforoffice.microsoft.com is blocked, then open this pane again from Excel.",
};

export const strings: Record<Lang, Strings> = { id, en };

/** Bahasa Indonesia unless Office's display language is English. */
export function languageFor(displayLanguage: string | undefined): Lang {
  return displayLanguage && /^en\b/i.test(displayLanguage) ? "en" : "id";
}


/** An ISO timestamp as a short local date and time. */
export function formatWhen(iso: string, lang: Lang): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return date.toLocaleString(lang === "id" ? "id-ID" : "en-GB", { dateStyle: "short", timeStyle: "short" });
}
