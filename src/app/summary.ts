/** Summary: the recap sheets (Ringkasan, Rincian, Rekap Indeks) for the provincial bureau, as a write plan into the target workbook. */
import { buildSummaryOf, longDate, recapFile, type Lang, type WorkbookAnalysis, type PreviousResult, type RecapFile, type SchemeRegistry, type SkippedFile, type SummaryResult, type WorkbookSnapshot } from "../core";
import { analyze } from "./analyze";
import type { Clock, ReadSettings } from "./settings";

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
  /** The schemes the units were read with (the predicate scale of the recap); the first file's when absent. */
  registry?: SchemeRegistry;
}

/** One workbook read for the recap: what the recap keeps of it, and its analysis for the run's own report. */
export interface RecapInput {
  recap: RecapFile;
  analysis: WorkbookAnalysis;
}

/**
 * Reads one workbook for a recap. The result holds nothing of the workbook itself, so a host
 * can read many, one at a time. `year`: the recap's year (index scales follow it).
 */
export function recapInput(snapshot: WorkbookSnapshot, settings: ReadSettings, year?: string): RecapInput {
  // The recap makes its own reports of the sheets: the check's would be made and dropped.
  const analysis = analyze(snapshot, settings);
  return { recap: recapFile({ file: settings.label, analysis, snapshot }, year), analysis };
}

/** `target`: the workbook the recap is written into (its own recap sheets are regenerated, a user's sheet never overwritten). */
export function summarize(target: WorkbookSnapshot, files: readonly RecapFile[], request: SummaryRequest, clock: Clock): SummaryResult {
  const now = clock();
  const lang = request.lang ?? "id";
  return buildSummaryOf(target, files, {
    title: request.title,
    year: request.year,
    date: longDate(now, lang),
    at: now.toISOString(),
    lang,
    ...(request.previous ? { previous: request.previous } : {}),
    ...(request.skipped ? { skipped: request.skipped } : {}),
    ...(request.registry ? { registry: request.registry } : {}),
  });
}
