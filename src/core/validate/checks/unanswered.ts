/** An answer-taking row left empty or holding a placeholder ("Y/T"): it counts 0. */
import { code, defineCheck } from "../check";
import { allowedText, answerCell, answerTakingRows, subcomponentsOf } from "../helpers";

export const unanswered = defineCheck({
  id: "unanswered",
  codes: {
    /** value: the placeholder found, "" when the cell is empty. */
    "unanswered": code<{ code: string; value: string; allowed: string }>("warning"),
  },
  indicator({ sheet }, report) {
    if (!sheet.scheme) return;
    for (const sub of subcomponentsOf(sheet)) {
      for (const node of answerTakingRows(sub)) {
        const { answer, scale } = node;
        if (!scale || (answer.state !== "empty" && answer.state !== "placeholder")) continue;
        const value = answer.state === "placeholder" ? answer.raw.trim() : "";
        report("unanswered", { code: node.code, value, allowed: allowedText(scale) }, answerCell(sheet, node.row));
      }
    }
  },
});
