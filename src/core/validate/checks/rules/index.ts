/** One check per consistency rule kind a scheme may declare; a kind without its check does not compile. */
import type { Check } from "../../check";
import { gradeNeedsProbes } from "./gradeNeedsProbes";
import { needsExistence } from "./needsExistence";
import type { RuleKind } from "./rule";

export const ruleChecks = {
  "grade-needs-probes": gradeNeedsProbes,
  "needs-existence": needsExistence,
} as const satisfies { [K in RuleKind]: Check & { rule: K } };
