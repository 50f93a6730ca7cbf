/**
 * The lean reader and ExcelJS side by side on one file's bytes: both read the same checked parts
 * (ExcelJS through src/io/xlsx/snapshot.ts, as the command line read every workbook before), and
 * their snapshots are compared cell for cell: values with their holes (which cells exist), formulas
 * and number formats as each cell reads them.
 */
import { isDeepStrictEqual } from "node:util";
import type { SheetSnapshot } from "../../src/core/snapshot";
import { readCheckedWorkbook } from "../../src/io/xlsx/package/readCheckedWorkbook";
import { nodeIsAscii, readPackageParts } from "../../src/io/xlsx/nodeZip";
import { readLeanWorkbook } from "../../src/io/xlsx/lean/readWorkbook";
import { isDateFormat } from "../../src/io/xlsx/lean/numberFormats";
import { workbookSnapshot } from "../../src/io/xlsx/snapshot";

export interface BothReadings {
  lean: SheetSnapshot[];
  exceljs: SheetSnapshot[];
  leanProtected: readonly string[];
  exceljsProtected: string[];
}

export async function readBoth(bytes: Uint8Array): Promise<BothReadings> {
  const zip = readPackageParts(bytes);
  const checked = await readCheckedWorkbook(zip, nodeIsAscii);
  // The command line reads a part of plain ASCII through its bytes; the pane reads every part through its text: the same sheets either way.
  if (!isDeepStrictEqual(readLeanWorkbook(zip.parts).sheets, checked.lean.sheets)) throw new Error("the lean reader reads the parts' bytes and their text differently");
  const workbook = await checked.excelWorkbook();
  const exceljsProtected = workbook.worksheets.filter((w) => Boolean((w as unknown as { sheetProtection?: { sheet?: boolean } }).sheetProtection?.sheet)).map((w) => w.name);
  return { lean: checked.lean.sheets, exceljs: workbookSnapshot(workbook).sheets, leanProtected: checked.lean.protectedSheets, exceljsProtected };
}

/**
 * Where ExcelJS is wrong and the lean reader deliberately is not (see src/io/xlsx/lean): a cached
 * text, boolean or error result of a formula under a date format, which ExcelJS turns into a date
 * (true reads as day 1, false as day 0, a text such as " " or "12" as the day JavaScript's Number makes of it, in the workbook's date system; the others NaN), and an empty shared string item, which it reads as
 * "[object Object]".
 */
function excelJsFault(exceljs: unknown, lean: unknown, format: unknown): boolean {
  if (exceljs === "[object Object]" && lean === "") return true;
  if (typeof exceljs !== "number" || !isDateFormat(typeof format === "string" ? format : undefined)) return false;
  if (Number.isNaN(exceljs)) return typeof lean !== "number" || Number.isNaN(lean);
  // A text that JavaScript reads as a number (" ", "12") becomes that day.
  return typeof lean === "boolean" || (typeof lean === "string" && !Number.isNaN(Number(lean)));
}

/**
 * Formulas and number formats cell by cell, as cellFormula and cellNumberFormat read them: null
 * where a grid has nothing (the lean reader leaves out a row with no formula, or no format).
 */
function compareCells(label: string, a: unknown[][] | undefined, b: unknown[][] | undefined, out: string[]): void {
  const left = a ?? [];
  const right = b ?? [];
  for (let r = 0; r < Math.max(left.length, right.length); r++) {
    const x = left[r] ?? [];
    const y = right[r] ?? [];
    for (let c = 0; c < Math.max(x.length, y.length); c++) {
      if (!isDeepStrictEqual(x[c] ?? null, y[c] ?? null)) out.push(`${label} R${r + 1}C${c + 1}: ExcelJS ${JSON.stringify(x[c] ?? null)}, lean ${JSON.stringify(y[c] ?? null)}`);
    }
  }
}

function compareGrid(label: string, a: unknown[][] | undefined, b: unknown[][] | undefined, out: string[], formats?: unknown[][]): void {
  const left = a ?? [];
  const right = b ?? [];
  for (let r = 0; r < Math.max(left.length, right.length); r++) {
    const inLeft = r in left;
    if (inLeft !== r in right) {
      out.push(`${label} row ${r + 1}: ${inLeft ? "only ExcelJS has it" : "only the lean reader has it"}`);
      continue;
    }
    if (!inLeft) continue;
    const x = left[r];
    const y = right[r];
    for (let c = 0; c < Math.max(x.length, y.length); c++) {
      const same = c in x === c in y && (isDeepStrictEqual(x[c], y[c]) || (formats !== undefined && excelJsFault(x[c], y[c], formats[r]?.[c])));
      if (!same) out.push(`${label} R${r + 1}C${c + 1}: ExcelJS ${c in x ? JSON.stringify(x[c]) : "(none)"}, lean ${c in y ? JSON.stringify(y[c]) : "(none)"}`);
    }
  }
}

/** Every difference between the two readings, as lines naming sheet and cell; none when they agree. */
export function snapshotDifferences(readings: BothReadings): string[] {
  const out: string[] = [];
  const { exceljs, lean } = readings;
  if (!isDeepStrictEqual(exceljs.map((s) => s.name), lean.map((s) => s.name))) out.push(`sheets: ExcelJS ${JSON.stringify(exceljs.map((s) => s.name))}, lean ${JSON.stringify(lean.map((s) => s.name))}`);
  exceljs.forEach((sheet, i) => {
    const other = lean[i];
    if (!other) return;
    for (const key of ["visibility", "merges", "validations"] as const) {
      if (!isDeepStrictEqual(sheet[key], other[key])) out.push(`${sheet.name} ${key}: ExcelJS ${JSON.stringify(sheet[key])}, lean ${JSON.stringify(other[key])}`);
    }
    compareGrid(`${sheet.name} values`, sheet.values, other.values, out, sheet.numberFormats);
    compareCells(`${sheet.name} formulas`, sheet.formulas, other.formulas, out);
    compareCells(`${sheet.name} numberFormats`, sheet.numberFormats, other.numberFormats, out);
  });
  if (!isDeepStrictEqual(readings.exceljsProtected, [...readings.leanProtected])) out.push(`protected: ExcelJS ${JSON.stringify(readings.exceljsProtected)}, lean ${JSON.stringify(readings.leanProtected)}`);
  return out;
}
