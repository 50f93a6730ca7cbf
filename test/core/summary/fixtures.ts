/** Small workbooks for the summary tests, as 2-D literals. */
import { a1 } from "../../../src/core/address";
import { analyzeWorkbook } from "../../../src/core/engine";
import type { CellWrite, SheetSpec, WritePlan } from "../../../src/core/plan/writePlan";
import { sheetFromRows, type CellValue, type SheetSnapshot, type WorkbookSnapshot } from "../../../src/core/snapshot";
import type { SummaryInput } from "../../../src/core/summary/units";

export type Row = (CellValue | undefined)[];

const structure: [string, number, [number, number, number]][] = [
  ["Perencanaan Kinerja", 30, [6, 9, 15]],
  ["Pengukuran Kinerja", 30, [6, 9, 15]],
  ["Pelaporan Kinerja", 15, [3, 4.5, 7.5]],
  ["Evaluasi Akuntabilitas Kinerja Internal", 25, [5, 7.5, 12.5]],
];

/** Grades giving 23.70 + 23.10 + 13.05 + 17.25 = 77.10 (BB). */
export const worked = ["AA", "BB", "B", "A", "BB", "B", "AA", "A", "BB", "A", "B", "CC"];
export const all = (grade: string) => Array<string>(12).fill(grade);

/** A sakip-2021 indicator sheet: header on row 6, one grade per sub-component. */
export function gradeSheet(name: string, unit: string, grades: (string | null)[], year: CellValue = 2024): SheetSnapshot {
  const rows: Row[] = [["LEMBAR KERJA EVALUASI AKIP"], ["Skema", "sakip-2021"], ["Unit", unit], ["Tahun", year], [], ["Kode", "Uraian", "Bobot", "Jawaban", "Nilai", "Catatan"]];
  let i = 0;
  structure.forEach(([component, weight, subs], c) => {
    rows.push([String(c + 1), component, weight]);
    subs.forEach((w, s) => rows.push([`${c + 1}.${"abc"[s]}`, `Sub-komponen ${c + 1}.${"abc"[s]}`, w, grades[i++] ?? null]));
  });
  return sheetFromRows(name, rows);
}

/** A sheet meant to be an indicator sheet (it names its scheme) whose header is missing. */
export function brokenSheet(name: string): SheetSnapshot {
  return sheetFromRows(name, [["Skema", "sakip-2021"], ["Unit", "Dinas Rusak"], [], ["Kode", "Uraian", "Nilai"]]);
}

export function input(file: string, sheets: SheetSnapshot[]): SummaryInput {
  const snapshot: WorkbookSnapshot = { name: file, sheets };
  return { file, analysis: analyzeWorkbook(snapshot), snapshot };
}

/** A sheet spec's cells by A1 address. */
export function cellsOf(spec: SheetSpec): Map<string, Omit<CellWrite, "sheet">> {
  return new Map(spec.cells.toArray().map((c) => [a1(c.row, c.col), c]));
}

export function value(spec: SheetSpec, address: string): CellValue | undefined {
  return cellsOf(spec).get(address)?.value;
}

export function sheetOf(plan: WritePlan, name: string): SheetSpec {
  const spec = plan.sheets.find((s) => s.name === name);
  if (!spec) throw new Error(`no sheet ${name} in the plan: ${plan.sheets.map((s) => s.name).join(", ")}`);
  return spec;
}

/** The values of one row of a spec, from column A to the last written column. */
export function rowValues(spec: SheetSpec, row: number): (CellValue | undefined)[] {
  const cells = spec.cells.toArray().filter((c) => c.row === row);
  const last = Math.max(-1, ...cells.map((c) => c.col));
  const out: (CellValue | undefined)[] = Array(last + 1).fill(undefined);
  for (const c of cells) out[c.col] = c.value;
  return out;
}

export const date = "2025-01-31";
export const at = "2025-01-31T08:00:00.000Z";

/** The unit cell (B3) holding text that looks like a formula: a value, not a formula. */
export function withUnitText(sheet: SheetSnapshot, text: string): SheetSnapshot {
  sheet.values[2][1] = text;
  sheet.formulas[2][1] = null;
  return sheet;
}

/** Applies a plan's new sheets to a snapshot, as a host would (for regeneration tests). */
export function applySheets(snapshot: WorkbookSnapshot, plan: WritePlan): WorkbookSnapshot {
  const sheets = snapshot.sheets.filter((s) => !plan.sheets.some((spec) => spec.name === s.name));
  for (const spec of plan.sheets) sheets.push(specSnapshot(spec));
  return { ...snapshot, sheets };
}

/** A sheet spec as the snapshot a host would read back. */
export function specSnapshot(spec: SheetSpec): SheetSnapshot {
  const values: CellValue[][] = [];
  const formulas: (string | null)[][] = [];
  for (const cell of spec.cells) {
    while (values.length <= cell.row) {
      values.push([]);
      formulas.push([]);
    }
    values[cell.row][cell.col] = cell.value;
    formulas[cell.row][cell.col] = cell.formula ?? null;
  }
  for (let r = 0; r < values.length; r++) {
    for (let c = 0; c < values[r].length; c++) {
      values[r][c] ??= null;
      formulas[r][c] ??= null;
    }
  }
  return { name: spec.name, values, formulas, visibility: spec.visibility };
}
