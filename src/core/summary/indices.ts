/**
 * The index recap for the bureau: an input's `Indeks` sheet (a header row naming the unit
 * column and any of the index columns, one row per unit) read exactly, each value put on its
 * built-in predicate scale, and the `Rekap Indeks` sheet that shows them.
 */
import { a1 } from "../address";
import { exact, fromNumber, HUNDRED, parseDecimal, toNumber, type Exact } from "../exact";
import { normalizeLabel } from "../layout/text";
import { formatNumber, type Lang } from "../messages/number";
import { predicateFormula } from "../plan/formulas";
import type { SheetSpec } from "../plan/writePlan";
import { bandOf } from "../scale/predicate";
import type { PredicateScale } from "../scale/predicateScale";
import { indexOfScale, scaleForYear } from "../scale/scaleForYear";
import { cellNumberFormat, cellText, cellValue, columnCount, isCellError, rowCount, type SheetSnapshot, type WorkbookSnapshot } from "../snapshot";
import { bandName } from "../translations";
import { indexSheetName, scaleNote, summaryLabels, type IndexKindId } from "./labels";
import { titleBlock, yearCell, type RecapInfo } from "./ringkasan";
import { formats, SheetBuilder } from "./sheetBuilder";

export interface IndexKind {
  /** The built-in predicate scale, also the key in JSON output. */
  scale: IndexKindId;
  /** The column title in Bahasa Indonesia; `indexKindLabel` gives it in either language. */
  label: string;
  /** Short name for the predicate column ("Predikat SAKIP"). */
  short: string;
  /** Header texts accepted on the `Indeks` sheet. */
  headers: string[];
  numberFormat?: string;
}

export const indexKinds: readonly IndexKind[] = [
  { scale: "sakip", label: "Nilai SAKIP", short: "SAKIP", headers: ["Nilai SAKIP", "SAKIP", "Nilai AKIP", "Indeks SAKIP"], numberFormat: formats.score },
  { scale: "indeks-rb", label: "Indeks RB", short: "RB", headers: ["Indeks RB", "Nilai RB", "RB", "Indeks Reformasi Birokrasi"], numberFormat: formats.score },
  { scale: "pekppp", label: "Indeks PEKPPP", short: "PEKPPP", headers: ["Indeks PEKPPP", "PEKPPP", "Nilai PEKPPP", "Indeks Pelayanan Publik"], numberFormat: formats.score },
  { scale: "merit", label: "Sistem Merit", short: "Merit", headers: ["Sistem Merit", "Indeks Merit", "Nilai Merit", "Merit"] },
  { scale: "berakhlak", label: "Indeks BerAKHLAK", short: "BerAKHLAK", headers: ["Indeks BerAKHLAK", "BerAKHLAK", "Nilai BerAKHLAK"], numberFormat: formats.score },
  { scale: "mcp", label: "MCP", short: "MCP", headers: ["MCP", "Nilai MCP", "Indeks MCP", "MCP KPK"], numberFormat: formats.score },
];

/** Header texts of the year column: an index whose scale follows the year is read on that year's. */
export const yearHeaders = ["Tahun", "Year", "Tahun Evaluasi"];

/** Header texts of the unit column. */
export const unitHeaders = ["Unit", "Kabupaten/Kota", "Kab/Kota", "Kabupaten", "Kota", "Instansi", "Unit Kerja", "Perangkat Daerah", "OPD", "Pemerintah Daerah", "Nama Unit", "Nama Instansi"];

/** "Indeks BerAKHLAK (%)" reads as "indeks berakhlak". */
function headerKey(text: string): string {
  return normalizeLabel(text.replace(/\s*\([^)]*\)\s*$/, ""));
}

const unitKeys = new Set(unitHeaders.map(headerKey));
const yearKeys = new Set(yearHeaders.map(headerKey));
const kindByHeader = new Map<string, IndexKind>();
for (const kind of indexKinds) for (const header of kind.headers) kindByHeader.set(headerKey(header), kind);

export type IndexProblem = "out-of-range" | "not-a-number" | "error-value";

export interface IndexValue {
  kind: IndexKind;
  /** Where the value stands on the `Indeks` sheet (A1). */
  cell: string;
  value: Exact | null;
  /** The cell's text, for values that are not numbers. */
  text: string;
  /** The scale the value was read on: the index's scale for the row's year. */
  scale: PredicateScale;
  problem?: IndexProblem;
  /** Present when the value is a number within the scale's range. */
  predicate?: string;
  name?: string;
}

export interface IndexRow {
  file: string;
  sheet: string;
  unit: string;
  /** Per index column found, in `indexKinds` order. */
  values: IndexValue[];
}

export interface IndexTable {
  kinds: IndexKind[];
  rows: IndexRow[];
}

export function isIndexSheet(sheet: SheetSnapshot): boolean {
  return normalizeLabel(sheet.name) === normalizeLabel(indexSheetName);
}

/** The header row: the first within 30 rows naming a unit column and at least one index. */
function findHeader(sheet: SheetSnapshot): { row: number; unitCol: number; yearCol: number | null; columns: { col: number; kind: IndexKind }[] } | null {
  const width = columnCount(sheet);
  for (let row = 0; row < Math.min(rowCount(sheet), 30); row++) {
    let unitCol: number | null = null;
    let yearCol: number | null = null;
    const columns: { col: number; kind: IndexKind }[] = [];
    for (let col = 0; col < width; col++) {
      const key = headerKey(cellText(sheet, row, col));
      if (!key) continue;
      if (unitCol === null && unitKeys.has(key)) unitCol = col;
      if (yearCol === null && yearKeys.has(key)) yearCol = col;
      const kind = kindByHeader.get(key);
      if (kind && !columns.some((c) => c.kind === kind)) columns.push({ col, kind });
    }
    if (unitCol !== null && columns.length > 0) return { row, unitCol, yearCol, columns };
  }
  return null;
}

/** Reads one value exactly: numbers as typed, text with a decimal comma ("61,28") or a "%". */
export function readIndexValue(sheet: SheetSnapshot, row: number, col: number, kind: IndexKind, scale: PredicateScale): IndexValue {
  const cell = a1(row, col);
  const raw = cellValue(sheet, row, col);
  const base = { kind, cell, text: cellText(sheet, row, col), scale };
  let value: Exact | null = null;
  if (isCellError(raw)) return { ...base, text: raw.error, value: null, problem: "error-value" };
  if (typeof raw === "number") {
    value = fromNumber(raw);
    // A cell formatted as a percentage shows 61.28% for 0.6128: the index is 61.28.
    if ((cellNumberFormat(sheet, row, col) ?? "").includes("%") && exact(scale.range[1]).equals(HUNDRED)) value = value.mul(HUNDRED);
  } else if (typeof raw === "string") {
    const text = raw.trim().replace(/\s*%$/, "");
    if (text === "" || /^[-–—]$/.test(text)) return { ...base, value: null };
    value = parseDecimal(text);
    if (value === null) return { ...base, value: null, problem: "not-a-number" };
  } else if (raw === null) {
    return { ...base, value: null };
  } else {
    return { ...base, value: null, problem: "not-a-number" };
  }
  const [min, max] = scale.range.map((v) => exact(v));
  if (value.lt(min) || value.gt(max)) return { ...base, value, problem: "out-of-range" };
  const band = bandOf(scale, value);
  return { ...base, value, predicate: band.predicate, name: band.name };
}

/** The `Indeks` sheet of one input, or null when it has none (or none this reader understands). */
export function readIndexSheet(snapshot: WorkbookSnapshot, file: string, scales: ReadonlyMap<string, PredicateScale>, year: number | null = null): IndexTable | null {
  const sheet = snapshot.sheets.find(isIndexSheet);
  if (!sheet) return null;
  const header = findHeader(sheet);
  if (!header) return null;
  const columns = header.columns.filter((c) => scales.has(c.kind.scale));
  const rows: IndexRow[] = [];
  for (let row = header.row + 1; row < rowCount(sheet); row++) {
    const unit = cellText(sheet, row, header.unitCol);
    // The row's own year, else the recap's: MCP 2023 and 2024 are read on different scales.
    const rowYear = header.yearCol !== null ? yearOf(cellText(sheet, row, header.yearCol)) : null;
    const values = columns.map((c) => readIndexValue(sheet, row, c.col, c.kind, scaleForYear(scales, c.kind.scale, rowYear ?? year)!));
    if (!unit && values.every((v) => v.value === null && !v.problem)) continue;
    rows.push({ file, sheet: sheet.name, unit, values });
  }
  const kinds = indexKinds.filter((k) => columns.some((c) => c.kind === k));
  for (const row of rows) row.values.sort((a, b) => kinds.indexOf(a.kind) - kinds.indexOf(b.kind));
  return { kinds, rows };
}

function yearOf(text: string): number | null {
  const match = /\b(19|20)\d{2}\b/.exec(text);
  return match ? Number(match[0]) : null;
}

/** Several inputs' tables as one: the union of their columns, rows in input order. */
export function mergeIndexTables(tables: readonly IndexTable[]): IndexTable {
  const kinds = indexKinds.filter((k) => tables.some((t) => t.kinds.includes(k)));
  return { kinds, rows: tables.flatMap((t) => t.rows) };
}

/** An index's column title in `lang` ("Indeks RB", "RB index"). */
export function indexKindLabel(kind: IndexKind, lang: Lang): string {
  return summaryLabels(lang).indexKinds[kind.scale].label;
}

/** The note on a value that has no predicate: why, with numbers written as `lang` writes them. */
export function problemText(value: IndexValue, scale: PredicateScale, lang: Lang = "id"): string | null {
  const texts = summaryLabels(lang);
  const label = indexKindLabel(value.kind, lang);
  const number = (v: string | number) => formatNumber(Number(v), lang);
  switch (value.problem) {
    case "out-of-range":
      return texts.outOfRange(label, number(toNumber(value.value!)), number(scale.range[0]), number(scale.range[1]));
    case "not-a-number":
      return texts.notANumber(label, value.text);
    case "error-value":
      return texts.errorValue(label, value.text);
    default:
      return null;
  }
}

/** A scale whose band names differ from its predicates (MCP's in Bahasa Indonesia do not) gets a column for them. */
function showsNames(scale: PredicateScale, lang: Lang): boolean {
  return scale.bands.some((b) => bandName(b, lang) !== b.predicate);
}

export function rekapIndeksSheet(name: string, replace: boolean, table: IndexTable, scales: ReadonlyMap<string, PredicateScale>, info: RecapInfo & { ownTitle: string }): SheetSpec {
  const b = new SheetBuilder();
  const { lang } = info;
  const labels = summaryLabels(lang);
  b.put(0, 0, info.ownTitle, { bold: true, measure: false });
  titleBlock(b, [
    [labels.year, yearCell(info.year)],
    [labels.date, info.date],
  ]);

  const headerRow = 4;
  const firstBodyRow = headerRow + 1;
  let col = 2;
  const blocks = table.kinds.map((kind) => {
    const index = scales.get(kind.scale);
    const family = [...scales.values()].filter((s) => index !== undefined && indexOfScale(s) === indexOfScale(index));
    const block = { kind, value: col, predicate: col + 1, name: family.some((s) => showsNames(s, lang)) ? col + 2 : null };
    col += block.name === null ? 2 : 3;
    return block;
  });
  // The note comes last, so its text may run on to the right.
  const fileCol = col;
  const noteCol = col + 1;

  b.put(headerRow, 0, labels.no, { bold: true });
  b.put(headerRow, 1, labels.unit, { bold: true });
  for (const block of blocks) {
    const kindTexts = labels.indexKinds[block.kind.scale];
    b.put(headerRow, block.value, kindTexts.label, { bold: true });
    b.put(headerRow, block.predicate, `${kindTexts.predicateWord} ${block.kind.short}`, { bold: true });
    if (block.name !== null) b.put(headerRow, block.name, labels.meaningOf(block.kind.short), { bold: true });
  }
  b.put(headerRow, fileCol, labels.file, { bold: true });
  b.put(headerRow, noteCol, labels.note, { bold: true });

  table.rows.forEach((row, i) => {
    const r = firstBodyRow + i;
    b.put(r, 0, i + 1);
    b.put(r, 1, row.unit);
    const problems: string[] = [];
    for (const block of blocks) {
      const value = row.values.find((v) => v.kind === block.kind);
      if (!value) continue;
      if (value.value !== null) b.put(r, block.value, toNumber(value.value), block.kind.numberFormat ? { numberFormat: block.kind.numberFormat } : {});
      else if (value.problem) b.put(r, block.value, value.text);
      const problem = problemText(value, value.scale, lang);
      if (problem) problems.push(problem);
      if (value.predicate === undefined) continue;
      const ref = a1(r, block.value);
      b.put(r, block.predicate, value.predicate, { formula: `=${predicateFormula(ref, value.scale, 1)}` });
      if (block.name !== null) {
        const names = { ...value.scale, bands: value.scale.bands.map((band) => ({ ...band, predicate: bandName(band, lang) })) };
        const band = value.scale.bands.find((x) => x.predicate === value.predicate);
        b.put(r, block.name, band ? bandName(band, lang) : (value.name ?? ""), { formula: `=${predicateFormula(ref, names, 1)}` });
      }
    }
    if (problems.length) b.put(r, noteCol, problems.join("; "), { measure: false });
    b.put(r, fileCol, row.file);
  });

  // One note per scale used: an index read on two years' scales has two.
  const used = new Map<string, { scale: PredicateScale; label: string }>();
  for (const row of table.rows) for (const value of row.values) if (!used.has(value.scale.id)) used.set(value.scale.id, { scale: value.scale, label: indexKindLabel(value.kind, lang) });
  const notes = [...used.values()].map(({ scale, label }) => scaleNote(scale, lang, label)).filter((n): n is string => n !== null);
  if (notes.length) {
    const first = firstBodyRow + Math.max(table.rows.length, 1) + 1;
    b.put(first, 0, labels.scaleNotes, { bold: true, measure: false });
    notes.forEach((note, i) => b.put(first + 1 + i, 0, note, { measure: false }));
  }
  b.merge(0, 0, 0, b.usedColumns - 1);
  return b.spec(name, replace, { freezeRows: firstBodyRow });
}
