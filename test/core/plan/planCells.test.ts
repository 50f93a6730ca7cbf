/**
 * A created sheet's cells as the plan keeps them (columns in pages, not an object each): every
 * cell comes back as it was given, in order, with `formula` and `numberFormat` only where given.
 */
import { PlanCells, type SheetCell } from "../../../src/core/plan/planCells";

const given: SheetCell[] = [
  { row: 0, col: 0, value: "Rekapitulasi" },
  { row: 1, col: 3, value: 82.645, numberFormat: "0.00" },
  { row: 1, col: 4, value: -0 },
  { row: 2, col: 0, value: "" },
  { row: 2, col: 1, value: true },
  { row: 2, col: 2, value: false },
  { row: 3, col: 0, value: null, formula: '=IF(D2,"","x")' },
  { row: 3, col: 1, value: { error: "#N/A" }, formula: '=VLOOKUP("x",C4:C4,1,FALSE)' },
  { row: 3, col: 2, value: 165.29, formula: "=D2*2", numberFormat: "0.00" },
  { row: 1048575, col: 16383, value: 1, numberFormat: "0" },
  { row: 0, col: 0, value: "ditimpa" },
];

test("each kind of cell comes back as given", () => {
  expect(PlanCells.of(given).toArray()).toStrictEqual(given);
});

test("a negative zero stays negative", () => {
  expect(Object.is(PlanCells.of(given).value(2), -0)).toBe(true);
});

test("cells are read by index without making objects", () => {
  const cells = PlanCells.of(given);
  expect([cells.length, cells.row(9), cells.col(9), cells.value(7), cells.formula(8), cells.numberFormat(8), cells.formula(0), cells.numberFormat(0)]).toEqual([
    11,
    1048575,
    16383,
    { error: "#N/A" },
    "=D2*2",
    "0.00",
    undefined,
    undefined,
  ]);
});

test("thousands of cells, over many pages, come back in order", () => {
  const many: SheetCell[] = Array.from({ length: 5000 }, (_, i) =>
    i % 3 === 0 ? { row: i, col: 1, value: `Unit ${i}` } : i % 3 === 1 ? { row: i, col: 2, value: i / 7, numberFormat: i % 2 ? "0.00" : "0" } : { row: i, col: 3, value: i, formula: `=RANK(C${i + 1},$C$1:$C$5000)` },
  );
  expect([...PlanCells.of(many)]).toStrictEqual(many);
});

test("an empty sheet has no cells", () => {
  expect([new PlanCells().length, new PlanCells().toArray()]).toEqual([0, []]);
});
