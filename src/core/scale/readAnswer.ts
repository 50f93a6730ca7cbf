/** Reads an answer cell against its scale: accepted spellings, placeholders, decimal commas. */
import { exact, parseDecimal, type Exact } from "../exact";
import { isCellError, type CellValue } from "../snapshot";
import type { AnswerScale } from "./answerScale";

export type AnswerReading =
  | { state: "empty" }
  /** A text that lists the choices ("Y/T"): not answered yet. */
  | { state: "placeholder"; raw: string }
  | { state: "answered"; answer: string; value: Exact; raw: CellValue; numberAsText: boolean }
  | { state: "invalid"; raw: string }
  | { state: "error"; raw: string };

export function normalizeAnswer(text: string): string {
  return text.trim().replace(/\s+/g, " ").toUpperCase();
}

function normalizePlaceholder(text: string): string {
  return normalizeAnswer(text).replace(/\s*\/\s*/g, "/");
}

export function readAnswer(raw: CellValue, scale: AnswerScale): AnswerReading {
  if (raw === null) return { state: "empty" };
  if (isCellError(raw)) return { state: "error", raw: raw.error };
  const text = typeof raw === "string" ? raw : String(raw);
  if (!text.trim()) return { state: "empty" };
  const placeholder = normalizePlaceholder(text);
  if (scale.placeholders.some((p) => normalizePlaceholder(p) === placeholder)) return { state: "placeholder", raw: text };
  return answerKinds[scale.kind](raw, text, scale as never);
}

type Reader<S extends AnswerScale> = (raw: CellValue, text: string, scale: S) => AnswerReading;

const answerKinds: { [K in AnswerScale["kind"]]: Reader<Extract<AnswerScale, { kind: K }>> } = {
  choice(raw, text, scale) {
    const wanted = normalizeAnswer(text);
    for (const choice of scale.choices) {
      if (normalizeAnswer(choice.answer) === wanted || choice.aliases.some((alias) => normalizeAnswer(alias) === wanted)) {
        return { state: "answered", answer: choice.answer, value: exact(choice.value), raw, numberAsText: false };
      }
    }
    return { state: "invalid", raw: text };
  },
  number(raw, text, scale) {
    const value = typeof raw === "number" ? exact(raw) : parseDecimal(text);
    if (!value || value.lt(exact(scale.min)) || value.gt(exact(scale.max))) return { state: "invalid", raw: text };
    return { state: "answered", answer: text.trim(), value, raw, numberAsText: typeof raw === "string" };
  },
};

/** The answers a scale accepts, for messages and data-validation lists ("Y, T"). */
export function allowedAnswers(scale: AnswerScale): string[] {
  return scale.kind === "choice" ? scale.choices.map((c) => c.answer) : [`${scale.min}–${scale.max}`];
}
