/**
 * LKE's very hidden state sheet: a worksheet part of inline-string cells, added to the
 * workbook (or written over the one LKE made before).
 */
import { a1, type SheetCell, type SheetSpec, stateSheetName } from "../../../core";
import { cellXml } from "./cellXml";
import { relationshipsNs, spreadsheetNs } from "./parts";
import { unsupportedIf } from "./unsupported";

/** The sheet specs the patcher writes: the state sheet with cells only. */
export function checkStateSpec(spec: SheetSpec): void {
  unsupportedIf(spec.name !== stateSheetName || spec.visibility !== "veryHidden", { kind: "new-sheet", sheet: spec.name });
  const extras = (["columnWidths", "merges", "bold", "centered", "freezeRows", "print", "validations", "charts"] as const).filter((key) => {
    const value = spec[key];
    return value !== undefined && !(Array.isArray(value) && value.length === 0);
  });
  unsupportedIf(extras.length > 0, { kind: "sheet-layout", sheet: spec.name, settings: extras });
  for (const cell of spec.cells) unsupportedIf(cell.numberFormat !== undefined, { kind: "number-format", sheet: spec.name });
}

export function stateSheetXml(spec: SheetSpec): string {
  const byRow = new Map<number, SheetCell[]>();
  for (const cell of spec.cells) {
    const list = byRow.get(cell.row);
    if (list) list.push(cell);
    else byRow.set(cell.row, [cell]);
  }
  const rows = [...byRow.keys()]
    .sort((a, b) => a - b)
    .map((row) => {
      const cells = byRow
        .get(row)!
        .sort((a, b) => a.col - b.col)
        .map((cell) => cellXml(a1(cell.row, cell.col), [], cell.value, cell.formula, undefined));
      return `<row r="${row + 1}">${cells.join("")}</row>`;
    });
  return (
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n` +
    `<worksheet xmlns="${spreadsheetNs}" xmlns:r="${relationshipsNs}"><sheetData>${rows.join("")}</sheetData></worksheet>`
  );
}
