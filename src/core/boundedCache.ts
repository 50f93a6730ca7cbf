/**
 * Values already worked out for keys that repeat on every sheet of a workbook (codes, labels,
 * decimals, formulas). Past its limit it starts afresh, so an unusual workbook cannot grow it
 * without end. Values are shared between callers, who never change them.
 */
export class BoundedCache<K, V> {
  private readonly values = new Map<K, V>();

  constructor(private readonly limit = 10_000) {}

  /** The value kept for the key; undefined when there is none (values are never undefined). */
  get(key: K): V | undefined {
    return this.values.get(key);
  }

  /** Keeps the value for the key and returns it. */
  set(key: K, value: V): V {
    if (this.values.size >= this.limit) this.values.clear();
    this.values.set(key, value);
    return value;
  }
}
