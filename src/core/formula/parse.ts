/**
 * A parser for the Excel formulas real evaluation workbooks keep in their score chain
 * (arithmetic, comparisons, references, ranges, sheet references and function calls), so
 * LKE can compute what a workbook's own formulas compute, exactly.
 */
import { columnIndex } from "../address";

export type FormulaNode =
  | { kind: "number"; text: string }
  | { kind: "string"; value: string }
  | { kind: "boolean"; value: boolean }
  | { kind: "error"; error: string }
  | { kind: "ref"; sheet?: string; row: number; col: number }
  | { kind: "range"; sheet?: string; row: number; col: number; lastRow: number; lastCol: number }
  | { kind: "unary"; op: "-" | "+"; arg: FormulaNode }
  | { kind: "percent"; arg: FormulaNode }
  | { kind: "binary"; op: string; left: FormulaNode; right: FormulaNode }
  | { kind: "call"; name: string; args: (FormulaNode | null)[] };

type Token =
  | { t: "num"; text: string }
  | { t: "str"; value: string }
  | { t: "ref"; sheet?: string; text: string }
  | { t: "name"; text: string }
  | { t: "func"; name: string }
  | { t: "err"; text: string }
  | { t: "op"; text: string };

export class FormulaSyntaxError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "FormulaSyntaxError";
  }
}

const cellPattern = /^\$?[A-Za-z]{1,3}\$?\d+/;
const errorPattern = /^#(NULL!|DIV\/0!|VALUE!|REF!|NAME\?|NUM!|N\/A|GETTING_DATA)/i;

function tokenize(source: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  const text = source.startsWith("=") ? source.slice(1) : source;
  while (i < text.length) {
    const ch = text[i];
    if (/\s/.test(ch)) {
      i++;
      continue;
    }
    if (ch === '"') {
      let value = "";
      i++;
      for (;;) {
        if (i >= text.length) throw new FormulaSyntaxError("unterminated string");
        if (text[i] === '"') {
          if (text[i + 1] === '"') {
            value += '"';
            i += 2;
            continue;
          }
          i++;
          break;
        }
        value += text[i++];
      }
      tokens.push({ t: "str", value });
      continue;
    }
    const rest = text.slice(i);
    const error = errorPattern.exec(rest);
    if (error) {
      tokens.push({ t: "err", text: error[0].toUpperCase() });
      i += error[0].length;
      continue;
    }
    if (ch === "'") {
      let name = "";
      i++;
      for (;;) {
        if (i >= text.length) throw new FormulaSyntaxError("unterminated sheet name");
        if (text[i] === "'") {
          if (text[i + 1] === "'") {
            name += "'";
            i += 2;
            continue;
          }
          i++;
          break;
        }
        name += text[i++];
      }
      if (text[i] !== "!") throw new FormulaSyntaxError("a quoted sheet name must be followed by !");
      i++;
      const cell = cellPattern.exec(text.slice(i));
      if (!cell) throw new FormulaSyntaxError(`no cell after ${name}!`);
      tokens.push({ t: "ref", sheet: name, text: cell[0] });
      i += cell[0].length;
      continue;
    }
    const number = /^(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?/.exec(rest);
    if (number) {
      tokens.push({ t: "num", text: number[0] });
      i += number[0].length;
      continue;
    }
    const word = /^[A-Za-z_$][A-Za-z0-9_.$]*/.exec(rest);
    if (word) {
      const after = text.slice(i + word[0].length);
      if (after.startsWith("!")) {
        const cell = cellPattern.exec(after.slice(1));
        if (!cell) throw new FormulaSyntaxError(`no cell after ${word[0]}!`);
        tokens.push({ t: "ref", sheet: word[0], text: cell[0] });
        i += word[0].length + 1 + cell[0].length;
        continue;
      }
      const cell = cellPattern.exec(rest);
      if (cell && !/^[A-Za-z0-9_.(]/.test(text.slice(i + cell[0].length))) {
        tokens.push({ t: "ref", text: cell[0] });
        i += cell[0].length;
        continue;
      }
      if (/^\s*\(/.test(after)) {
        tokens.push({ t: "func", name: word[0].toUpperCase().replace(/^_XLFN\./, "") });
        i += word[0].length;
        while (text[i] !== "(") i++;
        i++;
        continue;
      }
      tokens.push({ t: "name", text: word[0].toUpperCase() });
      i += word[0].length;
      continue;
    }
    const two = text.slice(i, i + 2);
    if (two === "<=" || two === ">=" || two === "<>") {
      tokens.push({ t: "op", text: two });
      i += 2;
      continue;
    }
    if ("+-*/^&=<>(),:%;".includes(ch)) {
      tokens.push({ t: "op", text: ch === ";" ? "," : ch });
      i++;
      continue;
    }
    throw new FormulaSyntaxError(`unexpected character ${ch}`);
  }
  return tokens;
}

function parseCell(text: string): { row: number; col: number } {
  const match = /^\$?([A-Za-z]{1,3})\$?(\d+)$/.exec(text);
  if (!match) throw new FormulaSyntaxError(`not a cell: ${text}`);
  return { row: Number(match[2]) - 1, col: columnIndex(match[1]) };
}

const binaryLevels: string[][] = [["=", "<>", "<", ">", "<=", ">="], ["&"], ["+", "-"], ["*", "/"], ["^"]];

/** Parses formula text (with or without its leading '='). Throws FormulaSyntaxError. */
export function parseFormula(source: string): FormulaNode {
  const tokens = tokenize(source);
  let pos = 0;
  const peek = () => tokens[pos];
  const isOp = (text: string) => peek()?.t === "op" && (peek() as { text: string }).text === text;
  const expectOp = (text: string) => {
    if (!isOp(text)) throw new FormulaSyntaxError(`expected ${text}`);
    pos++;
  };

  function level(index: number): FormulaNode {
    if (index >= binaryLevels.length) return unary();
    let left = level(index + 1);
    for (;;) {
      const token = peek();
      if (token?.t !== "op" || !binaryLevels[index].includes(token.text)) return left;
      pos++;
      left = { kind: "binary", op: token.text, left, right: level(index + 1) };
    }
  }

  function unary(): FormulaNode {
    if (isOp("-") || isOp("+")) {
      const op = (tokens[pos++] as { text: "-" | "+" }).text;
      return { kind: "unary", op, arg: unary() };
    }
    let node = primary();
    while (isOp("%")) {
      pos++;
      node = { kind: "percent", arg: node };
    }
    return node;
  }

  function primary(): FormulaNode {
    const token = tokens[pos++];
    if (!token) throw new FormulaSyntaxError("unexpected end of formula");
    switch (token.t) {
      case "num":
        return { kind: "number", text: token.text };
      case "str":
        return { kind: "string", value: token.value };
      case "err":
        return { kind: "error", error: token.text };
      case "name":
        if (token.text === "TRUE" || token.text === "FALSE") return { kind: "boolean", value: token.text === "TRUE" };
        return { kind: "error", error: "#NAME?" };
      case "ref": {
        const start = parseCell(token.text);
        if (isOp(":")) {
          pos++;
          const next = tokens[pos++];
          if (!next || next.t !== "ref") throw new FormulaSyntaxError("expected a cell after ':'");
          const end = parseCell(next.text);
          return {
            kind: "range",
            ...(token.sheet !== undefined ? { sheet: token.sheet } : {}),
            row: Math.min(start.row, end.row),
            col: Math.min(start.col, end.col),
            lastRow: Math.max(start.row, end.row),
            lastCol: Math.max(start.col, end.col),
          };
        }
        return { kind: "ref", ...(token.sheet !== undefined ? { sheet: token.sheet } : {}), ...start };
      }
      case "func": {
        const args: (FormulaNode | null)[] = [];
        if (isOp(")")) {
          pos++;
          return { kind: "call", name: token.name, args };
        }
        for (;;) {
          if (isOp(",") || isOp(")")) args.push(null);
          else args.push(level(0));
          if (isOp(",")) {
            pos++;
            continue;
          }
          expectOp(")");
          return { kind: "call", name: token.name, args };
        }
      }
      case "op":
        if (token.text === "(") {
          const inner = level(0);
          expectOp(")");
          return inner;
        }
        throw new FormulaSyntaxError(`unexpected ${token.text}`);
    }
  }

  const node = level(0);
  if (pos !== tokens.length) throw new FormulaSyntaxError("unexpected text after the formula");
  return node;
}
