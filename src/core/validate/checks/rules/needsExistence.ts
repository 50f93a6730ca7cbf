/**
 * "needs-existence": quality and use (sub-components b, c) cannot score while existence (a) of the
 * same component scores zero. Only when `requires` is answered: an unanswered one is reported as such.
 */
import { exactEquals, toNumber, ZERO } from "../../../exact";
import type { WeightUnits } from "../../../sheet/model";
import { code } from "../../check";
import { scoreCell } from "../../helpers";
import { defineRule } from "./rule";

export const needsExistence = defineRule({
  kind: "needs-existence",
  codes: {
    /** score: the sub-component's score in the sheet's units; requires: the code of the sub-component it needs. */
    "needs-existence": code<{ code: string; score: number; units: WeightUnits; requires: string }>("warning"),
  },
  check({ sheet, score, rule }, report) {
    for (const component of score.components) {
      // A component has a handful of sub-components (codes unique in the tree): a search beats
      // building a map for each.
      const parent = component.node.code;
      const subOf = (letter: string) => {
        for (const sub of component.subcomponents) if (isCodeOf(sub.node.code, parent, letter)) return sub;
        return undefined;
      };
      const required = subOf(rule.requires);
      if (!required || required.answered === 0 || !exactEquals(required.score, ZERO)) continue;
      for (const letter of rule.letters) {
        const sub = subOf(letter);
        if (!sub || !sub.score.gt(ZERO)) continue;
        report(
          "needs-existence",
          { code: sub.node.code, score: toNumber(sub.score), units: sheet.units, requires: required.node.code },
          scoreCell(sheet, sub.node.row),
        );
      }
    }
  },
});

/** code === `${parent}.${letter}`, without building the string for every component of every sheet. */
function isCodeOf(code: string, parent: string, letter: string): boolean {
  return code.length === parent.length + 1 + letter.length && code.charCodeAt(parent.length) === 46 && code.startsWith(parent) && code.endsWith(letter);
}
