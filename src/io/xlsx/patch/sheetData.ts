/**
 * The rows and cells of a worksheet's <sheetData>, as pieces of the original text: rows and
 * cells LKE does not touch are written back exactly as they were read.
 */
import { parseA1 } from "../../../core";
import { Unsupported } from "./unsupported";
import { attribute, findElements, type Attributes } from "./xml";

export interface CellPiece {
  col: number;
  attributes: Attributes;
  text: string;
}

export interface RowPiece {
  row: number;
  /** The original text, until the row is opened for editing. */
  text: string;
  /** The row's start tag, its cells and the text between them, once opened. */
  open?: { startTag: string; pieces: (CellPiece | string)[] };
}

export class SheetData {
  readonly pieces: (RowPiece | string)[] = [];
  /** Every row by its number, read or added: a write finds its row without a search. */
  private readonly byRow = new Map<number, RowPiece>();
  /** Rows added by writes, put in their place among the read ones when the XML is written. */
  private readonly added: RowPiece[] = [];

  constructor(inner: string) {
    let at = 0;
    let last = -1;
    for (const element of findElements(inner, "row")) {
      const r = Number(attribute(element.attributes, "r"));
      if (!Number.isInteger(r) || r < 1) throw new Unsupported({ kind: "row-without-number" });
      if (r <= last) throw new Unsupported({ kind: "rows-out-of-order" });
      last = r;
      if (element.start > at) this.pieces.push(inner.slice(at, element.start));
      const piece: RowPiece = { row: r - 1, text: inner.slice(element.start, element.end) };
      this.pieces.push(piece);
      this.byRow.set(piece.row, piece);
      at = element.end;
    }
    if (at < inner.length) this.pieces.push(inner.slice(at));
  }

  /** The rows as read (rows added by writes hold no formulas to share). */
  rows(): RowPiece[] {
    return this.pieces.filter((p): p is RowPiece => typeof p !== "string");
  }

  /** The row (0-based), opened for editing; created when missing. */
  openRow(row: number): RowPiece {
    let piece = this.byRow.get(row);
    if (!piece) {
      piece = { row, text: "", open: { startTag: `<row r="${row + 1}">`, pieces: [] } };
      this.byRow.set(row, piece);
      this.added.push(piece);
    }
    if (!piece.open) piece.open = parseRow(piece.text);
    return piece;
  }

  toXml(): string {
    const text = (p: RowPiece) => (p.open ? rowXml(p.open) : p.text);
    const added = [...this.added].sort((a, b) => a.row - b.row);
    const lastRow = this.pieces.map((p) => typeof p !== "string").lastIndexOf(true);
    const out: string[] = [];
    let next = 0;
    this.pieces.forEach((piece, i) => {
      if (typeof piece !== "string") {
        while (next < added.length && added[next].row < piece.row) out.push(text(added[next++]));
        out.push(text(piece));
      } else {
        // Added rows after the last read row go before any trailing text.
        if (i > lastRow) while (next < added.length) out.push(text(added[next++]));
        out.push(piece);
      }
    });
    while (next < added.length) out.push(text(added[next++]));
    return out.join("");
  }
}

function parseRow(text: string): NonNullable<RowPiece["open"]> {
  const tagEnd = text.indexOf(">") + 1;
  const empty = text[tagEnd - 2] === "/";
  // Only attribute values with '>' would defeat indexOf; row attributes are numbers and flags.
  const startTag = empty ? `${text.slice(0, tagEnd - 2).trimEnd()}>` : text.slice(0, tagEnd);
  const inner = empty ? "" : text.slice(tagEnd, text.length - "</row>".length);
  const pieces: (CellPiece | string)[] = [];
  let at = 0;
  let last = -1;
  for (const element of findElements(inner, "c")) {
    const address = attribute(element.attributes, "r");
    if (address === undefined) throw new Unsupported({ kind: "cell-without-address" });
    const col = parseA1(address!).col;
    if (col <= last) throw new Unsupported({ kind: "cells-out-of-order" });
    last = col;
    if (element.start > at) pieces.push(inner.slice(at, element.start));
    pieces.push({ col, attributes: element.attributes, text: inner.slice(element.start, element.end) });
    at = element.end;
  }
  if (at < inner.length) pieces.push(inner.slice(at));
  return { startTag, pieces };
}

function rowXml(open: NonNullable<RowPiece["open"]>): string {
  return `${open.startTag}${open.pieces.map((p) => (typeof p === "string" ? p : p.text)).join("")}</row>`;
}

export function findCell(row: RowPiece, col: number): CellPiece | undefined {
  return row.open!.pieces.find((p): p is CellPiece => typeof p !== "string" && p.col === col);
}

/** Replaces the cell of that column, or inserts it in column order. */
export function putCell(row: RowPiece, cell: CellPiece): void {
  const pieces = row.open!.pieces;
  const index = pieces.findIndex((p) => typeof p !== "string" && p.col >= cell.col);
  if (index < 0) {
    const lastCell = pieces.map((p) => typeof p !== "string").lastIndexOf(true);
    pieces.splice(lastCell + 1, 0, cell);
  } else if ((pieces[index] as CellPiece).col === cell.col) pieces[index] = cell;
  else pieces.splice(index, 0, cell);
}
