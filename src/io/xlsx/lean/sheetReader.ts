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
import { address, areaCells, cellColumnAt, parseArea, parseCell, sheetBounds, spanCells, type Area } from "./cellAddress";
import type { CellCount } from "./cellCount";
import { LeanRefused } from "./leanRefused";
import { isDateFormat } from "./numberFormats";
import type { PackageRelationship } from "./packageParts";
import { readPlainCell, type PlainCell } from "./plainCell";
import { readPlainRow, type PlainRow } from "./plainRow";
import { applyMerges, cellKey, cellKind, keptRows, moveSharedFormulas, SheetCells } from "./sheetCells";
import { elementText, readRun, unescapeText } from "./sharedStrings";
import type { StyleFormats } from "./styles";
import { token, XmlScanner } from "./xmlScanner";
import { plainDigits } from "./plainDigits";
import { charCodes } from "./charCodes";

export const sheetReadLimits = {
  /** Cells one merged area may cover (a whole row is 16,384). */
  maxMergeCells: 100_000,
  /** Cells a data validation may cover and still be read cell by cell (wider ones are left out, as for ExcelJS). */
  maxExpandedValidationCells: 100_000,
} as const;

export interface SheetContext {
  name: string;
  part: string;
  state: string | undefined;
  sharedStrings: readonly string[] | null;
  formats: StyleFormats;
  date1904: boolean;
  relationships: readonly PackageRelationship[];
  /** The workbook's cells, counted against its limit. */
  cells: CellCount;
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


/** `codes`: the part's character codes (charCodes.ts), which plain rows and cells are read from. */
export function readSheet(xml: string, context: SheetContext, codes: Uint8Array = charCodes(xml)): SheetRead {
  const scanner = new XmlScanner(xml, context.part, codes);
  const source = scanner.source;
  const cells = new SheetCells();
  const rowFormats = new Map<number, string | undefined>();
  const columns: { min: number; max: number; numFmt: string | undefined }[] = [];
  const masters = new Map<string, number>();
  const merges: Area[] = [];
  const hyperlinks: string[] = [];
  const validations = new Map<string, ValidationRule>();
  const formats = context.formats;
  const dateStyles: (boolean | undefined)[] = [];
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
  /** An attribute naming a style, as its index: parseInt's reading, without a string when it is plain digits. */
  const styleIndex = (name: string): number => {
    const i = scanner.attributeIndex(name);
    if (i < 0) return NaN;
    const digits = scanner.valueIsPlain(i) ? plainDigits(codes, scanner.valueStart(i), scanner.valueEnd(i)) : -1;
    return digits >= 0 ? digits : parseInt(scanner.valueOf(i), 10);
  };
  // ExcelJS takes no style at all from s="0" (or no s): such a cell or row has no format.
  const styleFormat = (id: number): string | undefined => (id > 0 ? formats[id] : undefined);

  /** The column the cell's own address names; the one after the last when it names none. */
  const cellColumn = (): number => {
    const i = scanner.attributeIndex("r");
    if (i < 0) return previousCol + 1;
    const col = scanner.valueIsPlain(i) ? cellColumnAt(codes, scanner.valueStart(i), scanner.valueEnd(i)) : 0;
    if (col > 0) return col;
    const ref = scanner.valueOf(i);
    const cell = parseCell(ref);
    if (cell) return cell.col;
    if (/^\$?[A-Za-z]+\$?\d+$/.test(ref)) throw outOfRange(ref);
    throw damaged(`a cell is named "${ref}"`);
  };

  const readCell = (): void => {
    context.cells.add(1);
    const col = cellColumn();
    if (rowOutOfRange !== null) throw outOfRange(rowOutOfRange);
    if (col > sheetBounds.lastCol) throw outOfRange(address(rowOfCells, col));
    previousCol = col;
    const type = scanner.attribute("t");
    if (type === "s") {
      usesSharedStrings = true;
      if (context.sharedStrings === null) throw new LeanRefused({ kind: "missing-shared-strings", part: context.part });
    }
    const styleId = styleIndex("s");
    const styled = styleId > 0 && styleId < formats.length;
    const numFmt = styled ? formats[styleId] : undefined;
    let formula: string | undefined;
    let shareType: string | undefined;
    let shareRef: string | undefined;
    let shareIndex: string | undefined;
    let text: string | undefined;
    // A <v> read where it stands (no string made for it unless needed): its start and end, or -1.
    // (Made a string in place where needed: a closure here would cost an allocation per cell.)
    let valueStart = -1;
    let valueEnd = -1;
    let runs: string[] | undefined;
    if (scanner.onlyChildTextInPlace("v")) {
      if (scanner.textEnd > scanner.textStart) {
        valueStart = scanner.textStart;
        valueEnd = scanner.textEnd;
      }
    } else if (!scanner.selfClosing) {
      const depth = scanner.depth;
      while (scanner.next() !== token.end) {
        if (scanner.kind === token.close && scanner.depth === depth - 1) break;
        if (scanner.kind !== token.open) continue;
        switch (scanner.name) {
          case "v": {
            if (text === undefined && valueStart < 0 && scanner.textInPlace()) {
              if (scanner.textEnd > scanner.textStart) {
                valueStart = scanner.textStart;
                valueEnd = scanner.textEnd;
              }
              break;
            }
            const value = elementText(scanner);
            if (valueStart >= 0) {
              text = source.slice(valueStart, valueEnd);
              valueStart = -1;
            }
            if (value !== "") text = (text ?? "") + value;
            break;
          }
          case "f": {
            shareType = scanner.attribute("t");
            shareRef = scanner.attribute("ref");
            shareIndex = scanner.attribute("si");
            const written = elementText(scanner);
            if (written !== "") formula = (formula ?? "") + written;
            break;
          }
          case "t": {
            // An inline string's text. ExcelJS leaves its _xHHHH_ escapes as written; they are
            // decoded here as in every other text, since that is what Excel wrote them for.
            const value = unescapeText(elementText(scanner));
            if (valueStart >= 0) {
              text = source.slice(valueStart, valueEnd);
              valueStart = -1;
            }
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
    const r = rowOfCells - 1;
    const c = col - 1;
    const format = numFmt ?? null;
    const isDate = styled && (dateStyles[styleId] ??= isDateFormat(numFmt));
    if (formula !== undefined || shareType) {
      if (valueStart >= 0) text = source.slice(valueStart, valueEnd);
      const value = text === undefined ? null : formulaResult(text, type, isDate, context.date1904);
      cells.set(r, c, cellKind.content, value, formula === undefined ? null : `=${formula}`, format);
      if (shareType === "shared") {
        const key = cellKey(rowOfCells, col);
        if (shareRef) {
          masters.set(shareIndex ?? "undefined", key);
          cells.masterFormulas.set(key, formula);
        } else if (formula === undefined) {
          // A formula of its own is the cell's, whatever it shares.
          const master = masters.get(shareIndex ?? "undefined");
          if (master !== undefined) cells.sharedFrom.set(key, master);
        }
      }
      return;
    }
    // A shared string's index or a whole number, read where it stands.
    const digits = valueStart >= 0 && runs === undefined && type !== "str" && type !== "inlineStr" && type !== "b" && type !== "e" ? plainDigits(codes, valueStart, valueEnd) : -1;
    if (digits >= 0) {
      cells.set(r, c, cellKind.content, digitsValue(digits, type, isDate, valueStart, valueEnd), null, format);
    } else if (valueStart >= 0 || text !== undefined || runs !== undefined) {
      if (valueStart >= 0) text = source.slice(valueStart, valueEnd);
      cells.set(r, c, cellKind.content, cellValue(text, runs, type, isDate), null, format);
    } else {
      // Nothing in it: an empty formatted cell when it names a style other than 0, else no cell (as ExcelJS reads it).
      cells.set(r, c, styleId ? cellKind.empty : cellKind.none, null, null, format);
    }
  };

  /** A <v> of plain digits as the cell's value: a shared string's index, or a whole number (a date under a date format). */
  const digitsValue = (digits: number, type: string | undefined, isDate: boolean, valueStart: number, valueEnd: number): CellValue => {
    if (type === "s") return digits < context.sharedStrings!.length ? context.sharedStrings![digits] : sharedString(digits, source.slice(valueStart, valueEnd));
    return isDate ? dateSerial(digits, context.date1904) : digits;
  };

  /**
   * The commonest cell read straight off the text (see plainCell.ts), doing what `readCell`
   * does for it; false when the cell is not of that shape, or is one `readCell` refuses.
   */
  const plain: PlainCell = { col: 0, styleId: 0, type: undefined, valueStart: -1, valueEnd: -1, end: 0 };
  const readCellInPlace = (): boolean => {
    const at = scanner.positionFor(2);
    if (at < 0 || rowOutOfRange !== null || !readPlainCell(codes, at, plain)) return false;
    const col = plain.col > 0 ? plain.col : previousCol + 1;
    const { styleId, type, valueStart, valueEnd } = plain;
    if (col > sheetBounds.lastCol) return false;
    let digits = -1;
    if (type === "s") {
      if (context.sharedStrings === null) return false;
      digits = plainDigits(codes, valueStart, valueEnd);
      if (digits < 0 && valueStart >= 0) return false;
      usesSharedStrings = true;
    } else if (valueStart >= 0) digits = plainDigits(codes, valueStart, valueEnd);
    context.cells.add(1);
    previousCol = col;
    scanner.movePast(plain.end);
    const styled = styleId > 0 && styleId < formats.length;
    const format = styled ? (formats[styleId] ?? null) : null;
    const isDate = styled && (dateStyles[styleId] ??= isDateFormat(formats[styleId]));
    const r = rowOfCells - 1;
    const c = col - 1;
    if (valueStart < 0) cells.set(r, c, styleId ? cellKind.empty : cellKind.none, null, null, format);
    else if (digits >= 0) cells.set(r, c, cellKind.content, digitsValue(digits, type, isDate, valueStart, valueEnd), null, format);
    else {
      const number = parseFloat(source.slice(valueStart, valueEnd));
      cells.set(r, c, cellKind.content, isDate ? dateSerial(number, context.date1904) : number, null, format);
    }
    return true;
  };

  const sharedString = (index: number, written: string): string => {
    const strings = context.sharedStrings!;
    if (!(index >= 0 && index < strings.length)) throw damaged(`a cell refers to shared string ${written}, which the table does not hold`);
    return strings[index];
  };

  const cellValue = (text: string | undefined, runs: string[] | undefined, type: string | undefined, isDate: boolean): CellValue => {
    if (runs !== undefined && text === undefined) return runs.join("");
    const value = text ?? "";
    switch (type) {
      case "s":
        return sharedString(parseInt(value, 10), value);
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

  /** A row's number, as written or following the one before. */
  const readRowNumber = (): void => {
    const i = scanner.attributeIndex("r");
    let number: number;
    // A row without its number follows the one before (ExcelJS drops such a row and its cells).
    if (i < 0) number = rowNumber + 1;
    else {
      const digits = scanner.valueIsPlain(i) && scanner.valueEnd(i) - scanner.valueStart(i) <= 8 ? plainDigits(codes, scanner.valueStart(i), scanner.valueEnd(i)) : -1;
      if (digits >= 0) number = digits;
      else {
        const r = scanner.valueOf(i);
        number = /^\d{1,8}$/.test(r) ? Number(r) : NaN;
      }
    }
    if (!(number >= 1 && number <= sheetBounds.lastRow)) {
      const r = i < 0 ? undefined : scanner.valueOf(i);
      rowOutOfRange = `${r}:${r}`;
    }
    const spans = scanner.attributeIndex("spans");
    startRow(number, styleIndex("s"), spans >= 0 && scanner.valueIsPlain(spans) ? spannedWidth(scanner.valueStart(spans), scanner.valueEnd(spans)) : 0);
  };

  /** What a row's open tag starts, read by the scanner or in place: its number, the format its style gives, the room its cells take. */
  const startRow = (number: number, styleId: number, width: number): void => {
    rowNumber = rowOfCells = number;
    previousCol = 0;
    // Kept only where a row names a format (most do not); a row read again under its number loses the one it named.
    const rowFormat = styleFormat(styleId);
    if (rowFormat !== undefined) rowFormats.set(number, rowFormat);
    else if (rowFormats.size > 0) rowFormats.delete(number);
    cells.rowWidth = width;
  };

  /** The last column of a row's spans="1:6" written from `start` to `end`, when it is at most 16 (a hint: a wrong one costs only room). */
  const spannedWidth = (start: number, end: number): number => {
    let colon = end - 1;
    while (colon >= start && codes[colon] !== 0x3a) colon--;
    if (colon < start) return 0;
    const last = plainDigits(codes, colon + 1, end);
    return last > 0 && last <= 16 ? last : 0;
  };

  /** The commonest row's open tag read straight off the text (see plainRow.ts); false when it is not of that shape. */
  const plainRow: PlainRow = { number: 0, styleId: 0, spansStart: -1, spansEnd: -1, end: 0 };
  const readRowInPlace = (): boolean => {
    const at = scanner.positionFor(1);
    if (at < 0 || !readPlainRow(codes, at, plainRow)) return false;
    scanner.movePastOpen("row", plainRow.end);
    startRow(plainRow.number, plainRow.styleId, plainRow.spansStart < 0 ? 0 : spannedWidth(plainRow.spansStart, plainRow.spansEnd));
    return true;
  };

  let inSheetData = false;
  for (;;) {
    // Plain rows and cells read in place, until one that is not (or anything else) is read token by token.
    if (inSheetData) while (readRowInPlace() || (rowOfCells > 0 && readCellInPlace()));
    if (scanner.next() === token.end) break;
    if (scanner.kind === token.close) {
      if (scanner.name === "sheetData") inSheetData = false;
      else if (rowOutOfRange !== null && scanner.name === "row") throw outOfRange(rowOutOfRange);
      continue;
    }
    if (scanner.kind !== token.open) continue;
    const name = scanner.name;
    if (inSheetData) {
      if (name === "c") {
        if (rowOfCells === 0) throw damaged("a cell outside any row");
        readCell();
      } else if (name === "row") readRowNumber();
      else scanner.skipElement();
      continue;
    }
    switch (name) {
      case "sheetData":
        inSheetData = !scanner.selfClosing;
        break;
      case "col": {
        const style = styleIndex("style");
        columns.push({ min: parseInt(scanner.attribute("min") || "0", 10), max: parseInt(scanner.attribute("max") || "0", 10), numFmt: styleFormat(style) });
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

  // A hyperlinked cell counts as one with content even when empty (ExcelJS makes it a hyperlink
  // value), even a <c> with nothing in it. ExcelJS also drops a hyperlinked cell's formula,
  // keeping its result as the value; the formula is kept here, as the cell holds it.
  for (const ref of hyperlinks) {
    const at = /^[A-Z]+\d+$/.test(ref) ? parseCell(ref) : null;
    const kind = at ? cells.kinds[at.row - 1]?.[at.col - 1] : undefined;
    if (kind === cellKind.none) cells.set(at!.row - 1, at!.col - 1, cellKind.content, null, null, null);
    else if (kind === cellKind.empty) cells.kinds[at!.row - 1][at!.col - 1] = cellKind.content;
  }
  cells.rowWidth = 0;
  applyMerges(merges, cells, rowFormats, columnFormats(columns), context);
  moveSharedFormulas(cells);

  return {
    sheet: snapshotOf(context, cells, merges, wideValidations ? [] : listValidations(validations)),
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

function snapshotOf(context: SheetContext, cells: SheetCells, merges: readonly Area[], validations: ListValidation[]): SheetSnapshot {
  const { values, formulas, numberFormats } = keptRows(cells);
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
