/** What the replacements and trims of normalizeLabel would change: other whitespace, runs of spaces, edge spaces, '/', a final ':'. */
const needsNormalizing = /[^\S ]| {2}|^ | $|\/|:$/;

import { readCaches } from "../readCaches";

/** How labels and header texts are compared: trimmed, case-insensitive, spacing and a trailing ':' ignored. */
export function normalizeLabel(text: string): string {
  // Header searches read the same texts on every sheet of a workbook, several times over.
  const labels = readCaches()?.labels;
  if (labels === undefined) return normalize(text);
  return labels.get(text) ?? labels.set(text, normalize(text));
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
