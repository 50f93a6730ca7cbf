/** A weight or a numeric answer typed as text ("4,5"): LKE reads it, Excel's own formulas do not. */
import { code, defineCheck } from "../check";
import { answerableNodesOf, answerCell, paramNumber, weightCell, weightedNodesOf } from "../helpers";

export const numberStoredAsText = defineCheck({
  id: "number-stored-as-text",
  codes: {
    "number-stored-as-text": code<{ code: string; value: string; number: number; column: "weight" | "answer" }>("warning"),
  },
  indicator({ sheet }, report) {
    for (const node of weightedNodesOf(sheet)) {
      if (node.weight.state !== "text-number" || node.weight.value === undefined) continue;
      report(
        "number-stored-as-text",
        { code: node.code, value: String(node.weight.raw).trim(), number: paramNumber(node.weight.value), column: "weight" },
        weightCell(sheet, node.row),
      );
    }
    for (const node of answerableNodesOf(sheet)) {
      const answer = node.answer;
      if (answer.state !== "answered" || !answer.numberAsText) continue;
      report(
        "number-stored-as-text",
        { code: node.code, value: String(answer.raw).trim(), number: paramNumber(answer.value), column: "answer" },
        answerCell(sheet, node.row),
      );
    }
  },
});
