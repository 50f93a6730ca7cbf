/**
 * Where the unit's own answer (penilaian mandiri) and the evaluator's differ: the rows the two
 * talk about. Reported at the evaluator's answer cell, whose answer decides the result.
 */
import { aggregations } from "../../score/aggregations";
import type { CriterionNode, IndicatorSheet, SubcomponentNode } from "../../sheet/model";
import { code, defineCheck } from "../check";
import { answerCell } from "../helpers";

type AnswerRow = SubcomponentNode | CriterionNode;

/** The answer-taking rows of a sheet, in sheet order. */
function answerRows(sheet: IndicatorSheet): AnswerRow[] {
  const rows: AnswerRow[] = [];
  for (const component of sheet.components) {
    for (const sub of component.subcomponents) {
      if (aggregations[sub.scoring.aggregation].answersOn === "subcomponent") rows.push(sub);
      else rows.push(...sub.criteria);
    }
  }
  return rows;
}

/** An answer as both sides read it: the scale's answer when valid, else the cell's text. */
function shown(row: AnswerRow): string {
  const answer = row.answer;
  if (answer.state === "answered") return answer.answer;
  if (answer.state === "empty") return "";
  return answer.raw.trim();
}

export const answersDiffer = defineCheck({
  id: "answers-differ",
  codes: {
    "answers-differ": code<{ code: string; self: string; evaluator: string }>("info"),
  },
  indicator({ sheet, self }, report) {
    if (!self || !sheet.scheme) return;
    const own = new Map(answerRows(self.indicator).map((row) => [row.row, row]));
    for (const row of answerRows(sheet)) {
      const mine = own.get(row.row);
      if (!mine) continue;
      const evaluator = shown(row);
      const unit = shown(mine);
      if (evaluator.toUpperCase() !== unit.toUpperCase()) report("answers-differ", { code: row.code, self: unit, evaluator }, answerCell(sheet, row.row));
    }
  },
});
