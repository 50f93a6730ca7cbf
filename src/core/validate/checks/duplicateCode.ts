/** A code used twice: the second row is left out of the tree. */
import { a1 } from "../../address";
import { code, defineCheck } from "../check";
import { codeCell } from "../helpers";

export const duplicateCode = defineCheck({
  id: "duplicate-code",
  codes: {
    /** first: the A1 address of the code's first occurrence. */
    "duplicate-code": code<{ code: string; first: string }>("error"),
  },
  indicator({ sheet }, report) {
    // Duplicates are rare: a sheet without one needs no map of first occurrences.
    if (!sheet.rows.some((row) => row.problem === "duplicate")) return;
    const first = new Map<string, number>();
    for (const row of sheet.rows) {
      if (row.code === null || row.kind === "free" || row.kind === "invalid") continue;
      if (row.problem === "duplicate") {
        const firstRow = first.get(row.code) ?? row.row;
        report("duplicate-code", { code: row.rawCode, first: a1(firstRow, sheet.layout.columns.code) }, codeCell(sheet, row.row));
      } else if (!first.has(row.code)) {
        first.set(row.code, row.row);
      }
    }
  },
});
