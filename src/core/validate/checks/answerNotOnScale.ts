/** An answer that is not one of its scale's values: the row counts 0. */
import { code, defineCheck } from "../check";
import { allowedText, answerableNodesOf, answerCell } from "../helpers";

export const answerNotOnScale = defineCheck({
  id: "answer-not-on-scale",
  codes: {
    "answer-not-on-scale": code<{ code: string; value: string; allowed: string }>("error"),
  },
  indicator({ sheet }, report) {
    if (!sheet.scheme) return;
    for (const node of answerableNodesOf(sheet)) {
      if (!node.scale || node.answer.state !== "invalid") continue;
      report("answer-not-on-scale", { code: node.code, value: node.answer.raw.trim(), allowed: allowedText(node.scale) }, answerCell(sheet, node.row));
    }
  },
});
