/** An answer-taking row left empty or holding a placeholder ("Y/T"): it counts 0. */
import { code, defineCheck } from "../check";
import { aggregations } from "../../score/aggregations";
import type { CriterionNode, SubcomponentNode } from "../../sheet/model";
import { allowedText, answerCell, subcomponentsOf } from "../helpers";

export const unanswered = defineCheck({
  id: "unanswered",
  codes: {
    /** value: the placeholder found, "" when the cell is empty. */
    "unanswered": code<{ code: string; value: string; allowed: string }>("warning"),
  },
  indicator({ sheet }, report) {
    if (!sheet.scheme) return;
    const check = (node: SubcomponentNode | CriterionNode) => {
      const { answer, scale } = node;
      if (!scale || (answer.state !== "empty" && answer.state !== "placeholder")) return;
      const value = answer.state === "placeholder" ? answer.raw.trim() : "";
      report("unanswered", { code: node.code, value, allowed: allowedText(scale) }, answerCell(sheet, node.row));
    };
    // The rows answerTakingRows names, walked without listing them: this runs on every criterion.
    for (const sub of subcomponentsOf(sheet)) {
      if (aggregations[sub.scoring.aggregation].answersOn === "subcomponent") check(sub);
      else for (const criterion of sub.criteria) check(criterion);
    }
  },
});
