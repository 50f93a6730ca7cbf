/**
 * Merged cells in Excel as in the CLI: the reader loads each sheet's merged areas (ExcelApi
 * 1.13), so the merged-output check and the skip rules act as they do on an .xlsx file; the
 * writer never covers part of a merged area, which Excel refuses (and so does the fake).
 * Before 1.13 the merged areas are unknown, and no block spans a cell it does not write.
 */
import { analyzeWorkbook } from "../../../src/core/engine";
import { sheetReport } from "../../../src/core/report";
import type { WorkbookSnapshot } from "../../../src/core/snapshot";
import { blocksOf } from "../../../src/io/office/blocks";
import { areaOf, cutsMerge, mergedRanges } from "../../../src/io/office/mergedAreas";
import { readWorkbook } from "../../../src/io/office/read";
import { workbookRegistry } from "../../../src/app";
import { FakeOfficeError } from "./fake/excel";
import { findSheet, getCell } from "./fake/model";
import { setup, workbookWith } from "./helpers";

function withMerges(merges: Record<string, string[]>): WorkbookSnapshot {
  const snapshot = workbookWith(2);
  for (const sheet of snapshot.sheets) if (merges[sheet.name]) sheet.merges = merges[sheet.name];
  return snapshot;
}

describe("the fake refuses what Excel refuses", () => {
  test("a write covering part of a merged area fails; the whole area, or its top-left cell alone, is fine", async () => {
    const { excel } = setup(withMerges({ Catatan: ["B2:C3"] }));
    const write = (address: string, values: (string | null)[][]) =>
      excel.run(async (context) => {
        context.workbook.worksheets.getItem("Catatan").getRange(address).values = values;
        await context.sync();
      });
    await expect(write("A2:B2", [["x", "y"]])).rejects.toMatchObject({ code: "InvalidOperation" });
    await expect(write("B1:B3", [["x"], [null], [null]])).rejects.toMatchObject({ code: "InvalidOperation" });
    await expect(write("B2", [["top-left"]])).resolves.toBeUndefined();
    await expect(write("A1:D4", [[null, null, null, null], [null, "whole", null, null], [null, null, null, null], [null, null, null, null]])).resolves.toBeUndefined();
    await expect(write("A1:D4", [[null, null, null, null], [null, null, "inside", null], [null, null, null, null], [null, null, null, null]])).rejects.toBeInstanceOf(FakeOfficeError);
    expect(getCell(findSheet(excel.workbook, "Catatan")!, 1, 1)?.value).toBe("whole");
  });

  test("merged areas are reported only from ExcelApi 1.13, as Excel gives them", async () => {
    const { excel } = setup(withMerges({ "Unit 1": ["D7:E7", "A30:B31"] }), { apiVersion: "1.13" });
    const address = await excel.run(async (context) => {
      const areas = context.workbook.worksheets.getItem("Unit 1").getRange().getMergedAreasOrNullObject();
      areas.load("address");
      await context.sync();
      return areas.address;
    });
    expect(address).toBe("'Unit 1'!$D$7:$E$7, 'Unit 1'!$A$30:$B$31");
    const old = setup(workbookWith(1), { apiVersion: "1.12" });
    await expect(old.excel.run(async (context) => context.workbook.worksheets.getItem("Unit 1").getRange().getMergedAreasOrNullObject())).rejects.toMatchObject({ code: "ApiNotFound" });
  });
});

describe("reading merged areas", () => {
  test.each([
    ["Sheet1!A1:B2, Sheet1!$D$4:$E$4", ["A1:B2", "D4:E4"]],
    ["'Unit 1'!$D$7:$E$7,'Unit 1'!A30", ["D7:E7", "A30"]],
    ["'a,b!c'''!C3:D5", ["C3:D5"]],
    ["", []],
  ])("%s", (address, ranges) => {
    expect(mergedRanges(address)).toEqual(ranges);
  });

  test("the reader puts them in the snapshot in two syncs, with ExcelApi 1.13", async () => {
    const { excel } = setup(withMerges({ "Unit 1": ["D7:E7"], Catatan: ["A1:C1"] }));
    const read = await excel.run((context) => readWorkbook(context, { workbookProtection: true, mergedAreas: true }));
    expect(read.mergesKnown).toBe(true);
    expect(read.snapshot.sheets.map((s) => s.merges)).toEqual([["D7:E7"], [], ["A1:C1"]]);
    expect(excel.stats.syncs).toBe(2);
  });
});

describe("the checks and the skip rules act in Excel as on .xlsx", () => {
  test("an output cell inside a merged area: reported, left alone, the rest scored", async () => {
    const snapshot = withMerges({ "Unit 1": ["D7:E7"] });
    const { excel, addin } = setup(snapshot);
    const check = await addin.check();
    const cli = analyzeWorkbook(snapshot, { registry: workbookRegistry(snapshot, "test") }).sheets.map(sheetReport);
    expect(check.reports).toEqual(cli);
    expect(check.reports[0].findings).toContainEqual(expect.objectContaining({ code: "output-cell-merged", cell: "E7" }));
    const scored = await addin.score();
    expect(scored.applied?.cellsWritten).toBeGreaterThan(10);
    const unit1 = findSheet(excel.workbook, "Unit 1")!;
    expect(getCell(unit1, 6, 4)?.value ?? null).toBeNull();
    expect(getCell(unit1, 7, 4)?.formula).toMatch(/^=/);
  });

  test("a merged area in a gap between score cells: no block reaches across it", async () => {
    // Unit 1's score column has a blank row (E23) between the body and the footer.
    const { excel, addin } = setup(withMerges({ "Unit 1": ["E23:F23"] }));
    await addin.score();
    expect(getCell(findSheet(excel.workbook, "Unit 1")!, 23, 4)?.formula).toMatch(/^=/);
  });

  test("before ExcelApi 1.13 the merged areas are unknown, and the same run still succeeds", async () => {
    const { excel, addin } = setup(withMerges({ "Unit 1": ["E23:F23"] }), { apiVersion: "1.12" });
    await addin.score();
    expect(getCell(findSheet(excel.workbook, "Unit 1")!, 23, 4)?.formula).toMatch(/^=/);
    const plain = setup(withMerges({ "Unit 1": ["E23:F23"] }));
    await plain.addin.score();
    const written = (fake: typeof excel) => findSheet(fake.workbook, "Unit 1")!.cells;
    expect([...written(excel).entries()]).toEqual([...written(plain.excel).entries()]);
  });
});

describe("blocks around merged areas", () => {
  const cells = [6, 7, 8, 10, 11].map((row) => ({ row, col: 4, value: row }));

  test("known merges: a block that would cut one becomes gap-free runs, and a top-left cell stands alone", () => {
    const merges = [areaOf("E10:F10"), areaOf("E12:F12")];
    const blocks = blocksOf(cells, undefined, merges);
    for (const block of blocks) for (const merge of merges) expect(cutsMerge(block, merge)).toBe(false);
    expect(blocks.map((b) => [b.row, b.rows])).toEqual([
      [6, 3],
      [10, 1],
      [11, 1],
    ]);
  });

  test("unknown merges: no block spans a cell it does not write", () => {
    const blocks = blocksOf(cells, undefined, null);
    expect(blocks.map((b) => [b.row, b.rows])).toEqual([
      [6, 3],
      [10, 2],
    ]);
    expect(blocksOf(cells).map((b) => [b.row, b.rows])).toEqual([[6, 6]]);
  });
});
