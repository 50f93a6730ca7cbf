/**
 * The commonest row's open tag, read straight off the part's character codes (see
 * charCodes.ts) without the scanner's tokens:
 * `<row r="7" spans="1:6" s="2" customFormat="1" x14ac:dyDescent="0.25">`. Only a strict
 * subset of what XML allows is taken (single spaces, short names of letters, digits and ':' each
 * at most once, short values of letters, digits and . : - _), so nothing in it is one the
 * scanner would refuse or read differently. Anything else is left to the scanner.
 */
import { sheetBounds } from "./cellAddress";
import { plainDigits } from "./plainDigits";

/** What `readPlainRow` found, in a record reused from row to row (no object per row). */
export interface PlainRow {
  /** Its number, as written (always there, and inside Excel's grid). */
  number: number;
  /** Its style's index; 0 when it names none. */
  styleId: number;
  /** Where its spans="1:6" lies; -1 when it has none. */
  spansStart: number;
  spansEnd: number;
  /** Just after its open tag's '>'. */
  end: number;
}

const maxAttributes = 16;
// Where each attribute's name starts and ends, to find one written twice (reused from row to row).
const nameStarts = new Int32Array(maxAttributes);
const nameEnds = new Int32Array(maxAttributes);

function isNameChar(code: number): boolean {
  const letter = code & ~0x20;
  return (letter >= 65 && letter <= 90) || (code >= 48 && code <= 58);
}

function isValueChar(code: number): boolean {
  return isNameChar(code) || code === 0x2e || code === 0x2d || code === 0x5f;
}

/** "spans" at `at`. */
function isSpans(codes: Uint8Array, at: number): boolean {
  return codes[at] === 0x73 && codes[at + 1] === 0x70 && codes[at + 2] === 0x61 && codes[at + 3] === 0x6e && codes[at + 4] === 0x73;
}

/** Reads the row's open tag at `at` into `row` when it has the plain shape; false (and nothing read) otherwise. */
export function readPlainRow(codes: Uint8Array, at: number, row: PlainRow): boolean {
  if (codes[at] !== 0x3c || codes[at + 1] !== 0x72 || codes[at + 2] !== 0x6f || codes[at + 3] !== 0x77) return false;
  let i = at + 4;
  let count = 0;
  let number = -1;
  let styleId = 0;
  let spansStart = -1;
  let spansEnd = -1;
  while (codes[i] !== 0x3e) {
    if (codes[i] !== 0x20 || count === maxAttributes) return false;
    const nameStart = i + 1;
    let nameEnd = nameStart;
    while (isNameChar(codes[nameEnd])) nameEnd++;
    const nameLength = nameEnd - nameStart;
    if (nameLength === 0 || nameLength > 32 || codes[nameEnd] !== 0x3d || codes[nameEnd + 1] !== 0x22) return false;
    for (let k = 0; k < count; k++) {
      if (nameEnds[k] - nameStarts[k] !== nameLength) continue;
      let same = true;
      for (let j = 0; j < nameLength && same; j++) same = codes[nameStarts[k] + j] === codes[nameStart + j];
      if (same) return false;
    }
    nameStarts[count] = nameStart;
    nameEnds[count] = nameEnd;
    count++;
    const start = nameEnd + 2;
    let end = start;
    while (isValueChar(codes[end])) end++;
    if (codes[end] !== 0x22 || end - start > 32) return false;
    if (nameLength === 1) {
      const name = codes[nameStart];
      if (name === 0x72) {
        number = plainDigits(codes, start, end, 7);
        if (number < 1 || number > sheetBounds.lastRow) return false;
      } else if (name === 0x73) {
        styleId = plainDigits(codes, start, end, 7);
        if (styleId < 0) return false;
      }
    } else if (nameLength === 5 && isSpans(codes, nameStart)) {
      spansStart = start;
      spansEnd = end;
    }
    i = end + 1;
  }
  if (number < 0) return false;
  row.number = number;
  row.styleId = styleId;
  row.spansStart = spansStart;
  row.spansEnd = spansEnd;
  row.end = i + 1;
  return true;
}
