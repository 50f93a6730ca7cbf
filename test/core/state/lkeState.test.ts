import fc from "fast-check";
import { readState, stateSheetSpec, type LkeState } from "../../../src/core/state/lkeState";
import type { SheetSnapshot } from "../../../src/core/snapshot";

const cellValue = fc.oneof(fc.string(), fc.double({ noNaN: true, noDefaultInfinity: true }), fc.boolean(), fc.constant(null), fc.record({ error: fc.constantFrom("#REF!", "#N/A") }));
const savedCell = fc.record({
  sheet: fc.string({ minLength: 1, maxLength: 31 }),
  row: fc.nat(100000),
  col: fc.nat(16383),
  value: cellValue,
  formula: fc.option(fc.string(), { nil: null }),
  numberFormat: fc.option(fc.string(), { nil: null }),
});
const state: fc.Arbitrary<LkeState> = fc.record({
  version: fc.constant(1 as const),
  ownedSheets: fc.array(fc.string()),
  undo: fc.option(fc.record({ command: fc.string(), at: fc.string(), cells: fc.array(savedCell, { maxLength: 40 }), createdSheets: fc.array(fc.string()) }), { nil: null }),
});

function stored(value: LkeState): SheetSnapshot {
  const spec = stateSheetSpec(value, false);
  return { name: spec.name, values: spec.cells.toArray().map((c) => [c.value]), formulas: spec.cells.toArray().map(() => [null]) };
}

test("the state read back is the state written, whatever the cells held", () => {
  fc.assert(
    fc.property(state, (value) => {
      const back = readState({ sheets: [stored(value)] });
      // -0 is stored as 0 by JSON, as Excel keeps it.
      expect(JSON.parse(JSON.stringify(back))).toEqual(JSON.parse(JSON.stringify(value)));
    }),
    { numRuns: 300 },
  );
});

test("a damaged state sheet reads as no state, never as someone else's cells", () => {
  const sheet: SheetSnapshot = { name: "LKE_State", values: [['{"version":1,"ownedSheets":[],"undo":{"cells":[[7,1,1]]']], formulas: [[null]] };
  expect(readState({ sheets: [sheet] })).toEqual({ version: 1, ownedSheets: [], undo: null });
});
