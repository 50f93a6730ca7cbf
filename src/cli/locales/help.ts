/**
 * The command line's help: examples, and commander's own words, which it only has in English.
 * The help's texts (option and command descriptions, exit codes) are in each language's
 * catalogue (./id.ts, ./en.ts), under `help`.
 */
import type { Lang } from "../../core";
import { cliTexts, type CliTexts } from "./texts";

export type HelpTexts = CliTexts["help"];

export function helpTexts(lang: Lang): HelpTexts {
  return cliTexts(lang).help;
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
