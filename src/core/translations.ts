/**
 * Texts of data (schemes, scales, layout profiles) in more than one language. An entity's
 * own `name`, `description`, `source` and `note` are its texts as written; `translations`
 * holds the same fields in another language, each optional:
 *
 *     "translations": { "id": { "source": "..." }, "en": { "name": "..." } }
 *
 * A field without a translation shows as written, so data without translations reads as before.
 */
import { z } from "zod";
import type { Lang } from "./messages/number";

export const translatedFields = ["name", "description", "source", "note"] as const;
export type TranslatedField = (typeof translatedFields)[number];

// Built on first use, as every schema (see core/builtinData.ts).
export const translationsSchema = z.lazy(() => {
  const translatedTexts = z.object({
    name: z.string().min(1).optional(),
    description: z.string().optional(),
    source: z.string().optional(),
    note: z.string().optional(),
  });
  return z.object({
    id: translatedTexts.optional(),
    en: translatedTexts.optional(),
  });
});

export type Translations = z.infer<typeof translationsSchema>;

/** Anything that carries translatable texts. */
export type Localizable = { translations?: Translations } & {
  [F in TranslatedField]?: string;
};

/** The entity's `field` in `lang`: its translation when it has one, else the text as written. */
export function localized<T extends Localizable, F extends TranslatedField>(entity: T, field: F, lang: Lang): T[F] {
  return (entity.translations?.[lang]?.[field] ?? entity[field]) as T[F];
}

/** A predicate band's meaning in `lang` ("Sangat Baik", "Very good"). */
export function bandName(band: { name: string; nameEn?: string }, lang: Lang): string {
  return lang === "en" ? (band.nameEn ?? band.name) : band.name;
}
