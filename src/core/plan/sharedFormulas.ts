/**
 * Formulas that the sheets of one template share, built once per run: a province's sheets then
 * hold one string per formula instead of one each. A formula is built from its inputs alone and
 * kept under a key made from all of them by `FormulaKeys.of`, so no input can be left out of it.
 */
import { BoundedCache } from "../boundedCache";

/** One input of a formula: text, a number, rows, or an object (a scale) by identity. */
export type FormulaInput = string | number | readonly (readonly number[])[] | object;

/** Everything a shared formula is built from, by name. */
export type FormulaInputs = Readonly<Record<string, FormulaInput>>;

/** Makes the key of a formula's inputs; objects are told apart by identity, as long as the keys live. */
export class FormulaKeys {
  private readonly ids = new WeakMap<object, number>();
  private nextId = 0;

  /** Every input, named, each written so that no two different values read alike (text with its length first). */
  of(inputs: FormulaInputs): string {
    let key = "";
    for (const name in inputs) key += `${name}${this.part(inputs[name])}`;
    return key;
  }

  private part(input: FormulaInput): string {
    if (typeof input === "string") return `"${input.length}:${input}`;
    if (typeof input === "number") return `=${input};`;
    if (Array.isArray(input)) {
      let rows = "[";
      for (const run of input as readonly (readonly number[])[]) rows += `${run.join(",")};`;
      return `${rows}]`;
    }
    let id = this.ids.get(input);
    if (id === undefined) this.ids.set(input, (id = this.nextId++));
    return `#${id};`;
  }
}

/**
 * The formulas one builder makes, shared under their inputs' keys. Past `limit` formulas it
 * starts afresh, so an unusual workbook cannot grow it without end.
 */
export class SharedFormulas<I extends FormulaInputs> {
  private readonly byKey: BoundedCache<string, string>;

  constructor(
    private readonly build: (inputs: I) => string,
    private readonly keys: FormulaKeys = new FormulaKeys(),
    limit = 10_000,
  ) {
    this.byKey = new BoundedCache(limit);
  }

  get(inputs: I): string {
    const key = this.keys.of(inputs);
    return this.byKey.get(key) ?? this.byKey.set(key, this.build(inputs));
  }
}
