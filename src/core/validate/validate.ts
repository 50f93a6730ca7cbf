/** Runs the check catalogue over a sheet. */
import type { DetectedBroken } from "./types";
import type { SchemeRegistry } from "../scheme/registry";
import type { IndicatorSheet } from "../sheet/model";
import type { SheetScore } from "../score/scoreSheet";
import type { SheetSnapshot } from "../snapshot";
import type { Finding } from "./finding";

export function validateBrokenLayout(_sheet: SheetSnapshot, _layout: DetectedBroken): Finding[] {
  return [];
}

export function validateIndicatorSheet(_sheet: IndicatorSheet, _score: SheetScore | undefined, _registry: SchemeRegistry): Finding[] {
  return [];
}
