/** How labels and header texts are compared: trimmed, case-insensitive, spacing and a trailing ':' ignored. */
export function normalizeLabel(text: string): string {
  return text
    .toLowerCase()
    .replace(/\s+/g, " ")
    .replace(/\s*\/\s*/g, "/")
    .trim()
    .replace(/\s*:$/, "")
    .trim();
}
