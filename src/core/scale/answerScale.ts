/**
 * Answer scales: which answers a row accepts and what each is worth (a coefficient 0..1,
 * or points for point scales). Data checked with zod; behaviour lives in readAnswer.
 */
import { z } from "zod";
import { translationsSchema } from "../translations";

/** Built on first use (see core/builtinData.ts). */
export const answerScaleSchema = z.lazy(() => {
  const decimalString = z.union([z.number(), z.string().regex(/^-?\d+(\.\d+)?$/, "a decimal number such as 0.75")]).transform((v) => String(v));

  const choiceSchema = z.object({
    answer: z.string().min(1),
    value: decimalString,
    aliases: z.array(z.string().min(1)).default([]),
    label: z.string().optional(),
  });

  return z.discriminatedUnion("kind", [
    z.object({
      kind: z.literal("choice"),
      id: z.string().min(1),
      name: z.string().min(1),
      choices: z.array(choiceSchema).min(1),
      /** Texts that list the choices ("Y/T") and mean "not answered yet". */
      placeholders: z.array(z.string()).default([]),
      source: z.string().optional(),
      translations: translationsSchema.optional(),
    }),
    z.object({
      kind: z.literal("number"),
      id: z.string().min(1),
      name: z.string().min(1),
      min: decimalString,
      max: decimalString,
      placeholders: z.array(z.string()).default([]),
      source: z.string().optional(),
      translations: translationsSchema.optional(),
    }),
  ]);
});

export type AnswerScale = z.infer<typeof answerScaleSchema>;
export type ChoiceScale = Extract<AnswerScale, { kind: "choice" }>;
