/** A sub-component scored from its criteria that has no criterion rows: it can only score 0. */
import { aggregations } from "../../score/aggregations";
import { code, defineCheck } from "../check";
import { codeCell, subcomponentsOf } from "../helpers";

export const noCriteria = defineCheck({
  id: "no-criteria",
  codes: {
    "no-criteria": code<{ code: string; scheme: string }>("warning"),
  },
  indicator({ sheet }, report) {
    if (!sheet.scheme) return;
    for (const sub of subcomponentsOf(sheet)) {
      if (aggregations[sub.scoring.aggregation].answersOn !== "criterion") continue;
      if (sub.criteria.some((c) => c.scale !== undefined)) continue;
      report("no-criteria", { code: sub.code, scheme: sheet.schemeId }, codeCell(sheet, sub.row));
    }
  },
});
