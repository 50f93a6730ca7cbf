/**
 * The caches of one run of the engine (reading, checking and planning one workbook), owned the
 * way HyperFormula's engine owns its parser cache: made when the run starts and let go with it,
 * so nothing read from one workbook stays in memory once its run is over.
 */
import { ParsedFormulas } from "./formula/parsedFormulas";
import { ScoreFormulas } from "./plan/scoreFormulas";
import { ReadCaches } from "./readCaches";

export class EngineRun {
  /** A profile's formulas are evaluated as they stand, as repaired and at their best: parsed once. */
  readonly parsedFormulas = new ParsedFormulas();
  /** The sheets of one template share their score formulas: a province holds one string per formula. */
  readonly scoreFormulas = new ScoreFormulas();
  /** Labels, codes, numbers and answers the sheets of a template repeat; lent to the helpers while the run works. */
  readonly reading = new ReadCaches();
}
