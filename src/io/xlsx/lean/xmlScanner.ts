/**
 * A strict pull scanner over one XML part, keeping no tree: the reader asks for the next tag or
 * text and keeps only what a snapshot needs. It refuses what a well-formed part never holds
 * (tags closed out of order or left open, bare '&', unknown entities, control characters), and
 * it never expands entities: a DTD is refused outright; only the five predefined entities and
 * numeric character references are decoded. Depth, and the length of any one text or attribute,
 * are bounded.
 */
import { LeanRefused } from "./leanRefused";

export const xmlLimits = {
  /** Element nesting; SpreadsheetML parts nest about a dozen deep. */
  maxDepth: 128,
  /** Characters in one text or attribute value (an Excel cell holds at most 32,767). */
  maxTextChars: 1_048_576,
} as const;

export const token = { end: 0, open: 1, close: 2, text: 3 } as const;
export type Token = (typeof token)[keyof typeof token];

// XML 1.0 Char production: these never appear in a well-formed part, raw or as references.
// eslint-disable-next-line no-control-regex
const forbiddenChars = /[\x00-\x08\x0B\x0C\x0E-\x1F\uFFFE\uFFFF]/;

function allowedCodePoint(code: number): boolean {
  return code === 0x9 || code === 0xa || code === 0xd || (code >= 0x20 && code <= 0xd7ff) || (code >= 0xe000 && code <= 0xfffd) || (code >= 0x10000 && code <= 0x10ffff);
}

const predefined: Record<string, string> = { lt: "<", gt: ">", amp: "&", apos: "'", quot: '"' };

function isSpace(code: number): boolean {
  return code === 0x20 || code === 0x0a || code === 0x09 || code === 0x0d;
}

export class XmlScanner {
  /** The current token's kind, and for tags its qualified name as written ("c", "x14:id"). */
  kind: Token = token.end;
  name = "";
  /** Decoded text of a text token. */
  text = "";
  /** An open tag that was also its own close: the next token is its close. */
  selfClosing = false;
  private readonly attrNames: string[] = [];
  private readonly attrValues: string[] = [];
  private attrCount = 0;
  private at = 0;
  private readonly stack: string[] = [];
  private pendingClose = false;

  constructor(
    private readonly xml: string,
    readonly part: string,
  ) {
    if (forbiddenChars.test(xml)) this.malformed("a character XML does not allow");
  }

  get depth(): number {
    return this.stack.length;
  }

  /** An attribute of the current open tag, decoded; undefined when it has none of that name. */
  attribute(name: string): string | undefined {
    for (let i = 0; i < this.attrCount; i++) if (this.attrNames[i] === name) return this.attrValues[i];
    return undefined;
  }

  malformed(detail: string): never {
    throw new LeanRefused({ kind: "xml", part: this.part, detail });
  }

  next(): Token {
    if (this.pendingClose) {
      this.pendingClose = false;
      this.name = this.stack.pop()!;
      return (this.kind = token.close);
    }
    const xml = this.xml;
    for (;;) {
      const start = this.at;
      if (start >= xml.length) {
        if (this.stack.length > 0) this.malformed(`<${this.stack[this.stack.length - 1]}> is never closed`);
        return (this.kind = token.end);
      }
      if (xml.charCodeAt(start) !== 0x3c) {
        let end = xml.indexOf("<", start);
        if (end < 0) end = xml.length;
        this.at = end;
        const raw = xml.slice(start, end);
        if (this.stack.length === 0) {
          if (raw.trim() !== "") this.malformed("text outside the root element");
          continue;
        }
        // Line ends read as one line feed, as XML says, before references are decoded.
        this.text = this.decoded(raw.indexOf("\r") >= 0 ? raw.replace(/\r\n?/g, "\n") : raw);
        return (this.kind = token.text);
      }
      const second = xml.charCodeAt(start + 1);
      if (second === 0x3f) {
        // <?...?>: the XML declaration or a processing instruction, neither of which says anything read here.
        this.at = this.indexAfter("?>", start + 2, "processing instruction");
        continue;
      }
      if (second === 0x21) {
        if (xml.startsWith("<!--", start)) {
          this.at = this.indexAfter("-->", start + 4, "comment");
          continue;
        }
        if (xml.startsWith("<![CDATA[", start)) {
          if (this.stack.length === 0) this.malformed("CDATA outside the root element");
          const end = xml.indexOf("]]>", start + 9);
          if (end < 0) this.malformed("a CDATA section is never closed");
          const raw = xml.slice(start + 9, end);
          this.text = this.capped(raw.indexOf("\r") >= 0 ? raw.replace(/\r\n?/g, "\n") : raw);
          this.at = end + 3;
          return (this.kind = token.text);
        }
        // <!DOCTYPE, <!ENTITY and their kind: entity declarations are never read, let alone expanded.
        throw new LeanRefused({ kind: "dtd", part: this.part });
      }
      if (second === 0x2f) return this.closeTag(start);
      return this.openTag(start);
    }
  }

  /** Skips to the end of the current element (just after its close), whatever it holds. */
  skipElement(): void {
    if (this.kind !== (token.open as Token)) return;
    const depth = this.stack.length;
    while (this.next() !== token.end) if (this.kind === token.close && this.stack.length === depth - 1) return;
  }

  private indexAfter(marker: string, from: number, what: string): number {
    const end = this.xml.indexOf(marker, from);
    if (end < 0) this.malformed(`a ${what} is never closed`);
    return end + marker.length;
  }

  private capped(text: string): string {
    if (text.length > xmlLimits.maxTextChars) throw new LeanRefused({ kind: "too-long", part: this.part, limit: xmlLimits.maxTextChars });
    return text;
  }

  private decoded(raw: string): string {
    this.capped(raw);
    return raw.indexOf("&") < 0 ? raw : this.decodeEntities(raw);
  }

  private decodeEntities(raw: string): string {
    let out = "";
    let from = 0;
    for (let amp = raw.indexOf("&"); amp >= 0; amp = raw.indexOf("&", from)) {
      const semi = raw.indexOf(";", amp + 1);
      // A reference is short (&#x10FFFF;, leading zeros aside); a ';' far away means a bare '&'.
      if (semi < 0 || semi - amp > 32) this.malformed("a bare '&'");
      const name = raw.slice(amp + 1, semi);
      let value: string | undefined;
      if (name.charCodeAt(0) === 0x23) {
        const hex = name.charCodeAt(1) === 0x78;
        const digits = name.slice(hex ? 2 : 1);
        const code = digits !== "" && (hex ? /^[0-9A-Fa-f]+$/ : /^[0-9]+$/).test(digits) ? parseInt(digits, hex ? 16 : 10) : NaN;
        if (!allowedCodePoint(code)) this.malformed(`a character reference to a character XML does not allow (&${name};)`);
        value = String.fromCodePoint(code);
      } else {
        value = predefined[name];
        if (value === undefined || !Object.prototype.hasOwnProperty.call(predefined, name)) this.malformed(`an entity XML does not predefine (&${name};)`);
      }
      out += raw.slice(from, amp) + value;
      from = semi + 1;
    }
    return out + raw.slice(from);
  }

  private readName(from: number): number {
    const xml = this.xml;
    let i = from;
    for (; i < xml.length; i++) {
      const code = xml.charCodeAt(i);
      if (isSpace(code) || code === 0x3e || code === 0x2f || code === 0x3d || code === 0x3c) break;
    }
    if (i === from) this.malformed("a tag or attribute without a name");
    return i;
  }

  private closeTag(start: number): Token {
    const xml = this.xml;
    const nameEnd = this.readName(start + 2);
    const name = xml.slice(start + 2, nameEnd);
    let i = nameEnd;
    while (i < xml.length && isSpace(xml.charCodeAt(i))) i++;
    if (xml.charCodeAt(i) !== 0x3e) this.malformed(`</${name}> is not closed with '>'`);
    const open = this.stack.pop();
    if (open !== name) this.malformed(open === undefined ? `</${name}> closes nothing` : `</${name}> closes <${open}>`);
    this.at = i + 1;
    this.name = name;
    return (this.kind = token.close);
  }

  private openTag(start: number): Token {
    const xml = this.xml;
    const nameEnd = this.readName(start + 1);
    const name = xml.slice(start + 1, nameEnd);
    this.attrCount = 0;
    let i = nameEnd;
    for (;;) {
      const spaceStart = i;
      while (i < xml.length && isSpace(xml.charCodeAt(i))) i++;
      if (i >= xml.length) this.malformed(`<${name}> is never finished`);
      const code = xml.charCodeAt(i);
      if (code === 0x3e) {
        i += 1;
        this.selfClosing = false;
        break;
      }
      if (code === 0x2f) {
        if (xml.charCodeAt(i + 1) !== 0x3e) this.malformed(`'/' inside <${name}>`);
        i += 2;
        this.selfClosing = true;
        break;
      }
      if (i === spaceStart) this.malformed(`attributes of <${name}> run together`);
      const attrEnd = this.readName(i);
      const attr = xml.slice(i, attrEnd);
      i = attrEnd;
      while (i < xml.length && isSpace(xml.charCodeAt(i))) i++;
      if (xml.charCodeAt(i) !== 0x3d) this.malformed(`attribute ${attr} of <${name}> has no value`);
      i++;
      while (i < xml.length && isSpace(xml.charCodeAt(i))) i++;
      const quote = xml.charCodeAt(i);
      if (quote !== 0x22 && quote !== 0x27) this.malformed(`attribute ${attr} of <${name}> is not quoted`);
      const valueEnd = xml.indexOf(quote === 0x22 ? '"' : "'", i + 1);
      if (valueEnd < 0) this.malformed(`attribute ${attr} of <${name}> is never closed`);
      const raw = xml.slice(i + 1, valueEnd);
      if (raw.indexOf("<") >= 0) this.malformed(`'<' inside attribute ${attr} of <${name}>`);
      for (let k = 0; k < this.attrCount; k++) if (this.attrNames[k] === attr) this.malformed(`attribute ${attr} twice in <${name}>`);
      this.attrNames[this.attrCount] = attr;
      // Attribute values are normalised as XML says: a raw tab or line break reads as a space.
      this.attrValues[this.attrCount] = this.decoded(/[\t\n\r]/.test(raw) ? raw.replace(/\r\n|[\t\n\r]/g, " ") : raw);
      this.attrCount++;
      i = valueEnd + 1;
    }
    if (this.stack.length >= xmlLimits.maxDepth) throw new LeanRefused({ kind: "too-deep", part: this.part, limit: xmlLimits.maxDepth });
    this.stack.push(name);
    this.at = i;
    this.name = name;
    this.pendingClose = this.selfClosing;
    return (this.kind = token.open);
  }
}
