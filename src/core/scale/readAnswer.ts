/** Reads an answer cell against its scale: accepted spellings, placeholders, decimal commas. */
import { exact, parseDecimal, toNumber, type Exact } from "../exact";
import { readCaches } from "../readCaches";
import { isCellError, type CellValue } from "../snapshot";
import type { AnswerScale } from "./answerScale";

export type AnswerReading =
  | { state: "empty" }
  /** A text that lists the choices ("Y/T"): not answered yet. */
  | { state: "placeholder"; raw: string }
  /** number: the value as the nearest double, for output cells (read once, written on every row). */
  | { state: "answered"; answer: string; value: Exact; number: number; raw: CellValue; numberAsText: boolean }
  | { state: "invalid"; raw: string }
  | { state: "error"; raw: string };

export function normalizeAnswer(text: string): string {
  return text.trim().replace(/\s+/g, " ").toUpperCase();
}

function normalizePlaceholder(text: string): string {
  return normalizeAnswer(text).replace(/\s*\/\s*/g, "/");
}

/**
 * A scale's normalised placeholders and spellings, built once per scale object: answers are
 * read for every row of every sheet. Scales are data and never change after loading.
 */
interface PreparedScale {
  placeholders: Set<string>;
  /** Normalised spelling -> the choice it selects (first choice wins, as in scale order). */
  choices: Map<string, { answer: string; value: Exact; number: number }>;
  min?: Exact;
  max?: Exact;
}

/** Enough for any real answer vocabulary; past it, texts are read without caching. */
const readingCacheLimit = 512;
const emptyReading: AnswerReading = { state: "empty" };

const prepared = new WeakMap<AnswerScale, PreparedScale>();

function prepare(scale: AnswerScale): PreparedScale {
  let ready = prepared.get(scale);
  if (ready) return ready;
  ready = { placeholders: new Set(scale.placeholders.map(normalizePlaceholder)), choices: new Map() };
  if (scale.kind === "choice") {
    for (const choice of scale.choices) {
      const value = exact(choice.value);
      const target = { answer: choice.answer, value, number: toNumber(value) };
      for (const spelling of [choice.answer, ...choice.aliases]) {
        const key = normalizeAnswer(spelling);
        if (!ready.choices.has(key)) ready.choices.set(key, target);
      }
    }
  } else {
    ready.min = exact(scale.min);
    ready.max = exact(scale.max);
  }
  prepared.set(scale, ready);
  return ready;
}

/** Readings are shared and never changed: equal texts on one scale read alike. */
export function readAnswer(raw: CellValue, scale: AnswerScale): AnswerReading {
  return readWithin(raw, scale, readingsOf(scale));
}

/** readAnswer on one scale, with its readings looked up once: for a run of rows on the same scale. */
export function answerReader(scale: AnswerScale): (raw: CellValue) => AnswerReading {
  const readings = readingsOf(scale);
  return (raw) => readWithin(raw, scale, readings);
}

/** The run's readings of texts on this scale; none outside a run. */
function readingsOf(scale: AnswerScale): Map<string, AnswerReading> | undefined {
  const answers = readCaches()?.answers;
  if (answers === undefined) return undefined;
  let readings = answers.get(scale);
  if (readings === undefined) answers.set(scale, (readings = new Map()));
  return readings;
}

function readWithin(raw: CellValue, scale: AnswerScale, readings: Map<string, AnswerReading> | undefined): AnswerReading {
  if (raw === null) return emptyReading;
  if (typeof raw !== "string" || readings === undefined) return readUncached(raw, scale);
  let reading = readings.get(raw);
  if (!reading) {
    reading = readUncached(raw, scale);
    if (readings.size < readingCacheLimit) readings.set(raw, reading);
  }
  return reading;
}

function readUncached(raw: CellValue, scale: AnswerScale): AnswerReading {
  if (raw === null) return emptyReading;
  if (isCellError(raw)) return { state: "error", raw: raw.error };
  const text = typeof raw === "string" ? raw : String(raw);
  const normalized = normalizeAnswer(text);
  if (!normalized) return emptyReading;
  const ready = prepare(scale);
  const placeholder = normalized.includes("/") ? normalized.replace(/\s*\/\s*/g, "/") : normalized;
  if (ready.placeholders.has(placeholder)) return { state: "placeholder", raw: text };
  if (scale.kind === "choice") {
    const choice = ready.choices.get(normalized);
    return choice ? { state: "answered", answer: choice.answer, value: choice.value, number: choice.number, raw, numberAsText: false } : { state: "invalid", raw: text };
  }
  const value = typeof raw === "number" ? exact(raw) : parseDecimal(text);
  if (!value || value.lt(ready.min!) || value.gt(ready.max!)) return { state: "invalid", raw: text };
  return { state: "answered", answer: text.trim(), value, number: toNumber(value), raw, numberAsText: typeof raw === "string" };
}

/** The answers a scale accepts, for messages and data-validation lists ("Y, T"). */
export function allowedAnswers(scale: AnswerScale): string[] {
  return scale.kind === "choice" ? scale.choices.map((c) => c.answer) : [`${scale.min}–${scale.max}`];
}
