/**
 * The KemenPANRB "Lampiran" form (LKE RB, LKE ZI) as data: the header texts of its roles, how
 * its rows are numbered, its total labels and which index a workbook is for. Checked with zod,
 * so a form that names its columns differently is a JSON file, not code.
 */
import { z } from "zod";
import { translationsSchema } from "../../translations";

/** A regular expression (matched ignoring case), refused when it does not compile. Built on first use (see core/builtinData.ts), as the form's schema. */
export const pattern = z.lazy(() =>
  z.string().refine((text) => {
    try {
      new RegExp(text, "i");
      return true;
    } catch {
      return false;
    }
  }, "a valid regular expression"),
);

export const formRoles = ["text", "weight", "choices", "answer", "value", "percent", "difference"] as const;
export type FormRole = (typeof formRoles)[number];

export const formProfileSchema = z.lazy(() => {
  const patterns = z.array(pattern).min(1);

  const indexSchema = z.object({
    id: z.string().min(1),
    name: z.string().min(1),
    /** Patterns looked for in the total label, then in the title rows above the header. */
    match: patterns,
    /** The predicate scale of the index; null where the index has no letter (ZI: WBK/WBBM thresholds). */
    predicateScale: z.string().min(1).nullable(),
    note: z.string().optional(),
    /** The name and note in other languages. */
    translations: translationsSchema.optional(),
  });

  return z.object({
    id: z.string().regex(/^[a-z0-9][a-z0-9-]*$/, "lower-case letters, digits and dashes"),
    name: z.string().min(1),
    description: z.string().default(""),
    source: z.string().default(""),
    /** The name, description and source in other languages. */
    translations: translationsSchema.optional(),
    headerSearchRows: z.number().int().min(1).max(50).default(15),
    /** Header texts per role (regular expressions, case-insensitive, on the trimmed text). */
    headers: z.object({
      text: patterns,
      weight: patterns,
      choices: patterns,
      answer: patterns,
      value: patterns,
      percent: z.array(pattern).default([]),
      difference: z.array(pattern).default([]),
    }),
    /** A numbering cell (A., I., 1., i., a., -), in the columns under the text header. */
    codePattern: pattern,
    /** Labels of the final total row (NILAI EVALUASI ZONA INTEGRITAS). */
    totalLabels: patterns,
    indices: z.array(indexSchema).min(1),
    rounding: z.object({ decimals: z.number().int().min(0).max(6) }).default({ decimals: 2 }),
  });
});

export type FormProfile = z.infer<typeof formProfileSchema>;
export type FormIndex = FormProfile["indices"][number];
