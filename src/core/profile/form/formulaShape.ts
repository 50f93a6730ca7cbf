/**
 * The shape of a formula relative to its own cell and its assessment's columns: each reference
 * becomes the role of its column (choices, answer, value, weight...) and its row offset, so
 * `IF(J8="Ya/Tidak",IF(K8="Ya",1,...` in row 8 and the same in row 9 have one shape, the
 * evaluator's copy of the form in other columns has it too, and a formula that reads another
 * row's answer (a copy-paste slip) does not.
 */
import { columnIndex } from "../../address";

/** Column roles of one assessment, by column index. */
export type ColumnRoles = ReadonlyMap<number, string>;

const reference = /(\$?)([A-Z]{1,3})(\$?)(\d+)(?![\w(])/gy;

/** The formula with its string literals kept and every cell reference replaced by role and row offset. */
export function formulaShape(formula: string, row: number, col: number, roles: ColumnRoles): string {
  const text = formula.replace(/^=/, "").toUpperCase();
  let shape = "";
  let i = 0;
  while (i < text.length) {
    const ch = text[i];
    if (ch === '"') {
      const end = text.indexOf('"', i + 1);
      const stop = end === -1 ? text.length : end + 1;
      shape += text.slice(i, stop);
      i = stop;
      continue;
    }
    const before = i > 0 ? text[i - 1] : "";
    if (/[A-Z$]/.test(ch) && !/[A-Z0-9_.!]/.test(before)) {
      reference.lastIndex = i;
      const match = reference.exec(text);
      if (match) {
        const refCol = columnIndex(match[2]);
        const refRow = Number(match[4]) - 1;
        const role = roles.get(refCol) ?? `C${refCol - col}`;
        shape += `{${role}R${refRow - row}}`;
        i += match[0].length;
        continue;
      }
    }
    if (ch !== " ") shape += ch;
    i++;
  }
  return shape;
}

/** The literals a formula compares its row's choices cell with: `J8="Ya/Tidak"` gives "Ya/Tidak". */
export function knownChoiceTypes(formula: string, choicesRef: string): string[] | null {
  const escaped = choicesRef.replace(/\$/g, "");
  const pattern = new RegExp(`\\$?${escaped.replace(/(\d+)$/, "\\$?$1")}\\s*=\\s*"([^"]*)"`, "gi");
  const types: string[] = [];
  for (const match of formula.matchAll(pattern)) types.push(match[1]);
  return types.length > 0 ? types : null;
}
