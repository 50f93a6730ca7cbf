/**
 * Formulas that the sheets of one template share, built once under a short key naming what
 * they depend on: a province's sheets then hold one string per formula instead of one each.
 */
import { BoundedCache } from "../boundedCache";

export class SharedFormulas {
  private readonly byKey: BoundedCache<string, string>;

  /** Past `limit` formulas the cache starts afresh, so unusual workbooks cannot grow it without end. */
  constructor(limit = 10_000) {
    this.byKey = new BoundedCache(limit);
  }

  get(key: string, build: () => string): string {
    return this.byKey.get(key) ?? this.byKey.set(key, build());
  }
}

/** One SharedFormulas per scope object (a scale): keys need not name it. */
export class ScopedFormulas<Scope extends object> {
  private readonly byScope = new WeakMap<Scope, SharedFormulas>();

  of(scope: Scope): SharedFormulas {
    let shared = this.byScope.get(scope);
    if (shared === undefined) this.byScope.set(scope, (shared = new SharedFormulas()));
    return shared;
  }
}
