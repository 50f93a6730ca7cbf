/** The command line's number style and plain tables. */
import type { Lang } from "../core/messages/format";

export type { Lang } from "../core/messages/format";

/** 77.1 -> "77,10" (id) or "77.10" (en). */
export function formatNumber(value: number, lang: Lang, decimals = 2): string {
  const text = value.toFixed(decimals);
  return lang === "id" ? text.replace(".", ",") : text;
}

/** A plain text table with padded columns. */
export function table(header: string[], rows: string[][]): string {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? "").length)));
  const line = (cells: string[]) => cells.map((c, i) => c.padEnd(widths[i])).join("  ").trimEnd();
  return [line(header), widths.map((w) => "-".repeat(w)).join("  "), ...rows.map(line)].join("\n");
}
