/**
 * A layout profile: how one real regency layout (not the docs/format.md layout) keeps its codes,
 * weights, answers, evidence rows and outputs, and how it aggregates. Pure data checked with
 * zod, so supporting another regency's workbook is a JSON file, not code.
 */
import { z } from "zod";
import { idPatternMessage } from "../issueTexts";
import { translationsSchema } from "../translations";

export const detailRoles = [
  "code",
  "number",
  "component",
  "subcomponent",
  "weight",
  "criterion",
  "evidence",
  "criterionCount",
  "criterionWeight",
  "evidenceCount",
  "evidenceWeight",
  "answer",
  "coefficient",
  "value",
] as const;
export type DetailRole = (typeof detailRoles)[number];

export const summaryRoles = ["code", "number", "component", "subcomponent", "weight", "score"] as const;
export type SummaryRole = (typeof summaryRoles)[number];

/** Built on first use (see core/builtinData.ts). */
export const layoutProfileSchema = z.lazy(() => {
  const headers = z.array(z.string().min(1)).min(1);

  const pattern = z.string().refine((text) => {
    try {
      new RegExp(text);
      return true;
    } catch {
      return false;
    }
  }, "a valid regular expression");

  /** The summary sheet (RESUME): one row per component and sub-component, weights and results. */
  const summarySheetSchema = z.object({
    columns: z.object({
      /** Machine key joining the sheets (AREN01, AREN001). */
      code: headers,
      /** Display number (A, B). */
      number: headers,
      component: headers,
      subcomponent: headers,
      weight: headers,
      /** The result the evaluated unit's own answers give (pulled from the detail sheet). */
      score: headers,
    }),
    /** Texts of the total row (in any column left of the weight column). */
    totalLabels: headers,
  });

  /** The detail sheet (PENILAIAN): sub-components, criteria and their evidence rows. */
  const detailSheetSchema = z.object({
    columns: z.object({
      code: headers,
      number: headers,
      component: headers,
      subcomponent: headers,
      /** The sub-component's weight, pulled from the summary sheet. */
      weight: headers,
      criterion: headers,
      evidence: headers,
      criterionCount: headers,
      criterionWeight: headers,
      evidenceCount: headers,
      evidenceWeight: headers,
      answer: headers,
      coefficient: headers,
      value: headers,
    }),
  });

  return z.object({
    id: z.string().regex(/^[a-z0-9][a-z0-9-]*$/, idPatternMessage),
    name: z.string().min(1),
    description: z.string().default(""),
    source: z.string().default(""),
    /** The name, description and source in other languages (see translations.ts). */
    translations: translationsSchema.optional(),
    /** Rows searched for the header texts, from the top of each sheet. */
    headerSearchRows: z.number().int().min(1).max(50).default(10),
    summary: summarySheetSchema,
    detail: detailSheetSchema,
    /**
     * Header roles that must be found when the profile is forced (`--layout <id>`); detected
     * automatically only when every role's header is found.
     */
    essential: z.object({
      summary: z.array(z.enum(summaryRoles)).min(1),
      detail: z.array(z.enum(detailRoles)).min(1),
    }),
    /** Code patterns, tried on the code column first and then on the number column. */
    codes: z.object({
      component: z.array(pattern).min(1),
      subcomponent: z.array(pattern).min(1),
      criterion: z.array(pattern).min(1),
    }),
    /** How a sub-component's value is built up; one kind so far. */
    aggregation: z.literal("evidence-split"),
    /** Weights are fractions of 1 (shown as %) or points of 100. */
    units: z.enum(["fraction", "points"]),
    scales: z.object({
      /** Answer scale of evidence rows (id of a built-in answer scale). */
      evidence: z.string().min(1),
      /** Answer scale of criteria answered on their own row. */
      criterion: z.string().min(1),
    }),
    /** What the coefficient formula shows for an answer that is not one of the choices. */
    unansweredText: z.string().default("Belum Diisi"),
    /** Evidence texts containing one of these are optional: without a count they weigh 0. */
    optionalEvidenceMarkers: z.array(z.string().min(1)).default([]),
    predicateScale: z.string().min(1),
    /** Decimals the total, in points, is rounded to before its predicate is taken. */
    rounding: z.object({ decimals: z.number().int().min(0).max(6) }).default({ decimals: 2 }),
  });
});

export type LayoutProfile = z.infer<typeof layoutProfileSchema>;
export type LayoutProfileInput = z.input<typeof layoutProfileSchema>;
