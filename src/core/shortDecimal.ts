/**
 * A number's shortest decimal (the digits String gives, which is what LKE takes a cell's number
 * to be) found by arithmetic rather than by printing and parsing it: a score such as 82.645
 * is the integer 82645 over 10^3.
 */

/** 10^0 to 10^6: the decimals looked for. */
export const powersOfTen: readonly number[] = [1, 10, 100, 1000, 10000, 100000, 1000000];

/**
 * How many decimals `value`'s shortest decimal has, when it has at most six and `value` is
 * less than a billion in size; -1 otherwise (or when it is not finite). Below a billion a
 * double's spacing is less than half of 10^-6, so at most one integer over 10^places is
 * `value` again, and the fewest places that give one give the shortest digits.
 * `Math.round(Math.abs(value) * powersOfTen[places])` is then the decimal's digits.
 */
export function shortDecimalPlaces(value: number): number {
  const size = value < 0 ? -value : value;
  if (!(size < 1e9)) return -1;
  for (let places = 0; places < powersOfTen.length; places++) {
    const scale = powersOfTen[places];
    if (Math.round(size * scale) / scale === size) return places;
  }
  return -1;
}
