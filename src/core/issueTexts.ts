/**
 * Texts of the checks a schema declares itself: the schema carries a key, and the key's text is
 * chosen in each language when an issue is reported (zod's own texts come from its locales).
 */
import { coreTexts } from "./locales";
import type { Lang } from "./messages/number";

export const idPatternMessage = "id-pattern";

/** The text of a schema's own check in `lang`, or the message as it is. */
export function issueTextIn(message: string, lang: Lang): string {
  return coreTexts[lang].schemaIssues[message] ?? message;
}
