/**
 * Evaluates a workbook's own formulas exactly (rationals, never binary floating point), from
 * a snapshot, with Excel's rules for blanks, text and errors. Cells may be overridden (a
 * repaired formula, a changed answer) without touching the snapshot.
 */
import Fraction from "fraction.js";
import { big1, exact, fromNumber, parseDecimal, roundHalfUp, ZERO, type Exact } from "../exact";
import { isCellError, type CellValue, type SheetSnapshot, type WorkbookSnapshot } from "../snapshot";
import type { FormulaNode } from "./parse";
import { ParsedFormulas, parseOrNull } from "./parsedFormulas";

export interface FormulaError {
  error: string;
}

/** A computed value: a number (exact), text, a boolean, a blank (null) or an error. */
export type FormulaValue = Exact | string | boolean | null | FormulaError;

export function isFormulaError(value: unknown): value is FormulaError {
  return typeof value === "object" && value !== null && !(value instanceof Fraction) && !Array.isArray(value) && "error" in value;
}

export function isNumberValue(value: FormulaValue): value is Exact {
  return value instanceof Fraction;
}

const err = (error: string): FormulaError => ({ error });
const VALUE = err("#VALUE!");
const DIV0 = err("#DIV/0!");
const NA = err("#N/A");
const REF = err("#REF!");
const NAME = err("#NAME?");

/** What a cell holds instead of its snapshot content. */
export interface CellOverride {
  formula?: string | null;
  value?: CellValue;
}

export function cellKey(sheet: string, row: number, col: number): string {
  return `${sheet.toLowerCase()}!${row},${col}`;
}

interface RangeRef {
  sheet: string;
  row: number;
  col: number;
  lastRow: number;
  lastCol: number;
}

function fromCell(value: CellValue): FormulaValue {
  if (value === null) return null;
  if (isCellError(value)) return err(value.error);
  if (typeof value === "number") return Number.isFinite(value) ? fromNumber(value) : VALUE;
  if (typeof value === "string") return value === "" ? null : value;
  return value;
}

function toNumberValue(value: FormulaValue): Exact | FormulaError {
  if (value === null) return ZERO;
  if (isNumberValue(value)) return value;
  if (isFormulaError(value)) return value;
  if (typeof value === "boolean") return value ? exact(1) : ZERO;
  const number = parseDecimal(value);
  return number ?? VALUE;
}

function toText(value: Exact | string | boolean | null): string {
  if (value === null) return "";
  if (typeof value === "string") return value;
  if (typeof value === "boolean") return value ? "TRUE" : "FALSE";
  return String(value.valueOf());
}

function toBoolean(value: FormulaValue): boolean | FormulaError {
  if (value === null) return false;
  if (typeof value === "boolean") return value;
  if (isNumberValue(value)) return !value.equals(0);
  if (isFormulaError(value)) return value;
  const upper = value.toUpperCase();
  if (upper === "TRUE" || upper === "FALSE") return upper === "TRUE";
  return VALUE;
}

/** Excel's ordering: numbers < text < booleans; text compared case-insensitively. */
function compare(a: FormulaValue, b: FormulaValue): number {
  const rank = (v: FormulaValue) => (v === null ? -1 : isNumberValue(v) ? 0 : typeof v === "string" ? 1 : 2);
  let x = a;
  let y = b;
  if (x === null) x = y === null ? ZERO : isNumberValue(y) ? ZERO : typeof y === "string" ? "" : false;
  if (y === null) y = isNumberValue(x) ? ZERO : typeof x === "string" ? "" : false;
  const rx = rank(x);
  const ry = rank(y);
  if (rx !== ry) return rx - ry;
  if (isNumberValue(x) && isNumberValue(y)) return x.compare(y);
  if (typeof x === "string" && typeof y === "string") {
    const p = x.toLowerCase();
    const q = y.toLowerCase();
    return p < q ? -1 : p > q ? 1 : 0;
  }
  return Number(x) - Number(y);
}

/** Nested evaluations before a chain is evaluated bottom-up instead (keeps the call stack small). */
const maxDepth = 400;

class ChainTooDeep extends Error {}

export class WorkbookEvaluator {
  private readonly sheets = new Map<string, SheetSnapshot>();
  private readonly cache = new Map<string, FormulaValue>();
  private readonly visiting = new Set<string>();

  constructor(
    snapshot: WorkbookSnapshot,
    private readonly overrides: ReadonlyMap<string, CellOverride> = new Map(),
    /** The run's parsed formulas, shared by its evaluators. */
    private readonly parsed: ParsedFormulas = new ParsedFormulas(),
  ) {
    for (const sheet of snapshot.sheets) this.sheets.set(sheet.name.toLowerCase(), sheet);
  }

  /** The value a cell computes to (its formula evaluated, else its content). */
  cell(sheetName: string, row: number, col: number): FormulaValue {
    if (this.visiting.size > 0) return this.evaluateCell(sheetName, row, col);
    try {
      return this.evaluateCell(sheetName, row, col);
    } catch (error) {
      if (!(error instanceof ChainTooDeep)) throw error;
      // A long chain (a running total down many rows): evaluate its cells bottom-up first.
      this.warmUp(sheetName, row, col);
      return this.evaluateCell(sheetName, row, col);
    }
  }

  private formulaAt(sheetName: string, row: number, col: number): { sheet: SheetSnapshot; formula: string | null; override?: CellOverride } | null {
    const sheet = this.sheets.get(sheetName.toLowerCase());
    if (!sheet) return null;
    const override = this.overrides.get(cellKey(sheetName, row, col));
    const formula = override && "formula" in override ? (override.formula ?? null) : (sheet.formulas[row]?.[col] ?? null);
    return { sheet, formula, override };
  }

  private evaluateCell(sheetName: string, row: number, col: number): FormulaValue {
    const key = cellKey(sheetName, row, col);
    const cached = this.cache.get(key);
    if (cached !== undefined || this.cache.has(key)) return cached as FormulaValue;
    const found = this.formulaAt(sheetName, row, col);
    if (!found) return REF;
    const { sheet, formula, override } = found;
    let result: FormulaValue;
    if (formula) {
      if (this.visiting.has(key)) return REF;
      if (this.visiting.size >= maxDepth) throw new ChainTooDeep();
      this.visiting.add(key);
      try {
        result = this.formula(sheet.name, formula);
      } finally {
        this.visiting.delete(key);
      }
    } else {
      const raw = override && "value" in override ? (override.value ?? null) : (sheet.values[row]?.[col] ?? null);
      result = fromCell(raw);
    }
    this.cache.set(key, result);
    return result;
  }

  /** Evaluates the formula cells a cell depends on, deepest first, without deep recursion. */
  private warmUp(sheetName: string, row: number, col: number): void {
    const seen = new Set<string>();
    const stack: { sheet: string; row: number; col: number; expanded: boolean }[] = [{ sheet: sheetName, row, col, expanded: false }];
    while (stack.length > 0) {
      const top = stack[stack.length - 1];
      const key = cellKey(top.sheet, top.row, top.col);
      if (top.expanded) {
        stack.pop();
        if (!this.cache.has(key)) {
          try {
            this.evaluateCell(top.sheet, top.row, top.col);
          } catch (error) {
            if (!(error instanceof ChainTooDeep)) throw error;
          }
        }
        continue;
      }
      top.expanded = true;
      if (seen.has(key) || this.cache.has(key)) continue;
      seen.add(key);
      const found = this.formulaAt(top.sheet, top.row, top.col);
      if (!found?.formula) continue;
      for (const ref of formulaReferences(found.formula, found.sheet.name, this.parsed) ?? []) {
        const target = this.sheets.get(ref.sheet.toLowerCase());
        if (!target) continue;
        const lastRow = Math.min(ref.lastRow, target.formulas.length - 1);
        for (let r = ref.row; r <= lastRow; r++) {
          const cells = target.formulas[r] ?? [];
          const lastCol = Math.min(ref.lastCol, cells.length - 1);
          for (let c = ref.col; c <= lastCol; c++) {
            if (cells[c] || this.overrides.get(cellKey(target.name, r, c))?.formula) stack.push({ sheet: target.name, row: r, col: c, expanded: false });
          }
        }
      }
    }
  }

  /** Evaluates formula text as if it stood on `sheetName`. */
  formula(sheetName: string, formula: string): FormulaValue {
    const node = this.parsed.get(formula);
    if (!node) return NAME;
    const value = this.node(sheetName, node);
    return isRange(value) ? this.rangeScalar(value) : value;
  }

  private sheetOf(current: string, named: string | undefined): string {
    return named === undefined ? current : named;
  }

  private rangeScalar(range: RangeRef): FormulaValue {
    if (range.row === range.lastRow && range.col === range.lastCol) return this.cell(range.sheet, range.row, range.col);
    return VALUE;
  }

  private node(sheet: string, node: FormulaNode): FormulaValue | RangeRef {
    switch (node.kind) {
      case "number":
        return exact(node.text);
      case "string":
        return node.value;
      case "boolean":
        return node.value;
      case "error":
        return err(node.error);
      case "ref":
        return { sheet: this.sheetOf(sheet, node.sheet), row: node.row, col: node.col, lastRow: node.row, lastCol: node.col };
      case "range":
        return { sheet: this.sheetOf(sheet, node.sheet), row: node.row, col: node.col, lastRow: node.lastRow, lastCol: node.lastCol };
      case "unary": {
        const value = toNumberValue(this.scalar(sheet, node.arg));
        if (isFormulaError(value)) return value;
        return node.op === "-" ? value.neg() : value;
      }
      case "percent": {
        const value = toNumberValue(this.scalar(sheet, node.arg));
        return isFormulaError(value) ? value : value.div(100);
      }
      case "binary":
        return this.binary(sheet, node.op, node.left, node.right);
      case "call":
        return this.call(sheet, node.name, node.args);
    }
  }

  private scalar(sheet: string, node: FormulaNode): FormulaValue {
    const value = this.node(sheet, node);
    return isRange(value) ? this.rangeScalar(value) : value;
  }

  private binary(sheet: string, op: string, leftNode: FormulaNode, rightNode: FormulaNode): FormulaValue {
    const left = this.scalar(sheet, leftNode);
    const right = this.scalar(sheet, rightNode);
    if (isFormulaError(left)) return left;
    if (isFormulaError(right)) return right;
    if (op === "&") return toText(left) + toText(right);
    if (["=", "<>", "<", ">", "<=", ">="].includes(op)) {
      const c = compare(left, right);
      switch (op) {
        case "=":
          return c === 0;
        case "<>":
          return c !== 0;
        case "<":
          return c < 0;
        case ">":
          return c > 0;
        case "<=":
          return c <= 0;
        default:
          return c >= 0;
      }
    }
    const a = toNumberValue(left);
    const b = toNumberValue(right);
    if (isFormulaError(a)) return a;
    if (isFormulaError(b)) return b;
    switch (op) {
      case "+":
        return a.add(b);
      case "-":
        return a.sub(b);
      case "*":
        return a.mul(b);
      case "/":
        return b.equals(0) ? DIV0 : a.div(b);
      case "^": {
        if (a.equals(0) && b.lt(0)) return DIV0;
        if (b.d === big1 && b.abs().lte(64)) return a.pow(b);
        const result = Math.pow(a.valueOf(), b.valueOf());
        return Number.isFinite(result) ? fromNumber(result) : err("#NUM!");
      }
    }
    return VALUE;
  }

  /** Every value a function argument stands for: a range's cells, or the scalar itself. */
  private values(sheet: string, node: FormulaNode | null): { value: FormulaValue; fromRef: boolean }[] {
    if (node === null) return [];
    const value = this.node(sheet, node);
    if (!isRange(value)) return [{ value, fromRef: false }];
    const out: { value: FormulaValue; fromRef: boolean }[] = [];
    for (let row = value.row; row <= value.lastRow; row++) {
      for (let col = value.col; col <= value.lastCol; col++) out.push({ value: this.cell(value.sheet, row, col), fromRef: true });
    }
    return out;
  }

  /** The numbers of SUM-like arguments: text and blanks in references are skipped, typed text is coerced. */
  private numbers(sheet: string, args: (FormulaNode | null)[]): Exact[] | FormulaError {
    const numbers: Exact[] = [];
    for (const arg of args) {
      for (const { value, fromRef } of this.values(sheet, arg)) {
        if (isFormulaError(value)) return value;
        if (isNumberValue(value)) numbers.push(value);
        else if (!fromRef) {
          const n = toNumberValue(value);
          if (isFormulaError(n)) return n;
          numbers.push(n);
        }
      }
    }
    return numbers;
  }

  private call(sheet: string, name: string, args: (FormulaNode | null)[]): FormulaValue {
    const arg = (i: number): FormulaValue => (args[i] ? this.scalar(sheet, args[i]!) : null);
    switch (name) {
      case "SUM": {
        const numbers = this.numbers(sheet, args);
        return isFormulaError(numbers) ? numbers : numbers.reduce((a, b) => a.add(b), ZERO);
      }
      case "AVERAGE": {
        const numbers = this.numbers(sheet, args);
        if (isFormulaError(numbers)) return numbers;
        return numbers.length === 0 ? DIV0 : numbers.reduce((a, b) => a.add(b), ZERO).div(numbers.length);
      }
      case "MIN":
      case "MAX": {
        const numbers = this.numbers(sheet, args);
        if (isFormulaError(numbers)) return numbers;
        if (numbers.length === 0) return ZERO;
        return numbers.reduce((a, b) => ((name === "MIN" ? b.lt(a) : b.gt(a)) ? b : a));
      }
      case "COUNT":
        return exact(args.flatMap((a) => this.values(sheet, a)).filter((v) => isNumberValue(v.value)).length);
      case "COUNTA":
        return exact(args.flatMap((a) => this.values(sheet, a)).filter((v) => v.value !== null).length);
      case "ROUND": {
        const value = toNumberValue(arg(0));
        const places = toNumberValue(arg(1));
        if (isFormulaError(value)) return value;
        if (isFormulaError(places)) return places;
        const digits = Math.trunc(places.valueOf());
        if (digits >= 0) return roundHalfUp(value, digits);
        const scale = exact(10).pow(-digits);
        return roundHalfUp(value.div(scale), 0).mul(scale);
      }
      case "ABS": {
        const value = toNumberValue(arg(0));
        return isFormulaError(value) ? value : value.abs();
      }
      case "IF": {
        const condition = toBoolean(arg(0));
        if (isFormulaError(condition)) return condition;
        if (condition) return args.length > 1 ? (args[1] ? arg(1) : ZERO) : true;
        return args.length > 2 ? (args[2] ? arg(2) : ZERO) : false;
      }
      case "IFERROR": {
        const value = arg(0);
        return isFormulaError(value) ? (args[1] ? arg(1) : ZERO) : value;
      }
      case "AND":
      case "OR": {
        const flags: boolean[] = [];
        for (const { value } of args.flatMap((a) => this.values(sheet, a))) {
          if (value === null || typeof value === "string") continue;
          const flag = toBoolean(value);
          if (isFormulaError(flag)) return flag;
          flags.push(flag);
        }
        if (flags.length === 0) return VALUE;
        return name === "AND" ? flags.every(Boolean) : flags.some(Boolean);
      }
      case "NOT": {
        const flag = toBoolean(arg(0));
        return isFormulaError(flag) ? flag : !flag;
      }
      case "ISNUMBER":
        return isNumberValue(arg(0));
      case "ISBLANK":
        return arg(0) === null;
      case "ISERROR":
        return isFormulaError(arg(0));
      case "UPPER":
      case "LOWER":
      case "TRIM": {
        const value = arg(0);
        if (isFormulaError(value)) return value;
        const text = toText(value);
        return name === "UPPER" ? text.toUpperCase() : name === "LOWER" ? text.toLowerCase() : text.trim().replace(/ +/g, " ");
      }
      case "VLOOKUP":
        return this.vlookup(sheet, args);
      default:
        return NAME;
    }
  }

  private vlookup(sheet: string, args: (FormulaNode | null)[]): FormulaValue {
    if (args.length < 3 || !args[0] || !args[1] || !args[2]) return VALUE;
    const key = this.scalar(sheet, args[0]);
    if (isFormulaError(key)) return key;
    const table = this.node(sheet, args[1]);
    if (!isRange(table)) return NA;
    const index = toNumberValue(this.scalar(sheet, args[2]));
    if (isFormulaError(index)) return index;
    const column = Math.trunc(index.valueOf());
    if (column < 1) return VALUE;
    if (column > table.lastCol - table.col + 1) return REF;
    let approximate = true;
    if (args[3]) {
      const flag = toBoolean(this.scalar(sheet, args[3]));
      if (isFormulaError(flag)) return flag;
      approximate = flag;
    }
    let found = -1;
    for (let row = table.row; row <= table.lastRow; row++) {
      const candidate = this.cell(table.sheet, row, table.col);
      if (isFormulaError(candidate) || candidate === null) continue;
      const sameType = (isNumberValue(candidate) && isNumberValue(key)) || (typeof candidate === "string" && typeof key === "string") || (typeof candidate === "boolean" && typeof key === "boolean");
      if (!sameType) continue;
      const c = compare(candidate, key);
      if (c === 0) {
        found = row;
        break;
      }
      if (approximate) {
        if (c < 0) found = row;
        else break;
      }
    }
    if (found < 0) return NA;
    const result = this.cell(table.sheet, found, table.col + column - 1);
    return result === null ? ZERO : result;
  }
}

function isRange(value: FormulaValue | RangeRef): value is RangeRef {
  return typeof value === "object" && value !== null && !(value instanceof Fraction) && "lastRow" in value;
}

/** The cells a formula refers to, as ranges on named (or the current) sheets; null when it does not parse. */
export function formulaReferences(formula: string, currentSheet: string, parsed?: ParsedFormulas): RangeRef[] | null {
  const node = parsed ? parsed.get(formula) : parseOrNull(formula);
  if (!node) return null;
  const refs: RangeRef[] = [];
  const visit = (n: FormulaNode | null) => {
    if (!n) return;
    switch (n.kind) {
      case "ref":
        refs.push({ sheet: n.sheet ?? currentSheet, row: n.row, col: n.col, lastRow: n.row, lastCol: n.col });
        return;
      case "range":
        refs.push({ sheet: n.sheet ?? currentSheet, row: n.row, col: n.col, lastRow: n.lastRow, lastCol: n.lastCol });
        return;
      case "unary":
      case "percent":
        visit(n.arg);
        return;
      case "binary":
        visit(n.left);
        visit(n.right);
        return;
      case "call":
        n.args.forEach(visit);
        return;
      default:
        return;
    }
  };
  visit(node);
  return refs;
}
