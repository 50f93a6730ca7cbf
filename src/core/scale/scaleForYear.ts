/**
 * Index scales that follow the year: an index (MCP, Sistem Merit) may have several scales,
 * each for a range of evaluation years. Given the index (or any of its scales) and a year, the
 * scale in force then; without a year, the scale named (an index's id names its first one).
 */
import type { PredicateScale } from "./predicateScale";

export function indexOfScale(scale: PredicateScale): string {
  return scale.index ?? scale.id;
}

export function scaleForYear(scales: ReadonlyMap<string, PredicateScale>, id: string, year: number | null): PredicateScale | undefined {
  const named = scales.get(id);
  const index = named ? indexOfScale(named) : id;
  const family = [...scales.values()].filter((s) => indexOfScale(s) === index);
  if (family.length === 0) return undefined;
  if (year === null) return named ?? family[0];
  const inForce = family.find((s) => (s.years?.from ?? -Infinity) <= year && year <= (s.years?.to ?? Infinity));
  return inForce ?? named ?? family[0];
}

/** "2024-", "-2023", "2020-2022", or "" for a scale without years. */
export function yearsText(scale: PredicateScale): string {
  if (!scale.years) return "";
  return `${scale.years.from ?? ""}-${scale.years.to ?? ""}`;
}
