/**
 * The add-in's words and its language choice, shared by the task pane and the ribbon. The words
 * are in ./locales, one catalogue per language; finding texts come from the core's locales
 * (formatFinding), host errors from io/office/locales.
 */
import type { Lang } from "../core";
import { en } from "./locales/en";
import { id, type Strings } from "./locales/id";

export type { Lang };
export type { Strings };

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
