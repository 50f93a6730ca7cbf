/** Small readers the checks share: walking the row tree, the cells of a row, exact numbers for params. */
import { roundHalfUp, toNumber, type Exact } from "../exact";
import { readCaches } from "../readCaches";
import { allowedAnswers } from "../scale/readAnswer";
import type { AnswerScale } from "../scale/answerScale";
import { aggregations, scoredCriteria } from "../score/aggregations";
import type { ComponentNode, CriterionNode, IndicatorSheet, SubcomponentNode } from "../sheet/model";
import type { CellRef } from "./check";

/**
 * The tree's nodes as flat lists, built once per sheet in a run: nearly every check walks them,
 * for every row of every sheet. Shared between checks, so never changed.
 */
export interface TreeLists {
  subcomponents: readonly SubcomponentNode[];
  criteria: readonly CriterionNode[];
  /** Components, then sub-components: the rows that carry a weight. */
  weighted: readonly (ComponentNode | SubcomponentNode)[];
  /** Sub-components, then criteria: the rows that may take an answer. */
  answerable: readonly (SubcomponentNode | CriterionNode)[];
}

function listsOf(sheet: IndicatorSheet): TreeLists {
  const caches = readCaches();
  const kept = caches?.treeLists;
  if (kept !== undefined && kept.sheet === sheet) return kept.lists;
  const subcomponents: SubcomponentNode[] = [];
  const criteria: CriterionNode[] = [];
  for (const component of sheet.components) {
    for (const sub of component.subcomponents) {
      subcomponents.push(sub);
      for (const criterion of sub.criteria) criteria.push(criterion);
    }
  }
  const lists = {
    subcomponents,
    criteria,
    weighted: [...sheet.components, ...subcomponents],
    answerable: [...subcomponents, ...criteria],
  };
  // Checks run sheet by sheet: only the last sheet's lists are kept.
  if (caches !== undefined) caches.treeLists = { sheet, lists };
  return lists;
}

export function subcomponentsOf(sheet: IndicatorSheet): readonly SubcomponentNode[] {
  return listsOf(sheet).subcomponents;
}

export function criteriaOf(sheet: IndicatorSheet): readonly CriterionNode[] {
  return listsOf(sheet).criteria;
}

/** Components, then sub-components. */
export function weightedNodesOf(sheet: IndicatorSheet): readonly (ComponentNode | SubcomponentNode)[] {
  return listsOf(sheet).weighted;
}

/** Sub-components, then criteria. */
export function answerableNodesOf(sheet: IndicatorSheet): readonly (SubcomponentNode | CriterionNode)[] {
  return listsOf(sheet).answerable;
}

/** The rows whose answers count towards a sub-component's value. */
export function answerTakingRows(sub: SubcomponentNode): (SubcomponentNode | CriterionNode)[] {
  if (aggregations[sub.scoring.aggregation].answersOn === "subcomponent") return sub.scale ? [sub] : [];
  return scoredCriteria(sub);
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
