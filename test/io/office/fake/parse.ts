/**
 * What Excel makes of a string written through `range.values` (or a constant through
 * `range.formulas`): the same as typing it. A leading apostrophe makes text (Excel keeps it
 * as the cell's quote prefix); "=", "+", "-" and "@" start a formula unless the rest is a
 * number; numbers, percentages, dates and TRUE/FALSE follow the user's locale.
 */
import type { CellValue } from "../../../../src/core/snapshot";

export type FakeLocale = "en-US" | "id-ID";

export interface ParsedInput {
  value: CellValue;
  formula: string | null;
  quotePrefix: boolean;
  /** A number format Excel applies to a General cell for this input (percent, date). */
  numberFormat?: string;
}

const errorLiterals = ["#NULL!", "#DIV/0!", "#VALUE!", "#REF!", "#NAME?", "#NUM!", "#N/A", "#GETTING_DATA", "#SPILL!", "#CALC!"];

const booleans: Record<FakeLocale, [string, string]> = { "en-US": ["TRUE", "FALSE"], "id-ID": ["BENAR", "SALAH"] };

const separators: Record<FakeLocale, { decimal: string; group: string }> = {
  "en-US": { decimal: ".", group: "," },
  "id-ID": { decimal: ",", group: "." },
};

function escape(ch: string): string {
  return ch.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/** A number typed in `locale` ("1,234.5", "70,5", "-3", "1e3", "50%"), or null. */
export function parseLocaleNumber(text: string, locale: FakeLocale): { value: number; percent: boolean } | null {
  const { decimal, group } = separators[locale];
  const d = escape(decimal);
  const g = escape(group);
  const pattern = new RegExp(`^([+-]?)(\\d{1,3}(?:${g}\\d{3})+|\\d+)?(?:${d}(\\d+))?(?:[eE]([+-]?\\d+))?(%?)$`);
  const match = pattern.exec(text.trim());
  if (!match || (match[2] === undefined && match[3] === undefined)) return null;
  const intPart = (match[2] ?? "0").split(group).join("");
  const number = Number(`${match[1]}${intPart}.${match[3] ?? "0"}${match[4] ? `e${match[4]}` : ""}`);
  if (!Number.isFinite(number)) return null;
  const percent = match[5] === "%";
  return { value: percent ? number / 100 : number, percent };
}

function dateSerial(year: number, month: number, day: number): number {
  return Date.UTC(year, month - 1, day) / 86400000 + 25569;
}

function parseDate(text: string, locale: FakeLocale): number | null {
  const match = /^(\d{1,2})\/(\d{1,2})\/(\d{2}|\d{4})$/.exec(text.trim());
  if (!match) return null;
  const [a, b] = [Number(match[1]), Number(match[2])];
  const [month, day] = locale === "en-US" ? [a, b] : [b, a];
  let year = Number(match[3]);
  if (match[3].length === 2) year += year < 30 ? 2000 : 1900;
  if (month < 1 || month > 12 || day < 1 || day > 31) return null;
  return dateSerial(year, month, day);
}

export function parseInput(text: string, locale: FakeLocale): ParsedInput {
  if (text.startsWith("'")) return { value: text.slice(1) === "" ? null : text.slice(1), formula: null, quotePrefix: true };
  const trimmed = text.trim();
  const number = parseLocaleNumber(trimmed, locale);
  if (number) return { value: number.value, formula: null, quotePrefix: false, ...(number.percent ? { numberFormat: "0%" } : {}) };
  if (text.startsWith("=") && text.length > 1) return { value: null, formula: text, quotePrefix: false };
  if (text.startsWith("+") || text.startsWith("-")) return { value: null, formula: `=${text}`, quotePrefix: false };
  if (text.startsWith("@") && text.length > 1) return { value: null, formula: `=${text.slice(1)}`, quotePrefix: false };
  const upper = trimmed.toUpperCase();
  const [yes, no] = booleans[locale];
  if (upper === yes) return { value: true, formula: null, quotePrefix: false };
  if (upper === no) return { value: false, formula: null, quotePrefix: false };
  if (errorLiterals.includes(upper)) return { value: { error: upper }, formula: null, quotePrefix: false };
  const date = parseDate(trimmed, locale);
  if (date !== null) return { value: date, formula: null, quotePrefix: false, numberFormat: locale === "en-US" ? "m/d/yyyy" : "dd/mm/yyyy" };
  return { value: text, formula: null, quotePrefix: false };
}
