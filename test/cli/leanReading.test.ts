/**
 * The command line reads workbooks with the lean reader: check, score (when the package can be
 * edited in place) and summary never have ExcelJS read an input; it reads one only for a
 * recap written into an existing workbook.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { main } from "../../src/cli/main";
import { bufferOutput } from "../helpers/bufferOutput";
import { tempDir } from "../helpers/xlsxFromRows";

// ExcelJS's reader, whichever way a workbook is loaded (load, readFile).
// eslint-disable-next-line @typescript-eslint/no-require-imports
const XLSX = require("exceljs/lib/xlsx/xlsx");
const sample = path.resolve(__dirname, "../../examples/kabupaten-sukamaju-2024.xlsx");

let loads: jest.SpyInstance;
beforeEach(() => {
  loads = jest.spyOn(XLSX.prototype, "load");
});
afterEach(() => loads.mockRestore());

async function run(args: string[]): Promise<number> {
  return main(args, bufferOutput());
}

test("check, score and summary read their inputs without ExcelJS", async () => {
  const dir = tempDir();
  const input = path.join(dir, "kabupaten.xlsx");
  fs.copyFileSync(sample, input);
  expect(await run(["check", input])).toBeLessThan(2);
  expect(await run(["score", input, "-o", path.join(dir, "dinilai.xlsx")])).toBeLessThan(2);
  expect(await run(["summary", input, "-o", path.join(dir, "rekap.xlsx")])).toBeLessThan(2);
  expect(loads).not.toHaveBeenCalled();
});

test("a recap written into an existing workbook has ExcelJS read that workbook, once", async () => {
  const dir = tempDir();
  const input = path.join(dir, "kabupaten.xlsx");
  fs.copyFileSync(sample, input);
  const recap = path.join(dir, "rekap.xlsx");
  expect(await run(["summary", input, "-o", recap])).toBeLessThan(2);
  expect(await run(["summary", input, "-o", recap, "--force"])).toBeLessThan(2);
  expect(loads).toHaveBeenCalledTimes(1);
});
