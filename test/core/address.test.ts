import { a1, columnLetters, parseA1, parseRange, rangeA1 } from "../../src/core/address";

test.each([
  [0, 0, "A1"],
  [11, 3, "D12"],
  [9_999, 31, "AF10000"],
  // Past the addresses kept for reuse: built the same way.
  [10_000, 31, "AF10001"],
  [5, 32, "AG6"],
  [0, 701, "ZZ1"],
  [0, 702, "AAA1"],
])("a1(%i, %i) is %s, asked once or twice", (row, col, address) => {
  expect(a1(row, col)).toBe(address);
  expect(a1(row, col)).toBe(address);
  expect(parseA1(address)).toEqual({ row, col });
});

test("column letters past Z", () => {
  expect([25, 26, 27, 51, 52].map(columnLetters)).toEqual(["Z", "AA", "AB", "AZ", "BA"]);
});

test("a range of one cell is that cell", () => {
  expect(rangeA1(7, 4, 7, 4)).toBe("E8");
  expect(rangeA1(7, 4, 9, 4)).toBe("E8:E10");
});

describe("parseRange", () => {
  test.each([
    ["E8:F10", { row: 7, col: 4, lastRow: 9, lastCol: 5 }],
    ["E8", { row: 7, col: 4, lastRow: 7, lastCol: 4 }],
    ["F10:E8", { row: 7, col: 4, lastRow: 9, lastCol: 5 }],
    ["$A$1:$B$2", { row: 0, col: 0, lastRow: 1, lastCol: 1 }],
  ])("%s", (range, expected) => {
    expect(parseRange(range)).toEqual(expected);
  });

  test.each(["A1:B2:C3", "1A", ""])("%s is refused", (range) => {
    expect(() => parseRange(range)).toThrow();
  });
});
