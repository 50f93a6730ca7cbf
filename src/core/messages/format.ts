/** Finding texts in Bahasa Indonesia (default) or English, and the list of every finding code. */
import { findingCodes, isFindingCode, type FindingCode } from "../validate/checks";
import type { Finding, FindingParams, Severity } from "../validate/finding";
import { coreTexts } from "../locales";
import type { Lang } from "./number";
import type { FindingMessages, FindingTitles } from "./types";

export type { Lang } from "./number";
export { formatFixed, formatNumber, formatWeight, localDecimal } from "./number";
export { longDate } from "./date";
export { findingCodes, severityOf, type FindingCode } from "../validate/checks";

export const languages: readonly Lang[] = ["id", "en"];
export const defaultLang: Lang = "id";

export const findingMessages: Record<Lang, FindingMessages> = { id: coreTexts.id.messages, en: coreTexts.en.messages };
export const findingTitles: Record<Lang, FindingTitles> = { id: coreTexts.id.titles, en: coreTexts.en.titles };

/** The text of a finding. A code this version does not know (e.g. from a newer JSON file) falls back to its code and params. */
export function formatFinding(finding: Finding, lang: Lang = defaultLang): string {
  if (!isFindingCode(finding.code)) {
    const params = Object.entries(finding.params).map(([key, value]) => `${key}=${value}`);
    return params.length ? `${finding.code} (${params.join(", ")})` : finding.code;
  }
  const message = findingMessages[lang][finding.code] as (params: FindingParams) => string;
  return message(finding.params);
}

export interface CodeDescription {
  code: FindingCode;
  severity: Severity;
  title: string;
}

/** Every finding code with its severity and a short title, for docs and `lke` help. */
export function describeFindingCodes(lang: Lang = defaultLang): CodeDescription[] {
  return findingCodes.map(({ code, severity }) => ({ code, severity, title: findingTitles[lang][code] }));
}
