/**
 * A failure the user must hear about in one clear line, with the exit code it ends with. The
 * text is chosen when it is printed, in the language of the run.
 */
import { cliTexts, type CliTexts } from "./locales/texts";
import type { Lang } from "../core";

export type Said = (words: CliTexts, lang: Lang) => string;

export class CliError extends Error {
  constructor(
    readonly said: Said,
    readonly exitCode: 1 | 2 = 2,
  ) {
    super(said(cliTexts("en"), "en"));
    this.name = "CliError";
  }

  text(lang: Lang): string {
    return this.said(cliTexts(lang), lang);
  }
}
