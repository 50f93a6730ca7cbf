/**
 * The regulations behind the "Lampiran" form, as data (`scheme/builtin/form-regulations.json`):
 * the weights of an index's components and their parts, the total's maximum, and the answer
 * coefficients of the form's Nilai formulas. Only figures the domain reference sources are
 * there; a part without one (the ZI areas) is simply absent and never compared.
 *
 * A regulation applies to a workbook only when the workbook names it in its title rows
 * ("NOMOR 90 TAHUN 2021"): several regulations share the form and the index, and the year
 * alone does not tell which weights were in force.
 */
import { z } from "zod";
import { asWritten } from "../../builtinData";
import { translationsSchema } from "../../translations";
import { pattern } from "./formSchema";
import builtinRegulations from "../../scheme/builtin/form-regulations.json";

export interface RegulationPart {
  /** Patterns of the part's name (case-insensitive, on the trimmed, single-spaced text). */
  match: string[];
  weight: string;
  parts?: RegulationPart[];
}

/** Built on first use (see core/builtinData.ts). */
export const formRegulationSchema = z.lazy(() => {
  const decimal = z.string().regex(/^\d+(\.\d+)?$/, "a decimal number such as 22.5");

  const partSchema: z.ZodType<RegulationPart> = z.lazy(() =>
    z.object({
      match: z.array(pattern).min(1),
      weight: decimal,
      parts: z.array(partSchema).optional(),
    }),
  );

  return z.object({
    id: z.string().min(1),
    /** The form index it is the regulation of (zi, rb). */
    index: z.string().min(1),
    /** How the regulation is cited, in findings. */
    name: z.string().min(1),
    /** Patterns of its number in the workbook's title rows. */
    named: z.array(pattern).min(1),
    /** The total's maximum: the components' weights add up to it. */
    total: decimal,
    parts: z.array(partSchema).min(1),
    /** Coefficients of each answer type's choices, as the form's Nilai formulas give them. */
    answers: z.array(z.object({ type: z.string().min(1), values: z.record(z.string(), decimal) })).default([]),
    source: z.string().min(1),
    translations: translationsSchema.optional(),
  });
});

export type FormRegulation = z.infer<typeof formRegulationSchema>;

/** The built-in regulations as a file, with the schema they are written to (see builtinData.ts). */
export const builtinRegulationData = { schema: formRegulationSchema, items: builtinRegulations as unknown[] };

export function builtinFormRegulations(): readonly FormRegulation[] {
  return asWritten<FormRegulation[]>(builtinRegulationData.items);
}

/** The regulation of this index the title rows name, if any. */
export function regulationNamed(indexId: string, titles: readonly string[]): FormRegulation | null {
  const text = titles.join(" ").replace(/\s+/g, " ");
  for (const regulation of builtinFormRegulations()) {
    if (regulation.index !== indexId) continue;
    if (regulation.named.some((p) => new RegExp(p, "i").test(text))) return regulation;
  }
  return null;
}

/** Whether a name fits a part: its text single-spaced, trimmed, any pattern. */
export function partMatches(part: RegulationPart, name: string): boolean {
  const text = name.replace(/\s+/g, " ").trim();
  return part.match.some((p) => new RegExp(p, "i").test(text));
}
