/** A sheet meant to be an indicator sheet whose header row lacks a required column. */
import { roleHeaders, roleTitles, type Role } from "../../layout/roles";
import { code, defineCheck } from "../check";

export const missingHeaderRole = defineCheck({
  id: "header",
  codes: {
    /** headerRow: the header row's 1-based number, 0 when no header row was found at all. */
    "missing-header-role": code<{ role: Role; header: string; accepted: string; headerRow: number }>("error"),
  },
  broken({ layout }, report) {
    const foundCols = Object.values(layout.found).filter((c): c is number => c !== undefined);
    const at = layout.headerRow === null ? undefined : { row: layout.headerRow, col: foundCols.length ? Math.min(...foundCols) : 0 };
    for (const role of layout.missing) {
      report(
        "missing-header-role",
        { role, header: roleTitles[role], accepted: roleHeaders[role].join(", "), headerRow: layout.headerRow === null ? 0 : layout.headerRow + 1 },
        at,
      );
    }
  },
});
