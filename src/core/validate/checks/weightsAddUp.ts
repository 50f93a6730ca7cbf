/**
 * Weights must add up at each level: components to 100 (or 1 as fractions), the sub-components
 * of a component to its weight. Otherwise the total is not out of 100 and its predicate means nothing.
 */
import { ExactSum, HUNDRED, ONE } from "../../exact";
import { effectiveWeight } from "../../score/weights";
import type { WeightUnits } from "../../sheet/model";
import { code, defineCheck } from "../check";
import { paramNumber, weightCell } from "../helpers";

export const weightsAddUp = defineCheck({
  id: "weights-add-up",
  codes: {
    /** level "components": code is ""; level "subcomponents": code is the component's, expected its weight. */
    "weights-do-not-add-up": code<{ level: "components" | "subcomponents"; code: string; total: number; expected: number; units: WeightUnits }>("error"),
  },
  indicator({ sheet }, report) {
    const { units } = sheet;
    if (sheet.components.length > 0) {
      const total = new ExactSum();
      for (const component of sheet.components) total.add(effectiveWeight(component, units));
      const expected = units === "fraction" ? ONE : HUNDRED;
      if (!total.equals(expected)) {
        report(
          "weights-do-not-add-up",
          { level: "components", code: "", total: paramNumber(total.total()), expected: paramNumber(expected), units },
          { row: sheet.layout.headerRow, col: sheet.layout.columns.weight },
        );
      }
    }
    for (const component of sheet.components) {
      if (component.subcomponents.length === 0) continue;
      const total = new ExactSum();
      for (const sub of component.subcomponents) total.add(effectiveWeight(sub, units));
      const expected = effectiveWeight(component, units);
      if (total.equals(expected)) continue;
      report(
        "weights-do-not-add-up",
        { level: "subcomponents", code: component.code, total: paramNumber(total.total()), expected: paramNumber(expected), units },
        weightCell(sheet, component.row),
      );
    }
  },
});
