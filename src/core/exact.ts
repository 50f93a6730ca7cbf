/**
 * Exact arithmetic for scores: rationals (BigInt), so 0.66 x 9 and band edges such as
 * 80.00 are never off by a binary rounding error.
 */
import Fraction from "fraction.js";
import { readCaches } from "./readCaches";

export type Exact = Fraction;

export const ZERO: Exact = new Fraction(0);
export const ONE: Exact = new Fraction(1);
export const HUNDRED: Exact = new Fraction(100);

/** Numerators and denominators up to this fit a double exactly. */
const safeLimit = BigInt(Number.MAX_SAFE_INTEGER);

/**
 * BigInt constants as calls, not literals (0n): the add-in's pages must parse as ES2017,
 * which has no BigInt literal syntax.
 */
export const big0 = BigInt(0);
export const big1 = BigInt(1);
const big2 = BigInt(2);
const big10 = BigInt(10);

/** Numerator and denominator both fit a double exactly. */
function isSmall(value: Exact): boolean {
  return value.n <= safeLimit && value.d <= safeLimit;
}

/** The numerator with its sign, as a double: exact when isSmall(value). */
function signedNumerator(value: Exact): number {
  return value.s < big0 ? -Number(value.n) : Number(value.n);
}

/**
 * From a decimal string ("0.66", "70,5", "1e-3"); null when it is not a plain number. Weights,
 * answer values and scale bounds repeat on every row of every sheet, and Fraction values are
 * immutable: within a run one instance serves them all.
 */
export function parseDecimal(text: string): Exact | null {
  const decimals = readCaches()?.decimals;
  if (decimals === undefined) return parseDecimalText(text);
  const cached = decimals.get(text);
  return cached !== undefined ? cached : decimals.set(text, parseDecimalText(text));
}

function parseDecimalText(text: string): Exact | null {
  const trimmed = text.trim();
  if (!/^[+-]?(\d+([.,]\d*)?|[.,]\d+)([eE][+-]?\d+)?$/.test(trimmed)) return null;
  const normalized = trimmed.replace(",", ".");
  const [mantissa, exponentText] = normalized.toLowerCase().split("e");
  const negative = mantissa.startsWith("-");
  const digits = mantissa.replace(/^[+-]/, "");
  const [intPart, fracPart = ""] = digits.split(".");
  const numerator = BigInt((intPart || "0") + fracPart);
  let denominator = big10 ** BigInt(fracPart.length);
  let value = new Fraction(numerator, denominator);
  const exponent = exponentText ? Number(exponentText) : 0;
  if (exponent > 0) value = value.mul(new Fraction(big10 ** BigInt(exponent), big1));
  if (exponent < 0) {
    denominator = big10 ** BigInt(-exponent);
    value = value.div(new Fraction(denominator, big1));
  }
  return negative ? value.neg() : value;
}

/**
 * From a number read out of a cell. The shortest decimal that round-trips is what the user
 * typed (0.66, not 0.66000000000000003108...), so that is the exact value taken.
 */
export function fromNumber(value: number): Exact {
  if (!Number.isFinite(value)) throw new RangeError(`Not a finite number: ${value}`);
  const parsed = parseDecimal(String(value));
  if (!parsed) throw new RangeError(`Not a decimal: ${value}`);
  return parsed;
}

export function exact(value: number | string | Exact): Exact {
  if (value instanceof Fraction) return value;
  if (typeof value === "number") return fromNumber(value);
  const parsed = parseDecimal(value);
  if (!parsed) throw new RangeError(`Not a decimal: ${value}`);
  return parsed;
}

/**
 * a equals b, without the temporary rationals Fraction.equals makes: fractions are kept reduced
 * with the sign apart, so equal values have equal parts (and shared parsed values are identical).
 */
export function exactEquals(a: Exact, b: Exact): boolean {
  return a === b || (a.n === b.n && a.d === b.d && (a.s === b.s || a.n === big0));
}

/** Rounds half away from zero (half-up for the non-negative scores LKE deals in) to `places` decimals. */
export function roundHalfUp(value: Exact, places: number): Exact {
  const scale = big10 ** BigInt(places);
  const scaledN = value.n * scale;
  const quotient = scaledN / value.d;
  const remainder = scaledN % value.d;
  const rounded = remainder * big2 >= value.d ? quotient + big1 : quotient;
  const result = new Fraction(rounded, scale);
  return value.s < big0 ? result.neg() : result;
}

export function sum(values: Iterable<Exact>): Exact {
  const total = new ExactSum();
  for (const value of values) total.add(value);
  return total.total();
}

/** A JSON/Excel number for an exact value (the nearest double). */
export function toNumber(value: Exact): number {
  if (isSmall(value)) return signedNumerator(value) / Number(value.d);
  return Number(toFixed(value, 17));
}

/** Fixed decimals, '.' as separator, rounded half-up, e.g. "77.10". */
export function toFixed(value: Exact, places: number): string {
  const rounded = roundHalfUp(value, places);
  const scale = big10 ** BigInt(places);
  const scaled = (rounded.n * scale) / rounded.d;
  const digits = scaled.toString().padStart(places + 1, "0");
  const intPart = digits.slice(0, digits.length - places);
  const fracPart = digits.slice(digits.length - places);
  const sign = rounded.s < big0 && scaled !== big0 ? "-" : "";
  return places === 0 ? `${sign}${intPart}` : `${sign}${intPart}.${fracPart}`;
}

/**
 * Sums exact values with plain integer arithmetic while every step stays exact (below 2^53),
 * and as rationals from the first step that would not: answers on one scale share a small
 * denominator, and a rational addition costs a BigInt gcd each time.
 */
export class ExactSum {
  private n = 0;
  private d = 1;
  /** Set once the integers could overflow: the sum so far, as a rational. */
  private big: Exact | null = null;

  add(value: Exact): void {
    if (this.big === null) {
      if (isSmall(value)) {
        const vn = signedNumerator(value);
        const vd = Number(value.d);
        if (vd === this.d) {
          const n = this.n + vn;
          if (Number.isSafeInteger(n)) {
            this.n = n;
            return;
          }
        } else {
          const left = this.n * vd;
          const right = vn * this.d;
          const d = this.d * vd;
          if (Number.isSafeInteger(left) && Number.isSafeInteger(right) && Number.isSafeInteger(left + right) && Number.isSafeInteger(d)) {
            this.n = left + right;
            this.d = d;
            return;
          }
        }
      }
      this.big = this.total();
    }
    this.big = this.big.add(value);
  }

  /** The sum divided by a positive integer count and multiplied by a factor, as one rational. */
  meanTimes(count: number, factor: Exact): Exact {
    if (this.big === null && isSmall(factor)) {
      const n = this.n * signedNumerator(factor);
      const d = this.d * count * Number(factor.d);
      if (Number.isSafeInteger(n) && Number.isSafeInteger(d)) return n === 0 ? ZERO : new Fraction(n, d);
    }
    return this.mean(count).mul(factor);
  }

  /** Whether the sum equals a value, without making the sum a rational when both are small. */
  equals(value: Exact): boolean {
    if (this.big === null && isSmall(value)) {
      const left = this.n * Number(value.d);
      const right = signedNumerator(value) * this.d;
      if (Number.isSafeInteger(left) && Number.isSafeInteger(right)) return left === right;
    }
    return this.total().equals(value);
  }

  /** The sum divided by a positive integer count, exactly. */
  mean(count: number): Exact {
    if (this.big === null && Number.isSafeInteger(this.d * count)) return new Fraction(this.n, this.d * count);
    return this.total().div(count);
  }

  total(): Exact {
    return this.big ?? (this.n === 0 ? ZERO : new Fraction(this.n, this.d));
  }
}
