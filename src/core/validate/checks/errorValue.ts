/** An Excel error value (#REF!, #DIV/0!, ...) in a code, weight or answer cell. */
import { cellValue, isCellError } from "../../snapshot";
import { code, defineCheck } from "../check";

const columns = ["code", "weight", "answer"] as const;

export const errorValue = defineCheck({
  id: "error-value",
  codes: {
    /** code: the row's code, "" when the code cell itself holds the error or is empty. */
    "error-value": code<{ code: string; value: string; column: (typeof columns)[number] }>("error"),
  },
  indicator({ sheet }, report) {
    const cols = columns.map((column) => sheet.layout.columns[column]);
    for (const row of sheet.rows) {
      for (let i = 0; i < columns.length; i++) {
        const column = columns[i];
        const col = cols[i];
        const value = cellValue(sheet.snapshot, row.row, col);
        if (!isCellError(value)) continue;
        report("error-value", { code: row.rawCode, value: value.error, column }, { row: row.row, col });
      }
    }
  },
});
