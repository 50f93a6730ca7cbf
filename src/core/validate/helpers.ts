/** Small readers the checks share: walking the row tree, the cells of a row, exact numbers for params. */
import { roundHalfUp, toNumber, type Exact } from "../exact";
import { allowedAnswers } from "../scale/readAnswer";
import type { AnswerScale } from "../scale/answerScale";
import { aggregations, scoredCriteria } from "../score/aggregations";
import type { SheetScore, SubcomponentScore } from "../score/scoreSheet";
import type { CriterionNode, IndicatorSheet, SubcomponentNode } from "../sheet/model";
import type { CellRef } from "./check";

// Plain loops rather than flatMap: every check walks the tree, for every row of every sheet.
export function subcomponentsOf(sheet: IndicatorSheet): SubcomponentNode[] {
  const out: SubcomponentNode[] = [];
  for (const component of sheet.components) for (const sub of component.subcomponents) out.push(sub);
  return out;
}

export function criteriaOf(sheet: IndicatorSheet): CriterionNode[] {
  const out: CriterionNode[] = [];
  for (const component of sheet.components) for (const sub of component.subcomponents) for (const criterion of sub.criteria) out.push(criterion);
  return out;
}

/** The rows whose answers count towards a sub-component's value. */
export function answerTakingRows(sub: SubcomponentNode): (SubcomponentNode | CriterionNode)[] {
  if (aggregations[sub.scoring.aggregation].answersOn === "subcomponent") return sub.scale ? [sub] : [];
  return scoredCriteria(sub);
}

export function scoreOfSubcomponents(score: SheetScore | undefined): Map<SubcomponentNode, SubcomponentScore> {
  const map = new Map<SubcomponentNode, SubcomponentScore>();
  for (const component of score?.components ?? []) for (const sub of component.subcomponents) map.set(sub.node, sub);
  return map;
}

export function answerCell(sheet: IndicatorSheet, row: number): CellRef {
  return { row, col: sheet.layout.columns.answer };
}

export function weightCell(sheet: IndicatorSheet, row: number): CellRef {
  return { row, col: sheet.layout.columns.weight };
}

export function codeCell(sheet: IndicatorSheet, row: number): CellRef {
  return { row, col: sheet.layout.columns.code };
}

export function scoreCell(sheet: IndicatorSheet, row: number): CellRef {
  return { row, col: sheet.layout.columns.score };
}

/** The answers a row's scale allows, as message text ("Y, T"). */
export function allowedText(scale: AnswerScale): string {
  return allowedAnswers(scale).join(", ");
}

/** An exact value as a message param: a plain number, rounded to 6 decimals against binary noise. */
export function paramNumber(value: Exact): number {
  return toNumber(roundHalfUp(value, 6));
}
