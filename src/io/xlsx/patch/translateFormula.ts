/**
 * Moves a formula from one cell to another as Excel fills it: relative references shift,
 * absolute ($) parts stay. Used to give each cell of a shared formula its own formula.
 */
import { columnIndex, columnLetters } from "../../../core";
import { Unsupported } from "./unsupported";

const maxRow = 1048576;
const maxCol = 16384;

/** A reference-looking token must not continue a name, a number or a function call. */
const before = /[A-Za-z0-9_.\\]$/;
const cellRef = /^(\$?)([A-Za-z]{1,3})(\$?)(\d{1,7})(?![A-Za-z0-9_(.!])/;
const columnRange = /^(\$?)([A-Za-z]{1,3}):(\$?)([A-Za-z]{1,3})(?![A-Za-z0-9_(.!])/;
const rowRange = /^(\$?)(\d{1,7}):(\$?)(\d{1,7})(?![A-Za-z0-9_(.!])/;

function shiftColumn(dollar: string, letters: string, by: number): string {
  const col = columnIndex(letters) + (dollar ? 0 : by);
  if (col < 0 || col >= maxCol) throw new Unsupported({ kind: "shared-formula-outside" });
  return dollar + columnLetters(col);
}

function shiftRow(dollar: string, digits: string, by: number): string {
  const row = Number(digits) + (dollar ? 0 : by);
  if (row < 1 || row > maxRow) throw new Unsupported({ kind: "shared-formula-outside" });
  return dollar + String(row);
}

export function translateFormula(formula: string, rows: number, cols: number): string {
  let out = "";
  let i = 0;
  while (i < formula.length) {
    const ch = formula[i];
    // Text, quoted sheet names and bracketed parts (tables, external books) are copied as they are.
    if (ch === '"' || ch === "'") {
      let j = i + 1;
      while (j < formula.length && !(formula[j] === ch && formula[j + 1] !== ch)) j += formula[j] === ch ? 2 : 1;
      out += formula.slice(i, j + 1);
      i = j + 1;
      continue;
    }
    if (ch === "[") {
      let depth = 0;
      let j = i;
      for (; j < formula.length; j++) {
        if (formula[j] === "[") depth++;
        else if (formula[j] === "]" && --depth === 0) break;
      }
      out += formula.slice(i, j + 1);
      i = j + 1;
      continue;
    }
    const rest = formula.slice(i);
    if (!before.test(out)) {
      const columns = columnRange.exec(rest);
      if (columns && columnIndex(columns[2]) < maxCol && columnIndex(columns[4]) < maxCol) {
        out += `${shiftColumn(columns[1], columns[2], cols)}:${shiftColumn(columns[3], columns[4], cols)}`;
        i += columns[0].length;
        continue;
      }
      const rowsMatch = rowRange.exec(rest);
      if (rowsMatch) {
        out += `${shiftRow(rowsMatch[1], rowsMatch[2], rows)}:${shiftRow(rowsMatch[3], rowsMatch[4], rows)}`;
        i += rowsMatch[0].length;
        continue;
      }
      const cell = cellRef.exec(rest);
      if (cell && columnIndex(cell[2]) < maxCol) {
        out += shiftColumn(cell[1], cell[2], cols) + shiftRow(cell[3], cell[4], rows);
        i += cell[0].length;
        continue;
      }
      // A name or function: copied whole, so its tail is never read as a reference.
      const word = /^[A-Za-z_\\][A-Za-z0-9_.\\]*/.exec(rest);
      if (word) {
        out += word[0];
        i += word[0].length;
        continue;
      }
      const number = /^\d+(\.\d*)?([eE][+-]?\d+)?/.exec(rest);
      if (number) {
        out += number[0];
        i += number[0].length;
        continue;
      }
    }
    out += ch;
    i++;
  }
  return out;
}
