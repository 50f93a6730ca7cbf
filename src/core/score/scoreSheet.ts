/** Scores one indicator sheet exactly: sub-components, components, total, predicate. */
import { HUNDRED, roundHalfUp, sum, type Exact } from "../exact";
import { bandOf } from "../scale/predicate";
import type { Band, PredicateScale } from "../scale/predicateScale";
import type { SchemeRegistry } from "../scheme/registry";
import type { Scheme } from "../scheme/schemeSchema";
import type { ComponentNode, IndicatorSheet, SubcomponentNode } from "../sheet/model";
import { aggregations } from "./aggregations";
import { effectiveWeight } from "./weights";

export interface SubcomponentScore {
  node: SubcomponentNode;
  weight: Exact;
  score: Exact;
  /** Answer-taking rows, and how many of them are answered. */
  expected: number;
  answered: number;
}

export interface ComponentScore {
  node: ComponentNode;
  weight: Exact;
  score: Exact;
  subcomponents: SubcomponentScore[];
}

export interface SheetScore {
  sheet: IndicatorSheet;
  scheme: Scheme;
  scale: PredicateScale;
  components: ComponentScore[];
  /** The exact total in the sheet's units. */
  total: Exact;
  /** The total rounded as the scheme says, in the sheet's units: what the sheet shows. */
  totalRounded: Exact;
  /** The rounded total in points out of 100: what the predicate is taken from. */
  totalPoints: Exact;
  band: Band;
  /** Every answer-taking row is answered. */
  complete: boolean;
}

export function toPoints(value: Exact, sheet: IndicatorSheet): Exact {
  return sheet.units === "fraction" ? value.mul(HUNDRED) : value;
}

export function scoreSheet(sheet: IndicatorSheet, registry: SchemeRegistry): SheetScore | null {
  const scheme = sheet.scheme;
  if (!scheme) return null;
  const scale = registry.predicateScales.get(scheme.predicateScale);
  if (!scale) return null;
  const components = sheet.components.map((component): ComponentScore => {
    const subcomponents = component.subcomponents.map((sub) => scoreSubcomponent(sub, sheet));
    return {
      node: component,
      weight: effectiveWeight(component, sheet.units),
      score: sum(subcomponents.map((s) => s.score)),
      subcomponents,
    };
  });
  const total = sum(components.map((c) => c.score));
  const totalPoints = roundHalfUp(toPoints(total, sheet), scheme.rounding.decimals);
  const totalRounded = sheet.units === "fraction" ? totalPoints.div(HUNDRED) : totalPoints;
  const complete = components.every((c) => c.subcomponents.every((s) => s.answered === s.expected));
  return { sheet, scheme, scale, components, total, totalRounded, totalPoints, band: bandOf(scale, totalPoints), complete };
}

function scoreSubcomponent(sub: SubcomponentNode, sheet: IndicatorSheet): SubcomponentScore {
  const aggregation = aggregations[sub.scoring.aggregation];
  const weight = effectiveWeight(sub, sheet.units);
  let expected = 0;
  let answered = 0;
  if (aggregation.answersOn === "subcomponent") {
    expected = 1;
    if (sub.answer.state === "answered") answered = 1;
  } else {
    for (const criterion of sub.criteria) {
      if (criterion.scale === undefined) continue;
      expected++;
      if (criterion.answer.state === "answered") answered++;
    }
  }
  return { node: sub, weight, score: aggregation.value(sub, weight), expected, answered };
}
