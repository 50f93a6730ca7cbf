import { blocksOf, chunkBySize, jsonBytes, maxGapRows, type BlockCell } from "../../../src/io/office/blocks";
import { snapshotFormula, snapshotNumberFormat, snapshotValue, valueInput } from "../../../src/io/office/cellInput";
import { columnWidthPoints, mergedValidations } from "../../../src/io/office/apply";
import { PlanCells } from "../../../src/core/plan/planCells";

const cell = (row: number, col: number, extra: Partial<BlockCell> = {}): BlockCell => ({ row, col, value: row * 10 + col, ...extra });

describe("valueInput: planned values as Office.js input", () => {
  test("every non-empty string gets Excel's text prefix, so it stays text", () => {
    expect(["=x", "+1", "@x", "70,5", "TRUE", "Nilai Akhir", "'q"].map(valueInput)).toEqual(["'=x", "'+1", "'@x", "'70,5", "'TRUE", "'Nilai Akhir", "''q"]);
  });
  test("numbers and booleans pass as they are; null and '' clear; errors are their literal", () => {
    expect([valueInput(4.5), valueInput(true), valueInput(null), valueInput(""), valueInput({ error: "#N/A" })]).toEqual([4.5, true, "", "", "#N/A"]);
  });
  test("refuses non-finite numbers", () => {
    expect(() => valueInput(NaN)).toThrow();
  });
});

describe("reading Office.js values into a snapshot", () => {
  test("empty cells are null; errors are told from text by their type", () => {
    expect([snapshotValue("", "Empty"), snapshotValue("#DIV/0!", "Error"), snapshotValue("#DIV/0!", "String"), snapshotValue(3, "Double")]).toEqual([null, { error: "#DIV/0!" }, "#DIV/0!", 3]);
  });
  test("a formula is a formula; a text constant that starts with '=' is not", () => {
    expect(snapshotFormula("=SUM(A1)", 3, "Double")).toBe("=SUM(A1)");
    expect(snapshotFormula("=x", "=x", "String")).toBeNull();
    expect(snapshotFormula(4, 4, "Double")).toBeNull();
  });
  test("'General' reads as no format, as the CLI reads it", () => {
    expect([snapshotNumberFormat("General"), snapshotNumberFormat("0.00")]).toEqual([null, "0.00"]);
  });
});

describe("blocksOf", () => {
  test("a column run is one block, with null for the rows it skips", () => {
    const blocks = blocksOf([cell(7, 4), cell(8, 4), cell(10, 4, { formula: "=1" })]);
    expect(blocks).toHaveLength(1);
    expect(blocks[0]).toMatchObject({ row: 7, col: 4, rows: 4, cols: 1 });
    expect(blocks[0].values).toEqual([[74], [84], [null], [null]]);
    expect(blocks[0].formulas).toEqual([[null], [null], [null], ["=1"]]);
    expect(blocks[0].numberFormat).toBeUndefined();
  });

  test("a gap longer than the bridge starts a new block", () => {
    const blocks = blocksOf([cell(0, 0), cell(2 + maxGapRows, 0)]);
    expect(blocks.map((b) => [b.row, b.rows])).toEqual([[0, 1], [2 + maxGapRows, 1]]);
  });

  test("a dense rectangle is one block; number formats only where given", () => {
    const cells = [];
    for (let r = 0; r < 5; r++) for (let c = 0; c < 4; c++) cells.push(cell(r, c, c === 2 ? { numberFormat: "0.00" } : {}));
    const blocks = blocksOf(cells);
    expect(blocks).toHaveLength(1);
    expect(blocks[0]).toMatchObject({ rows: 5, cols: 4 });
    expect(blocks[0].numberFormat![0]).toEqual([null, null, "0.00", null]);
  });

  test("sparse cells far apart do not make one huge block", () => {
    const blocks = blocksOf([cell(0, 0), cell(500, 30)]);
    expect(blocks).toHaveLength(2);
  });

  test("a cell written twice makes the plan ambiguous", () => {
    expect(() => blocksOf([cell(1, 1), cell(1, 1)])).toThrow(/twice/);
  });

  test("blocks are split by rows to fit the budget", () => {
    const cells = Array.from({ length: 200 }, (_, r) => cell(r, 0, { value: "x".repeat(100) }));
    const blocks = blocksOf(cells, 5000);
    expect(blocks.length).toBeGreaterThan(4);
    for (const b of blocks) expect(b.bytes).toBeLessThanOrEqual(5000);
    expect(blocks.reduce((n, b) => n + b.rows, 0)).toBe(200);
  });
});

describe("chunkBySize", () => {
  test("packs consecutive items under the budget; an oversized item stands alone", () => {
    expect(chunkBySize([1, 2, 3, 9, 1], (n) => n, 5)).toEqual([[1, 2], [3], [9], [1]]);
  });
  test("jsonBytes counts UTF-8", () => {
    expect(jsonBytes("é")).toBe(4);
  });
});

test("column widths: Excel's default 8.43 characters is 48 points", () => {
  expect(Math.round(columnWidthPoints(8.43))).toBe(48);
});

test("answer lists on consecutive cells of a column become one validation range", () => {
  const spec = {
    name: "x",
    visibility: "visible" as const,
    replace: false,
    cells: PlanCells.of([]),
    validations: [
      { range: "D8", list: ["Y", "T"] },
      { range: "D9", list: ["Y", "T"] },
      { range: "D10", list: ["A", "B"] },
      { range: "D12", list: ["A", "B"] },
    ],
  };
  expect(mergedValidations(spec)).toEqual([
    { range: "D8:D9", source: "Y,T" },
    { range: "D10", source: "A,B" },
    { range: "D12", source: "A,B" },
  ]);
});
