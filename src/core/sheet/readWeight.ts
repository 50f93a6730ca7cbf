/** Reads a weight cell: a number, a number typed as text ("4,5", "6%"), or something unusable. */
import { parseDecimal } from "../exact";
import { big0, exact } from "../exact";
import type { BoundedCache } from "../boundedCache";
import { readCaches } from "../readCaches";
import { isCellError, type CellValue } from "../snapshot";
import type { WeightReading } from "./model";

const emptyReading: WeightReading = { state: "empty", raw: null };

export function readWeight(raw: CellValue): WeightReading {
  if (raw === null) return emptyReading;
  if (isCellError(raw)) return { state: "error", raw };
  if (typeof raw === "number") {
    // Weights repeat on every sheet of a template, and readings are never changed: one serves them all.
    const readings = readCaches()?.weights;
    return readings?.get(raw) ?? numberReading(raw, readings);
  }
  if (typeof raw === "boolean") return { state: "invalid", raw };
  const text = raw.trim();
  if (!text) return { state: "empty", raw };
  const percent = text.endsWith("%");
  const parsed = parseDecimal(percent ? text.slice(0, -1) : text);
  if (!parsed || parsed.s < big0) return { state: "invalid", raw };
  return { state: "text-number", raw, value: percent ? parsed.div(100) : parsed };
}

function numberReading(raw: number, readings: BoundedCache<number, WeightReading> | undefined): WeightReading {
  const reading: WeightReading = Number.isFinite(raw) ? { state: "number", raw, value: exact(raw) } : { state: "invalid", raw };
  return readings ? readings.set(raw, reading) : reading;
}
