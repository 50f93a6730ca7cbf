/** `lke schemes` speaks one language at a time, sources and confidence included. */
import { runSchemes } from "../../src/cli/commands/schemes";
import { builtinFormProfiles } from "../../src/core/profile/form";
import { builtinRegistry } from "../../src/core/scheme/registry";
import { bufferOutput } from "../helpers/bufferOutput";

function schemesText(lang?: "id" | "en"): string {
  const out = bufferOutput();
  expect(runSchemes(lang ? { lang } : {}, out)).toBe(0);
  return out.stdout.join("\n");
}

/** Option flags and quoted header texts are the same in both languages. */
function prose(text: string): string {
  return text.replace(/--?[a-z][a-z-]*/g, "").replace(/"[^"\n]*"/g, "");
}

/** Whole words, so "Sumber" does not match inside another word. */
function wordsFound(text: string, words: readonly string[]): string[] {
  return words.filter((word) => new RegExp(`(^|[^\\p{L}])${word}($|[^\\p{L}])`, "iu").test(text));
}

const englishWords = ["source", "verified", "sourced", "uncertain", "schemes", "scales", "layouts", "regency", "every", "inferred", "recalled", "from", "the", "one", "errors", "warnings", "file", "sheet", "total", "rank", "average"];
const indonesianWords = ["sumber", "terverifikasi", "belum", "pasti", "skema", "skala", "jawaban", "tata", "letak", "rujukan", "dari", "dan", "nilai", "yang", "galat", "kesalahan", "peringkat", "berkas", "lembar", "catatan", "ingatan"];

test("in Bahasa Indonesia (the default) it has no English word", () => {
  const text = schemesText();
  expect(text).toBe(schemesText("id"));
  expect(wordsFound(prose(text), englishWords)).toEqual([]);
  expect(text).toMatch(/merit +Sistem Merit, kategori KASN \(100-400\) \(tahun -2024\) \[dari sumber sekunder\]/);
  expect(text).toMatch(/indeks-rb .*\[dari sumber sekunder\]/);
  expect(text).toMatch(/Sumber: Satu sumber berita/);
  expect(text).toMatch(/B=0,75 /);
  expect(text).toMatch(/B- >3,00 Baik \(dengan catatan\)/);
});

test("in English it has no Indonesian word", () => {
  const text = schemesText("en");
  // Names of regulations, tables and components stay as written; take them out before looking.
  const lines = prose(text)
    .split("\n")
    .filter((line) => !/^ {6}1 /.test(line))
    .join("\n")
    .replace(/Tabel [A-Z][\w ]+|Evaluasi AKIP|Kabupaten Trenggalek|bukti dukung|metode rata-rata|Ya\/Tidak|SAKIP \/ AKIP|Sistem Merit|Indeks RB|Tabel Pengisian Nilai \(A s\.d\. E\)/g, "");
  expect(wordsFound(lines, indonesianWords)).toEqual([]);
  expect(text).toMatch(/merit +Merit System, KASN categories \(100-400\) \(years -2024\) \[sourced\]/);
  expect(text).toMatch(/sakip .*\[verified\]/);
  expect(text).toMatch(/B- >3\.00 Good \(with notes\)/);
});

test("every built-in has its source in both languages, and they differ", () => {
  const id = schemesText("id");
  const en = schemesText("en");
  const sources = (text: string, word: string) => text.split("\n").filter((line) => line.includes(`${word}: `)).length;
  expect(sources(id, "Sumber")).toBe(sources(en, "Source"));
  const registry = builtinRegistry();
  expect(sources(id, "Sumber")).toBe(registry.schemes.size + registry.answerScales.size + registry.predicateScales.size + builtinFormProfiles().size);
  expect(id).not.toBe(en);
});

test("--json keeps its fields and adds the translations", () => {
  const out = bufferOutput();
  runSchemes({ json: true, lang: "en" }, out);
  const json = out.jsonValues[0] as any;
  const scheme = json.schemes[0];
  expect(Object.keys(scheme)).toEqual(expect.arrayContaining(["id", "name", "description", "predicateScale", "confidence", "source", "components", "translations"]));
  expect(scheme.name).toBe("SAKIP PermenPANRB 88/2021 (nilai per sub-komponen)");
  expect(scheme.translations.id.source).toMatch(/^PermenPANRB 88\/2021: bobot komponen/);
  expect(json.predicateScales.find((p: any) => p.id === "mcp").translations.id.note).toMatch(/Belum dipastikan/);
});
