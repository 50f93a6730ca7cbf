/**
 * A shared formula's text for one of its cells, moved from the cell that holds it, exactly as
 * ExcelJS gives `cell.formula` for such a cell: every token that reads as a cell reference and is
 * not a function name has its relative column and row moved by the offset. Like ExcelJS it moves
 * such tokens inside string literals too ("A1" in quotes); snapshots keep its word so every
 * result stays as it was.
 */
import { columnLetters } from "./cellAddress";

// A candidate: an optional sheet-name prefix of plain characters, then a run of letters, digits, '_' or '$', then maybe '('.
const candidate = /(([a-z_\-0-9]*)!)?([a-z0-9_$]{2,})([(])?/gi;
const reference = /^([$])?([a-z]+)([$])?([1-9][0-9]*)$/i;

function lettersToColumn(letters: string): number {
  let n = 0;
  for (let i = 0; i < letters.length; i++) n = n * 26 + letters.charCodeAt(i) - 64;
  return n;
}

export function moveFormula(formula: string, rowOffset: number, colOffset: number): string {
  return formula.replace(candidate, (whole: string, prefix: string | undefined, _sheet: string | undefined, token: string, paren: string | undefined) => {
    if (paren) return whole;
    const m = reference.exec(token);
    if (!m) return whole;
    const [, colFixed, colText, rowFixed, rowText] = m;
    const letters = colText.toUpperCase();
    // Past XFD it is a name, not a column.
    if (letters.length > 3 || (letters.length === 3 && letters > "XFD")) return whole;
    const col = lettersToColumn(letters) + (colFixed ? 0 : colOffset);
    const row = parseInt(rowText, 10) + (rowFixed ? 0 : rowOffset);
    return `${prefix ?? ""}${colFixed ?? ""}${columnLetters(col)}${rowFixed ?? ""}${row}`;
  });
}
