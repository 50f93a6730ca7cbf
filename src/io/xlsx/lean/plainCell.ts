/**
 * The commonest cell, read straight off the part's character codes (see charCodes.ts) without
 * the scanner's tokens: `<c r="B7" s="3" t="s"><v>12</v></c>` or `<c r="B7" s="3"/>`. Only a
 * strict subset of what XML allows is taken (single spaces, attributes r, s and t each at most
 * once, values of letters and digits, a <v> of number characters): nothing in it can be
 * malformed, need decoding or break a limit, so the scanner's checks have nothing to refuse
 * there. Anything else is left to the scanner, which reads it and refuses what is wrong.
 */
import { cellColumnAt, sheetBounds } from "./cellAddress";

/** What `readPlainCell` found, in a record reused from cell to cell (no object per cell). */
export interface PlainCell {
  /** The column its address names; 0 when it has none (it follows the one before). */
  col: number;
  /** Its style's index; 0 when it names none. */
  styleId: number;
  /** Its t attribute: a shared string's index, or a number as when it has none. */
  type: "s" | "n" | undefined;
  /** Where its <v>'s text lies; -1 when it has no <v>. */
  valueStart: number;
  valueEnd: number;
  /** Just after its close. */
  end: number;
}

function isDigit(code: number): boolean {
  return code >= 48 && code <= 57;
}

/** A number's characters as a <v> writes them: digits, sign, point, exponent. */
function isNumberChar(code: number): boolean {
  return isDigit(code) || code === 0x2e || code === 0x2d || code === 0x2b || code === 0x45 || code === 0x65;
}

/** Characters of a plain address ("B7", "$B$7"). */
function isAddressChar(code: number): boolean {
  const letter = code & ~0x20;
  return isDigit(code) || (letter >= 65 && letter <= 90) || code === 0x24;
}

/** Reads the cell at `at` into `cell` when it has the plain shape; false (and nothing read) otherwise. */
export function readPlainCell(codes: Uint8Array, at: number, cell: PlainCell): boolean {
  if (codes[at] !== 0x3c || codes[at + 1] !== 0x63) return false;
  let i = at + 2;
  let col = -1;
  let styleId = -1;
  let type: "s" | "n" | undefined;
  let typed = false;
  for (;;) {
    const code = codes[i];
    if (code === 0x3e || code === 0x2f) break;
    // One attribute: a space, a one-letter name, =" and a value of letters and digits up to ".
    const name = codes[i + 1];
    if (code !== 0x20 || codes[i + 2] !== 0x3d || codes[i + 3] !== 0x22) return false;
    const start = i + 4;
    let end = start;
    while (isAddressChar(codes[end])) end++;
    if (codes[end] !== 0x22 || end === start || end - start > 12) return false;
    if (name === 0x72 && col < 0) {
      col = cellColumnAt(codes, start, end);
      if (col === 0) return false;
    } else if (name === 0x73 && styleId < 0) {
      styleId = 0;
      for (let j = start; j < end; j++) {
        const digit = codes[j] - 48;
        if (digit < 0 || digit > 9 || end - start > 9) return false;
        styleId = styleId * 10 + digit;
      }
    } else if (name === 0x74 && !typed && end - start === 1) {
      const t = codes[start];
      if (t === 0x73) type = "s";
      else if (t === 0x6e) type = "n";
      else return false;
      typed = true;
    } else return false;
    i = end + 1;
  }
  let valueStart = -1;
  let valueEnd = -1;
  if (codes[i] === 0x2f) {
    if (codes[i + 1] !== 0x3e) return false;
    i += 2;
  } else {
    // ><v>…</v></c>
    if (codes[i + 1] !== 0x3c || codes[i + 2] !== 0x76 || codes[i + 3] !== 0x3e) return false;
    valueStart = i + 4;
    valueEnd = valueStart;
    while (isNumberChar(codes[valueEnd])) valueEnd++;
    if (valueEnd === valueStart || valueEnd - valueStart > 32) return false;
    i = valueEnd;
    if (
      codes[i] !== 0x3c ||
      codes[i + 1] !== 0x2f ||
      codes[i + 2] !== 0x76 ||
      codes[i + 3] !== 0x3e ||
      codes[i + 4] !== 0x3c ||
      codes[i + 5] !== 0x2f ||
      codes[i + 6] !== 0x63 ||
      codes[i + 7] !== 0x3e
    ) {
      return false;
    }
    i += 8;
  }
  if (col > sheetBounds.lastCol) return false;
  cell.col = col < 0 ? 0 : col;
  cell.styleId = styleId < 0 ? 0 : styleId;
  cell.type = type;
  cell.valueStart = valueStart;
  cell.valueEnd = valueEnd;
  cell.end = i;
  return true;
}
