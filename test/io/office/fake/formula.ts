/**
 * A small Excel formula evaluator: enough of Excel's language for the formulas LKE writes
 * (SUM, ROUND, IF, IFERROR, SUMPRODUCT over array constants, ISNUMBER, UPPER, TRIM, AVERAGE,
 * MAX, MIN, RANK, COUNTIF, HYPERLINK), with Excel's array broadcasting, so the fake computes
 * what Excel would show. Unknown functions give #NAME?; a formula it cannot parse is refused
 * like Excel refuses it.
 */
import { columnIndex } from "../../../../src/core/address";
import type { CellError, CellValue } from "../../../../src/core/snapshot";

export type Scalar = CellValue;
export type Matrix = Scalar[][];
export type Value = Scalar | { matrix: Matrix };

export interface CellSource {
  /** The value of a cell (computing its formula if it has one). */
  value(sheet: string, row: number, col: number): Scalar;
}

export class FormulaSyntaxError extends Error {}

type Node =
  | { t: "num"; v: number }
  | { t: "str"; v: string }
  | { t: "bool"; v: boolean }
  | { t: "err"; v: string }
  | { t: "array"; rows: Node[][] }
  | { t: "ref"; sheet: string | null; r1: number; c1: number; r2: number; c2: number }
  | { t: "call"; name: string; args: Node[] }
  | { t: "unary"; op: string; arg: Node }
  | { t: "percent"; arg: Node }
  | { t: "bin"; op: string; left: Node; right: Node };

interface Token {
  k: "num" | "str" | "ref" | "name" | "sheet" | "op" | "err" | "(" | ")" | "{" | "}" | "," | ";" | ":" | "!";
  v: string;
}

const errorPattern = /^#(NULL!|DIV\/0!|VALUE!|REF!|NAME\?|NUM!|N\/A)/i;

function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  while (i < text.length) {
    const ch = text[i];
    if (/\s/.test(ch)) {
      i++;
      continue;
    }
    const rest = text.slice(i);
    let m: RegExpExecArray | null;
    if ((m = /^(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?/.exec(rest))) {
      tokens.push({ k: "num", v: m[0] });
      i += m[0].length;
    } else if (ch === '"') {
      let j = i + 1;
      let s = "";
      for (;;) {
        if (j >= text.length) throw new FormulaSyntaxError("unterminated string");
        if (text[j] === '"') {
          if (text[j + 1] === '"') {
            s += '"';
            j += 2;
            continue;
          }
          break;
        }
        s += text[j++];
      }
      tokens.push({ k: "str", v: s });
      i = j + 1;
    } else if (ch === "'") {
      let j = i + 1;
      let s = "";
      for (;;) {
        if (j >= text.length) throw new FormulaSyntaxError("unterminated sheet name");
        if (text[j] === "'") {
          if (text[j + 1] === "'") {
            s += "'";
            j += 2;
            continue;
          }
          break;
        }
        s += text[j++];
      }
      if (text[j + 1] !== "!") throw new FormulaSyntaxError("quoted name without !");
      tokens.push({ k: "sheet", v: s });
      i = j + 1;
    } else if ((m = errorPattern.exec(rest))) {
      tokens.push({ k: "err", v: m[0].toUpperCase() });
      i += m[0].length;
    } else if ((m = /^\$?[A-Za-z]{1,3}\$?\d+(?![A-Za-z0-9_(.])/.exec(rest))) {
      tokens.push({ k: "ref", v: m[0] });
      i += m[0].length;
    } else if ((m = /^[A-Za-z_][A-Za-z0-9_.]*/.exec(rest))) {
      tokens.push({ k: "name", v: m[0] });
      i += m[0].length;
    } else if ((m = /^(<>|<=|>=|[-+*/^&=<>%])/.exec(rest))) {
      tokens.push({ k: "op", v: m[0] });
      i += m[0].length;
    } else if ("(){},;:!".includes(ch)) {
      tokens.push({ k: ch as Token["k"], v: ch });
      i++;
    } else throw new FormulaSyntaxError(`unexpected ${ch}`);
  }
  return tokens;
}

function cellOf(ref: string): { row: number; col: number } {
  const m = /^\$?([A-Za-z]{1,3})\$?(\d+)$/.exec(ref)!;
  return { row: Number(m[2]) - 1, col: columnIndex(m[1]) };
}

class Parser {
  private i = 0;
  constructor(private readonly tokens: Token[]) {}

  parse(): Node {
    const node = this.comparison();
    if (this.i < this.tokens.length) throw new FormulaSyntaxError(`unexpected ${this.tokens[this.i].v}`);
    return node;
  }

  private peek(): Token | undefined {
    return this.tokens[this.i];
  }

  private take(k?: Token["k"], v?: string): Token {
    const t = this.tokens[this.i];
    if (!t || (k && t.k !== k) || (v !== undefined && t.v !== v)) throw new FormulaSyntaxError(`expected ${v ?? k}`);
    this.i++;
    return t;
  }

  private isOp(...ops: string[]): boolean {
    const t = this.peek();
    return t !== undefined && t.k === "op" && ops.includes(t.v);
  }

  private binary(next: () => Node, ops: string[]): Node {
    let left = next();
    while (this.isOp(...ops)) {
      const op = this.take().v;
      left = { t: "bin", op, left, right: next() };
    }
    return left;
  }

  private comparison = (): Node => this.binary(this.concat, ["=", "<>", "<", ">", "<=", ">="]);
  private concat = (): Node => this.binary(this.additive, ["&"]);
  private additive = (): Node => this.binary(this.multiplicative, ["+", "-"]);
  private multiplicative = (): Node => this.binary(this.power, ["*", "/"]);
  private power = (): Node => this.binary(this.unary, ["^"]);

  private unary = (): Node => {
    if (this.isOp("-", "+")) {
      const op = this.take().v;
      return { t: "unary", op, arg: this.unary() };
    }
    let node = this.primary();
    while (this.isOp("%")) {
      this.take();
      node = { t: "percent", arg: node };
    }
    return node;
  };

  private primary(): Node {
    const t = this.peek();
    if (!t) throw new FormulaSyntaxError("unexpected end");
    switch (t.k) {
      case "num":
        this.i++;
        return { t: "num", v: Number(t.v) };
      case "str":
        this.i++;
        return { t: "str", v: t.v };
      case "err":
        this.i++;
        return { t: "err", v: t.v };
      case "(": {
        this.i++;
        const inner = this.comparison();
        this.take(")");
        return inner;
      }
      case "{":
        return this.arrayConstant();
      case "sheet": {
        this.i++;
        this.take("!");
        return this.reference(t.v);
      }
      case "ref":
        return this.reference(null);
      case "name": {
        this.i++;
        if (this.peek()?.k === "!") {
          this.i++;
          return this.reference(t.v);
        }
        if (this.peek()?.k === "(") {
          this.i++;
          const args: Node[] = [];
          if (this.peek()?.k !== ")") {
            args.push(this.comparison());
            while (this.peek()?.k === ",") {
              this.i++;
              args.push(this.comparison());
            }
          }
          this.take(")");
          return { t: "call", name: t.v.toUpperCase(), args };
        }
        const upper = t.v.toUpperCase();
        if (upper === "TRUE" || upper === "FALSE") return { t: "bool", v: upper === "TRUE" };
        return { t: "err", v: "#NAME?" };
      }
      default:
        throw new FormulaSyntaxError(`unexpected ${t.v}`);
    }
  }

  private reference(sheet: string | null): Node {
    const a = cellOf(this.take("ref").v);
    let b = a;
    if (this.peek()?.k === ":") {
      this.i++;
      b = cellOf(this.take("ref").v);
    }
    return { t: "ref", sheet, r1: Math.min(a.row, b.row), c1: Math.min(a.col, b.col), r2: Math.max(a.row, b.row), c2: Math.max(a.col, b.col) };
  }

  private arrayConstant(): Node {
    this.take("{");
    const rows: Node[][] = [[]];
    for (;;) {
      let sign = 1;
      if (this.isOp("-")) {
        this.take();
        sign = -1;
      }
      const t = this.take();
      let node: Node;
      if (t.k === "num") node = { t: "num", v: sign * Number(t.v) };
      else if (t.k === "str") node = { t: "str", v: t.v };
      else if (t.k === "err") node = { t: "err", v: t.v };
      else if (t.k === "name" && /^(TRUE|FALSE)$/i.test(t.v)) node = { t: "bool", v: t.v.toUpperCase() === "TRUE" };
      else throw new FormulaSyntaxError("bad array constant");
      rows[rows.length - 1].push(node);
      const sep = this.take();
      if (sep.k === "}") break;
      if (sep.k === ";") rows.push([]);
      else if (sep.k !== ",") throw new FormulaSyntaxError("bad array constant");
    }
    if (rows.some((r) => r.length !== rows[0].length)) throw new FormulaSyntaxError("ragged array constant");
    return { t: "array", rows };
  }
}

const cache = new Map<string, Node>();

/** Parses a formula ("=..."); throws FormulaSyntaxError when Excel would refuse it. */
export function parseFormula(formula: string): Node {
  const cached = cache.get(formula);
  if (cached) return cached;
  if (!formula.startsWith("=")) throw new FormulaSyntaxError("no =");
  const node = new Parser(tokenize(formula.slice(1))).parse();
  cache.set(formula, node);
  return node;
}

// ---- evaluation -------------------------------------------------------------------------

const err = (e: string): CellError => ({ error: e });

function isErr(v: unknown): v is CellError {
  return typeof v === "object" && v !== null && "error" in v;
}

function isMatrix(v: Value): v is { matrix: Matrix } {
  return typeof v === "object" && v !== null && "matrix" in v;
}

function toMatrix(v: Value): Matrix {
  return isMatrix(v) ? v.matrix : [[v]];
}

function toScalar(v: Value): Scalar {
  if (!isMatrix(v)) return v;
  return v.matrix[0]?.[0] ?? null;
}

function num(v: Scalar): number | CellError {
  if (v === null) return 0;
  if (typeof v === "number") return v;
  if (typeof v === "boolean") return v ? 1 : 0;
  if (isErr(v)) return v;
  const text = v.trim();
  if (text !== "" && Number.isFinite(Number(text))) return Number(text);
  return err("#VALUE!");
}

function text(v: Scalar): string | CellError {
  if (v === null) return "";
  if (typeof v === "boolean") return v ? "TRUE" : "FALSE";
  if (typeof v === "number") return String(Number(v.toPrecision(15)));
  if (isErr(v)) return v;
  return v;
}

/** Excel's order for comparisons: numbers < text < booleans; empty is 0, "" or FALSE as needed. */
function compare(a: Scalar, b: Scalar): number {
  const rank = (v: Scalar) => (typeof v === "number" ? 0 : typeof v === "string" ? 1 : 2);
  if (a === null) a = typeof b === "string" ? "" : typeof b === "boolean" ? false : 0;
  if (b === null) b = typeof a === "string" ? "" : typeof a === "boolean" ? false : 0;
  if (rank(a) !== rank(b)) return rank(a) - rank(b);
  if (typeof a === "string" && typeof b === "string") {
    const x = a.toLowerCase();
    const y = b.toLowerCase();
    return x < y ? -1 : x > y ? 1 : 0;
  }
  const x = Number(a);
  const y = Number(b);
  return x < y ? -1 : x > y ? 1 : 0;
}

function scalarOp(op: string, a: Scalar, b: Scalar): Scalar {
  if (isErr(a)) return a;
  if (isErr(b)) return b;
  if (["=", "<>", "<", ">", "<=", ">="].includes(op)) {
    const c = compare(a, b);
    return op === "=" ? c === 0 : op === "<>" ? c !== 0 : op === "<" ? c < 0 : op === ">" ? c > 0 : op === "<=" ? c <= 0 : c >= 0;
  }
  if (op === "&") {
    const x = text(a);
    const y = text(b);
    if (isErr(x)) return x;
    if (isErr(y)) return y;
    return x + y;
  }
  const x = num(a);
  const y = num(b);
  if (isErr(x)) return x;
  if (isErr(y)) return y;
  switch (op) {
    case "+":
      return x + y;
    case "-":
      return x - y;
    case "*":
      return x * y;
    case "/":
      return y === 0 ? err("#DIV/0!") : x / y;
    case "^":
      return x ** y;
  }
  return err("#VALUE!");
}

/** Element-wise with Excel's broadcasting (a 1-wide dimension repeats; a mismatch gives #N/A). */
function lift2(a: Value, b: Value, f: (x: Scalar, y: Scalar) => Scalar): Value {
  if (!isMatrix(a) && !isMatrix(b)) return f(a, b);
  const m = toMatrix(a);
  const n = toMatrix(b);
  const rows = Math.max(m.length, n.length);
  const cols = Math.max(m[0]?.length ?? 0, n[0]?.length ?? 0);
  const pick = (x: Matrix, r: number, c: number): Scalar | undefined => {
    const rr = x.length === 1 ? 0 : r;
    const cc = (x[0]?.length ?? 0) === 1 ? 0 : c;
    return x[rr]?.[cc];
  };
  const out: Matrix = [];
  for (let r = 0; r < rows; r++) {
    const row: Scalar[] = [];
    for (let c = 0; c < cols; c++) {
      const x = pick(m, r, c);
      const y = pick(n, r, c);
      row.push(x === undefined || y === undefined ? err("#N/A") : f(x, y));
    }
    out.push(row);
  }
  return { matrix: out };
}

function lift1(a: Value, f: (x: Scalar) => Scalar): Value {
  return isMatrix(a) ? { matrix: a.matrix.map((row) => row.map(f)) } : f(a);
}

function flat(v: Value): Scalar[] {
  return toMatrix(v).flat();
}

/** Numbers of a range or array (text, booleans and blanks skipped); the first error, if any. */
function numbersOf(args: Value[], isRef: boolean[]): number[] | CellError {
  const out: number[] = [];
  for (let i = 0; i < args.length; i++) {
    const arg = args[i];
    if (isMatrix(arg) || isRef[i]) {
      for (const v of flat(arg)) {
        if (isErr(v)) return v;
        if (typeof v === "number") out.push(v);
      }
    } else {
      const n = num(arg);
      if (isErr(n)) return n;
      out.push(n);
    }
  }
  return out;
}

function roundHalfAway(x: number, digits: number): number {
  const f = 10 ** digits;
  const scaled = Number((Math.abs(x) * f).toPrecision(15));
  return (Math.sign(x) * Math.round(scaled)) / f;
}

function wildcard(pattern: string): RegExp {
  let re = "";
  for (let i = 0; i < pattern.length; i++) {
    const ch = pattern[i];
    if (ch === "~" && i + 1 < pattern.length) re += pattern[++i].replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
    else if (ch === "*") re += ".*";
    else if (ch === "?") re += ".";
    else re += ch.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  }
  return new RegExp(`^${re}$`, "i");
}

function countIf(range: Value, criterion: Scalar): Scalar {
  if (isErr(criterion)) return criterion;
  let op = "=";
  let target: Scalar = criterion;
  if (typeof criterion === "string") {
    const m = /^(<>|<=|>=|=|<|>)(.*)$/.exec(criterion);
    if (m) {
      op = m[1];
      target = m[2];
    }
    if (typeof target === "string" && target.trim() !== "" && Number.isFinite(Number(target))) target = Number(target);
  }
  let count = 0;
  for (const v of flat(range)) {
    if (isErr(v)) continue;
    if (op === "=" && typeof target === "string") {
      if (target === "" ? v === null || v === "" : typeof v === "string" && wildcard(target).test(v)) count++;
    } else if (op === "=") {
      if (typeof v === typeof target && compare(v, target) === 0) count++;
    } else if (v !== null && typeof v === typeof target) {
      const r = scalarOp(op, v, target);
      if (r === true) count++;
    }
  }
  return count;
}

export class Evaluator {
  constructor(private readonly source: CellSource) {}

  evaluate(formula: string, sheet: string): Scalar {
    let node: Node;
    try {
      node = parseFormula(formula);
    } catch {
      return err("#NAME?");
    }
    const result = toScalar(this.eval(node, sheet));
    return typeof result === "number" && !Number.isFinite(result) ? err("#NUM!") : result;
  }

  private eval(node: Node, sheet: string): Value {
    switch (node.t) {
      case "num":
        return node.v;
      case "str":
        return node.v;
      case "bool":
        return node.v;
      case "err":
        return err(node.v);
      case "array":
        return { matrix: node.rows.map((row) => row.map((n) => toScalar(this.eval(n, sheet)))) };
      case "ref": {
        const target = node.sheet ?? sheet;
        const matrix: Matrix = [];
        for (let r = node.r1; r <= node.r2; r++) {
          const row: Scalar[] = [];
          for (let c = node.c1; c <= node.c2; c++) row.push(this.source.value(target, r, c));
          matrix.push(row);
        }
        return { matrix };
      }
      case "unary":
        return lift1(this.eval(node.arg, sheet), (x) => {
          const n = num(x);
          return isErr(n) ? n : node.op === "-" ? -n : n;
        });
      case "percent":
        return lift1(this.eval(node.arg, sheet), (x) => {
          const n = num(x);
          return isErr(n) ? n : n / 100;
        });
      case "bin": {
        const left = this.eval(node.left, sheet);
        const right = this.eval(node.right, sheet);
        return lift2(left, right, (x, y) => scalarOp(node.op, x, y));
      }
      case "call":
        return this.call(node.name, node.args, sheet);
    }
  }

  private call(name: string, argNodes: Node[], sheet: string): Value {
    const isRef = argNodes.map((n) => n.t === "ref");
    const args = () => argNodes.map((n) => this.eval(n, sheet));
    switch (name) {
      case "SUM": {
        const ns = numbersOf(args(), isRef);
        return isErr(ns) ? ns : ns.reduce((a, b) => a + b, 0);
      }
      case "AVERAGE": {
        const ns = numbersOf(args(), isRef);
        if (isErr(ns)) return ns;
        return ns.length === 0 ? err("#DIV/0!") : ns.reduce((a, b) => a + b, 0) / ns.length;
      }
      case "MAX":
      case "MIN": {
        const ns = numbersOf(args(), isRef);
        if (isErr(ns)) return ns;
        if (ns.length === 0) return 0;
        return name === "MAX" ? Math.max(...ns) : Math.min(...ns);
      }
      case "ROUND": {
        const [x, d] = args().map(toScalar);
        const n = num(x);
        const digits = num(d ?? 0);
        if (isErr(n)) return n;
        if (isErr(digits)) return digits;
        return roundHalfAway(n, Math.trunc(digits));
      }
      case "IF": {
        const cond = toScalar(this.eval(argNodes[0], sheet));
        if (isErr(cond)) return cond;
        const truth = typeof cond === "string" ? null : num(cond);
        if (truth === null || isErr(truth)) return err("#VALUE!");
        if (truth !== 0) return argNodes[1] ? this.eval(argNodes[1], sheet) : true;
        return argNodes[2] ? this.eval(argNodes[2], sheet) : false;
      }
      case "IFERROR": {
        const v = this.eval(argNodes[0], sheet);
        const alt = () => toScalar(this.eval(argNodes[1], sheet));
        if (isMatrix(v)) return { matrix: v.matrix.map((row) => row.map((x) => (isErr(x) ? alt() : x))) };
        return isErr(v) ? this.eval(argNodes[1], sheet) : v;
      }
      case "ISNUMBER":
        return lift1(this.eval(argNodes[0], sheet), (x) => typeof x === "number");
      case "UPPER":
        return lift1(this.eval(argNodes[0], sheet), (x) => {
          const t = text(x);
          return isErr(t) ? t : t.toUpperCase();
        });
      case "TRIM":
        return lift1(this.eval(argNodes[0], sheet), (x) => {
          const t = text(x);
          return isErr(t) ? t : t.replace(/ +/g, " ").trim();
        });
      case "SUMPRODUCT": {
        const arrays = args().map(toMatrix);
        const rows = arrays[0].length;
        const cols = arrays[0][0]?.length ?? 0;
        if (arrays.some((a) => a.length !== rows || (a[0]?.length ?? 0) !== cols)) return err("#VALUE!");
        let total = 0;
        for (let r = 0; r < rows; r++) {
          for (let c = 0; c < cols; c++) {
            let product = 1;
            for (const a of arrays) {
              const v = a[r][c];
              if (isErr(v)) return v;
              product *= typeof v === "number" ? v : 0;
            }
            total += product;
          }
        }
        return total;
      }
      case "RANK": {
        const [x, ref, order] = args();
        const n = num(toScalar(x));
        if (isErr(n)) return n;
        const values = flat(ref).filter((v): v is number => typeof v === "number");
        if (!values.includes(n)) return err("#N/A");
        const ascending = order !== undefined && num(toScalar(order)) !== 0;
        return 1 + values.filter((v) => (ascending ? v < n : v > n)).length;
      }
      case "COUNTIF": {
        const [range, criterion] = args();
        return countIf(range, toScalar(criterion));
      }
      case "HYPERLINK": {
        const [link, label] = args().map(toScalar);
        return label === undefined ? link : label;
      }
      default:
        return err("#NAME?");
    }
  }
}
