/**
 * A part's text written straight into UTF-8 bytes as it is made: a sheet of thousands of rows
 * never exists as one string, nor as pieces kept alive until the end (which the garbage
 * collector would copy over and over). A cell's markup, numbers and ASCII text are copied in
 * byte by byte: a native write per piece, or a string made to join them, costs more than the
 * few bytes each piece is.
 */
import { powersOfTen, shortDecimalPlaces } from "../../../core";
import { xmlText } from "./xmlText";

/** What escapeXml makes of each ASCII character it changes; undefined for the others. */
const asciiEscapes: (string | undefined)[] = Array.from({ length: 128 }, (_, code) => {
  const ch = String.fromCharCode(code);
  return xmlText(ch) === ch ? undefined : xmlText(ch);
});

export class ByteSink {
  private buffer: Buffer;
  private used = 0;

  /**
   * `expected`: the bytes the part is likely to take; memory not written to costs nothing.
   * `drain`: given what has been written whenever the sink is full, after which the sink starts
   * again from its first byte (the bytes given may then be overwritten); without it, it grows.
   */
  constructor(
    expected: number,
    private readonly drain?: (bytes: Buffer) => void,
  ) {
    this.buffer = Buffer.allocUnsafe(Math.max(expected, 1 << 12));
  }

  /** Any text, as UTF-8. */
  write(text: string): void {
    // UTF-8 takes at most three bytes per UTF-16 unit.
    this.room(text.length * 3);
    this.used += this.buffer.write(text, this.used, "utf8");
  }

  /** Text known to be ASCII and to need no escaping: markup, numbers, cell addresses. */
  ascii(text: string): void {
    const length = text.length;
    this.room(length);
    const buffer = this.buffer;
    let at = this.used;
    for (let i = 0; i < length; i++) buffer[at++] = text.charCodeAt(i);
    this.used = at;
  }

  /** A non-negative integer's digits (a row number, an index). */
  digits(value: number): void {
    if (value < 10) {
      this.room(1);
      this.buffer[this.used++] = 48 + value;
    } else this.ascii(String(value));
  }

  /** A finite number as String(value) writes it; a score's digits without making a string of them. */
  number(value: number): void {
    const places = shortDecimalPlaces(value);
    if (places < 0) return this.ascii(String(value));
    const scale = powersOfTen[places];
    const scaled = Math.round((value < 0 ? -value : value) * scale);
    if (scaled === 0) return this.ascii("0");
    if (value < 0) this.ascii("-");
    const fraction = scaled % scale;
    this.digits((scaled - fraction) / scale);
    if (places > 0) this.decimals(fraction, places);
  }

  /** "." and `value`'s digits, with leading zeros to make `places` of them. */
  private decimals(value: number, places: number): void {
    this.room(places + 1);
    const buffer = this.buffer;
    buffer[this.used] = 46;
    let rest = value;
    for (let at = this.used + places; at > this.used; at--) {
      const digit = rest % 10;
      buffer[at] = 48 + digit;
      rest = (rest - digit) / 10;
    }
    this.used += places + 1;
  }

  /**
   * Text from `from` on as `xmlText` escapes it, as UTF-8: ASCII copied as it is read, the rest
   * from its first other character written whole.
   */
  xmlText(text: string, from = 0): void {
    const length = text.length;
    // An escape takes at most seven bytes ("_x001F_"), an ASCII character otherwise one.
    this.room((length - from) * 7);
    const buffer = this.buffer;
    let at = this.used;
    for (let i = from; i < length; i++) {
      const code = text.charCodeAt(i);
      if (code >= 128) {
        // escapeXml changes each character on its own, so the rest is escaped as it would be in place.
        this.used = at;
        this.write(xmlText(text.slice(i)));
        return;
      }
      const escape = asciiEscapes[code];
      if (escape === undefined) buffer[at++] = code;
      else for (let j = 0; j < escape.length; j++) buffer[at++] = escape.charCodeAt(j);
    }
    this.used = at;
  }

  /** What has been written: a view of the sink, good until it is written again. */
  bytes(): Buffer {
    return this.buffer.subarray(0, this.used);
  }

  /** Makes room for `most` more bytes: drains what is written when it can, else grows. */
  private room(most: number): void {
    if (this.used + most <= this.buffer.length) return;
    if (this.drain !== undefined && this.used > 0) {
      this.drain(this.buffer.subarray(0, this.used));
      this.used = 0;
    }
    if (this.used + most > this.buffer.length) {
      const grown = Buffer.allocUnsafe(Math.max(this.buffer.length * 2, this.used + most));
      this.buffer.copy(grown, 0, 0, this.used);
      this.buffer = grown;
    }
  }
}
