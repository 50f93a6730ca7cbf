/**
 * A part's characters as one byte each, at the same offsets as in its text: an ASCII character
 * as itself, any other as 0x80, which no reader of plain shapes takes. Those readers go through
 * the bytes: reading a byte array is cheaper than reading a string's characters one at a time.
 */

/** Stands for every character past ASCII. */
export const otherChar = 0x80;

/** The codes of a text whose bytes are not known to be plain ASCII. */
export function charCodes(text: string): Uint8Array {
  const codes = new Uint8Array(text.length);
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    codes[i] = code < 0x80 ? code : otherChar;
  }
  return codes;
}
