/** Formula texts parsed once: the same formulas are evaluated over again within a run. */
import { BoundedCache } from "../boundedCache";
import { FormulaSyntaxError, parseFormula, type FormulaNode } from "./parse";

export class ParsedFormulas {
  private readonly parsed: BoundedCache<string, FormulaNode | null>;

  /** Past `limit` formulas it starts afresh, so an unusual workbook cannot grow it without end. */
  constructor(limit = 100_000) {
    this.parsed = new BoundedCache(limit);
  }

  /** The formula's tree; null when it does not parse. */
  get(formula: string): FormulaNode | null {
    const cached = this.parsed.get(formula);
    return cached !== undefined ? cached : this.parsed.set(formula, parseOrNull(formula));
  }
}

export function parseOrNull(formula: string): FormulaNode | null {
  try {
    return parseFormula(formula);
  } catch (error) {
    if (!(error instanceof FormulaSyntaxError)) throw error;
    return null;
  }
}
