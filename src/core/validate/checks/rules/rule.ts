/**
 * Consistency ("kerangka logis") rules are declared by a scheme (scheme.rules); each rule kind is
 * implemented once, as a check that runs for every rule of its kind the sheet's scheme declares.
 */
import type { ConsistencyRule } from "../../../scheme/schemeSchema";
import type { SheetScore } from "../../../score/scoreSheet";
import type { Check, CodeSpecs, IndicatorInput, Reporter } from "../../check";

export type RuleKind = ConsistencyRule["kind"];
export type RuleOf<K extends RuleKind> = Extract<ConsistencyRule, { kind: K }>;

export interface RuleInput<K extends RuleKind> extends IndicatorInput {
  rule: RuleOf<K>;
  score: SheetScore;
}

export interface RuleCheck<K extends RuleKind, C extends CodeSpecs> extends Check<C> {
  rule: K;
}

export function defineRule<K extends RuleKind, C extends CodeSpecs>(spec: {
  kind: K;
  codes: C;
  check(input: RuleInput<K>, report: Reporter<C>): void;
}): RuleCheck<K, C> {
  const isKind = (rule: ConsistencyRule): rule is RuleOf<K> => rule.kind === spec.kind;
  return {
    id: `rule:${spec.kind}`,
    rule: spec.kind,
    codes: spec.codes,
    indicator(input, report) {
      const { sheet, score, registry, run } = input;
      if (!sheet.scheme || !score) return;
      for (const rule of sheet.scheme.rules) if (isKind(rule)) spec.check({ sheet, score, registry, run, rule }, report);
    },
  };
}
