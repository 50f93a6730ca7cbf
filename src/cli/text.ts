/** The command line's number style and plain tables. */
export type { Lang } from "../core";

export { formatFixed as formatNumber } from "../core";

const line = (cells: readonly string[], widths: readonly number[]) => cells.map((c, i) => c.padEnd(widths[i])).join("  ").trimEnd();

/** A plain text table with padded columns. */
export function table(header: string[], rows: string[][]): string {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? "").length)));
  return [line(header, widths), widths.map((w) => "-".repeat(w)).join("  "), ...rows.map((r) => line(r, widths))].join("\n");
}

/** Rows printed together: a block's text is small, and there are few blocks. */
const rowsPerBlock = 512;

/**
 * The same table printed a block of rows at a time, each row made when it is measured and again
 * when it is printed: a province's thousands of units never stand as rows and lines at once.
 */
export function printTable(print: (text: string) => void, header: string[], count: number, rowAt: (i: number) => string[]): void {
  const widths = header.map((h) => h.length);
  for (let i = 0; i < count; i++) rowAt(i).forEach((cell, c) => (widths[c] = Math.max(widths[c] ?? 0, cell.length)));
  const block = [line(header, widths), widths.map((w) => "-".repeat(w)).join("  ")];
  for (let i = 0; i < count; i++) {
    block.push(line(rowAt(i), widths));
    if (block.length === rowsPerBlock || i === count - 1) print(block.splice(0).join("\n"));
  }
  if (count === 0) print(block.join("\n"));
}
