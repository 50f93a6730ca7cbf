/**
 * Which of a real layout's output cells LKE writes back: one typed over, or one whose formula
 * gives another result than the layout's (now, or with every answer at its best, so a formula
 * that happens to agree today but would drop an answer is still caught).
 */
import { toNumber } from "../exact";
import { cellKey, isFormulaError, isNumberValue, WorkbookEvaluator, type CellOverride, type FormulaValue } from "../formula/evaluate";
import type { CellWrite } from "../plan/writePlan";
import type { EngineRun } from "../run";
import type { AnswerScale } from "../scale/answerScale";
import { cellFormula, cellText, cellValue, type CellValue, type SheetSnapshot, type WorkbookSnapshot } from "../snapshot";
import type { LayoutFindings } from "./layoutFindings";
import type { OutputCell } from "./layoutFormulas";
import type { CriterionRow, EvidenceRow, ProfileLayout } from "./read";

export function cellValueOf(value: FormulaValue): CellValue {
  if (value === null) return null;
  if (isNumberValue(value)) return toNumber(value);
  if (isFormulaError(value)) return { error: value.error };
  return value;
}

function sameResult(x: FormulaValue, y: FormulaValue): boolean {
  const blankish = (v: FormulaValue) => v === null || v === "" || (isNumberValue(v) && v.equals(0));
  if (isFormulaError(x) || isFormulaError(y)) return isFormulaError(x) && isFormulaError(y);
  if (isNumberValue(x) && isNumberValue(y)) return x.equals(y);
  if (blankish(x) && blankish(y)) return true;
  if (typeof x === "string" && typeof y === "string") return x.toLowerCase() === y.toLowerCase();
  return x === y;
}

export function normalizeFormula(formula: string): string {
  return formula.replace(/^=/, "").replace(/\s+/g, "").replace(/\$/g, "").toUpperCase();
}

function bestAnswer(scale: AnswerScale | undefined): string | null {
  if (!scale || scale.kind !== "choice") return null;
  let best = scale.choices[0];
  for (const choice of scale.choices) if (Number(choice.value) > Number(best.value)) best = choice;
  return best.answer;
}

/** The workbook with every answer the layout scores set to its best choice. */
function bestAnswers(layout: ProfileLayout): Map<string, CellOverride> {
  const answerCol = layout.detail.columns.answer;
  const overrides = new Map<string, CellOverride>();
  if (answerCol === undefined) return overrides;
  for (const sub of layout.detailSubcomponents) {
    for (const criterion of sub.criteria) {
      const rows: (EvidenceRow | CriterionRow)[] = criterion.direct ? [criterion] : criterion.evidence.filter((e) => e.takesAnswer);
      for (const row of rows) {
        const answer = bestAnswer(row.scale);
        if (answer !== null) overrides.set(cellKey(layout.detail.sheet.name, row.row, answerCol), { value: answer });
      }
    }
  }
  return overrides;
}

/** The output cells to write back, each reported where it stands. */
export function repairsWanted(snapshot: WorkbookSnapshot, layout: ProfileLayout, outputs: readonly OutputCell[], run: EngineRun, findings: LayoutFindings): OutputCell[] {
  const sheetOf = (name: string): SheetSnapshot => (name === layout.summary.sheet.name ? layout.summary.sheet : layout.detail.sheet);
  const current = new WorkbookEvaluator(snapshot, new Map(), run.parsedFormulas);
  const best = new WorkbookEvaluator(snapshot, bestAnswers(layout), run.parsedFormulas);
  const wanted: OutputCell[] = [];
  for (const output of outputs) {
    const sheet = sheetOf(output.sheet);
    const formula = cellFormula(sheet, output.row, output.col);
    const raw = cellValue(sheet, output.row, output.col);
    const expected = `=${output.formula}`;
    if (formula === null) {
      if (raw === null || (typeof raw === "string" && raw.trim() === "")) {
        if (output.needed) findings.report("formula-missing", { code: output.code, formula: expected }, sheet, output.row, output.col);
        continue;
      }
      findings.report("formula-typed-over", { code: output.code, found: cellText(sheet, output.row, output.col), formula: expected }, sheet, output.row, output.col);
      wanted.push(output);
      continue;
    }
    if (normalizeFormula(formula) === normalizeFormula(expected)) continue;
    const agrees = (evaluator: WorkbookEvaluator) => {
      const actual = evaluator.cell(sheet.name, output.row, output.col);
      const target = evaluator.formula(sheet.name, expected);
      return !isFormulaError(actual) || isFormulaError(target) ? sameResult(actual, target) : false;
    };
    if (/#REF!/i.test(formula) || !agrees(current) || !agrees(best)) {
      findings.report("formula-broken", { code: output.code, found: formula, formula: expected }, sheet, output.row, output.col);
      wanted.push(output);
    }
  }
  return wanted;
}

/** The workbook as LKE leaves it (repaired formulas in place), and the repairs as cell writes with their new values. */
export function repairedWorkbook(snapshot: WorkbookSnapshot, wanted: readonly OutputCell[], run: EngineRun): { after: WorkbookEvaluator; repairs: CellWrite[] } {
  const overrides = new Map<string, CellOverride>();
  for (const output of wanted) overrides.set(cellKey(output.sheet, output.row, output.col), { formula: `=${output.formula}` });
  const after = new WorkbookEvaluator(snapshot, overrides, run.parsedFormulas);
  const repairs = wanted.map((output) => ({
    sheet: output.sheet,
    row: output.row,
    col: output.col,
    value: cellValueOf(after.cell(output.sheet, output.row, output.col)),
    formula: `=${output.formula}`,
  }));
  return { after, repairs };
}
