/**
 * summary --previous: last year's result beside this year's, from last year's recap or from
 * last year's workbooks, with the change, and a note for units on one side only.
 */
import ExcelJS from "exceljs";
import * as path from "node:path";
import { main } from "../../src/cli/main";
import { bufferOutput } from "../helpers/bufferOutput";
import { gradeSheetRows } from "../helpers/sakipRows";
import { tempDir, writeRows } from "../helpers/xlsxFromRows";

const all = (grade: string) => Array(12).fill(grade);

async function year(dir: string, units: [string, string[]][]): Promise<string> {
  return writeRows(path.join(dir, "kab.xlsx"), units.map(([unit, grades], i) => ({ name: `U${i + 1}`, rows: gradeSheetRows(grades, "sakip-2021", unit) })));
}

async function summary(...args: string[]) {
  const out = bufferOutput();
  const code = await main(["summary", ...args, "--json"], out);
  return { code, json: out.jsonValues[0] as any, stderr: out.stderr.join("\n") };
}

async function years() {
  const last = await year(tempDir(), [["Dinas Kesehatan", all("BB")], ["Dinas Sosial", all("A")], ["Dinas Perhubungan", all("B")]]);
  // This year: Kesehatan up to A, Sosial down to BB, Perhubungan renamed "Dinas Perhubungan dan Kominfo".
  const now = await year(tempDir(), [["Dinas Kesehatan", all("A")], ["dinas  sosial", all("BB")], ["Dinas Perhubungan dan Kominfo", all("B")]]);
  return { last, now };
}

const byUnit = (json: any) => Object.fromEntries(json.units.map((u: any) => [u.unit, [u.previous?.total ?? null, u.previous?.predicate ?? null, u.change]]));

test("from last year's workbooks: the change per unit, matched by name whatever its spacing or case", async () => {
  const { last, now } = await years();
  const result = await summary(now, "-o", path.join(tempDir(), "rekap.xlsx"), "--previous", last);
  expect(byUnit(result.json)).toEqual({
    "Dinas Kesehatan": [80, "BB", 10],
    "dinas  sosial": [90, "A", -10],
    "Dinas Perhubungan dan Kominfo": [null, null, null],
  });
});

test("a unit renamed between years is named on both sides", async () => {
  const { last, now } = await years();
  const result = await summary(now, "-o", path.join(tempDir(), "rekap.xlsx"), "--previous", last);
  expect([result.json.unmatched.new, result.json.unmatched.gone.map((g: any) => g.unit), /Dinas Perhubungan dan Kominfo/.test(result.stderr), /"Dinas Perhubungan" dari tahun lalu/.test(result.stderr)]).toEqual([
    ["Dinas Perhubungan dan Kominfo"],
    ["Dinas Perhubungan"],
    true,
    true,
  ]);
});

test("from last year's recap: the same changes, and Ringkasan shows them with a sign", async () => {
  const { last, now } = await years();
  const lastRecap = path.join(tempDir(), "rekap-lalu.xlsx");
  expect((await summary(last, "-o", lastRecap)).code).toBe(0);
  const recap = path.join(tempDir(), "rekap.xlsx");
  const result = await summary(now, "-o", recap, "--previous", lastRecap);
  expect(byUnit(result.json)["Dinas Kesehatan"]).toEqual([80, "BB", 10]);
  const book = new ExcelJS.Workbook();
  await book.xlsx.readFile(recap);
  const sheet = book.getWorksheet("Ringkasan")!;
  const header = (sheet.getRow(7).values as unknown[]).slice(1);
  const changeCol = header.indexOf("Perubahan") + 1;
  const kesehatan = [8, 9, 10].find((r) => sheet.getCell(r, 2).value === "Dinas Kesehatan")!;
  const cell = sheet.getCell(kesehatan, changeCol);
  expect([header.slice(-3), (cell.value as any).result, cell.numFmt]).toEqual([["Nilai Tahun Lalu", "Predikat Tahun Lalu", "Perubahan"], 10, '"▲ "0.00;"▼ "0.00;"= "0.00']);
});

test("without --previous, Ringkasan keeps exactly its contract's columns", async () => {
  const { now } = await years();
  const recap = path.join(tempDir(), "rekap.xlsx");
  const result = await summary(now, "-o", recap);
  const book = new ExcelJS.Workbook();
  await book.xlsx.readFile(recap);
  const header = (book.getWorksheet("Ringkasan")!.getRow(7).values as unknown[]).slice(1);
  expect([header.at(-1), "previous" in result.json.units[0]]).toEqual(["Lembar", false]);
});
