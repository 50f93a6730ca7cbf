/** Numbers in messages: Indonesian writes 1.234,5 (decimal comma), English 1,234.5. */
import type { WeightUnits } from "../sheet/model";

export type Lang = "id" | "en";

const separators: Record<Lang, { decimal: string; group: string }> = {
  id: { decimal: ",", group: "." },
  en: { decimal: ".", group: "," },
};

/** At most `maxDecimals` decimals (rounded half away from zero), trailing zeros dropped. */
export function formatNumber(value: number, lang: Lang, maxDecimals = 6): string {
  if (!Number.isFinite(value)) return String(value);
  const { decimal, group } = separators[lang];
  const factor = 10 ** maxDecimals;
  const rounded = Math.sign(value) * Math.round(Math.abs(value) * factor + Number.EPSILON) / factor;
  const [intPart, fracPart = ""] = Math.abs(rounded).toFixed(maxDecimals).split(".");
  const grouped = intPart.replace(/\B(?=(\d{3})+(?!\d))/g, group);
  const frac = fracPart.replace(/0+$/, "");
  const sign = rounded < 0 ? "-" : "";
  return `${sign}${grouped}${frac ? decimal + frac : ""}`;
}

/** A weight or score as the sheet shows it: points as a number, fractions as a percentage (0.06 -> 6%). */
export function formatWeight(value: number, units: WeightUnits, lang: Lang): string {
  return units === "fraction" ? `${formatNumber(value * 100, lang, 4)}%` : formatNumber(value, lang);
}

/** A param that may be a number or a text, as a message shows it. */
export function formatValue(value: string | number, lang: Lang): string {
  return typeof value === "number" ? formatNumber(value, lang) : value;
}

/** A score with exactly `decimals` decimals: 77.1 -> "77,10" (id) or "77.10" (en). */
export function formatFixed(value: number, lang: Lang, decimals = 2): string {
  return localDecimal(value.toFixed(decimals), lang);
}

/** A decimal written in data ("0.75") as the language writes it, its digits kept. */
export function localDecimal(text: string, lang: Lang): string {
  return lang === "id" ? text.replace(".", separators.id.decimal) : text;
}
