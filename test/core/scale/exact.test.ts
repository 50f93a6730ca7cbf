import { exact, exactEquals, ExactSum, parseDecimal, roundHalfUp, sum, toFixed, toNumber, type Exact } from "../../../src/core/exact";

test.each([
  ["0.66", "0.66"],
  ["70,5", "70.50"],
  ["-1.25", "-1.25"],
  ["1e2", "100.00"],
  [".5", "0.50"],
])("parseDecimal(%s) is exact", (text, fixed) => {
  expect(toFixed(parseDecimal(text)!, 2)).toBe(fixed);
});

test.each(["", "abc", "1.2.3", "1,2,3", "Y/T", "12a"])("parseDecimal(%j) is not a number", (text) => {
  expect(parseDecimal(text)).toBeNull();
});

test("a cell's 0.66 is exactly 66/100, not its binary neighbour", () => {
  expect(exact(0.66).mul(9).equals(exact("5.94"))).toBe(true);
});

test.each([
  ["77.105", "77.11"],
  ["77.104999", "77.10"],
  ["79.995", "80.00"],
  ["0.005", "0.01"],
])("roundHalfUp(%s, 2) = %s", (value, rounded) => {
  expect(toFixed(roundHalfUp(exact(value), 2), 2)).toBe(rounded);
});

test("binary floating point would put 0.1+0.2 past 0.3; exact does not", () => {
  expect(exact(0.1).add(exact(0.2)).equals(exact("0.3"))).toBe(true);
});

test("toNumber gives the nearest double", () => {
  expect(toNumber(exact("77.1"))).toBe(77.1);
});

test("toNumber of a third", () => {
  expect(toNumber(exact(1).div(3))).toBeCloseTo(1 / 3, 15);
});

describe("ExactSum", () => {
  const rationalSum = (values: string[]) => values.reduce((total, v) => total.add(exact(v)), exact(0));

  test.each([
    [["0.75", "0.5", "0.25", "1"]],
    [["0.66", "0.34", "-1.25", "0.001"]],
    [["1", "2", "3"]],
    [[]],
  ])("sums %j exactly", (values) => {
    expect(sum(values.map((v) => exact(v))).equals(rationalSum(values))).toBe(true);
  });

  test("a third plus two thirds is exactly one", () => {
    const total = new ExactSum();
    total.add(exact(1).div(3));
    total.add(exact(2).div(3));
    expect(total.total().equals(exact(1))).toBe(true);
  });

  test("goes on exactly past 2^53", () => {
    const big = exact("9007199254740991"); // 2^53 - 1
    const values = [big, big, exact("0.5"), exact(1).div(7)];
    const total = new ExactSum();
    for (const v of values) total.add(v);
    expect(total.total().equals(big.mul(2).add(exact("0.5")).add(exact(1).div(7)))).toBe(true);
  });

  test("denominators whose product passes 2^53 fall back to rationals", () => {
    const values = [exact(1).div(1_000_000_007), exact(1).div(998_244_353), exact(1).div(1_000_000_009)];
    const total = new ExactSum();
    for (const v of values) total.add(v);
    expect(total.total().equals(values[0].add(values[1]).add(values[2]))).toBe(true);
  });

  test("mean divides exactly", () => {
    const total = new ExactSum();
    for (const v of ["1", "0.75", "0"]) total.add(exact(v));
    expect(total.mean(3).equals(exact("1.75").div(3))).toBe(true);
  });
});

describe("ExactSum, mean times a factor and equality", () => {
  const sumOf = (...values: Exact[]) => {
    const total = new ExactSum();
    for (const v of values) total.add(v);
    return total;
  };

  test("meanTimes is the mean times the factor, exactly", () => {
    const total = sumOf(exact("0.75"), exact("0.5"), exact("1"));
    expect(total.meanTimes(7, exact("12.5")).equals(exact("2.25").div(7).mul(exact("12.5")))).toBe(true);
  });

  test("meanTimes with a factor past 2^53 stays exact", () => {
    const factor = exact("9007199254740993");
    expect(sumOf(exact("0.5")).meanTimes(3, factor).equals(exact("0.5").div(3).mul(factor))).toBe(true);
  });

  test("meanTimes of nothing answered is zero", () => {
    expect(new ExactSum().meanTimes(4, exact(30)).equals(exact(0))).toBe(true);
  });

  test.each([
    [["30", "30", "15", "25"], "100", true],
    [["0.3", "0.3", "0.15", "0.25"], "1", true],
    [["30", "30", "15", "24.99"], "100", false],
    [["-1", "1"], "0", true],
  ])("%j adds up to %s: %s", (values, expected, equal) => {
    expect(sumOf(...values.map((v) => exact(v))).equals(exact(expected))).toBe(equal);
  });

  test("equality past 2^53 is exact", () => {
    const big = exact("9007199254740993");
    expect(sumOf(big, exact(1)).equals(exact("9007199254740994"))).toBe(true);
    expect(sumOf(big, exact(1)).equals(exact("9007199254740995"))).toBe(false);
  });
});

describe("exactEquals", () => {
  test.each([
    ["0.5", "0.50", true],
    ["1", "1.0", true],
    ["-0.25", "-0.25", true],
    ["0.25", "-0.25", false],
    ["0", "-0", true],
    ["1", "2", false],
    ["9007199254740993", "9007199254740993", true],
  ])("%s = %s: %s", (a, b, equal) => {
    expect(exactEquals(exact(a), exact(b))).toBe(equal);
  });

  test("values reached by different sums are equal", () => {
    expect(exactEquals(exact(1).div(3).add(exact(1).div(6)), exact("0.5"))).toBe(true);
  });
});
