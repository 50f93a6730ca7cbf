/** The recap sheets in one language: every text in the chosen one, the sheet names never translated. */
import type { CellValue } from "../../../src/core/snapshot";
import { sheetFromRows } from "../../../src/core/snapshot";
import { buildSummary } from "../../../src/core/summary/summaryPlan";
import { longDate } from "../../../src/core/messages/format";
import { all, at, brokenSheet, gradeSheet, input, rowValues, sheetOf, worked } from "./fixtures";
import type { Lang } from "../../../src/core/messages/format";

const indeks = sheetFromRows("Indeks", [
  ["Kabupaten/Kota", "Nilai SAKIP", "Indeks RB", "Indeks PEKPPP", "Sistem Merit", "Indeks BerAKHLAK", "MCP"],
  ["Kabupaten Lamongan", 82.64, 70.02, 4.5, 325, 61.28, 96.83],
  ["Kabupaten Contoh", "belum ada", 120.5, 3.2, { error: "#DIV/0!" }, 40, 20],
]);

const december = new Date(2026, 11, 1, 9, 30);

function recap(lang?: Lang) {
  return buildSummary(
    { sheets: [] },
    [
      input("a.xlsx", [gradeSheet("Dinkes", "Dinas Kesehatan", all("AA")), gradeSheet("Dindik", "Dinas Pendidikan", worked), brokenSheet("Rusak")]),
      { ...input("indeks.xlsx", [indeks]) },
    ],
    { date: longDate(december, lang ?? "id"), at, ...(lang ? { lang } : {}) },
  );
}

const recapSheets = ["Ringkasan", "Rincian", "Rekap Indeks"];

/** The sheets the bureau reads (not LKE's hidden state). */
function bureauSheets(lang?: Lang) {
  return recap(lang).plan.sheets.filter((s) => recapSheets.includes(s.name));
}

/** Every text the recap's sheets hold, but the data they copy from the inputs (units, files, sheets, components). */
function sheetTexts(lang?: Lang): string {
  const data = new Set<CellValue>(["Dinas Kesehatan", "Dinas Pendidikan", "Dinas Rusak", "a.xlsx", "indeks.xlsx", "Dinkes", "Dindik", "Rusak", "Kabupaten Lamongan", "Kabupaten Contoh", "belum ada"]);
  return bureauSheets(lang)
    .flatMap((sheet) => sheet.cells.toArray().map((c) => c.value))
    .filter((v): v is string => typeof v === "string" && !data.has(v) && !/^Sub-komponen \d/.test(v))
    .join("\n")
    .replace(/"belum ada"/g, "");
}

function wordsFound(text: string, words: readonly string[]): string[] {
  return words.filter((word) => new RegExp(`(^|[^\\p{L}])${word}($|[^\\p{L}])`, "iu").test(text));
}

const englishWords = ["Total", "Rank", "Errors", "Warnings", "Error", "File", "Sheet", "Average", "Highest", "Source", "verified", "uncertain", "Notes", "Meaning", "Weight", "Year", "Predicate", "Category", "outside", "number", "December"];
const indonesianWords = ["Galat", "Kesalahan", "Peringkat", "Berkas", "Lembar", "Sumber", "Catatan", "Tahun", "Bobot", "Jumlah", "Arti", "Predikat", "Kategori", "Tertinggi", "Rata-rata", "bukan", "angka", "rentang", "berisi", "Desember", "dari", "belum"];

test("the recap makes all three sheets, under the same names in both languages", () => {
  for (const lang of ["id", "en"] as const) {
    expect(recap(lang).sheets.map((s) => [s.wanted, s.name])).toEqual(recapSheets.map((name) => [name, name]));
    expect(bureauSheets(lang).map((s) => s.name)).toEqual(recapSheets);
  }
});

test("in Bahasa Indonesia (the default) no English word is left", () => {
  const text = sheetTexts();
  expect(text).toBe(sheetTexts("id"));
  expect(wordsFound(text, englishWords)).toEqual([]);
  expect(wordsFound(text, ["Kesalahan", "Peringkat", "Berkas", "Lembar", "Sumber", "Catatan", "Desember"])).toHaveLength(7);
});

test("in English no Indonesian word is left", () => {
  const text = sheetTexts("en");
  expect(wordsFound(text, indonesianWords)).toEqual([]);
  expect(wordsFound(text, ["Errors", "Rank", "File", "Sheet", "Source", "December"])).toHaveLength(6);
});

test("the Ringkasan header is the contract in Bahasa Indonesia, its translation in English", () => {
  const components = ["Perencanaan Kinerja", "Pengukuran Kinerja", "Pelaporan Kinerja", "Evaluasi Akuntabilitas Kinerja Internal"];
  expect(rowValues(sheetOf(recap().plan, "Ringkasan"), 6)).toEqual(["No", "Unit", ...components, "Nilai Akhir", "Predikat", "Peringkat", "Kesalahan", "Peringatan", "Berkas", "Lembar"]);
  expect(rowValues(sheetOf(recap("en").plan, "Ringkasan"), 6)).toEqual(["No", "Unit", ...components, "Final score", "Predicate", "Rank", "Errors", "Warnings", "File", "Sheet"]);
});

test("the date is the one given, in the title block of every sheet", () => {
  for (const [lang, shown] of [["id", "1 Desember 2026"], ["en", "1 December 2026"]] as const) {
    for (const sheet of bureauSheets(lang)) expect(sheet.cells.toArray().some((c) => c.row <= 3 && c.col === 2 && c.value === shown)).toBe(true);
  }
});

test("index problems and scale notes are written in the language, numbers too", () => {
  const notes = (lang: Lang) => sheetOf(recap(lang).plan, "Rekap Indeks").cells.toArray().map((c) => c.value).filter((v): v is string => typeof v === "string");
  const id = notes("id");
  const en = notes("en");
  expect(id).toContain('Nilai SAKIP "belum ada" bukan angka; Indeks RB 120,5 di luar rentang 0–100; Sistem Merit berisi kesalahan #DIV/0!');
  expect(en).toContain('SAKIP score "belum ada" is not a number; RB index 120.5 is outside the range 0–100; Merit system holds the error #DIV/0!');
  expect(id.find((t) => t.startsWith("MCP: "))).toBe(
    "MCP: batas predikat belum pasti, sebagian disimpulkan; periksa sebelum dipakai. Sumber: Satu sumber berita: Merah 0-25, Kuning 25-50, Biru 50-75, Hijau 75-100. Belum dipastikan masuk kategori mana nilai tepat 25, 50 atau 75.",
  );
  expect(en.find((t) => t.startsWith("MCP: "))).toMatch(/^MCP: predicate bands uncertain, partly inferred; check before use\. Source: One news source/);
  // Band meanings: BerAKHLAK 61.28 is B, MCP 96.83 is Hijau.
  expect(id).toEqual(expect.arrayContaining(["Cukup Sehat", "Arti BerAKHLAK"]));
  expect(en).toEqual(expect.arrayContaining(["Fairly healthy", "BerAKHLAK meaning", "Green", "MCP meaning"]));
});
