/** Predicate scales: bands from a total to a letter and its name. Data checked with zod. */
import { z } from "zod";
import { translationsSchema } from "../translations";

/** Built on first use (see core/builtinData.ts). */
export const predicateScaleSchema = z.lazy(() => {
  const decimalString = z.union([z.number(), z.string().regex(/^-?\d+(\.\d+)?$/, "a decimal number such as 80.5")]).transform((v) => String(v));

  const bandSchema = z.object({
    predicate: z.string().min(1),
    name: z.string().min(1),
    nameEn: z.string().optional(),
    /** The band's lower bound; the lowest band has none and takes everything below the next. */
    min: decimalString.optional(),
  });

  return z.object({
    id: z.string().min(1),
    name: z.string().min(1),
    /** The scale's range, for messages and checks. */
    range: z.tuple([decimalString, decimalString]),
    /**
     * "exclusive": a total equal to a band's lower bound falls in the band below ("> 80 - 90").
     * "inclusive": it falls in the band itself ("325 - 400").
     */
    lowerBound: z.enum(["exclusive", "inclusive"]),
    /** Highest band first. */
    bands: z.array(bandSchema).min(1),
    source: z.string(),
    confidence: z.enum(["verified", "sourced", "uncertain"]),
    note: z.string().optional(),
    /** The name, source and note in other languages (see translations.ts). */
    translations: translationsSchema.optional(),
    /** The index this scale is one year-range of (e.g. "mcp"); absent: the scale's own id. */
    index: z.string().min(1).optional(),
    /** Evaluation years the scale applies to (inclusive); absent ends are open. */
    years: z.object({ from: z.number().int().optional(), to: z.number().int().optional() }).optional(),
  });
});

export type PredicateScale = z.infer<typeof predicateScaleSchema>;
export type Band = PredicateScale["bands"][number];
