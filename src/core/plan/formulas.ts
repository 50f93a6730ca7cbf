/**
 * Excel formulas (en-US syntax, nothing volatile, nothing newer than Excel 2016) that
 * reproduce the engine from the answer and weight cells, so a sheet stays live without LKE.
 */
import { exact, toFixed, type Exact } from "../exact";
import type { AnswerScale } from "../scale/answerScale";
import type { PredicateScale } from "../scale/predicateScale";

/** A decimal literal for a formula, exact to the digit ("0.75", "4.5"). */
export function literal(value: Exact | string): string {
  let text = toFixed(exact(value), 12);
  if (text.includes(".")) text = text.replace(/0+$/, "").replace(/\.$/, "");
  return text;
}

function quote(text: string): string {
  return `"${text.replace(/"/g, '""')}"`;
}

/**
 * The value of the answers in a range (one cell or a column run) on a scale, summed.
 * Comparing with array constants instead of MATCH keeps wildcards (* ?) from matching.
 */
export function scaleValueSum(range: string, scale: AnswerScale): string {
  if (scale.kind === "number") {
    return `SUMPRODUCT(ISNUMBER(${range})*(${range}>=${literal(scale.min)})*(${range}<=${literal(scale.max)}),${range})`;
  }
  const parts = choiceSumParts(scale);
  return parts.before + range + parts.after;
}

/**
 * A choice scale's value sum around its range, built once per scale: the sum is written for
 * every answered criterion, and joining three strings makes far less garbage than rebuilding
 * the constant parts each time.
 */
interface ChoiceSumParts {
  before: string;
  after: string;
  /** `before` with a formula's leading '='. */
  formulaBefore: string;
}

const choiceSumCache = new WeakMap<AnswerScale, ChoiceSumParts>();

export function choiceSumParts(scale: Extract<AnswerScale, { kind: "choice" }>): ChoiceSumParts {
  let parts = choiceSumCache.get(scale);
  if (parts === undefined) {
    // The array constants, `{"A","B"}` and `{1,0.75}`.
    const spellings: string[] = [];
    const values: string[] = [];
    for (const choice of scale.choices) {
      for (const spelling of [choice.answer, ...choice.aliases]) {
        spellings.push(quote(spelling.toUpperCase()));
        values.push(literal(choice.value));
      }
    }
    const before = "SUMPRODUCT((UPPER(TRIM(";
    parts = { before, after: `))={${spellings.join(",")}})*{${values.join(",")}})`, formulaBefore: `=${before}` };
    choiceSumCache.set(scale, parts);
  }
  return parts;
}

/** The predicate of the total in `totalRef`, as nested IFs over the scale's bands. */
export function predicateFormula(totalRef: string, scale: PredicateScale, divisor: 1 | 100): string {
  return predicateFormulaOf(scale, divisor)(totalRef);
}

/**
 * The same as a function of the total's reference: the bands are read once for a recap's many
 * rows. `prefix` ("=") comes first in the same flat string.
 */
export function predicateFormulaOf(scale: PredicateScale, divisor: 1 | 100, prefix = ""): (totalRef: string) => string {
  const op = scale.lowerBound === "exclusive" ? ">" : ">=";
  const bands = scale.bands;
  const last = quote(bands[bands.length - 1].predicate);
  const steps: { test: string; then: string }[] = [];
  for (let i = bands.length - 2; i >= 0; i--) {
    const band = bands[i];
    if (band.min !== undefined) steps.push({ test: `${op}${literal(exact(band.min).div(divisor))}`, then: quote(band.predicate) });
  }
  if (steps.length === 0) return () => prefix + last;
  // The text between the total's references, outermost band first, joined once per row: one
  // flat string, where nesting template strings left a recap a tree of dozens of pieces per row.
  const outerFirst = steps.reverse();
  const between = outerFirst.map(({ test, then }, i) => (i < outerFirst.length - 1 ? `${test},${then},IF(` : `${test},${then},${last}${")".repeat(outerFirst.length)}`));
  const segments = [`${prefix}IF(`, ...between];
  return (totalRef) => segments.join(totalRef);
}

/** Groups sorted row numbers into contiguous runs: [9,10,11,13] -> [[9,11],[13,13]]. */
export function runsOf(rows: readonly number[]): [number, number][] {
  const runs: [number, number][] = [];
  // Rows come in sheet order almost always; only others are copied and sorted.
  let sorted = true;
  for (let i = 1; i < rows.length && sorted; i++) sorted = rows[i - 1] <= rows[i];
  for (const row of sorted ? rows : [...rows].sort((a, b) => a - b)) {
    const last = runs[runs.length - 1];
    if (last && row === last[1] + 1) last[1] = row;
    else runs.push([row, row]);
  }
  return runs;
}
