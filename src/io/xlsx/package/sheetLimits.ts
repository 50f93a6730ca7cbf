/**
 * What a worksheet's XML holds, counted before any reader builds cells from it: the cells
 * actually present (never the addresses they claim to span), no cell past Excel's last row or
 * column, no merged area larger than a form can need. Data validations over whole columns, as
 * Excel writes them when columns are selected, are legal but would be expanded cell by cell by
 * ExcelJS: they are noted so the reader can keep them away from it.
 */
import { SheetRefused } from "./packageDamage";

export const sheetLimits = {
  /** Cells in the whole workbook (a province's 45-unit workbook has about 11,000). */
  maxCells: 2_000_000,
  /** Cells one merged area may cover (a whole row is 16,384). */
  maxMergeCells: 100_000,
  /** Cells a data validation may cover and still be expanded by ExcelJS. */
  maxExpandedValidationCells: 100_000,
  lastRow: 1_048_576,
  lastCol: 16_384,
} as const;

export interface SheetScan {
  cells: number;
  usesSharedStrings: boolean;
  /** A data validation covers more cells than ExcelJS may expand. */
  wideValidations: boolean;
}

function columnNumber(letters: string): number {
  let n = 0;
  for (const ch of letters) n = n * 26 + ch.charCodeAt(0) - 64;
  return n;
}

interface Area {
  rows: number;
  cols: number;
}

/** The size of "A1:C3", "B2", "A:A" or "3:5"; null when the reference is not one of these. */
function areaOf(ref: string): Area | null {
  const [a, b = a] = ref.replace(/\$/g, "").toUpperCase().split(":");
  const cell = /^([A-Z]{1,3})?(\d+)?$/;
  const x = cell.exec(a);
  const y = cell.exec(b);
  if (!x || !y) return null;
  const col1 = x[1] ? columnNumber(x[1]) : 1;
  const col2 = y[1] ? columnNumber(y[1]) : sheetLimits.lastCol;
  const row1 = x[2] ? Number(x[2]) : 1;
  const row2 = y[2] ? Number(y[2]) : sheetLimits.lastRow;
  return { rows: Math.abs(row2 - row1) + 1, cols: Math.abs(col2 - col1) + 1 };
}

const cellRef = /\br="([A-Za-z]+)(\d+)"/;

export function scanSheet(xml: string, sheet: string): SheetScan {
  const cellTag = /<c(?=[\s/>])([^>]*)>/g;
  const rowTag = /<row(?=[\s/>])[^>]*?\br="(\d+)"/g;
  const mergeTag = /<mergeCell(?=[\s/>])[^>]*?\bref="([^"]*)"/g;
  const validationTag = /<dataValidation(?=[\s/>])[^>]*?\bsqref="([^"]*)"/g;
  const outOfRange = (cell: string) => new SheetRefused({ kind: "cell-out-of-range", sheet, cell });
  let cells = 0;
  let usesSharedStrings = false;
  for (let m = cellTag.exec(xml); m; m = cellTag.exec(xml)) {
    cells++;
    const attributes = m[1];
    if (!usesSharedStrings && /\bt="s"/.test(attributes)) usesSharedStrings = true;
    const ref = cellRef.exec(attributes);
    if (ref && (ref[1].length > 3 || columnNumber(ref[1].toUpperCase()) > sheetLimits.lastCol || Number(ref[2]) > sheetLimits.lastRow || Number(ref[2]) < 1)) {
      throw outOfRange(`${ref[1]}${ref[2]}`);
    }
  }
  // A row past the last with no cell in it (a cell is named by its own address above).
  for (let m = rowTag.exec(xml); m; m = rowTag.exec(xml)) {
    const row = Number(m[1]);
    if (row < 1 || row > sheetLimits.lastRow) throw outOfRange(`${m[1]}:${m[1]}`);
  }
  for (let m = mergeTag.exec(xml); m; m = mergeTag.exec(xml)) {
    const area = areaOf(m[1]);
    if (!area || area.rows * area.cols > sheetLimits.maxMergeCells) {
      throw new SheetRefused({ kind: "merge-too-large", sheet, range: m[1], limit: sheetLimits.maxMergeCells });
    }
  }
  let wideValidations = false;
  for (let m = validationTag.exec(xml); m; m = validationTag.exec(xml)) {
    for (const ref of m[1].split(/\s+/).filter(Boolean)) {
      const area = areaOf(ref);
      if (!area || area.rows * area.cols > sheetLimits.maxExpandedValidationCells) wideValidations = true;
    }
  }
  return { cells, usesSharedStrings, wideValidations };
}

/** The sheet without its <dataValidations> element: what ExcelJS reads when they are too wide. */
export function withoutValidations(xml: string): string {
  const start = xml.search(/<dataValidations(?=[\s/>])/);
  if (start < 0) return xml;
  const tagEnd = xml.indexOf(">", start);
  if (xml[tagEnd - 1] === "/") return xml.slice(0, start) + xml.slice(tagEnd + 1);
  const close = xml.indexOf("</dataValidations>", tagEnd);
  return close < 0 ? xml : xml.slice(0, start) + xml.slice(close + "</dataValidations>".length);
}
