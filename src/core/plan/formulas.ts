/**
 * Excel formulas (en-US syntax, nothing volatile, nothing newer than Excel 2016) that
 * reproduce the engine from the answer and weight cells, so a sheet stays live without LKE.
 */
import { toFixed, type Exact } from "../exact";
import { exact } from "../exact";
import type { AnswerScale } from "../scale/answerScale";
import type { PredicateScale } from "../scale/predicateScale";

/** Literals of decimal strings already seen: scales and weights repeat on every row. */
const literalCache = new Map<string, string>();
const literalCacheLimit = 10_000;

/** A decimal literal for a formula, exact to the digit ("0.75", "4.5"). */
export function literal(value: Exact | string): string {
  if (typeof value === "string") {
    const cached = literalCache.get(value);
    if (cached !== undefined) return cached;
    const text = decimalLiteral(exact(value));
    if (literalCache.size >= literalCacheLimit) literalCache.clear();
    literalCache.set(value, text);
    return text;
  }
  return decimalLiteral(value);
}

function decimalLiteral(x: Exact): string {
  let text = toFixed(x, 12);
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
  const [spellings, values] = choiceConstants(scale);
  return `SUMPRODUCT((UPPER(TRIM(${range}))=${spellings})*${values})`;
}

/** A choice scale's array constants, `{"A","B"}` and `{1,0.75}`: the same for every row, so built once per scale. */
const choiceConstantsCache = new WeakMap<AnswerScale, [string, string]>();

function choiceConstants(scale: Extract<AnswerScale, { kind: "choice" }>): [string, string] {
  const cached = choiceConstantsCache.get(scale);
  if (cached !== undefined) return cached;
  const spellings: string[] = [];
  const values: string[] = [];
  for (const choice of scale.choices) {
    for (const spelling of [choice.answer, ...choice.aliases]) {
      spellings.push(quote(spelling.toUpperCase()));
      values.push(literal(choice.value));
    }
  }
  const constants: [string, string] = [`{${spellings.join(",")}}`, `{${values.join(",")}}`];
  choiceConstantsCache.set(scale, constants);
  return constants;
}

/** The predicate of the total in `totalRef`, as nested IFs over the scale's bands. */
export function predicateFormula(totalRef: string, scale: PredicateScale, divisor: 1 | 100): string {
  const op = scale.lowerBound === "exclusive" ? ">" : ">=";
  const bands = scale.bands;
  let formula = quote(bands[bands.length - 1].predicate);
  for (let i = bands.length - 2; i >= 0; i--) {
    const band = bands[i];
    const min = band.min === undefined ? undefined : exact(band.min).div(divisor);
    if (min === undefined) continue;
    formula = `IF(${totalRef}${op}${literal(min)},${quote(band.predicate)},${formula})`;
  }
  return formula;
}

/** Groups sorted row numbers into contiguous runs: [9,10,11,13] -> [[9,11],[13,13]]. */
export function runsOf(rows: readonly number[]): [number, number][] {
  const runs: [number, number][] = [];
  for (const row of [...rows].sort((a, b) => a - b)) {
    const last = runs[runs.length - 1];
    if (last && row === last[1] + 1) last[1] = row;
    else runs.push([row, row]);
  }
  return runs;
}
