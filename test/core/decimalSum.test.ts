/** Sums of cell numbers as the decimals they show, and a number's short decimal found by arithmetic. */
import { DecimalSum } from "../../src/core/decimalSum";
import { exact, toNumber } from "../../src/core/exact";
import { powersOfTen, shortDecimalPlaces } from "../../src/core/shortDecimal";
import { seeded } from "../helpers/seeded";

/** Each number as fromNumber takes it, summed as rationals. */
const rationalSum = (values: number[]) => values.reduce((total, v) => total.add(exact(v)), exact(0));

const decimalSum = (values: number[]) => {
  const total = new DecimalSum();
  for (const v of values) total.add(v);
  return total;
};

describe("DecimalSum", () => {
  test.each([
    [[82.645, 77.1, 0, 100, 45.25]],
    [[0.66, -0.34, 1.5, -0, 0.000001]],
    [[0.1 + 0.2, 1e-7, 1e12 + 0.5, 33.333333333, -1.5e-7]],
    [[17.333333333333332, 23.5, 1e21, 2.5e22]],
    [[9007199254740991, 9007199254740991, 0.5, 0.25]],
    [[0.123456, 999999999.999999, 0.1, 0.12, 0.123]],
  ])("the mean of %j is the rational mean of fromNumber's values", (values) => {
    expect(decimalSum(values).mean(values.length).equals(rationalSum(values).div(values.length))).toBe(true);
  });

  test("a province's scores, typed with few decimals or computed with many, average exactly", () => {
    const random = seeded(11);
    const typed = Array.from({ length: 3000 }, (_, i) => Math.round(random() * 100 * 10 ** (i % 7)) / 10 ** (i % 7));
    const computed = Array.from({ length: 3000 }, () => (random() * 100) / 3);
    for (const values of [typed, computed, [...typed, ...computed]]) {
      const mean = decimalSum(values).mean(values.length);
      expect(mean.equals(rationalSum(values).div(values.length))).toBe(true);
      expect(toNumber(mean)).toBe(toNumber(rationalSum(values).div(values.length)));
    }
  });

  test("refuses what fromNumber refuses", () => {
    expect(() => decimalSum([1, Number.NaN])).toThrow(RangeError);
    expect(() => decimalSum([Infinity])).toThrow(RangeError);
  });
});

describe("shortDecimalPlaces", () => {
  test.each([
    [82.645, 3],
    [100, 0],
    [-0.5, 1],
    [0.000001, 6],
    [0.0000015, -1],
    [0.1 + 0.2, -1],
    [1e9, -1],
    [999999999.5, 1],
    [Number.NaN, -1],
    [-Infinity, -1],
  ])("%p has %p decimals of the digits String gives", (value, places) => {
    expect(shortDecimalPlaces(value)).toBe(places);
    if (places >= 0) expect(String(Math.round(Math.abs(value) * powersOfTen[places]))).toBe(String(Math.abs(value)).replace(".", "").replace(/^0+(?=\d)/, ""));
  });
});
