/** Summary: the recap sheets (Ringkasan, Rincian, Rekap Indeks) for the provincial bureau, as a write plan into the target workbook. */
import { buildSummary, longDate, type Lang, type PreviousResult, type SchemeRegistry, type SkippedFile, type SummaryInput, type SummaryResult, type WorkbookSnapshot } from "../core";
import type { Clock } from "./settings";

export interface SummaryRequest {
  /** The regency's or bureau's name for the recap's title. */
  title?: string;
  /** The evaluation year; the units' own years when absent. */
  year?: string;
  /** The language of the recap's texts and date; Bahasa Indonesia when absent. */
  lang?: Lang;
  /** Last year's results, to show beside this year's. */
  previous?: readonly PreviousResult[];
  /** Files named to the recap that hold nothing it can count, listed on it. */
  skipped?: readonly SkippedFile[];
  /** The schemes the units were read with (the predicate scale of the recap). */
  registry?: SchemeRegistry;
}

/** `target`: the workbook the recap is written into (its own recap sheets are regenerated, a user's sheet never overwritten). */
export function summarize(target: WorkbookSnapshot, inputs: readonly SummaryInput[], request: SummaryRequest, clock: Clock): SummaryResult {
  const now = clock();
  const lang = request.lang ?? "id";
  return buildSummary(target, inputs, {
    title: request.title,
    year: request.year,
    date: longDate(now, lang),
    at: now.toISOString(),
    lang,
    ...(request.previous ? { previous: request.previous } : {}),
    ...(request.skipped ? { skipped: [...request.skipped] } : {}),
    ...(request.registry ? { registry: request.registry } : {}),
  });
}
