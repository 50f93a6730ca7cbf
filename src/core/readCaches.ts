/**
 * What reading repeats within one run: the sheets of a template hold the same labels, codes,
 * numbers and answers, and the checks walk each sheet's rows many times. The run under way lends
 * these to helpers too deep to be handed them (normalizeLabel, parseCode and parseDecimal are
 * called from everywhere); outside a run the helpers work each value out afresh.
 */
import { BoundedCache } from "./boundedCache";
import type { Exact } from "./exact";
import type { ParsedCode } from "./layout/codes";
import type { FormProfile, FormRole } from "./profile/form/formSchema";
import type { AnswerReading } from "./scale/readAnswer";
import type { AnswerScale } from "./scale/answerScale";
import type { IndicatorSheet, WeightReading } from "./sheet/model";
import type { TreeLists } from "./validate/helpers";

export class ReadCaches {
  readonly labels = new BoundedCache<string, string>();
  readonly codes = new BoundedCache<string, ParsedCode | null>();
  readonly decimals = new BoundedCache<string, Exact | null>();
  readonly weights = new BoundedCache<number, WeightReading>();
  /** Answer texts read, by scale: an answer column repeats a handful of texts thousands of times. */
  readonly answers = new Map<AnswerScale, Map<string, AnswerReading>>();
  /** Header texts' roles in a form, by form: every sheet's first rows are matched against each form's patterns. */
  readonly formRoles = new Map<FormProfile, BoundedCache<string, FormRole | null>>();
  /** The last sheet checked, as flat lists of its rows: nearly every check walks them. */
  treeLists: { sheet: IndicatorSheet; lists: TreeLists } | undefined;
}

let lent: ReadCaches | undefined;

/** The caches of the run under way; undefined outside a run. */
export function readCaches(): ReadCaches | undefined {
  return lent;
}

/** Does `work` with the caches lent to the helpers, and takes them back when it ends. */
export function withReadCaches<T>(caches: ReadCaches, work: () => T): T {
  const outer = lent;
  lent = caches;
  try {
    return work();
  } finally {
    lent = outer;
  }
}
