/** From a total to its band on a predicate scale. */
import { exact, type Exact } from "../exact";
import type { Band, PredicateScale } from "./predicateScale";

export function bandOf(scale: PredicateScale, total: Exact): Band {
  for (const band of scale.bands) {
    if (band.min === undefined) return band;
    const min = exact(band.min);
    if (scale.lowerBound === "exclusive" ? total.gt(min) : total.gte(min)) return band;
  }
  return scale.bands[scale.bands.length - 1];
}
