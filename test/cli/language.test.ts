/**
 * One language at a time: everything every command prints, in Bahasa Indonesia by default and
 * in English with --lang en, holds no word of the other language.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { main } from "../../src/cli/main";
import { bufferOutput } from "../helpers/bufferOutput";
import { gradeSheetRows } from "../helpers/sakipRows";
import { tempDir, writeRows } from "../helpers/xlsxFromRows";

/** English words that must never reach an Indonesian screen. */
const english = /\b(workbooks?|errors?|warnings?|sheets?|skipped|written|file|files|note|notes|usage|options|arguments|default|choices|invalid|expected|received|unknown|ExcelJS|the|and|not)\b/i;
/** Indonesian words that must never reach an English screen. */
const indonesian = /\b(berkas|lembar|kesalahan|peringatan|catatan|galat|dilewati|ditulis|tidak|dan|yang|atau|bawaan|pilihan|penggunaan|opsi|sebaran|cadangan)\b/i;

/**
 * What is the same in both languages: names in the fixtures (units, sheets, files), the
 * official category names of an index, and option flags.
 */
function withoutNames(text: string, names: readonly string[]): string {
  const domain = ["Tidak Sehat", "Cukup Sehat", "Sangat Sehat"];
  // Quoted texts are the workbook's own (header names, answers): the same in both languages.
  return [...names, ...domain].reduce((t, name) => t.split(name).join(""), text).replace(/--?[a-z][a-z-]*/g, "").replace(/"[^"\n]*"|“[^”\n]*”/g, "");
}

async function runs(lang: "id" | "en"): Promise<{ what: string; text: string }[]> {
  const dir = tempDir();
  const grades = ["AA", "BB", "B", "A", "BB", "B", "AA", "A", "BB", "A", "B", "ZZ"];
  const good = await writeRows(path.join(dir, "kab.xlsx"), [{ name: "Dinkes", rows: gradeSheetRows(grades) }]);
  fs.writeFileSync(path.join(dir, "rusak.xlsx"), "bukan");
  fs.writeFileSync(path.join(dir, "~$kab.xlsx"), "owner");
  const badScheme = path.join(dir, "skema.json");
  fs.writeFileSync(badScheme, JSON.stringify({ id: "X", name: 1, components: [{ code: "1", weight: "tiga" }] }));
  const extra = lang === "en" ? ["--lang", "en"] : [];
  const commands: string[][] = [
    ["check", dir],
    ["check", good, "--scheme-file", badScheme],
    ["check", good, "--scheme", "xyz"],
    ["check", good, "--layout", "xyz"],
    ["check", path.join(dir, "*.xlsm")],
    ["score", good],
    ["score", good],
    ["score", good, "--in-place"],
    ["score", path.join(dir, "rusak.xlsx")],
    ["score", good, "-o", path.join(dir, "xyz", "q.xlsx")],
    ["summary", dir, "-o", path.join(dir, "rekap.xlsx")],
    ["summary", dir, "-o", path.join(dir, "rekap.xlsx")],
    ["template", "sakip-2021", "-o", path.join(dir, "isian.xlsx"), "--units", "Dinkes"],
    ["template", "sakip-2021", "-o", path.join(dir, "isian.xlsx")],
    ["schemes"],
    ["--help"],
    ["check", "--help"],
    ["score", "--help"],
    ["summary", "--help"],
    ["template", "--help"],
    ["schemes", "--help"],
    ["score", good, "--bogus"],
    ["summary", good],
    ["hitung"],
  ];
  const texts: { what: string; text: string }[] = [];
  for (const args of commands) {
    const out = bufferOutput();
    await main([...args, ...extra], out);
    const names = [dir, "kab.dinilai.xlsx", "kab.backup.xlsx", "kab.xlsx", "rusak.xlsx", "rekap.xlsx", "isian.xlsx", "~$kab.xlsx", "Dinkes", "Dinas Kesehatan", "Ringkasan", "Rincian"];
    texts.push({ what: `lke ${args.join(" ")}`, text: withoutNames([...out.stdout, ...out.stderr].join("\n"), names) });
  }
  return texts;
}

test("Bahasa Indonesia: no English word in anything printed", async () => {
  const offending = (await runs("id")).flatMap(({ what, text }) => text.split("\n").filter((line) => english.test(line)).map((line) => `${what}: ${line}`));
  expect(offending).toEqual([]);
});

test("English: no Indonesian word in anything printed", async () => {
  const offending = (await runs("en")).flatMap(({ what, text }) => text.split("\n").filter((line) => indonesian.test(line)).map((line) => `${what}: ${line}`));
  expect(offending).toEqual([]);
});

test("the word lists catch what they are for", () => {
  expect([english.test("lke: the workbook was written"), indonesian.test("lke: berkas tidak ditemukan"), english.test("berkas tidak ditemukan")]).toEqual([true, true, false]);
});
