/** Component and sub-component rows must carry a usable weight. */
import { effectiveWeight } from "../../score/weights";
import type { WeightUnits } from "../../sheet/model";
import { code, defineCheck } from "../check";
import { paramNumber, weightCell, weightedNodesOf } from "../helpers";

type UsedWeight = { code: string; used: number; units: WeightUnits; source: "scheme" | "none" };

export const weightCellCheck = defineCheck({
  id: "weight",
  codes: {
    /** used: the weight LKE scores with instead (the scheme's, in the sheet's units), 0 when the scheme has none. */
    "weight-missing": code<UsedWeight>("warning"),
    "weight-not-number": code<UsedWeight & { value: string }>("error"),
  },
  indicator({ sheet }, report) {
    for (const node of weightedNodesOf(sheet)) {
      const { state, raw } = node.weight;
      if (state !== "empty" && state !== "invalid") continue;
      const params: UsedWeight = {
        code: node.code,
        used: paramNumber(effectiveWeight(node, sheet.units)),
        units: sheet.units,
        source: node.spec ? "scheme" : "none",
      };
      if (state === "empty") report("weight-missing", params, weightCell(sheet, node.row));
      else report("weight-not-number", { ...params, value: String(raw) }, weightCell(sheet, node.row));
    }
  },
});
