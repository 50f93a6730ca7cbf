/**
 * The command line's tables: printed a block of rows at a time, they read exactly as the table
 * made whole, across block boundaries and with no rows at all.
 */
import { printTable, table } from "../../src/cli/text";

const header = ["Peringkat", "Unit", "Nilai"];
const rowOf = (i: number) => [String(i + 1), `Dinas ${"x".repeat(i % 37)}`, (i * 1.25).toFixed(2)];

function printed(count: number): { text: string; prints: number } {
  const out: string[] = [];
  printTable((text) => out.push(text), header, count, rowOf);
  return { text: out.join("\n"), prints: out.length };
}

test.each([0, 1, 509, 510, 511, 1300])("%i rows print as the whole table", (count) => {
  expect(printed(count).text).toBe(table(header, Array.from({ length: count }, (_, i) => rowOf(i))));
});

test("a long table is printed in blocks, not as one text", () => {
  expect(printed(1300).prints).toBe(3);
});
