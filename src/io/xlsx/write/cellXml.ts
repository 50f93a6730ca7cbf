/** One cell of a new sheet as SpreadsheetML: text through the shared strings, a formula with the value it shows. */
import { isCellError, type CellValue } from "../../../core";
import type { SharedStrings } from "./sharedStrings";
import { xmlText } from "./xmlText";

/** A value's type attribute and `<v>` (a formula's cached value is inline text, `str`). */
function valueXml(value: CellValue, strings: SharedStrings | null): { type: string; v: string } | null {
  if (value === null) return null;
  if (typeof value === "number") {
    // Excel has no NaN or infinity: a cell shows #NUM! for them.
    return Number.isFinite(value) ? { type: "", v: String(value) } : { type: ' t="e"', v: "#NUM!" };
  }
  if (typeof value === "boolean") return { type: ' t="b"', v: value ? "1" : "0" };
  if (isCellError(value)) return { type: ' t="e"', v: xmlText(value.error) };
  return strings ? { type: ' t="s"', v: String(strings.index(value)) } : { type: ' t="str"', v: xmlText(value) };
}

/** The `<c>` element; `style` null writes none. A cell with neither value nor formula is empty (styled or merged). */
export function cellXml(address: string, value: CellValue, formula: string | undefined, style: number | null, strings: SharedStrings): string {
  const s = style === null ? "" : ` s="${style}"`;
  // A formula's text is its own, never the cell's value: "=" goes, the rest is written as given.
  const shown = valueXml(value, formula ? null : strings);
  const f = formula ? `<f>${xmlText(formula.replace(/^=/, ""))}</f>` : "";
  if (!shown) return f ? `<c r="${address}"${s}>${f}</c>` : `<c r="${address}"${s}/>`;
  return `<c r="${address}"${s}${shown.type}>${f}<v>${shown.v}</v></c>`;
}
