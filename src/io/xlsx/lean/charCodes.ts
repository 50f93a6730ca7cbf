/**
 * A part's characters as one byte each, at the same offsets as in its text: an ASCII character
 * as itself, U+FFFE and U+FFFF (which XML does not allow) as 0, any other character as 0x80,
 * which no reader of plain shapes takes. Those readers go through the bytes, as does the check
 * for characters XML does not allow: reading a byte array is cheaper than reading a string's
 * characters one at a time.
 */

/** Stands for every character past ASCII but U+FFFE and U+FFFF. */
export const otherChar = 0x80;

/** Stands for U+FFFE and U+FFFF: a code XML does not allow either. */
const notAllowedChar = 0;

/** The codes of a text whose bytes are not known to be plain ASCII. */
export function charCodes(text: string): Uint8Array {
  const codes = new Uint8Array(text.length);
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    codes[i] = code < 0x80 ? code : code >= 0xfffe ? notAllowedChar : otherChar;
  }
  return codes;
}

/** A control character other than tab, line feed and carriage return. */
function isNotAllowed(code: number): boolean {
  return code < 0x20 && code !== 0x09 && code !== 0x0a && code !== 0x0d;
}

/** Whether the codes hold a character XML 1.0 does not allow (see xmlScanner.ts). */
export function hasCharNotAllowed(codes: Uint8Array): boolean {
  const length = codes.length;
  let i = 0;
  for (; i < length && (codes.byteOffset + i) % 4 !== 0; i++) if (isNotAllowed(codes[i])) return true;
  // Four codes at a time: a word with no byte below 0x20 (most of them) is passed at once.
  const wordCount = (length - i) >> 2;
  const words = wordCount > 0 ? new Int32Array(codes.buffer, codes.byteOffset + i, wordCount) : new Int32Array(0);
  for (let w = 0; w < wordCount; w++) {
    const word = words[w];
    if (((word - 0x20202020) & ~word & 0x80808080) === 0) continue;
    const at = i + w * 4;
    if (isNotAllowed(codes[at]) || isNotAllowed(codes[at + 1]) || isNotAllowed(codes[at + 2]) || isNotAllowed(codes[at + 3])) return true;
  }
  for (let j = i + wordCount * 4; j < length; j++) if (isNotAllowed(codes[j])) return true;
  return false;
}
