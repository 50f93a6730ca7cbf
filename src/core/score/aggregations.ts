/**
 * How a sub-component's value comes from its answers. Each kind declares where its answers
 * stand and computes its value exactly; the matching Excel formula lives in plan/formulas.
 */
import { ExactSum, ZERO, type Exact } from "../exact";
import type { AggregationKind } from "../scheme/schemeSchema";
import type { CriterionNode, SubcomponentNode } from "../sheet/model";

export interface Aggregation {
  /** Which rows carry the answers that count. */
  answersOn: "subcomponent" | "criterion";
  /** The sub-component's value in the sheet's units, given its weight in those units. */
  value(sub: SubcomponentNode, weight: Exact): Exact;
}

export function answerValue(node: SubcomponentNode | CriterionNode): Exact {
  return node.answer.state === "answered" ? node.answer.value : ZERO;
}

/** Criteria that take an answer (they have a scale). */
export function scoredCriteria(sub: SubcomponentNode): CriterionNode[] {
  return sub.criteria.filter((c) => c.scale !== undefined);
}

export const aggregations: Record<AggregationKind, Aggregation> = {
  /** One grade per sub-component (88/2021): grade value x weight. */
  grade: {
    answersOn: "subcomponent",
    value: (sub, weight) => answerValue(sub).mul(weight),
  },
  /** Mean of the criterion values x weight; an unanswered criterion counts 0 and stays in the count. */
  mean: {
    answersOn: "criterion",
    value(sub, weight) {
      const { total, count } = criterionTotal(sub);
      if (count === 0) return ZERO;
      return total.meanTimes(count, weight);
    },
  },
  /** Sum of the criterion points, as the sheet's units. */
  sum: {
    answersOn: "criterion",
    value: (sub) => criterionTotal(sub).total.total(),
  },
};

/** The sum of a sub-component's scored criteria and how many there are, in one pass. */
function criterionTotal(sub: SubcomponentNode): { total: ExactSum; count: number } {
  const total = new ExactSum();
  let count = 0;
  for (const criterion of sub.criteria) {
    if (criterion.scale === undefined) continue;
    count++;
    const answer = criterion.answer;
    if (answer.state === "answered") total.add(answer.value);
  }
  return { total, count };
}
