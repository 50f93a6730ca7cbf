/** One cell's XML from a planned write: the value, or the formula with its cached value. */
import { isCellError, type CellValue } from "../../../core";
import { Unsupported } from "./unsupported";
import { attributesXml, escapeXml, withAttribute, type Attributes } from "./xml";

function numberText(value: number): string {
  if (!Number.isFinite(value)) throw new Unsupported({ kind: "not-storable-number", value: String(value) });
  return String(value);
}

/** Type attribute and inner XML of a plain value. Text is always an inline string, never a formula. */
function plainContent(value: CellValue): { type?: string; inner: string } {
  if (value === null) return { inner: "" };
  if (typeof value === "number") return { inner: `<v>${numberText(value)}</v>` };
  if (typeof value === "boolean") return { type: "b", inner: `<v>${value ? 1 : 0}</v>` };
  if (isCellError(value)) return { type: "e", inner: `<v>${escapeXml(value.error)}</v>` };
  return { type: "inlineStr", inner: `<is><t xml:space="preserve">${escapeXml(value)}</t></is>` };
}

/** Type attribute and inner XML of a formula and the value it shows. */
function formulaContent(formula: string, value: CellValue): { type?: string; inner: string } {
  const f = `<f>${escapeXml(formula.replace(/^=/, ""))}</f>`;
  if (value === null) return { inner: f };
  if (typeof value === "number") return { inner: `${f}<v>${numberText(value)}</v>` };
  if (typeof value === "boolean") return { type: "b", inner: `${f}<v>${value ? 1 : 0}</v>` };
  if (isCellError(value)) return { type: "e", inner: `${f}<v>${escapeXml(value.error)}</v>` };
  return { type: "str", inner: `${f}<v>${escapeXml(value)}</v>` };
}

/**
 * The cell element for a write, keeping the old cell's other attributes (style, phonetics).
 * Its type and metadata references belonged to the old content and go with it.
 */
export function cellXml(address: string, old: Attributes, value: CellValue, formula: string | undefined, style: string | undefined): string {
  const content = formula ? formulaContent(formula, value) : plainContent(value);
  let attributes = old.filter(([key]) => key !== "r" && key !== "t" && key !== "cm" && key !== "vm");
  attributes = withAttribute(attributes, "s", style);
  const all: Attributes = [["r", address], ...attributes, ...(content.type ? ([["t", content.type]] as Attributes) : [])];
  return content.inner ? `<c${attributesXml(all)}>${content.inner}</c>` : `<c${attributesXml(all)}/>`;
}
