/** The command line's words, one catalogue per language; a text missing in one does not compile. */
import type { Lang } from "../../core";
import { en } from "./en";
import { id } from "./id";

export type CliTexts = typeof id;

const catalogues: Record<Lang, CliTexts> = { id, en };

export function cliTexts(lang: Lang): CliTexts {
  return catalogues[lang];
}
