/**
 * On random workbooks written by ExcelJS (values of every type, falsy cached results, shared and
 * array formulas, number formats on cells, rows and columns, merged areas, dropdown lists,
 * hyperlinks, sheet states and protection, both date systems, shared or inline strings), the
 * lean reader gives the snapshot ExcelJS gives, cell for cell.
 */
import ExcelJS from "exceljs";
import fc from "fast-check";
import { readBoth, snapshotDifferences } from "../../helpers/leanParity";

const formats = ["0.00", "0%", "#,##0", "dd/mm/yyyy", "mm-dd-yy", '#,##0.00 "Rp"', "0\\%", "General", "@", "[h]:mm:ss", 'd "hari"', "0.0;[Red]-0.0"];

const text = fc.oneof(
  fc.string({ maxLength: 12 }),
  fc.constantFrom("", " ", "  spasi  ", "a & b <c> \"d\" 'e'", "_x0041_ harfiah", "baris\nkedua", "中文 ü é", "Y", "T", "#REF!"),
);
const number = fc.oneof(fc.integer({ min: -1e6, max: 1e6 }), fc.double({ min: -1e9, max: 1e9, noNaN: true, noDefaultInfinity: true }), fc.constantFrom(0, 1, 0.1, 77.1, 1e-7));
const error = fc.constantFrom("#REF!", "#N/A", "#DIV/0!", "#VALUE!", "#NAME?").map((e) => ({ error: e }));
const date = fc.date({ min: new Date(Date.UTC(1950, 0, 1)), max: new Date(Date.UTC(2100, 0, 1)), noInvalidDate: true });
const result = fc.oneof(fc.constant(undefined), fc.constantFrom(0, "", false, true), number, text, error);
const formulaText = fc.constantFrom("A1+1", "SUM(A1:B3)", 'IF(B2="Y",1,0)', "Sheet1!C3*2", "$A$1+B$2+$C3", "LOG10(A2)", 'CONCATENATE("A1",B1)', "TODAY()");

const value = fc.oneof(
  { weight: 3, arbitrary: number },
  { weight: 3, arbitrary: text },
  fc.boolean(),
  error,
  date,
  fc.array(text, { minLength: 1, maxLength: 3 }).map((runs) => ({ richText: runs.map((t, i) => (i % 2 ? { text: t, font: { bold: true } } : { text: t })) })),
  fc.record({ formula: formulaText, result }).map((f) => (f.result === undefined ? { formula: f.formula } : f)),
  text.map((t) => ({ text: t || "tautan", hyperlink: "https://example.go.id/lke" })),
);

const cell = fc.record({ row: fc.integer({ min: 1, max: 25 }), col: fc.integer({ min: 1, max: 10 }), value, format: fc.option(fc.constantFrom(...formats), { nil: undefined }) });
const area = fc.record({ row: fc.integer({ min: 1, max: 25 }), col: fc.integer({ min: 1, max: 10 }), rows: fc.integer({ min: 1, max: 3 }), cols: fc.integer({ min: 1, max: 3 }) });
const validation = fc.record({
  row: fc.integer({ min: 1, max: 25 }),
  col: fc.integer({ min: 1, max: 10 }),
  rule: fc.constantFrom<ExcelJS.DataValidation>(
    { type: "list", allowBlank: true, formulae: ['"Y,T"'] },
    { type: "list", formulae: ['"AA, A ,BB"'] },
    { type: "list", formulae: ["$A$1:$A$3"] },
    { type: "whole", operator: "between", formulae: [1, 5] },
  ),
});

const sheet = fc.record({
  cells: fc.array(cell, { maxLength: 40 }),
  emptyFormatted: fc.array(fc.record({ row: fc.integer({ min: 1, max: 30 }), col: fc.integer({ min: 1, max: 12 }), format: fc.constantFrom(...formats) }), { maxLength: 5 }),
  shared: fc.option(fc.record({ col: fc.integer({ min: 1, max: 10 }), from: fc.integer({ min: 1, max: 20 }), length: fc.integer({ min: 2, max: 6 }), formula: formulaText, array: fc.boolean() }), { nil: undefined }),
  merges: fc.array(area, { maxLength: 4 }),
  validations: fc.array(validation, { maxLength: 4 }),
  rowFormat: fc.option(fc.record({ row: fc.integer({ min: 1, max: 25 }), format: fc.constantFrom(...formats) }), { nil: undefined }),
  colFormat: fc.option(fc.record({ col: fc.integer({ min: 1, max: 10 }), format: fc.constantFrom(...formats) }), { nil: undefined }),
  state: fc.constantFrom<ExcelJS.WorksheetState>("visible", "hidden", "veryHidden"),
  protect: fc.boolean(),
});

const workbook = fc.record({
  sheets: fc.array(sheet, { minLength: 1, maxLength: 3 }),
  names: fc.constantFrom(["Dinkes", "Arsip", "Rekap"], ["Dinas 'Kesehatan' & KB", "A<B>", "Unit 1"], ["Sheet1", "Lembar 2", "中文"]),
  date1904: fc.boolean(),
  sharedStrings: fc.boolean(),
});

type Spec = typeof workbook extends fc.Arbitrary<infer T> ? T : never;

/** The workbook's bytes; null when ExcelJS cannot write it (a merged area hiding the cell a shared formula starts from). */
async function written(spec: Spec): Promise<Uint8Array | null> {
  const book = new ExcelJS.Workbook();
  book.properties.date1904 = spec.date1904;
  for (const [i, s] of spec.sheets.entries()) {
    const ws = book.addWorksheet(spec.names[i], { state: s.state });
    if (s.rowFormat) ws.getRow(s.rowFormat.row).numFmt = s.rowFormat.format;
    if (s.colFormat) ws.getColumn(s.colFormat.col).numFmt = s.colFormat.format;
    for (const c of s.cells) {
      const target = ws.getCell(c.row, c.col);
      target.value = c.value as ExcelJS.CellValue;
      if (c.format) target.numFmt = c.format;
    }
    for (const e of s.emptyFormatted) if (ws.getCell(e.row, e.col).value === null) ws.getCell(e.row, e.col).numFmt = e.format;
    if (s.shared) {
      const { col, from, length, formula, array } = s.shared;
      const range = `${ws.getColumn(col).letter}${from}:${ws.getColumn(col).letter}${from + length - 1}`;
      if (array) ws.getCell(from, col).value = { formula, result: 1, shareType: "array", ref: range } as ExcelJS.CellValue;
      else ws.fillFormula(range, formula, (r) => (r % 3 === 0 ? 0 : r));
    }
    const taken: { top: number; left: number; bottom: number; right: number }[] = [];
    for (const m of s.merges) {
      const next = { top: m.row, left: m.col, bottom: m.row + m.rows - 1, right: m.col + m.cols - 1 };
      if (next.top === next.bottom && next.left === next.right) continue;
      if (taken.some((t) => t.left <= next.right && next.left <= t.right && t.top <= next.bottom && next.top <= t.bottom)) continue;
      taken.push(next);
      ws.mergeCells(next.top, next.left, next.bottom, next.right);
    }
    for (const v of s.validations) ws.getCell(v.row, v.col).dataValidation = v.rule;
    if (s.protect) await ws.protect("", {});
  }
  try {
    const data = await book.xlsx.writeBuffer({ useSharedStrings: spec.sharedStrings } as ExcelJS.XlsxWriteOptions);
    return new Uint8Array(data as ArrayBuffer);
  } catch {
    return null;
  }
}

test("the lean reader reads what ExcelJS reads, cell for cell", async () => {
  await fc.assert(
    fc.asyncProperty(workbook, async (spec) => {
      const bytes = await written(spec);
      fc.pre(bytes !== null);
      const readings = await readBoth(bytes!);
      expect(snapshotDifferences(readings)).toEqual([]);
    }),
    { numRuns: 60 },
  );
}, 120_000);
