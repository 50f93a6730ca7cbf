/**
 * A run of plain digits read where it stands in the XML, without making a string: the row
 * numbers, style ids and shared-string indexes that make up most of a sheet's attributes.
 * Read from the part's character codes (see charCodes.ts).
 */

/** The digits from `start` to `end` as a number; -1 when they are not 1 to `most` plain digits (then read the slow way). */
export function plainDigits(codes: Uint8Array, start: number, end: number, most = 9): number {
  if (end <= start || end - start > most) return -1;
  let n = 0;
  for (let i = start; i < end; i++) {
    const code = codes[i] - 48;
    if (code < 0 || code > 9) return -1;
    n = n * 10 + code;
  }
  return n;
}
