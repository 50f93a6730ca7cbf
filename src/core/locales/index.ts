/**
 * The core's texts, one catalogue per language (as zod keeps its locales): a new language is
 * one more file beside these, checked by the compiler against Bahasa Indonesia's shape.
 */
import type { Lang } from "../messages/number";
import { en } from "./en";
import { id } from "./id";
import type { CoreTexts } from "./types";

export type { CoreTexts } from "./types";

export const coreTexts: Record<Lang, CoreTexts> = { id, en };
