/**
 * A scheme: the rules of one evaluation (components, weights, answer scales, how a
 * sub-component is aggregated, rounding, predicate scale). Pure data, checked with zod,
 * so a year's new rules or a regency's own scheme never need code.
 */
import { z } from "zod";
import { idPatternMessage } from "../issueTexts";
import { answerScaleSchema } from "../scale/answerScale";
import { translationsSchema } from "../translations";

export const aggregationKinds = ["grade", "mean", "sum"] as const;
export type AggregationKind = (typeof aggregationKinds)[number];

/** Built on first use (see core/builtinData.ts). */
export const schemeSchema = z.lazy(() => {
  const points = z.union([z.number().nonnegative(), z.string().regex(/^\d+(\.\d+)?$/, "a decimal number such as 4.5")]).transform((v) => String(v));

  const aggregationSchema = z.enum(aggregationKinds);

  /** How the rows of a sub-component are answered and combined. Unset fields inherit the scheme's. */
  const scoringSchema = z.object({
    aggregation: aggregationSchema.optional(),
    /** The scale of the answer on the sub-component row itself (aggregation "grade"). */
    subcomponentScale: z.string().optional(),
    /** The scale of criterion answers (probes under "grade"; the scored answers otherwise). */
    criterionScale: z.string().optional(),
  });

  const subcomponentSchema = scoringSchema.extend({
    code: z.string().regex(/^\d+\.[a-z]$/, "a sub-component code such as 1.a"),
    name: z.string().min(1),
    /** Points out of the scheme's total (100). */
    weight: points,
    /** Official criterion texts, for the template. */
    criteria: z.array(z.string().min(1)).default([]),
  });

  const componentSchema = z.object({
    code: z.string().regex(/^\d+$/, "a component code such as 1"),
    name: z.string().min(1),
    weight: points,
    subcomponents: z.array(subcomponentSchema).min(1),
  });

  /** Consistency ("kerangka logis") rules a scheme declares; each kind is implemented once in validate/. */
  const consistencyRuleSchema = z.discriminatedUnion("kind", [
    z.object({
      /** A grade at or above `minGrade` needs every answered probe of the sub-component to be fulfilled. */
      kind: z.literal("grade-needs-probes"),
      minGrade: z.string().min(1),
    }),
    z.object({
      /** A sub-component (e.g. kualitas 1.b) may not score above zero while `requires` (keberadaan 1.a) scores zero. */
      kind: z.literal("needs-existence"),
      letters: z.array(z.string().regex(/^[a-z]$/)).min(1),
      requires: z.string().regex(/^[a-z]$/),
    }),
  ]);
  return z
    .object({
      id: z.string().regex(/^[a-z0-9][a-z0-9-]*$/, idPatternMessage),
      name: z.string().min(1),
      description: z.string().default(""),
      source: z.string().default(""),
      confidence: z.enum(["verified", "sourced", "uncertain"]).default("uncertain"),
      /** The name, description and source in other languages (see translations.ts). */
      translations: translationsSchema.optional(),
      predicateScale: z.string().min(1),
      /** Decimals the total (in points) is rounded to, half-up, before the predicate is taken. */
      rounding: z.object({ decimals: z.number().int().min(0).max(6) }).default({ decimals: 2 }),
      /** Scales this scheme brings along, besides the built-in ones. */
      scales: z.array(answerScaleSchema).default([]),
      rules: z.array(consistencyRuleSchema).default([]),
      components: z.array(componentSchema).min(1),
    })
    .extend(scoringSchema.required({ aggregation: true }).shape);
});

export type Scheme = z.infer<typeof schemeSchema>;
export type SchemeInput = z.input<typeof schemeSchema>;
export type ComponentSpec = Scheme["components"][number];
export type SubcomponentSpec = ComponentSpec["subcomponents"][number];
export type ConsistencyRule = Scheme["rules"][number];

/** The scoring of one sub-component with the scheme's defaults filled in. */
export interface ResolvedScoring {
  aggregation: AggregationKind;
  subcomponentScale?: string;
  criterionScale?: string;
}

export function scoringOf(scheme: Scheme, sub: Partial<SubcomponentSpec> | undefined): ResolvedScoring {
  return {
    aggregation: sub?.aggregation ?? scheme.aggregation,
    subcomponentScale: sub?.subcomponentScale ?? scheme.subcomponentScale,
    criterionScale: sub?.criterionScale ?? scheme.criterionScale,
  };
}
