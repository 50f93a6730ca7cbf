/**
 * How a planned cell value becomes what Office.js is given, and how what Office.js returns
 * becomes a snapshot value. Pure: no Office.js objects.
 */
import type { CellValue } from "../../core";

/** Excel's text prefix: a leading apostrophe is stored as the cell's "quote prefix", not as text. */
export const textPrefix = "'";

/**
 * The entry for `range.values` that writes `value` exactly as planned.
 *
 * Excel parses strings given to `range.values` the way it parses typing: "=x" becomes a
 * formula, "+1" and "70,5" numbers (by the user's locale), "TRUE" a boolean, "1/2" a date.
 * The plan's strings are text, always, so every non-empty string gets Excel's text prefix.
 * An empty string (or null) clears the cell; an error value is written as its literal
 * (#N/A, #DIV/0! ...), which Excel reads back as that error.
 */
export function valueInput(value: CellValue): string | number | boolean {
  if (value === null) return "";
  if (typeof value === "number") {
    if (!Number.isFinite(value)) throw new Error(`Not a finite number: ${value}`);
    return value;
  }
  if (typeof value === "boolean") return value;
  if (typeof value === "string") return value === "" ? "" : textPrefix + value;
  return value.error;
}

export type ValueType = "Unknown" | "Empty" | "String" | "Integer" | "Double" | "Boolean" | "Error" | "RichValue" | string;

/**
 * The snapshot value of one cell as Office.js reports it: `values` plus `valueTypes`
 * (an error reads as text "#DIV/0!" in `values`; only its type tells it from typed text).
 */
export function snapshotValue(raw: unknown, type: ValueType | undefined): CellValue {
  if (type === "Empty" || raw === "" || raw === null || raw === undefined) return null;
  if (type === "Error") return { error: String(raw) };
  if (typeof raw === "number" || typeof raw === "boolean" || typeof raw === "string") return raw;
  return String(raw);
}

/**
 * The formula of one cell, or null. `range.formulas` repeats the constant for cells without
 * a formula, so a text constant that starts with "=" (typed with the text prefix) must not
 * count: it is text whenever its value is the same string.
 */
export function snapshotFormula(formula: unknown, raw: unknown, type: ValueType | undefined): string | null {
  if (typeof formula !== "string" || !formula.startsWith("=") || formula.length < 2) return null;
  if (type === "String" && raw === formula) return null;
  return formula;
}

/** "General" is Excel's name for "no number format"; the snapshot says null, as the CLI does. */
export function snapshotNumberFormat(format: unknown): string | null {
  if (typeof format !== "string" || format === "" || format.toLowerCase() === "general") return null;
  return format;
}
