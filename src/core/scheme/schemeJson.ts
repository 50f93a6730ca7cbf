/** A custom scheme given as JSON text (a file, or the workbook's "Skema LKE" sheet), checked field by field. */
import type { Lang } from "../messages/number";
import { SchemeError, withCustomScheme, type SchemeIssue, type SchemeRegistry } from "./registry";

export type { SchemeIssue } from "./registry";

export type SchemeJsonResult = { ok: true; registry: SchemeRegistry } | { ok: false; issues: SchemeIssue[] };

/**
 * Adds the scheme in `text` to the registry. A sheet whose Skema says "custom" takes the
 * first custom scheme given.
 */
export function withSchemeJson(registry: SchemeRegistry, text: string, source: string): SchemeJsonResult {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    const where = /position (\d+)/.exec(error instanceof Error ? error.message : "")?.[1];
    const en = `not valid JSON${where ? ` (near character ${where})` : ""}`;
    const id = `bukan JSON yang sah${where ? ` (sekitar karakter ke-${where})` : ""}`;
    return { ok: false, issues: [{ path: "", message: en, text: { en, id } }] };
  }
  try {
    const { registry: next, scheme } = withCustomScheme(registry, data, source);
    if (!next.schemes.has("custom")) (next.schemes as Map<string, typeof scheme>).set("custom", scheme);
    return { ok: true, registry: next };
  } catch (error) {
    if (error instanceof SchemeError) return { ok: false, issues: error.issues };
    throw error;
  }
}

export function issueText(issue: SchemeIssue, lang: Lang = "en"): string {
  return `${issue.path || (lang === "id" ? "(dokumen)" : "(document)")}: ${issue.text[lang]}`;
}
