import { BoundedCache } from "../boundedCache";

/** What the replacements and trims of normalizeLabel would change: other whitespace, runs of spaces, edge spaces, '/', a final ':'. */
const needsNormalizing = /[^\S ]| {2}|^ | $|\/|:$/;

/**
 * Labels already normalised: header searches read the same texts (headers, metadata labels,
 * the first criteria) on every sheet of a workbook, several times over.
 */
const normalized = new BoundedCache<string, string>();

/** How labels and header texts are compared: trimmed, case-insensitive, spacing and a trailing ':' ignored. */
export function normalizeLabel(text: string): string {
  return normalized.get(text) ?? normalized.set(text, normalize(text));
}

function normalize(text: string): string {
  const lower = text.toLowerCase();
  // Most texts need none of the steps below (single spaces, no '/', no trailing ':'): one test
  // instead of four replacements, for every header and label cell of every sheet.
  if (!needsNormalizing.test(lower)) return lower;
  return lower
    .replace(/\s+/g, " ")
    .replace(/\s*\/\s*/g, "/")
    .trim()
    .replace(/\s*:$/, "")
    .trim();
}
