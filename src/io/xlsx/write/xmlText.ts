/** Text as written into new package parts: XML-escaped, with what XML 1.0 cannot hold made safe. */
import { escapeXml } from "../patch/xml";

/** Anything `escapeXml` would change: most text has none of it and is written as it is. */
const needsEscape = /[&<>"\r\x00-\x08\x0B\x0C\x0E-\x1F\uFFFE\uFFFF]/; // eslint-disable-line no-control-regex

/** Text for an attribute or element: markup escaped, characters invalid in XML as Excel's `_xHHHH_`. */
export function xmlText(text: string): string {
  return needsEscape.test(text) ? escapeXml(text) : text;
}

/** A literal `_xHHHH_` in the text, which a reader would take for an escape. */
const escapeLookalike = /_(x[0-9A-Fa-f]{4}_)/g;

/**
 * A shared string's text. Readers decode `_xHHHH_` there, so a literal one is written with its
 * underscore escaped (`_x005F_`), as Excel does, and comes back as typed.
 */
export function sharedStringText(text: string): string {
  return xmlText(text.includes("_x") ? text.replace(escapeLookalike, "_x005F_$1") : text);
}
