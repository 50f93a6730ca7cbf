/**
 * A weight on the sheet that is not the scheme's (in the sheet's units: fractions mean points /
 * 100). A built-in scheme's weights are the regulation's: a sheet that changes one no longer
 * gives that index's score, so it is an error; a custom scheme's weights only warn.
 */
import { exactEquals } from "../../exact";
import { builtinRegistry } from "../../scheme/registry";
import { schemeWeightInUnits } from "../../score/weights";
import type { WeightUnits } from "../../sheet/model";
import { code, defineCheck } from "../check";
import { paramNumber, weightCell, weightedNodesOf } from "../helpers";

export const weightDiffersFromScheme = defineCheck({
  id: "weight-differs-from-scheme",
  codes: {
    "weight-differs-from-scheme": code<{ code: string; weight: number; schemeWeight: number; units: WeightUnits; scheme: string }>("warning"),
    "weight-differs-from-regulation": code<{ code: string; weight: number; schemeWeight: number; units: WeightUnits; scheme: string }>("error"),
  },
  indicator({ sheet }, report) {
    if (!sheet.scheme) return;
    const regulation = builtinRegistry().schemes.get(sheet.scheme.id) === sheet.scheme;
    for (const node of weightedNodesOf(sheet)) {
      const value = node.weight.value;
      const expected = schemeWeightInUnits(node.spec?.weight, sheet.units);
      if (value === undefined || expected === undefined || exactEquals(value, expected)) continue;
      report(
        regulation ? "weight-differs-from-regulation" : "weight-differs-from-scheme",
        { code: node.code, weight: paramNumber(value), schemeWeight: paramNumber(expected), units: sheet.units, scheme: sheet.schemeId },
        weightCell(sheet, node.row),
      );
    }
  },
});
