/** An Excel error value (#REF!, #DIV/0!, ...) in a code, weight or answer cell. */
import { cellText, isCellError } from "../../snapshot";
import { code, defineCheck } from "../check";

const columns = ["code", "weight", "answer"] as const;

export const errorValue = defineCheck({
  id: "error-value",
  codes: {
    /** code: the row's code, "" when the code cell itself holds the error or is empty. */
    "error-value": code<{ code: string; value: string; column: (typeof columns)[number] }>("error"),
  },
  indicator({ sheet }, report) {
    const { snapshot, layout } = sheet;
    const cols = columns.map((column) => layout.columns[column]);
    // Straight over the snapshot's body rows: errors are rare, and the row records are only
    // needed for the code of a row that has one.
    for (let row = layout.bodyStart; row < layout.bodyEnd; row++) {
      const values = snapshot.values[row];
      if (values === undefined) continue;
      for (let i = 0; i < cols.length; i++) {
        const value = values[cols[i]];
        if (value === null || typeof value !== "object" || !isCellError(value)) continue;
        report("error-value", { code: cellText(snapshot, row, layout.columns.code), value: value.error, column: columns[i] }, { row, col: cols[i] });
      }
    }
  },
});
