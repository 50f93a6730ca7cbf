/** The shape of a language's message catalogue: one text per finding code, typed by its params. */
import type { FindingCode, FindingParamsOf } from "../validate/checks";

export type FindingMessages = { [K in FindingCode]: (params: FindingParamsOf<K>) => string };

/** A short title per code, for lists of codes (docs, `lke check --help`). */
export type FindingTitles = Record<FindingCode, string>;
