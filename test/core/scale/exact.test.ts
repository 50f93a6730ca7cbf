import { exact, parseDecimal, roundHalfUp, toFixed, toNumber } from "../../../src/core/exact";

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
