/**
 * Formulas that the sheets of one template share, built once under a short key naming what
 * they depend on: a province's sheets then hold one string per formula instead of one each.
 */
export class SharedFormulas {
  private readonly byKey = new Map<string, string>();

  /** Past `limit` formulas the cache starts afresh, so unusual workbooks cannot grow it without end. */
  constructor(private readonly limit = 10_000) {}

  get(key: string, build: () => string): string {
    let formula = this.byKey.get(key);
    if (formula === undefined) {
      formula = build();
      if (this.byKey.size >= this.limit) this.byKey.clear();
      this.byKey.set(key, formula);
    }
    return formula;
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
