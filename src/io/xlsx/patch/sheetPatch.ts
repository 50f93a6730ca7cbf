/** Writes planned cells into one worksheet part, touching only those cells (and their rows). */
import { a1, parseRange, type CellRange, type CellWrite } from "../../../core";
import { cellXml } from "./cellXml";
import { checkRoot } from "./parts";
import { findCell, putCell, SheetData, type CellPiece, type RowPiece } from "./sheetData";
import type { Styles } from "./styles";
import { translateFormula } from "./translateFormula";
import { Unsupported, unsupportedIf } from "./unsupported";
import { attribute, escapeXml, findElement, parseAttributes, startTagPattern, unescapeXml } from "./xml";

export type SheetWrite = Omit<CellWrite, "sheet">;

type Range = CellRange;

const inRange = (r: Range, row: number, col: number) => row >= r.row && row <= r.lastRow && col >= r.col && col <= r.lastCol;

/** Array and data-table formulas span cells: writing into one would break it. */
function checkSpanningFormulas(inner: string, writes: SheetWrite[]): void {
  const pattern = startTagPattern("f");
  for (let match = pattern.exec(inner); match; match = pattern.exec(inner)) {
    const attributes = parseAttributes(match[1]);
    const type = attribute(attributes, "t");
    if (type !== "array" && type !== "dataTable") continue;
    const ref = attribute(attributes, "ref");
    const formula = type === "array" ? "array" : "data-table";
    if (ref === undefined) throw new Unsupported({ kind: "formula-without-range", formula });
    const range = parseRange(ref);
    const hit = writes.find((w) => inRange(range, w.row, w.col));
    if (hit) throw new Unsupported({ kind: "in-spanning-formula", cell: a1(hit.row, hit.col), formula, range: ref });
  }
}

interface SharedMaster {
  si: string;
  range: Range;
  formula: string;
  row: number;
  col: number;
}

/** The shared-formula group a cell is the master of, if any. */
function sharedMaster(cell: CellPiece, row: number): SharedMaster | undefined {
  const f = findElement(cell.text, "f");
  if (!f || attribute(f.attributes, "t") !== "shared") return undefined;
  const ref = attribute(f.attributes, "ref");
  const si = attribute(f.attributes, "si");
  if (ref === undefined || si === undefined || !f.inner) return undefined;
  return { si, range: parseRange(ref), formula: unescapeXml(f.inner), row, col: cell.col };
}

/** Gives every other cell of a shared formula its own formula, so the master can be overwritten. */
function unshare(data: SheetData, master: SharedMaster): void {
  for (const row of data.rows().filter((r) => r.row >= master.range.row && r.row <= master.range.lastRow)) {
    if (!row.open && !row.text.includes("si=")) continue;
    const open = row.open ? row : data.openRow(row.row);
    for (const piece of open.open!.pieces) {
      if (typeof piece === "string" || (row.row === master.row && piece.col === master.col)) continue;
      const f = findElement(piece.text, "f");
      if (!f || attribute(f.attributes, "t") !== "shared" || attribute(f.attributes, "si") !== master.si) continue;
      unsupportedIf(attribute(f.attributes, "ref") !== undefined, { kind: "shared-formula-twice" });
      const formula = translateFormula(master.formula, row.row - master.row, piece.col - master.col);
      const own = `<f>${escapeXml(formula)}</f>`;
      piece.text = piece.text.slice(0, f.start) + own + piece.text.slice(f.end);
    }
  }
}

/** Widens <dimension> to cover written cells (Excel reads it as a hint). */
function widenDimension(xml: string, writes: SheetWrite[]): string {
  const dimension = findElement(xml, "dimension");
  const ref = dimension && attribute(dimension.attributes, "ref");
  if (!dimension || !ref || !/^[A-Z]+\d+(:[A-Z]+\d+)?$/.test(ref)) return xml;
  const range = parseRange(ref);
  const wider = writes.reduce(
    (r, w) => ({ row: Math.min(r.row, w.row), col: Math.min(r.col, w.col), lastRow: Math.max(r.lastRow, w.row), lastCol: Math.max(r.lastCol, w.col) }),
    range,
  );
  if (wider.row === range.row && wider.col === range.col && wider.lastRow === range.lastRow && wider.lastCol === range.lastCol) return xml;
  return `${xml.slice(0, dimension.start)}<dimension ref="${a1(wider.row, wider.col)}:${a1(wider.lastRow, wider.lastCol)}"/>${xml.slice(dimension.end)}`;
}

export interface SheetPatch {
  xml: string;
  /** A formula was written, removed or rewritten: calcChain.xml is stale. */
  formulasChanged: boolean;
}

export function patchSheet(xml: string, part: string, writes: SheetWrite[], styles: () => Styles): SheetPatch {
  checkRoot(xml, "worksheet", part);
  const sheetData = findElement(xml, "sheetData");
  unsupportedIf(!sheetData, { kind: "no-sheet-data", part });
  const inner = sheetData!.inner ?? "";
  checkSpanningFormulas(inner, writes);
  const data = new SheetData(inner);
  let formulasChanged = false;

  const rowOf = (row: number): RowPiece => data.openRow(row);
  for (const write of writes) {
    const old = findCell(rowOf(write.row), write.col);
    const master = old && sharedMaster(old, write.row);
    if (master) {
      unshare(data, master);
      formulasChanged = true;
    }
  }
  for (const write of writes) {
    const row = rowOf(write.row);
    const old = findCell(row, write.col);
    if (write.formula || (old && /<f[\s/>]/.test(old.text))) formulasChanged = true;
    const attributes = old?.attributes ?? [];
    const current = attribute(attributes, "s");
    const style = write.numberFormat !== undefined ? styles().withFormat(current, write.numberFormat) : current;
    const address = a1(write.row, write.col);
    putCell(row, { col: write.col, attributes, text: cellXml(address, attributes, write.value, write.formula, style) });
  }

  const startTag = sheetData!.inner === null ? "<sheetData>" : xml.slice(sheetData!.start, sheetData!.innerStart);
  const patched = `${xml.slice(0, sheetData!.start)}${startTag}${data.toXml()}</sheetData>${xml.slice(sheetData!.end)}`;
  return { xml: widenDimension(patched, writes), formulasChanged };
}
