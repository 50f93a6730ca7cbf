/** Small readers the checks share: walking the row tree, the cells of a row, exact numbers for params. */
import { roundHalfUp, toNumber, type Exact } from "../exact";
import { allowedAnswers } from "../scale/readAnswer";
import type { AnswerScale } from "../scale/answerScale";
import { aggregations, scoredCriteria } from "../score/aggregations";
import type { ComponentNode, CriterionNode, IndicatorSheet, SubcomponentNode } from "../sheet/model";
import type { CellRef } from "./check";

/**
 * The tree's nodes as flat lists, built once per sheet: nearly every check walks them, for
 * every row of every sheet. Shared between checks, so never changed. Checks run sheet by
 * sheet, so only the last sheet's lists are kept: a province's would outlive their use.
 */
interface TreeLists {
  subcomponents: readonly SubcomponentNode[];
  criteria: readonly CriterionNode[];
  /** Components, then sub-components: the rows that carry a weight. */
  weighted: readonly (ComponentNode | SubcomponentNode)[];
  /** Sub-components, then criteria: the rows that may take an answer. */
  answerable: readonly (SubcomponentNode | CriterionNode)[];
}

let listsSheet: IndicatorSheet | undefined;
let lists: TreeLists | undefined;

function listsOf(sheet: IndicatorSheet): TreeLists {
  if (sheet !== listsSheet || lists === undefined) {
    const subcomponents: SubcomponentNode[] = [];
    const criteria: CriterionNode[] = [];
    for (const component of sheet.components) {
      for (const sub of component.subcomponents) {
        subcomponents.push(sub);
        for (const criterion of sub.criteria) criteria.push(criterion);
      }
    }
    lists = {
      subcomponents,
      criteria,
      weighted: [...sheet.components, ...subcomponents],
      answerable: [...subcomponents, ...criteria],
    };
    listsSheet = sheet;
  }
  return lists;
}

/** Lets go of the last sheet's lists (and so of the sheet) once its checks have run. */
export function forgetTreeLists(): void {
  listsSheet = undefined;
  lists = undefined;
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
