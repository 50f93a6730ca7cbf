/** Row kinds from codes (docs/format.md, "Body"). */
import { readCaches } from "../readCaches";
import { isCellError, type CellValue } from "../snapshot";

export type RowKind = "component" | "subcomponent" | "criterion";

export interface ParsedCode {
  /** Normalised: trimmed, trailing '.' dropped, letters lower case ("1.a.1"). */
  code: string;
  kind: RowKind | "invalid";
}

const patterns: { kind: RowKind; pattern: RegExp }[] = [
  { kind: "component", pattern: /^\d+$/ },
  { kind: "subcomponent", pattern: /^\d+\.[a-z]$/ },
  { kind: "criterion", pattern: /^\d+\.[a-z]\.\d+$/ },
];

/** null for an empty code cell (a free-text row). Every sheet of a template repeats the same codes: parsed codes are shared, never changed. */
export function parseCode(value: CellValue): ParsedCode | null {
  const codes = readCaches()?.codes;
  if (typeof value !== "string" || codes === undefined) return parseCodeValue(value);
  const parsed = codes.get(value);
  return parsed !== undefined ? parsed : codes.set(value, parseCodeValue(value));
}

function parseCodeValue(value: CellValue): ParsedCode | null {
  if (value === null || isCellError(value)) return value === null ? null : { code: value.error, kind: "invalid" };
  const text = String(value).trim();
  if (!text) return null;
  const code = text.replace(/\.+$/, "").replace(/\s+/g, "").toLowerCase();
  const match = patterns.find((p) => p.pattern.test(code));
  return { code, kind: match ? match.kind : "invalid" };
}

/** "1.a.1" -> "1.a"; "1.a" -> "1"; "1" -> null. */
export function parentCode(code: string): string | null {
  const cut = code.lastIndexOf(".");
  return cut < 0 ? null : code.slice(0, cut);
}
