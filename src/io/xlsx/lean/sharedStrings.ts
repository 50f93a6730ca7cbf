/**
 * The shared string table as ExcelJS reads it: an item's plain <t>, or its rich text runs joined;
 * phonetic guides (<rPh>) left out; each <t>'s _xHHHH_ escapes (upper-case hex) decoded.
 */
import { token, XmlScanner } from "./xmlScanner";

const escape = /_x([0-9A-F]{4})_/g;

/** A <t>'s text with its _xHHHH_ escapes decoded, as ExcelJS decodes them in shared and rich text. */
export function unescapeText(text: string): string {
  return text.indexOf("_x") < 0 ? text : text.replace(escape, (_m, hex: string) => String.fromCharCode(parseInt(hex, 16)));
}

/** The text of the current <t> (the scanner stands on its open tag), up to its close. */
export function elementText(scanner: XmlScanner): string {
  if (scanner.selfClosing) {
    scanner.next();
    return "";
  }
  const depth = scanner.depth;
  let text = "";
  while (scanner.next() !== token.end) {
    if (scanner.kind === token.text) text += scanner.text;
    else if (scanner.kind === token.close && scanner.depth === depth - 1) break;
  }
  return text;
}

export function readSharedStrings(xml: string | null, part: string): string[] {
  if (xml === null) return [];
  const scanner = new XmlScanner(xml, part);
  const strings: string[] = [];
  while (scanner.next() !== token.end) {
    if (scanner.kind === token.open && scanner.name === "si") strings.push(readItem(scanner));
  }
  return strings;
}

/** One <si>: a <t> replaces whatever came before it; runs after a <t> are dropped, as ExcelJS does. */
function readItem(scanner: XmlScanner): string {
  if (scanner.selfClosing) {
    scanner.next();
    return "";
  }
  const depth = scanner.depth;
  let plain: string | undefined;
  let runs: string[] | undefined;
  while (scanner.next() !== token.end) {
    if (scanner.kind === token.close && scanner.depth === depth - 1) break;
    if (scanner.kind !== token.open) continue;
    if (scanner.name === "t") plain = unescapeText(elementText(scanner));
    else if (scanner.name === "r") {
      const run = readRun(scanner);
      if (plain === undefined) (runs ??= []).push(run);
    } else scanner.skipElement();
  }
  return plain ?? (runs ? runs.join("") : "");
}

/** A rich text run's text: its last <t> (a run has one). */
export function readRun(scanner: XmlScanner): string {
  if (scanner.selfClosing) {
    scanner.next();
    return "";
  }
  const depth = scanner.depth;
  let text = "";
  while (scanner.next() !== token.end) {
    if (scanner.kind === token.close && scanner.depth === depth - 1) break;
    if (scanner.kind !== token.open) continue;
    if (scanner.name === "t") text = unescapeText(elementText(scanner));
    else scanner.skipElement();
  }
  return text;
}
