/** A code cell that is neither a component (1), a sub-component (1.a) nor a criterion (1.a.1). */
import { cellValue, isCellError } from "../../snapshot";
import { code, defineCheck } from "../check";
import { codeCell } from "../helpers";

export const malformedCode = defineCheck({
  id: "malformed-code",
  codes: {
    "malformed-code": code<{ value: string }>("error"),
  },
  indicator({ sheet }, report) {
    for (const row of sheet.rows) {
      if (row.kind !== "invalid") continue;
      // An error value (#REF!) is reported by error-value.
      if (isCellError(cellValue(sheet.snapshot, row.row, sheet.layout.columns.code))) continue;
      report("malformed-code", { value: row.rawCode }, codeCell(sheet, row.row));
    }
  },
});
