/**
 * A strict pull scanner over one XML part, keeping no tree: the reader asks for the next tag or
 * text and keeps only what a snapshot needs. It refuses what a well-formed part never holds
 * (tags closed out of order or left open, bare '&', unknown entities, control characters), and
 * it never expands entities: a DTD is refused outright; only the five predefined entities and
 * numeric character references are decoded. Depth, and the length of any one text or attribute,
 * are bounded.
 *
 * Elements of SpreadsheetML's namespace read by their local name when the root binds a prefix
 * to it (`<x:c>` reads as `c`), as some writers other than Excel make them; ExcelJS reads no
 * such sheet, and without this a unit written so dropped out of a check or a recap unseen.
 *
 * It runs over every cell of every sheet, so it allocates little: an open tag's attributes are
 * kept as offsets into the part and sliced only when asked for (a value holding a reference is
 * decoded at once, so a bad one is refused even when nobody asks for it), and names are reused.
 */
import { hasCharNotAllowed } from "./charCodes";
import { LeanRefused } from "./leanRefused";
import { spreadsheetNs } from "../patch/parts";

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

/**
 * Tag and attribute names seen lately, by a hash of their first and last character and length:
 * the same few names repeat thousands of times in a part, and reusing the string saves slicing
 * (and collecting) a new one for every tag.
 */
const nameCache: (string | undefined)[] = new Array(1024);

function sameChars(xml: string, a: number, b: number, length: number): boolean {
  for (let i = 0; i < length; i++) if (xml.charCodeAt(a + i) !== xml.charCodeAt(b + i)) return false;
  return true;
}

/** Bits of what an attribute value holds, noted while it is scanned. */
const valueHas = { reference: 1, lineBreakOrTab: 2, decoded: 4 } as const;

export class XmlScanner {
  /** The current token's kind, and for tags its qualified name as written ("c", "x14:id"). */
  kind: Token = token.end;
  name = "";
  /** Decoded text of a text token. */
  text = "";
  /** An open tag that was also its own close: the next token is its close. */
  selfClosing = false;
  /** Where the text `textInPlace` found lies in `source`. */
  textStart = 0;
  textEnd = 0;
  // The current open tag's attributes, as offsets into the part: name start and end, value start and end, what the value holds.
  private attrs: number[] = [];
  private readonly decodedValues: (string | undefined)[] = [];
  private attrCount = 0;
  private at = 0;
  private readonly stack: string[] = [];
  private pendingClose = false;
  /** The prefix (with its colon) the root element binds to SpreadsheetML's namespace, as some writers use ("x:"); null when it binds none. */
  private mainPrefix: string | null = null;
  /** Local names by qualified name, made only for a part that binds such a prefix. */
  private localNames: Map<string, string> | undefined;

  /** `codes`: the part's character codes (charCodes.ts), when the reader has them: the check for characters XML does not allow reads those. */
  constructor(
    private readonly xml: string,
    readonly part: string,
    codes?: Uint8Array,
  ) {
    if (codes !== undefined ? hasCharNotAllowed(codes) : forbiddenChars.test(xml)) this.malformed("a character XML does not allow");
  }

  get depth(): number {
    return this.stack.length;
  }

  /** The part's text, for a reader that reads a plain value where it stands (see `valueStart`). */
  get source(): string {
    return this.xml;
  }

  /** An attribute of the current open tag, decoded; undefined when it has none of that name. */
  attribute(name: string): string | undefined {
    const i = this.attributeIndex(name);
    return i < 0 ? undefined : this.valueOf(i);
  }

  /** Which of the current open tag's attributes has this name; -1 when none has. */
  attributeIndex(name: string): number {
    const attrs = this.attrs;
    const xml = this.xml;
    const first = name.charCodeAt(0);
    for (let i = 0, k = 0; i < this.attrCount; i++, k += 5) {
      if (attrs[k + 1] - attrs[k] === name.length && xml.charCodeAt(attrs[k]) === first && xml.startsWith(name, attrs[k])) return i;
    }
    return -1;
  }

  /** The i-th attribute's value as written lies in `source` from here to `valueEnd(i)`... */
  valueStart(i: number): number {
    return this.attrs[i * 5 + 2];
  }

  valueEnd(i: number): number {
    return this.attrs[i * 5 + 3];
  }

  /** ...and reads as written: nothing in it to decode or normalise. */
  valueIsPlain(i: number): boolean {
    return this.attrs[i * 5 + 4] === 0;
  }

  malformed(detail: string): never {
    throw new LeanRefused({ kind: "xml", part: this.part, detail });
  }

  next(): Token {
    if (this.pendingClose) {
      this.pendingClose = false;
      this.name = this.localName(this.stack.pop()!);
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
        if (this.stack.length === 0) {
          for (let i = start; i < end; i++) if (!isSpace(xml.charCodeAt(i))) this.malformed("text outside the root element");
          continue;
        }
        if (end - start > xmlLimits.maxTextChars) this.tooLong();
        const raw = xml.slice(start, end);
        // Line ends read as one line feed, as XML says, before references are decoded.
        const text = raw.indexOf("\r") >= 0 ? raw.replace(/\r\n?/g, "\n") : raw;
        this.text = text.indexOf("&") < 0 ? text : this.decodeEntities(text);
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
          const text = raw.indexOf("\r") >= 0 ? raw.replace(/\r\n?/g, "\n") : raw;
          if (text.length > xmlLimits.maxTextChars) this.tooLong();
          this.text = text;
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

  /**
   * For an open element holding nothing but plain text (nothing to decode or normalise, no
   * markup) up to its own close: moves past the close, leaves where the text lies in textStart
   * and textEnd, and says true. Otherwise says false and moves nowhere: read it token by token.
   */
  textInPlace(): boolean {
    if (this.kind !== (token.open as Token) || this.selfClosing) return false;
    const start = this.at;
    const end = this.plainTextEnd(start);
    const name = this.name;
    if (end < 0 || !this.closesAt(end, name)) return false;
    this.stack.pop();
    this.at = end + 3 + name.length;
    this.kind = token.close;
    this.textStart = start;
    this.textEnd = end;
    return true;
  }

  /** Whether `</name>` stands at `at`. */
  private closesAt(at: number, name: string): boolean {
    const xml = this.xml;
    return xml.charCodeAt(at) === 0x3c && xml.charCodeAt(at + 1) === 0x2f && xml.charCodeAt(at + 2 + name.length) === 0x3e && xml.startsWith(name, at + 2);
  }

  /**
   * Where plain text from `start` ends (the next `<`): -1 when it holds what must be decoded or
   * normalised (an entity, a carriage return) or is longer than allowed.
   */
  private plainTextEnd(start: number): number {
    const xml = this.xml;
    let end = start;
    for (; end < xml.length; end++) {
      const code = xml.charCodeAt(end);
      if (code === 0x3c) break;
      if (code === 0x26 || code === 0x0d) return -1;
    }
    return end - start > xmlLimits.maxTextChars ? -1 : end;
  }

  /**
   * For an open element holding just one child of this name, itself holding nothing but plain
   * text, and then its own close (a cell's `<v>12</v></c>`, the commonest shape in a sheet):
   * moves past the element's close, leaves where the child's text lies in textStart and textEnd,
   * and says true. Otherwise says false and moves nowhere: read it token by token, which also
   * refuses what is wrong in it.
   */
  onlyChildTextInPlace(child: string): boolean {
    if (this.kind !== (token.open as Token) || this.selfClosing || this.stack.length >= xmlLimits.maxDepth) return false;
    const xml = this.xml;
    const open = this.at;
    const childLength = child.length;
    if (xml.charCodeAt(open) !== 0x3c || xml.charCodeAt(open + 1 + childLength) !== 0x3e || !xml.startsWith(child, open + 1)) return false;
    const start = open + 2 + childLength;
    const end = this.plainTextEnd(start);
    if (end < 0 || !this.closesAt(end, child)) return false;
    const close = end + 3 + childLength;
    const name = this.name;
    if (!this.closesAt(close, name)) return false;
    this.stack.pop();
    this.at = close + 3 + name.length;
    this.kind = token.close;
    this.textStart = start;
    this.textEnd = end;
    return true;
  }

  /**
   * Where the next token starts, for a reader that reads a plain element there itself (see
   * `movePast`); -1 when the next token is a self-closing tag's close, or when an element
   * `levels` deep from here would be deeper than allowed.
   */
  positionFor(levels: number): number {
    return this.pendingClose || this.stack.length + levels > xmlLimits.maxDepth ? -1 : this.at;
  }

  /** Moves past an element a reader read itself from `positionFor`, having made sure it holds nothing this scanner would refuse. */
  movePast(end: number): void {
    this.at = end;
  }

  /** Moves past an open tag a reader read itself from `positionFor(1)`, having made sure it holds nothing this scanner would refuse: its element is open, as if read here. */
  movePastOpen(name: string, end: number): void {
    this.stack.push(name);
    this.at = end;
  }

  /** Skips to the end of the current element (just after its close), whatever it holds. */
  skipElement(): void {
    if (this.kind !== (token.open as Token)) return;
    const depth = this.stack.length;
    while (this.next() !== token.end) if (this.kind === token.close && this.stack.length === depth - 1) return;
  }

  private tooLong(): never {
    throw new LeanRefused({ kind: "too-long", part: this.part, limit: xmlLimits.maxTextChars });
  }

  private indexAfter(marker: string, from: number, what: string): number {
    const end = this.xml.indexOf(marker, from);
    if (end < 0) this.malformed(`a ${what} is never closed`);
    return end + marker.length;
  }

  /** The i-th attribute's value: normalised as XML says (a raw tab or line break reads as a space), references decoded. */
  valueOf(i: number): string {
    const k = i * 5;
    const has = this.attrs[k + 4];
    if (has & valueHas.decoded) return this.decodedValues[i]!;
    const raw = this.xml.slice(this.attrs[k + 2], this.attrs[k + 3]);
    return has & valueHas.lineBreakOrTab ? raw.replace(/\r\n|[\t\n\r]/g, " ") : raw;
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
      // Letters: read on (every character that ends a name is at most '>').
      if (code > 0x3e) continue;
      if (code === 0x3e || code === 0x2f || code === 0x3d || code === 0x3c || isSpace(code)) break;
    }
    if (i === from) this.malformed("a tag or attribute without a name");
    return i;
  }

  /** The name between two offsets, reusing the string when the same name was read lately. */
  private nameAt(start: number, end: number): string {
    const xml = this.xml;
    const length = end - start;
    const slot = (xml.charCodeAt(start) * 31 + xml.charCodeAt(end - 1) * 7 + length) & 1023;
    const cached = nameCache[slot];
    if (cached !== undefined && cached.length === length && xml.startsWith(cached, start)) return cached;
    const name = xml.slice(start, end);
    nameCache[slot] = name;
    return name;
  }

  /** Among the open tag's attributes, an `xmlns:p` naming SpreadsheetML's namespace: "p:"; null when none does. */
  private prefixBoundToMain(): string | null {
    const attrs = this.attrs;
    const xml = this.xml;
    for (let k = 0; k < this.attrCount * 5; k += 5) {
      if (attrs[k + 1] - attrs[k] > 6 && xml.startsWith("xmlns:", attrs[k]) && this.valueOf(k / 5) === spreadsheetNs) return `${xml.slice(attrs[k] + 6, attrs[k + 1])}:`;
    }
    return null;
  }

  /** An element's name as the reader asks for it: without the prefix bound to SpreadsheetML's namespace ("x:c" reads "c"). */
  private localName(name: string): string {
    const prefix = this.mainPrefix;
    if (prefix === null || !name.startsWith(prefix)) return name;
    const names = (this.localNames ??= new Map());
    let local = names.get(name);
    if (local === undefined) names.set(name, (local = name.slice(prefix.length)));
    return local;
  }

  private closeTag(start: number): Token {
    const xml = this.xml;
    const stack = this.stack;
    const open = stack.length > 0 ? stack[stack.length - 1] : undefined;
    // Usually the name closes the element open, right up to the '>': no need to read it char by char.
    if (open !== undefined && xml.charCodeAt(start + 2 + open.length) === 0x3e && xml.startsWith(open, start + 2)) {
      stack.pop();
      this.at = start + 3 + open.length;
      this.name = this.localName(open);
      return (this.kind = token.close);
    }
    const nameEnd = this.readName(start + 2);
    const matches = open !== undefined && open.length === nameEnd - start - 2 && xml.startsWith(open, start + 2);
    let i = nameEnd;
    while (i < xml.length && isSpace(xml.charCodeAt(i))) i++;
    if (xml.charCodeAt(i) !== 0x3e) this.malformed(`</${xml.slice(start + 2, nameEnd)}> is not closed with '>'`);
    if (!matches) {
      const name = xml.slice(start + 2, nameEnd);
      this.malformed(open === undefined ? `</${name}> closes nothing` : `</${name}> closes <${open}>`);
    }
    stack.pop();
    this.at = i + 1;
    this.name = this.localName(open);
    return (this.kind = token.close);
  }

  private openTag(start: number): Token {
    const xml = this.xml;
    const length = xml.length;
    const nameEnd = this.readName(start + 1);
    const name = this.nameAt(start + 1, nameEnd);
    const attrs = this.attrs;
    let count = 0;
    let i = nameEnd;
    for (;;) {
      const spaceStart = i;
      while (i < length && isSpace(xml.charCodeAt(i))) i++;
      if (i >= length) this.malformed(`<${name}> is never finished`);
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
      const attrStart = i;
      const attrEnd = this.readName(i);
      i = attrEnd;
      while (i < length && isSpace(xml.charCodeAt(i))) i++;
      if (xml.charCodeAt(i) !== 0x3d) this.malformed(`attribute ${xml.slice(attrStart, attrEnd)} of <${name}> has no value`);
      i++;
      while (i < length && isSpace(xml.charCodeAt(i))) i++;
      const quote = xml.charCodeAt(i);
      if (quote !== 0x22 && quote !== 0x27) this.malformed(`attribute ${xml.slice(attrStart, attrEnd)} of <${name}> is not quoted`);
      const valueStart = i + 1;
      let has = 0;
      let crlf = 0;
      let j = valueStart;
      for (; j < length; j++) {
        const c = xml.charCodeAt(j);
        // Letters and most punctuation: nothing to note (every character that matters is below '=').
        if (c > 0x3c) continue;
        if (c === quote) break;
        if (c === 0x3c) this.malformed(`'<' inside attribute ${xml.slice(attrStart, attrEnd)} of <${name}>`);
        if (c === 0x26) has |= valueHas.reference;
        else if (c === 0x0a || c === 0x09) has |= valueHas.lineBreakOrTab;
        else if (c === 0x0d) {
          has |= valueHas.lineBreakOrTab;
          if (xml.charCodeAt(j + 1) === 0x0a) crlf++;
        }
      }
      if (j >= length) this.malformed(`attribute ${xml.slice(attrStart, attrEnd)} of <${name}> is never closed`);
      const attrLength = attrEnd - attrStart;
      for (let k = 0; k < count * 5; k += 5) {
        if (attrs[k + 1] - attrs[k] === attrLength && sameChars(xml, attrs[k], attrStart, attrLength)) this.malformed(`attribute ${xml.slice(attrStart, attrEnd)} twice in <${name}>`);
      }
      // A line break written as CR LF reads as one space.
      if (j - valueStart - crlf > xmlLimits.maxTextChars) this.tooLong();
      const k = count * 5;
      attrs[k] = attrStart;
      attrs[k + 1] = attrEnd;
      attrs[k + 2] = valueStart;
      attrs[k + 3] = j;
      attrs[k + 4] = has;
      // A value holding a reference is decoded now, so that a bad one is refused whether or not it is read.
      if (has & valueHas.reference) {
        this.decodedValues[count] = this.decodeEntities(this.valueOf(count));
        attrs[k + 4] = has | valueHas.decoded;
      }
      count++;
      i = j + 1;
    }
    this.attrCount = count;
    if (this.stack.length >= xmlLimits.maxDepth) throw new LeanRefused({ kind: "too-deep", part: this.part, limit: xmlLimits.maxDepth });
    if (this.stack.length === 0) this.mainPrefix = this.prefixBoundToMain();
    this.stack.push(name);
    this.at = i;
    this.name = this.localName(name);
    this.pendingClose = this.selfClosing;
    return (this.kind = token.open);
  }
}
