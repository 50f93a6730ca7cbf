/** A criterion above which its sub-component does not stand, or a sub-component without its component. */
import { parentCode } from "../../layout/codes";
import { code, defineCheck } from "../check";
import { codeCell } from "../helpers";

export const orphanRow = defineCheck({
  id: "orphan-row",
  codes: {
    "orphan-row": code<{ code: string; kind: "subcomponent" | "criterion"; parent: string }>("error"),
  },
  indicator({ sheet }, report) {
    for (const row of sheet.rows) {
      if (row.problem !== "orphan" || row.code === null) continue;
      if (row.kind !== "subcomponent" && row.kind !== "criterion") continue;
      report("orphan-row", { code: row.rawCode, kind: row.kind, parent: parentCode(row.code) ?? "" }, codeCell(sheet, row.row));
    }
  },
});
