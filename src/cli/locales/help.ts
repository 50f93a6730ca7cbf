/**
 * The command line's help: option and command descriptions, examples and exit codes, one
 * catalogue per language; and commander's own words, which it only has in English.
 */
import type { Lang } from "../../core";

const id = {
  program: "LKE: periksa, nilai, dan rekap Lembar Kerja Evaluasi (SAKIP, RB) di berkas .xlsx",
  help: "tampilkan bantuan perintah ini",
  helpCommand: "tampilkan bantuan sebuah perintah",
  version: "tampilkan versi LKE",
  lang: "bahasa keluaran: id (Bahasa Indonesia) atau en (English)",
  json: "cetak satu dokumen JSON (untuk program lain)",
  verbose: "tampilkan juga kode aturan tiap temuan dan rincian teknis",
  scheme: "skema untuk semua lembar (lihat `lke schemes`)",
  schemeFile: "skema kustom dari berkas JSON",
  layout: "tata letak: profil daerah (mis. kke-trenggalek) atau lke (bawaan: dikenali otomatis)",
  layoutFile: "profil formulir sendiri (JSON, lihat `lke profile`)",
  profile: "buat draf profil formulir (JSON) dari sebuah buku kerja, untuk diperiksa dan disunting",
  profileInput: "berkas .xlsx berisi formulir",
  profileOutput: "tulis profil ke berkas JSON (bawaan: cetak di layar)",
  profileId: "id profil, huruf kecil dan tanda hubung",
  force: "ganti berkas keluaran yang sudah ada (tanpa ini LKE tidak pernah menimpanya)",
  inputs: "berkas .xlsx, folder, atau pola seperti data\\*.xlsx",
  check: "periksa lembar indikator: struktur, kode, bobot, dan setiap jawaban",
  score: "hitung nilai dan predikat di tempat, ke salinan berkas (<nama>.dinilai.xlsx)",
  scoreOutput: "berkas keluaran (bawaan: <nama>.dinilai.xlsx); dengan beberapa berkas: sebuah folder",
  values: "tulis nilai saja, tanpa rumus (untuk berkas yang dikirim final)",
  inPlace: "tulis ke berkas masukan itu sendiri, setelah membuat cadangan <nama>.backup.xlsx",
  summary: "buat rekap (Ringkasan, Rincian) dari satu atau banyak berkas",
  summaryOutput: "berkas rekap (.xlsx)",
  title: "judul rekap, mis. nama kabupaten",
  year: "tahun evaluasi",
  previous: "rekap atau berkas tahun lalu, untuk nilai tahun lalu dan perubahannya",
  template: "buat buku kerja LKE kosong, satu lembar per unit",
  report: "buat laporan hasil evaluasi (LHE) tiap unit, siap cetak A4, beserta lembar Rekomendasi",
  reportOutput: "berkas keluaran (bawaan: <nama>.lhe.xlsx)",
  templateScheme: "id skema, mis. sakip-2021 (lihat `lke schemes`)",
  templateOutput: "berkas keluaran (.xlsx)",
  units: "nama unit, dipisah koma",
  schemes: "daftar skema, skala jawaban, skala predikat, dan tata letak daerah",
  examples: "Contoh:",
  exitCodes: "Kode keluar:",
  exitCheck: "  0  tidak ada kesalahan\n  1  ada kesalahan di lembar (lihat daftar temuan)\n  2  ada berkas yang tidak terbaca, atau perintahnya salah",
  exitScore: "  0  dinilai, tanpa kesalahan\n  1  dinilai, tetapi ada kesalahan di lembar\n  2  ada berkas yang tidak terbaca atau tidak ditulis (mis. keluaran sudah ada), atau perintahnya salah",
  exitSummary: "  0  rekap ditulis, tanpa kesalahan\n  1  rekap ditulis, tetapi ada kesalahan (di lembar, atau unit yang sama di dua berkas)\n  2  ada berkas yang tidak terbaca, atau rekap tidak ditulis",
  exitOther: "  0  selesai\n  2  tidak selesai (lihat pesannya)",
  exitProfile: "  0  draf dibuat\n  1  formulir tidak dikenali (draf memakai judul bawaan)\n  2  berkas tidak terbaca atau tidak ditulis",
  exitReport: "  0  laporan ditulis\n  2  ada berkas yang tidak terbaca atau tidak ditulis, atau perintahnya salah",
  placeholders: { files: "berkas", file: "berkas", folderOrFile: "berkas", id: "id", lang: "bahasa", title: "judul", year: "tahun", names: "nama", scheme: "skema" },
  commanderTitles: { "Usage:": "Penggunaan:", "Options:": "Opsi:", "Arguments:": "Argumen:", "Commands:": "Perintah:", "Global Options:": "Opsi umum:" } as Record<string, string>,
};

type HelpTexts = typeof id;

const en: HelpTexts = {
  program: "LKE: check, score and summarise performance evaluation workbooks (SAKIP, RB) in .xlsx files",
  help: "show help for this command",
  helpCommand: "show help for a command",
  version: "show the LKE version",
  lang: "output language: id (Bahasa Indonesia) or en (English)",
  json: "print one JSON document (for other programs)",
  verbose: "also show each finding's rule code and technical details",
  scheme: "scheme for every sheet (see `lke schemes`)",
  schemeFile: "a custom scheme from a JSON file",
  layout: "layout: a regency profile (e.g. kke-trenggalek) or lke (default: detected)",
  layoutFile: "your own form profile (JSON, see `lke profile`)",
  profile: "draft a form profile (JSON) from a workbook, to review and edit",
  profileInput: "the .xlsx file holding the form",
  profileOutput: "write the profile to a JSON file (default: print it)",
  profileId: "profile id, lower-case letters and dashes",
  force: "replace an output file that exists (without it LKE never overwrites one)",
  inputs: ".xlsx files, folders, or patterns such as data\\*.xlsx",
  check: "check indicator sheets: structure, codes, weights and every answer",
  score: "compute scores and predicates in place, into a copy (<name>.dinilai.xlsx)",
  scoreOutput: "output file (default: <name>.dinilai.xlsx); with several files: a folder",
  values: "write plain values, no formulas (for a final submission)",
  inPlace: "write into the input file itself, after making a backup <name>.backup.xlsx",
  summary: "build the recap (Ringkasan, Rincian) from one or many workbooks",
  summaryOutput: "the recap file (.xlsx)",
  title: "the recap's title, e.g. the regency's name",
  year: "evaluation year",
  previous: "last year's recap or workbooks, for last year's results and the change",
  template: "write an empty LKE workbook, one sheet per unit",
  report: "write each unit's evaluation report (LHE), print-ready on A4, with a Rekomendasi sheet",
  reportOutput: "output file (default: <name>.lhe.xlsx)",
  templateScheme: "scheme id, e.g. sakip-2021 (see `lke schemes`)",
  templateOutput: "output file (.xlsx)",
  units: "unit names, separated by commas",
  schemes: "list schemes, answer scales, predicate scales and regency layouts",
  examples: "Examples:",
  exitCodes: "Exit codes:",
  exitCheck: "  0  no errors\n  1  errors in the sheets (see the findings)\n  2  a file could not be read, or the command is wrong",
  exitScore: "  0  scored, no errors\n  1  scored, but the sheets have errors\n  2  a file could not be read or written (e.g. the output exists), or the command is wrong",
  exitSummary: "  0  recap written, no errors\n  1  recap written, but with errors (in the sheets, or one unit in two files)\n  2  a file could not be read, or no recap was written",
  exitOther: "  0  done\n  2  not done (see the message)",
  exitProfile: "  0  draft made\n  1  the form was not recognised (the draft keeps the built-in headers)\n  2  the file could not be read or written",
  exitReport: "  0  reports written\n  2  a file could not be read or written, or the command is wrong",
  placeholders: { files: "workbooks", file: "file", folderOrFile: "file", id: "id", lang: "lang", title: "title", year: "year", names: "names", scheme: "scheme" },
  commanderTitles: {},
};

const catalogues: Record<Lang, HelpTexts> = { id, en };

export function helpTexts(lang: Lang): HelpTexts {
  return catalogues[lang];
}

/** Examples as an evaluator types them: Windows first, where most of them work. */
export const examples = {
  check: ["lke check Lamongan-2025.xlsx", "lke check data\\*.xlsx", "lke check data --json > temuan.json"],
  score: ["lke score Lamongan-2025.xlsx", "lke score Lamongan-2025.xlsx -o hasil\\Lamongan.xlsx --timpa", "lke score data\\*.xlsx --in-place"],
  summary: ['lke summary data -o rekap-2025.xlsx --title "Kabupaten Lamongan"', "lke summary data\\*.xlsx -o rekap.xlsx --timpa", "lke summary data -o rekap-2025.xlsx --previous rekap-2024.xlsx"],
  profile: ["lke profile LKE-ZI.xlsx -o profil-zi.json --id lke-zi-2024", "lke check LKE-ZI.xlsx --layout-file profil-zi.json"],
  report: ["lke report Lamongan-2025.xlsx", "lke report data\\*.xlsx --lang en"],
  template: ['lke template sakip-2021 -o isian.xlsx --units "Dinas Kesehatan, Dinas Pendidikan"'],
  schemes: ["lke schemes", "lke schemes --lang en"],
} as const;

/** Commander's error lines in Bahasa Indonesia; anything not listed keeps its words after "kesalahan:". */
const commanderErrors: [RegExp, string][] = [
  [/^error: unknown option '(.+?)'/, "kesalahan: opsi '$1' tidak dikenal"],
  [/^error: unknown command '(.+?)'/, "kesalahan: perintah '$1' tidak dikenal"],
  [/^error: missing required argument '(.+?)'/, "kesalahan: argumen '$1' belum disebutkan"],
  [/^error: option '(.+?)' argument missing/, "kesalahan: opsi '$1' perlu nilai"],
  [/^error: required option '(.+?)' not specified/, "kesalahan: opsi '$1' wajib disebutkan"],
  [/^error: option '(.+?)' argument '(.+?)' is invalid\. Allowed choices are (.+?)\./, "kesalahan: nilai '$2' untuk opsi '$1' tidak sah; pilihannya: $3."],
  [/^error: too many arguments(?: for '(.+?)')?\. Expected (\d+) arguments? but got (\d+)\./, "kesalahan: terlalu banyak argumen (paling banyak $2, tertulis $3)."],
  [/\(Did you mean (.+?)\?\)/, "(Maksudnya $1?)"],
  [/^error:/, "kesalahan:"],
];

const commanderHelpWords: [RegExp, string][] = [
  [/\bdefault: /g, "bawaan: "],
  [/\bchoices: /g, "pilihan: "],
];

/** Commander's usage words, replaced before it lays out its columns. */
export function usageText(text: string, lang: Lang): string {
  return lang === "en" ? text : text.replace(/\[options\]/g, "[opsi]").replace(/\[command\]/g, "[perintah]");
}

export function commanderText(text: string, lang: Lang): string {
  if (lang === "en") return text;
  let result = text;
  for (const [pattern, replacement] of commanderErrors) result = result.replace(pattern, replacement);
  for (const [pattern, replacement] of commanderHelpWords) result = result.replace(pattern, replacement);
  return result;
}
