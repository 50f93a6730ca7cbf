/** A custom scheme given as JSON text (a file, or the workbook's "Skema LKE" sheet), checked field by field. */
import { SchemeError, withCustomScheme, type SchemeRegistry } from "./registry";

export interface SchemeIssue {
  /** The field, e.g. "components[0].weight"; "" for the document as a whole. */
  path: string;
  message: string;
}

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
    return { ok: false, issues: [{ path: "", message: `not valid JSON (${error instanceof Error ? error.message : String(error)})` }] };
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

export function issueText(issue: SchemeIssue): string {
  return `${issue.path || "(root)"}: ${issue.message}`;
}
