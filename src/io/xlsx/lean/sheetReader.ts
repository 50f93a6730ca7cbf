/**
 * One worksheet part read straight into the snapshot's shape, in one pass over its XML: cell
 * values with their types, formulas (shared ones moved to each cell), number formats, merged
 * areas, literal dropdown lists and protection. Everything else in the part is skipped.
 *
 * The result matches what src/io/xlsx/snapshot.ts makes of ExcelJS's reading, cell for cell
 * (which cells exist, which rows are kept, the hidden cells of merged areas), except where
 * ExcelJS is wrong; each such place says so where it is handled.
 */
import type { CellValue, ListValidation, SheetSnapshot } from "../../../core";
import { address, areaCells, parseArea, parseCell, sheetBounds, spanCells, type Area } from "./cellAddress";
import { LeanRefused } from "./leanRefused";
import { isDateFormat } from "./numberFormats";
import type { PackageRelationship } from "./packageParts";
import { moveFormula } from "./sharedFormula";
import { elementText, readRun, unescapeText } from "./sharedStrings";
import type { StyleFormats } from "./styles";
import { token, XmlScanner } from "./xmlScanner";

export const sheetReadLimits = {
  /** Cells one merged area may cover (a whole row is 16,384). */
  maxMergeCells: 100_000,
  /** Cells a data validation may cover and still be read cell by cell (wider ones are left out, as for ExcelJS). */
  maxExpandedValidationCells: 100_000,
} as const;

/** A cell as read: `kind` 0 is a <c> with nothing in it (no cell at all), 1 an empty formatted cell, 2 a cell with content. */
interface CellRecord {
  kind: 0 | 1 | 2;
  value: CellValue;
  /** The formula as written in the cell, and for a shared formula's other cells the address of the cell holding it. */
  formula: string | undefined;
  sharedFrom: string | undefined;
  isFormula: boolean;
  numFmt: string | undefined;
  /** Covered by a merged area, not its top-left cell. */
  hidden: boolean;
}

export interface SheetContext {
  name: string;
  part: string;
  state: string | undefined;
  sharedStrings: readonly string[] | null;
  formats: StyleFormats;
  date1904: boolean;
  relationships: readonly PackageRelationship[];
  /** Counts cells against the workbook's limit: present ones and those merged areas add. */
  countCells(n: number): void;
}

export interface SheetRead {
  sheet: SheetSnapshot;
  protected: boolean;
  /** Its data validations were too wide to read cell by cell, and none were read. */
  validationsLeftOut: boolean;
  /** Some cell is typed as a shared string. */
  usesSharedStrings: boolean;
}

/** ExcelJS's round trip of a date serial through a JavaScript Date, to the same double. */
function dateSerial(serial: number, date1904: boolean): number {
  const ms = Math.round((serial - 25569 + (date1904 ? 1462 : 0)) * 24 * 3600 * 1000);
  if (!(Math.abs(ms) <= 8.64e15)) return NaN;
  return (ms === 0 ? 0 : ms) / 86400000 + 25569;
}

interface ValidationRule {
  type: string;
  formulae: string[];
}

export function readSheet(xml: string, context: SheetContext): SheetRead {
  const scanner = new XmlScanner(xml, context.part);
  const rows: (CellRecord | undefined)[][] = [];
  const rowFormats = new Map<number, string | undefined>();
  const columns: { min: number; max: number; numFmt: string | undefined }[] = [];
  const masters = new Map<string, string>();
  const merges: Area[] = [];
  const hyperlinks: string[] = [];
  const validations = new Map<string, ValidationRule>();
  let wideValidations = false;
  let usesSharedStrings = false;
  let isProtected = false;
  // A row numbered past Excel's last, refused at its first cell (which names itself when its own address is out of range too) or at its end.
  let rowOutOfRange: string | null = null;
  let rowNumber = 0;
  let rowOfCells = 0;
  let previousCol = 0;
  const outOfRange = (cell: string) => new LeanRefused({ kind: "cell-out-of-range", sheet: context.name, cell });
  const damaged = (detail: string) => new LeanRefused({ kind: "damaged", part: context.part, detail });
  const styleFormat = (s: string | undefined): { styled: boolean; numFmt: string | undefined } => {
    // ExcelJS takes no style at all from s="0" (or no s): such a cell has no format.
    const id = s ? parseInt(s, 10) : NaN;
    if (!id) return { styled: false, numFmt: undefined };
    return { styled: id < context.formats.length, numFmt: context.formats[id] };
  };

  const readCell = (): void => {
    context.countCells(1);
    const ref = scanner.attribute("r");
    let col: number;
    if (ref === undefined) col = previousCol + 1;
    else {
      const cell = parseCell(ref);
      if (!cell) {
        if (/^\$?[A-Za-z]+\$?\d+$/.test(ref)) throw outOfRange(ref);
        throw damaged(`a cell is named "${ref}"`);
      }
      col = cell.col;
    }
    if (rowOutOfRange !== null) throw outOfRange(rowOutOfRange);
    if (col > sheetBounds.lastCol) throw outOfRange(address(rowOfCells, col));
    previousCol = col;
    const type = scanner.attribute("t");
    if (type === "s") {
      usesSharedStrings = true;
      if (context.sharedStrings === null) throw new LeanRefused({ kind: "missing-shared-strings", part: context.part });
    }
    const s = scanner.attribute("s");
    // ExcelJS takes no style at all from s="0" (or no s): such a cell has no format.
    const styleId = s ? parseInt(s, 10) : 0;
    const styled = styleId > 0 && styleId < context.formats.length;
    const numFmt = styled ? context.formats[styleId] : undefined;
    let formula: string | undefined;
    let shareType: string | undefined;
    let shareRef: string | undefined;
    let shareIndex: string | undefined;
    let text: string | undefined;
    let runs: string[] | undefined;
    if (!scanner.selfClosing) {
      const depth = scanner.depth;
      while (scanner.next() !== token.end) {
        if (scanner.kind === token.close && scanner.depth === depth - 1) break;
        if (scanner.kind !== token.open) continue;
        switch (scanner.name) {
          case "f": {
            shareType = scanner.attribute("t");
            shareRef = scanner.attribute("ref");
            shareIndex = scanner.attribute("si");
            const written = elementText(scanner);
            if (written !== "") formula = (formula ?? "") + written;
            break;
          }
          case "v": {
            const value = elementText(scanner);
            if (value !== "") text = (text ?? "") + value;
            break;
          }
          case "t": {
            // An inline string's text. ExcelJS leaves its _xHHHH_ escapes as written; they are
            // decoded here as in every other text, since that is what Excel wrote them for.
            const value = unescapeText(elementText(scanner));
            if (value !== "") text = (text ?? "") + value;
            break;
          }
          case "r":
            (runs ??= []).push(readRun(scanner));
            break;
          case "is":
            break;
          default:
            // <rPh> phonetic guides and anything else: ExcelJS adds a guide's text to the
            // value, which is not what the cell shows; left out here.
            scanner.skipElement();
        }
      }
    } else scanner.next();
    const record: CellRecord = { kind: 2, value: null, formula, sharedFrom: undefined, isFormula: false, numFmt, hidden: false };
    const isDate = styled && isDateFormat(numFmt);
    if (formula !== undefined || shareType) {
      record.isFormula = true;
      if (text !== undefined) record.value = formulaResult(text, type, isDate, context.date1904);
      if (shareType === "shared") {
        if (shareRef) masters.set(shareIndex ?? "undefined", address(rowOfCells, col));
        else record.sharedFrom = masters.get(shareIndex ?? "undefined");
      }
    } else if (text !== undefined || runs !== undefined) {
      record.value = cellValue(text, runs, type, isDate);
    } else {
      // Nothing in it: an empty formatted cell when it names a style other than 0, else no cell (as ExcelJS reads it).
      record.kind = styleId ? 1 : 0;
    }
    (rows[rowOfCells - 1] ??= [])[col - 1] = record;
  };

  const cellValue = (text: string | undefined, runs: string[] | undefined, type: string | undefined, isDate: boolean): CellValue => {
    if (runs !== undefined && text === undefined) return runs.join("");
    const value = text ?? "";
    switch (type) {
      case "s": {
        const index = parseInt(value, 10);
        const strings = context.sharedStrings!;
        if (!(index >= 0 && index < strings.length)) throw damaged(`a cell refers to shared string ${value}, which the table does not hold`);
        return strings[index];
      }
      case "str":
      case "inlineStr":
        // ExcelJS decodes a "str" value's entities a second time ("&amp;lt;" reads "<"); the text is kept as written here.
        return value;
      case "b":
        return parseInt(value, 10) !== 0;
      case "e":
        return { error: value };
      default: {
        const number = parseFloat(value);
        return isDate ? dateSerial(number, context.date1904) : number;
      }
    }
  };

  const readValidation = (): void => {
    const sqref = scanner.attribute("sqref") ?? "";
    const rule: ValidationRule = { type: scanner.attribute("type") || "any", formulae: [] };
    for (const ref of sqref.split(/\s+/).filter(Boolean)) {
      const span = spanCells(ref);
      if (span === null || span > sheetReadLimits.maxExpandedValidationCells) wideValidations = true;
    }
    if (!scanner.selfClosing) {
      const depth = scanner.depth;
      while (scanner.next() !== token.end) {
        if (scanner.kind === token.close && scanner.depth === depth - 1) break;
        if (scanner.kind !== token.open) continue;
        if (scanner.name === "formula1" || scanner.name === "formula2") rule.formulae.push(elementText(scanner));
        else scanner.skipElement();
      }
    } else scanner.next();
    if (wideValidations) return;
    // ExcelJS keeps a rule per cell, the last rule over a cell winning, in the order cells were first named.
    for (const ref of sqref.split(/\s+/g)) {
      if (!ref.includes(":")) {
        validations.set(ref, rule);
        continue;
      }
      const area = parseArea(ref);
      if (!area) continue;
      for (let col = area.left; col <= area.right; col++) for (let row = area.top; row <= area.bottom; row++) validations.set(address(row, col), rule);
    }
  };

  let inSheetData = false;
  while (scanner.next() !== token.end) {
    if (scanner.kind === token.close) {
      if (scanner.name === "sheetData") inSheetData = false;
      else if (rowOutOfRange !== null && scanner.name === "row") throw outOfRange(rowOutOfRange);
      continue;
    }
    if (scanner.kind !== token.open) continue;
    const name = scanner.name;
    if (inSheetData) {
      if (name === "row") {
        const r = scanner.attribute("r");
        // A row without its number follows the one before (ExcelJS drops such a row and its cells).
        const number = r === undefined ? rowNumber + 1 : /^\d{1,8}$/.test(r) ? Number(r) : NaN;
        if (!(number >= 1 && number <= sheetBounds.lastRow)) rowOutOfRange = `${r}:${r}`;
        rowNumber = rowOfCells = number;
        previousCol = 0;
        rowFormats.set(number, styleFormat(scanner.attribute("s")).numFmt);
      } else if (name === "c") {
        if (rowOfCells === 0) throw damaged("a cell outside any row");
        readCell();
      } else scanner.skipElement();
      continue;
    }
    switch (name) {
      case "sheetData":
        inSheetData = !scanner.selfClosing;
        break;
      case "col": {
        const style = styleFormat(scanner.attribute("style"));
        columns.push({ min: parseInt(scanner.attribute("min") || "0", 10), max: parseInt(scanner.attribute("max") || "0", 10), numFmt: style.numFmt });
        break;
      }
      case "mergeCell": {
        const ref = scanner.attribute("ref");
        // Measured as the package check measures it ("A:A" is a whole column), before it is read as two corners.
        const span = ref === undefined ? 0 : spanCells(ref);
        if (ref !== undefined && (span === null || span > sheetReadLimits.maxMergeCells)) {
          throw new LeanRefused({ kind: "merge-too-large", sheet: context.name, range: ref, limit: sheetReadLimits.maxMergeCells });
        }
        const area = parseArea(ref ?? "");
        if (!area || areaCells(area) > sheetReadLimits.maxMergeCells) throw new LeanRefused({ kind: "damaged", part: context.part, detail: `merged area "${ref ?? ""}" is not one Excel can hold` });
        merges.push(area);
        break;
      }
      case "hyperlink": {
        const relId = scanner.attribute("r:id");
        if (relId) {
          const rel = context.relationships.find((r) => r.id === relId);
          if (!rel) throw damaged(`a hyperlink names relationship ${relId}, which the sheet does not have`);
          if (rel.target) hyperlinks.push(scanner.attribute("ref") ?? "");
        }
        break;
      }
      case "dataValidation":
        readValidation();
        break;
      case "sheetProtection":
        isProtected = scanner.attribute("sheet") === "1";
        break;
      case "extLst":
        scanner.skipElement();
        break;
    }
  }

  const cellAt = (row: number, col: number): CellRecord | undefined => rows[row - 1]?.[col - 1];
  // A hyperlinked cell counts as one with content even when empty (ExcelJS makes it a hyperlink
  // value). ExcelJS also drops a hyperlinked cell's formula, keeping its result as the value;
  // the formula is kept here, as the cell holds it.
  for (const ref of hyperlinks) {
    const at = /^[A-Z]+\d+$/.test(ref) ? parseCell(ref) : null;
    const cell = at && cellAt(at.row, at.col);
    if (cell) cell.kind = 2;
  }
  applyMerges(merges, rows, rowFormats, columnFormats(columns), context);

  return {
    sheet: snapshotOf(context, rows, merges, wideValidations ? [] : listValidations(validations)),
    protected: isProtected,
    validationsLeftOut: wideValidations,
    usesSharedStrings,
  };
}

function formulaResult(text: string, type: string | undefined, isDate: boolean, date1904: boolean): CellValue {
  switch (type) {
    case "str":
      return text;
    case "b":
      return parseInt(text, 10) !== 0;
    case "e":
      return { error: text };
    default: {
      // ExcelJS turns any cached result under a date format into a date, so a text or error
      // result there reads as NaN; only numbers are dates here, and the rest keep their value.
      const number = parseFloat(text);
      return isDate ? dateSerial(number, date1904) : number;
    }
  }
}

/** Which number format a column's style gives, as ExcelJS builds its columns: sorted by start, an earlier one kept where they overlap. */
function columnFormats(columns: { min: number; max: number; numFmt: string | undefined }[]): (col: number) => string | undefined {
  const ranges: { from: number; to: number; numFmt: string | undefined }[] = [];
  let next = 1;
  for (const c of [...columns].sort((a, b) => a.min - b.min)) {
    const from = Math.max(next, c.min);
    if (c.max >= from) ranges.push({ from, to: c.max, numFmt: c.numFmt });
    next = Math.max(next, c.max + 1);
  }
  return (col) => ranges.find((r) => col >= r.from && col <= r.to)?.numFmt;
}

/**
 * Merged areas as ExcelJS applies them after reading the cells: each cell of an area other than
 * its top-left becomes a hidden cell, created when the sheet had none there (with the format its
 * row or column gives); the top-left cell is created empty when missing. Areas that overlap are
 * refused, as ExcelJS refuses them.
 */
function applyMerges(
  merges: readonly Area[],
  rows: (CellRecord | undefined)[][],
  rowFormats: ReadonlyMap<number, string | undefined>,
  columnFormat: (col: number) => string | undefined,
  context: SheetContext,
): void {
  if (merges.length === 0) return;
  // Counted before any is applied (cells already present counted again): a bound, reached at once.
  context.countCells(merges.reduce((n, area) => n + areaCells(area), 0));
  const covered = new Set<number>();
  const created = (row: number, col: number): CellRecord => {
    return { kind: 1, value: null, formula: undefined, sharedFrom: undefined, isFormula: false, numFmt: rowFormats.get(row) || columnFormat(col), hidden: false };
  };
  for (const area of merges) {
    for (let row = area.top; row <= area.bottom; row++) {
      const cells = (rows[row - 1] ??= []);
      for (let col = area.left; col <= area.right; col++) {
        const key = row * (sheetBounds.lastCol + 1) + col;
        if (covered.has(key)) throw new LeanRefused({ kind: "damaged", part: context.part, detail: "two merged areas overlap" });
        covered.add(key);
        let cell = cells[col - 1];
        if (cell === undefined || cell.kind === 0) cell = cells[col - 1] = created(row, col);
        if (row === area.top && col === area.left) continue;
        cell.kind = 2;
        cell.hidden = true;
      }
    }
  }
}

/** The formula text a cell shows: its own, or the shared formula of the cell it names, moved here. */
function formulaOf(rows: (CellRecord | undefined)[][], cell: CellRecord, row: number, col: number, depth = 0): string | undefined {
  if (cell.formula !== undefined) return cell.formula;
  if (cell.sharedFrom === undefined || depth > 8) return undefined;
  const from = parseCell(cell.sharedFrom)!;
  const master = rows[from.row - 1]?.[from.col - 1];
  if (!master || master.kind === 0 || master.hidden || !master.isFormula) return undefined;
  const text = formulaOf(rows, master, from.row, from.col, depth + 1);
  return text === undefined ? undefined : moveFormula(text, row - from.row, col - from.col);
}

function snapshotOf(context: SheetContext, rows: (CellRecord | undefined)[][], merges: readonly Area[], validations: ListValidation[]): SheetSnapshot {
  const values: CellValue[][] = [];
  const formulas: (string | null)[][] = [];
  const numberFormats: (string | null)[][] = [];
  rows.forEach((cells, r) => {
    // ExcelJS keeps a row only when one of its cells has content (or is a merged area's hidden cell).
    if (!cells.some((cell) => cell !== undefined && cell.kind === 2)) return;
    const valueRow: CellValue[] = (values[r] = []);
    const formulaRow: (string | null)[] = (formulas[r] = []);
    const formatRow: (string | null)[] = (numberFormats[r] = []);
    cells.forEach((cell, c) => {
      if (cell === undefined || cell.kind === 0) return;
      valueRow[c] = cell.hidden ? null : cell.value;
      const formula = !cell.hidden && cell.isFormula ? formulaOf(rows, cell, r + 1, c + 1) : undefined;
      formulaRow[c] = formula ? `=${formula}` : null;
      formatRow[c] = cell.numFmt ?? null;
    });
  });
  const visibility = context.state === "veryHidden" ? "veryHidden" : context.state === "hidden" ? "hidden" : "visible";
  const mergeRanges = merges.map((m) => `${address(m.top, m.left)}:${address(m.bottom, m.right)}`);
  return { name: context.name, values, formulas, numberFormats, visibility, merges: mergeRanges, validations };
}

/** Literal dropdown lists ("A,B,C"), one per cell as ExcelJS keeps them; a list drawn from a range is not read. */
function listValidations(rules: ReadonlyMap<string, ValidationRule>): ListValidation[] {
  const lists: ListValidation[] = [];
  for (const [range, rule] of rules) {
    const formula = rule.type === "list" ? rule.formulae[0] : undefined;
    if (typeof formula !== "string" || !/^"[\s\S]*"$/.test(formula)) continue;
    lists.push({ range, list: formula.slice(1, -1).split(",").map((choice) => choice.trim()) });
  }
  return lists;
}
