/**
 * One assessment of a "Lampiran" form against its regulation: the Bobot cells of the parts the
 * regulation weighs (matched by name, within their parent), the total's maximum, the predicate
 * the workbook's own cell writes, and the coefficients its Nilai formulas give the answers.
 * Each disagreement is a finding at the workbook's cell; nothing here changes a figure.
 */
import { a1, columnLetters } from "../../address";
import { exact, exactEquals, parseDecimal, sum, type Exact } from "../../exact";
import { isNumberValue, type FormulaValue } from "../../formula/evaluate";
import type { Band, PredicateScale } from "../../scale/predicateScale";
import { cellFormula, cellText, type SheetSnapshot } from "../../snapshot";
import type { ParamsOf } from "../../validate/check";
import { formRegulation } from "../../validate/checks/formRegulation";
import type { Finding } from "../../validate/finding";
import { paramNumber } from "../../validate/helpers";
import type { Assessment, FormLayout } from "./formRead";
import type { FormIndex } from "./formSchema";
import { partMatches, regulationNamed, type FormRegulation, type RegulationPart } from "./regulation";

export interface RegulationInput {
  layout: FormLayout;
  assessment: Assessment;
  /** Weights are the sheet's, shared by its assessments: said once, with the first. */
  first: boolean;
  index: FormIndex | null;
  /** The predicate scale, when it is the regulation's (built in, not a custom scheme's). */
  regulationScale: PredicateScale | null;
  band: Band | null;
  totalPoints: Exact;
  /** Rows whose Nilai formula reads the row's answer. */
  answerRows: Iterable<number>;
  /** A cell's value as the workbook's formulas compute it. */
  valueAt: (row: number, col: number) => FormulaValue;
}

export interface LocatedFinding {
  finding: Finding;
  row: number;
  col: number;
}

type Codes = typeof formRegulation.codes;

interface WeightNode {
  row: number;
  code: string;
  name: string;
  level: number;
  weight: Exact;
  children: WeightNode[];
}

/** The numbered rows carrying a weight, nested by the column of their numbering. */
function weightTree(layout: FormLayout, valueAt: RegulationInput["valueAt"]): WeightNode[] {
  const roots: WeightNode[] = [];
  const stack: WeightNode[] = [];
  for (const row of layout.rows) {
    if (row.code === "") continue;
    const weight = valueAt(row.row, layout.weightCol);
    if (!isNumberValue(weight)) continue;
    const node: WeightNode = { row: row.row, code: row.code, name: row.text, level: row.level, weight, children: [] };
    while (stack.length > 0 && stack[stack.length - 1].level >= node.level) stack.pop();
    (stack.length > 0 ? stack[stack.length - 1].children : roots).push(node);
    stack.push(node);
  }
  return roots;
}

/** Each regulation part found exactly once among the nodes (and no other part naming that node). */
function matchedParts(parts: readonly RegulationPart[], nodes: readonly WeightNode[]): [RegulationPart, WeightNode][] {
  const pairs: [RegulationPart, WeightNode][] = [];
  for (const part of parts) {
    const found = nodes.filter((n) => partMatches(part, n.name));
    if (found.length !== 1) continue;
    if (parts.some((other) => other !== part && partMatches(other, found[0].name))) continue;
    pairs.push([part, found[0]]);
  }
  return pairs;
}

const normalType = (text: string) => text.replace(/\s+/g, "").toLowerCase();

/** The coefficients a Nilai formula gives each answer of one answer type: `IF(K8="B",0.67,...` after `J8="A/B/C/D"`. */
export function formulaCoefficients(formula: string, type: string, choicesRef: string, answerRef: string): Map<string, Exact> {
  const ref = (a1Ref: string) => {
    const [, col, row] = /^([A-Z]+)(\d+)$/.exec(a1Ref) ?? [];
    // Not the tail of a longer reference (AK8 is not K8); no lookbehind: the pane runs on ES2017 engines.
    return `(?:^|[^A-Z$])\\$?${col}\\$?${row}(?!\\d)`;
  };
  const typeTests = [...formula.matchAll(new RegExp(`${ref(choicesRef)}\\s*=\\s*"([^"]*)"`, "gi"))];
  const coefficients = new Map<string, Exact>();
  typeTests.forEach((test, i) => {
    if (normalType(test[1]) !== normalType(type)) return;
    const end = typeTests[i + 1]?.index ?? formula.length;
    const segment = formula.slice((test.index ?? 0) + test[0].length, end);
    for (const pair of segment.matchAll(new RegExp(`${ref(answerRef)}\\s*=\\s*"([^"]*)"\\s*,\\s*(-?\\d+(?:\\.\\d+)?)(?=\\s*[,)])`, "gi"))) {
      const value = parseDecimal(pair[2]);
      if (value && !coefficients.has(pair[1].toUpperCase())) coefficients.set(pair[1].toUpperCase(), value);
    }
  });
  return coefficients;
}

/** The band a predicate text names: by its letter ("BB", "BB (Sangat Baik)") or its name. */
function bandNamed(scale: PredicateScale, text: string): Band | undefined {
  const token = (/^[^\s(]+/.exec(text.trim())?.[0] ?? "").toUpperCase();
  return scale.bands.find((b) => b.predicate.toUpperCase() === token) ?? scale.bands.find((b) => b.name.toLowerCase() === text.trim().toLowerCase());
}

/** The workbook's own predicate cells: a row labelled "Predikat" under the header, in the assessment's Nilai column. */
function predicateRows(sheet: SheetSnapshot, layout: FormLayout): number[] {
  const firstAnswer = Math.min(...layout.assessments.map((a) => a.answer));
  const rows: number[] = [];
  for (let row = layout.headerRow + 1; row < sheet.values.length; row++) {
    for (let col = layout.textCol; col < firstAnswer; col++) {
      if (/^predikat\b/i.test(cellText(sheet, row, col))) {
        rows.push(row);
        break;
      }
    }
  }
  return rows;
}

export function regulationFindings(input: RegulationInput): LocatedFinding[] {
  const { layout, assessment, valueAt } = input;
  const { sheet } = layout;
  const found: LocatedFinding[] = [];
  const report = <K extends keyof Codes & string>(code: K, params: ParamsOf<Codes[K]>, row: number, col: number) => {
    found.push({ finding: { code, severity: formRegulation.codes[code].severity, sheet: sheet.name, cell: a1(row, col), params }, row, col });
  };

  // The predicate the workbook's own cell writes, against the regulation's band for its total.
  if (input.regulationScale && input.band) {
    const scale = input.regulationScale;
    for (const row of predicateRows(sheet, layout)) {
      const value = valueAt(row, assessment.value);
      if (typeof value !== "string" || value.trim() === "") continue;
      const written = bandNamed(scale, value);
      if (!written || written.predicate === input.band.predicate) continue;
      report("predicate-differs-from-regulation", { assessment: assessment.heading, predicate: value.trim(), regulationPredicate: input.band.predicate, total: paramNumber(input.totalPoints), regulation: scale.name }, row, assessment.value);
    }
  }

  const regulation: FormRegulation | null = input.index ? regulationNamed(input.index.id, layout.titles) : null;
  if (!regulation) return found;

  if (input.first) {
    const roots = weightTree(layout, valueAt);
    const compare = (parts: readonly RegulationPart[], nodes: readonly WeightNode[]) => {
      for (const [part, node] of matchedParts(parts, nodes)) {
        const expected = exact(part.weight);
        if (!exactEquals(node.weight, expected)) {
          report("form-weight-differs-from-regulation", { code: node.code, name: node.name, weight: paramNumber(node.weight), regulationWeight: paramNumber(expected), regulation: regulation.name }, node.row, layout.weightCol);
        }
        if (part.parts) compare(part.parts, node.children);
      }
    };
    compare(regulation.parts, roots);
    const maximum = sum(roots.map((r) => r.weight));
    const expected = exact(regulation.total);
    if (matchedParts(regulation.parts, roots).length > 0 && !exactEquals(maximum, expected)) {
      const [row, col] = layout.totalRow !== null ? [layout.totalRow, assessment.value] : [layout.headerRow, layout.weightCol];
      report("form-maximum-differs-from-regulation", { maximum: paramNumber(maximum), regulationMaximum: paramNumber(expected), regulation: regulation.name }, row, col);
    }
  }

  // Each answer's coefficient in the Nilai formulas, once per type and answer, at its first row.
  if (assessment.choices !== undefined) {
    const choicesCol = assessment.choices;
    const seen = new Map<string, { row: number; params: ParamsOf<Codes["answer-value-differs-from-regulation"]> }>();
    for (const row of input.answerRows) {
      const type = cellText(sheet, row, choicesCol);
      const rule = regulation.answers.find((a) => normalType(a.type) === normalType(type));
      const formula = cellFormula(sheet, row, assessment.value);
      if (!rule || formula === null) continue;
      const given = formulaCoefficients(formula, type, `${columnLetters(choicesCol)}${row + 1}`, `${columnLetters(assessment.answer)}${row + 1}`);
      for (const [answer, expectedText] of Object.entries(rule.values)) {
        const value = given.get(answer.toUpperCase());
        const expected = exact(expectedText);
        if (value === undefined || exactEquals(value, expected)) continue;
        const key = `${normalType(rule.type)}|${answer}|${value.toString()}`;
        const known = seen.get(key);
        if (known) known.params.rows++;
        else seen.set(key, { row, params: { assessment: assessment.heading, type: rule.type, answer, value: paramNumber(value), regulationValue: paramNumber(expected), rows: 1, regulation: regulation.name } });
      }
    }
    for (const { row, params } of seen.values()) report("answer-value-differs-from-regulation", params, row, assessment.value);
  }
  return found;
}
