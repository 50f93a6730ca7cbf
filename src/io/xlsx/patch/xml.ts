/** Just enough XML for editing package parts as text: tags, attributes, escaping. */

/** A start (or empty) tag's attribute text, quoted values may hold '>'. */
const attributeText = `(?:[^>"']|"[^"]*"|'[^']*')*`;

/** Matches `<name ...>` or `<name .../>`: group 1 the attributes, group 2 "/" when empty. */
export function startTagPattern(name: string, flags = "g"): RegExp {
  return new RegExp(`<${name}(?=[\\s/>])(${attributeText}?)(/?)>`, flags);
}

export type Attributes = [string, string][];

export function parseAttributes(text: string): Attributes {
  const attributes: Attributes = [];
  const pattern = /([^\s=/]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g;
  for (let match = pattern.exec(text); match; match = pattern.exec(text)) attributes.push([match[1], unescapeXml(match[2] ?? match[3])]);
  return attributes;
}

export function attribute(attributes: Attributes, name: string): string | undefined {
  return attributes.find(([key]) => key === name)?.[1];
}

/** Sets (or, with undefined, removes) an attribute, keeping the others in their order. */
export function withAttribute(attributes: Attributes, name: string, value: string | undefined): Attributes {
  const index = attributes.findIndex(([key]) => key === name);
  if (value === undefined) return index < 0 ? attributes : attributes.filter((_, i) => i !== index);
  if (index < 0) return [...attributes, [name, value]];
  return attributes.map((pair, i) => (i === index ? [name, value] : pair));
}

export function attributesXml(attributes: Attributes): string {
  return attributes.map(([key, value]) => ` ${key}="${escapeXml(value)}"`).join("");
}

/** Characters XML 1.0 cannot hold at all: Excel writes them as _xHHHH_. */
const invalidCharacters = /[\x00-\x08\x0B\x0C\x0E-\x1F\uFFFE\uFFFF]/g; // eslint-disable-line no-control-regex

export function escapeXml(text: string): string {
  return text
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;")
    .replace(/\r/g, "&#13;")
    .replace(invalidCharacters, (ch) => `_x${ch.charCodeAt(0).toString(16).toUpperCase().padStart(4, "0")}_`);
}

export function unescapeXml(text: string): string {
  // Most values hold no reference at all: nothing to replace.
  if (!text.includes("&")) return text;
  return text.replace(/&(#x[0-9a-fA-F]+|#\d+|amp|lt|gt|quot|apos);/g, (_, entity: string) => {
    if (entity[0] === "#") return String.fromCodePoint(entity[1] === "x" ? parseInt(entity.slice(2), 16) : parseInt(entity.slice(1), 10));
    return { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" }[entity] as string;
  });
}

/** The first element `<name ...>...</name>` (or empty `<name/>`) in text, with its place. */
export interface Element {
  start: number;
  end: number;
  attributes: Attributes;
  /** Between the start and end tags; null for an empty element. */
  inner: string | null;
  innerStart: number;
}

export function findElement(text: string, name: string, from = 0): Element | null {
  return elementAt(text, name, startTagPattern(name), from);
}

/** `findElement` with the start-tag pattern of `name` made once by the caller. */
function elementAt(text: string, name: string, pattern: RegExp, from: number): Element | null {
  pattern.lastIndex = from;
  const match = pattern.exec(text);
  if (!match) return null;
  const attributes = parseAttributes(match[1]);
  const innerStart = match.index + match[0].length;
  if (match[2] === "/") return { start: match.index, end: innerStart, attributes, inner: null, innerStart };
  const close = text.indexOf(`</${name}>`, innerStart);
  if (close < 0) return null;
  return { start: match.index, end: close + name.length + 3, attributes, inner: text.slice(innerStart, close), innerStart };
}

/** Every element `name` directly in text (elements of that name do not nest in the parts LKE edits). */
export function findElements(text: string, name: string): Element[] {
  const found: Element[] = [];
  // One pattern for all of them: parts hold hundreds of elements of one name (rows, cells, relationships).
  const pattern = startTagPattern(name);
  for (let element = elementAt(text, name, pattern, 0); element; element = elementAt(text, name, pattern, element.end)) found.push(element);
  return found;
}
