/**
 * The exact sum of numbers read out of cells, each taken as the decimal it shows (the digits
 * String gives, as fromNumber takes it), kept as an integer count of 10^-places: adding
 * decimals needs no common divisor, where adding them as rationals costs a BigInt gcd each.
 */
import Fraction from "fraction.js";
import type { Exact } from "./exact";
import { powersOfTen, shortDecimalPlaces } from "./shortDecimal";

/** BigInt constants as calls, not literals: the add-in's pages must parse as ES2017. */
const big10 = BigInt(10);

export class DecimalSum {
  /** The sum is `units` / 10^places: a double while every step is exact, a BigInt after. */
  private units = 0;
  private bigUnits: bigint | null = null;
  private places = 0;

  add(value: number): void {
    if (this.bigUnits === null) {
      const places = shortDecimalPlaces(value);
      if (places >= 0 && this.addSmall(value, places)) return;
      this.bigUnits = BigInt(this.units);
    }
    const { digits, places } = decimalOf(value);
    if (places > this.places) {
      this.bigUnits *= big10 ** BigInt(places - this.places);
      this.places = places;
      this.bigUnits += digits;
    } else this.bigUnits += digits * big10 ** BigInt(this.places - places);
  }

  /** The sum divided by a positive integer count, exactly. */
  mean(count: number): Exact {
    return new Fraction(this.bigUnits ?? BigInt(this.units), big10 ** BigInt(this.places) * BigInt(count));
  }

  /** Adds a value of `places` (at most six) decimals in doubles; false, the sum unchanged, when a step would not be exact. */
  private addSmall(value: number, places: number): boolean {
    const size = Math.round((value < 0 ? -value : value) * powersOfTen[places]);
    let units = this.units;
    let scaled = value < 0 ? -size : size;
    if (places > this.places) units *= powersOfTen[places - this.places];
    else scaled *= powersOfTen[this.places - places];
    const sum = units + scaled;
    if (!Number.isSafeInteger(units) || !Number.isSafeInteger(scaled) || !Number.isSafeInteger(sum)) return false;
    this.units = sum;
    if (places > this.places) this.places = places;
    return true;
  }
}

/** A number's shortest decimal as digits over 10^places ("-1.5e-7" is -15 over 10^8). */
function decimalOf(value: number): { digits: bigint; places: number } {
  if (!Number.isFinite(value)) throw new RangeError(`Not a finite number: ${value}`);
  const text = String(value);
  const e = text.indexOf("e");
  const mantissa = e < 0 ? text : text.slice(0, e);
  const exponent = e < 0 ? 0 : Number(text.slice(e + 1));
  const point = mantissa.indexOf(".");
  const digits = BigInt(point < 0 ? mantissa : mantissa.slice(0, point) + mantissa.slice(point + 1));
  const places = (point < 0 ? 0 : mantissa.length - point - 1) - exponent;
  return places >= 0 ? { digits, places } : { digits: digits * big10 ** BigInt(-places), places: 0 };
}
