/**
 * Sheets for validation tests, built from 2-D array literals. The default sheet is a valid
 * sakip-2021 sheet (components 30/30/15/25, each split 20/30/50) that scores 77.10 (BB);
 * tests copy it and change one thing.
 */
import { a1 } from "../../../src/core/address";
import { analyzeWorkbook, type EngineOptions, type SheetAnalysis } from "../../../src/core/engine";
import { sheetFromRows, type CellValue, type SheetSnapshot } from "../../../src/core/snapshot";
import type { Finding } from "../../../src/core/validate/finding";

export type Row = (CellValue | undefined)[];

/** Columns of the default layout. */
export const COL = { code: 0, text: 1, weight: 2, answer: 3, score: 4, note: 5 } as const;

export const header: Row = ["Kode", "Uraian", "Bobot", "Jawaban", "Nilai", "Catatan"];

/** The 88/2021 structure: component code, name, weight; sub-component weights a/b/c. */
export const sakipStructure: [string, string, number, [number, number, number]][] = [
  ["1", "Perencanaan Kinerja", 30, [6, 9, 15]],
  ["2", "Pengukuran Kinerja", 30, [6, 9, 15]],
  ["3", "Pelaporan Kinerja", 15, [3, 4.5, 7.5]],
  ["4", "Evaluasi Akuntabilitas Kinerja Internal", 25, [5, 7.5, 12.5]],
];

const letters = ["a", "b", "c"] as const;

/** Grades that give 23.70 + 23.10 + 13.05 + 17.25 = 77.10 (BB). */
export const defaultGrades: Record<string, string> = {
  "1.a": "AA", "1.b": "BB", "1.c": "B",
  "2.a": "A", "2.b": "BB", "2.c": "B",
  "3.a": "AA", "3.b": "A", "3.c": "BB",
  "4.a": "A", "4.b": "B", "4.c": "CC",
};

export interface SakipOptions {
  /** The Skema value; null leaves the metadata row out. */
  scheme?: string | null;
  grades?: Record<string, string>;
  /** Probe answers (Y/T) under a sub-component, as criterion rows "1.a.1", "1.a.2" ... */
  probes?: Record<string, (CellValue | undefined)[]>;
}

export function metadataRows(scheme: string | null = "sakip-2021"): Row[] {
  return [...(scheme === null ? [] : [["Skema", scheme]]), ["Unit", "Dinas Kesehatan"], ["Tahun", 2022], []];
}

/** Body rows of a sakip-2021 sheet in the default layout. */
export function sakipBody(options: SakipOptions = {}): Row[] {
  const grades = options.grades ?? defaultGrades;
  const rows: Row[] = [];
  for (const [code, name, weight, subWeights] of sakipStructure) {
    rows.push([code, name, weight, null, null, null]);
    letters.forEach((letter, i) => {
      const sub = `${code}.${letter}`;
      rows.push([sub, `Sub-komponen ${sub}`, subWeights[i], grades[sub] ?? null, null, null]);
      (options.probes?.[sub] ?? []).forEach((probe, j) => rows.push([`${sub}.${j + 1}`, `Kriteria ${sub}.${j + 1}`, null, probe, null, null]));
    });
  }
  return rows;
}

/** A whole valid sakip-2021 sheet: metadata, header, body. */
export function sakipRows(options: SakipOptions = {}): Row[] {
  return [...metadataRows(options.scheme === undefined ? "sakip-2021" : options.scheme), header, ...sakipBody(options)];
}

/**
 * A sakip-2021-kriteria sheet: criteria answered Y/T under a, A-E under b and c; sub-component
 * rows carry no answer.
 */
export function kriteriaRows(answers: Record<string, (CellValue | undefined)[]> = {}, scheme: string | null = "sakip-2021-kriteria"): Row[] {
  const rows: Row[] = [...metadataRows(scheme), header];
  for (const [code, name, weight, subWeights] of sakipStructure) {
    rows.push([code, name, weight, null, null, null]);
    letters.forEach((letter, i) => {
      const sub = `${code}.${letter}`;
      rows.push([sub, `Sub-komponen ${sub}`, subWeights[i], null, null, null]);
      const list = answers[sub] ?? (letter === "a" ? ["Y", "Y"] : ["A", "B"]);
      list.forEach((answer, j) => rows.push([`${sub}.${j + 1}`, `Kriteria ${sub}.${j + 1}`, null, answer, null, null]));
    });
  }
  return rows;
}

export interface AnalyzeOptions extends EngineOptions {
  name?: string;
  numberFormats?: (string | null)[][];
}

export function sheetOf(rows: Row[], options: AnalyzeOptions = {}): SheetSnapshot {
  const sheet = sheetFromRows(options.name ?? "Dinkes", rows);
  return options.numberFormats ? { ...sheet, numberFormats: options.numberFormats } : sheet;
}

/** Analyses a one-sheet workbook; throws when the sheet is not taken for an indicator sheet. */
export function analyzeRows(rows: Row[], options: AnalyzeOptions = {}): SheetAnalysis {
  const analysis = analyzeWorkbook({ sheets: [sheetOf(rows, options)] }, options);
  const sheet = analysis.sheets[0];
  if (!sheet) throw new Error("The sheet was not taken for an indicator sheet");
  return sheet;
}

export function findingsOf(rows: Row[], options: AnalyzeOptions = {}): Finding[] {
  return analyzeRows(rows, options).findings;
}

export function withCode(findings: readonly Finding[], code: string): Finding[] {
  return findings.filter((f) => f.code === code);
}

/** The 0-based row of the first row whose code cell reads `code`. */
export function rowOf(rows: Row[], code: string, col: number = COL.code): number {
  const index = rows.findIndex((r) => String(r[col] ?? "").trim() === code);
  if (index < 0) throw new Error(`No row with code ${code}`);
  return index;
}

/** The A1 address of a row's cell, by the row's code. */
export function cellOf(rows: Row[], code: string, col: number, codeCol: number = COL.code): string {
  return a1(rowOf(rows, code, codeCol), col);
}

/** A copy of the rows with one cell changed. */
export function setCell(rows: Row[], code: string, col: number, value: CellValue | undefined): Row[] {
  const copy = rows.map((r) => [...r]);
  const row = copy[rowOf(rows, code)];
  while (row.length <= col) row.push(null);
  row[col] = value;
  return copy;
}

/** A copy of the rows with new rows inserted after the row of `code`. */
export function insertAfter(rows: Row[], code: string, ...extra: Row[]): Row[] {
  const at = rowOf(rows, code) + 1;
  return [...rows.slice(0, at), ...extra, ...rows.slice(at)];
}

/** A copy of the rows without the rows whose code is one of `codes`. */
export function withoutRows(rows: Row[], ...codes: string[]): Row[] {
  return rows.filter((r) => !codes.includes(String(r[COL.code] ?? "").trim()));
}

/** Analyses one prepared snapshot sheet. */
export function analyzeSheet(sheet: SheetSnapshot, options: EngineOptions = {}): SheetAnalysis {
  const analysis = analyzeWorkbook({ sheets: [sheet] }, options);
  if (!analysis.sheets[0]) throw new Error("The sheet was not taken for an indicator sheet");
  return analysis.sheets[0];
}

/** A copy of a snapshot sheet with cells written as a host would: formula and cached value together. */
export function applyWrites(sheet: SheetSnapshot, writes: readonly { row: number; col: number; value: CellValue; formula?: string }[]): SheetSnapshot {
  const values = sheet.values.map((r) => [...r]);
  const formulas = sheet.formulas.map((r) => [...r]);
  for (const write of writes) {
    while (values.length <= write.row) values.push([]);
    while (formulas.length <= write.row) formulas.push([]);
    const valueRow = values[write.row];
    const formulaRow = formulas[write.row];
    while (valueRow.length <= write.col) valueRow.push(null);
    while (formulaRow.length <= write.col) formulaRow.push(null);
    valueRow[write.col] = write.value;
    formulaRow[write.col] = write.formula ?? null;
  }
  return { ...sheet, values, formulas };
}

/** The one finding of a code; fails when there are none or several. */
export function only(findings: readonly Finding[], code: string): Finding {
  const matching = withCode(findings, code);
  if (matching.length !== 1) {
    throw new Error(`Expected one ${code} finding, got ${matching.length}: ${JSON.stringify(findings, null, 1)}`);
  }
  return matching[0];
}

/** A copy of the rows with the weights of body rows as fractions (30 -> 0.3), as sheets showing % keep them. */
export function asFractions(rows: Row[]): Row[] {
  const headerRow = rows.findIndex((r) => r[COL.code] === "Kode");
  return rows.map((r, i) => {
    const weight = r[COL.weight];
    if (i <= headerRow || typeof weight !== "number") return [...r];
    const copy = [...r];
    copy[COL.weight] = Number((weight / 100).toPrecision(12));
    return copy;
  });
}
