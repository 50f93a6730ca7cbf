/**
 * The score formulas of one run that the sheets of a template share: a criterion's value and a
 * sub-component's score. Each is built from its inputs alone (see sharedFormulas.ts).
 */
import { a1, rangeA1 } from "../address";
import { CellStrings } from "../cellStrings";
import type { AnswerScale } from "../scale/answerScale";
import type { PredicateScale } from "../scale/predicateScale";
import type { AggregationKind } from "../scheme/schemeSchema";
import { choiceSumParts, predicateFormula, scaleValueSum } from "./formulas";
import { FormulaKeys, SharedFormulas } from "./sharedFormulas";

/** A sub-component answered on its own row (a grade): its answer times its weight. */
export type GradeFormulaInputs = {
  scale: AnswerScale;
  /** The answer cell, "E12". */
  answer: string;
  /** The weight cell or a literal. */
  weight: string;
};

/** A sub-component scored from its criteria's answers. */
export type CriteriaFormulaInputs = {
  scale: AnswerScale;
  aggregation: AggregationKind;
  weight: string;
  answerColumn: number;
  /** The criteria scored, for a mean. */
  count: number;
  /** The criteria's rows as runs, [first, last] each. */
  rows: readonly (readonly [number, number])[];
};

/** The predicate of a sheet's total, without a leading '='. */
export type PredicateFormulaInputs = {
  scale: PredicateScale;
  /** The total's cell, "E100". */
  total: string;
  /** 100 where the sheet's scores are fractions. */
  divisor: 1 | 100;
};

export class ScoreFormulas {
  private readonly keys = new FormulaKeys();
  readonly grade = new SharedFormulas<GradeFormulaInputs>(gradeFormula, this.keys);
  readonly criteria = new SharedFormulas<CriteriaFormulaInputs>(criteriaFormula, this.keys);
  readonly predicate = new SharedFormulas<PredicateFormulaInputs>(({ total, scale, divisor }) => predicateFormula(total, scale, divisor), this.keys);
  /** Kept by scale, then by the answer cell's row and column: all a criterion's formula is made of. */
  private readonly criterionValues = new Map<AnswerScale, CellStrings>();

  /** The formulas `=scaleValueSum(cell)` of one scale's answer cells, by row and column. */
  criterionValue(scale: AnswerScale): CellStrings {
    let formulas = this.criterionValues.get(scale);
    if (formulas === undefined) this.criterionValues.set(scale, (formulas = new CellStrings((row, col) => criterionValueFormula(scale, row, col))));
    return formulas;
  }
}

function criterionValueFormula(scale: AnswerScale, row: number, col: number): string {
  const range = a1(row, col);
  if (scale.kind === "number") return `=${scaleValueSum(range, scale)}`;
  const parts = choiceSumParts(scale);
  return parts.formulaBefore + range + parts.after;
}

function gradeFormula({ scale, answer, weight }: GradeFormulaInputs): string {
  return `=IFERROR(${scaleValueSum(answer, scale)}*${weight},0)`;
}

function criteriaFormula({ scale, aggregation, weight, answerColumn, count, rows }: CriteriaFormulaInputs): string {
  const total = rows.map(([from, to]) => scaleValueSum(rangeA1(from, answerColumn, to, answerColumn), scale)).join("+");
  return aggregation === "mean" ? `=IFERROR((${total})/${count}*${weight},0)` : `=IFERROR(${total},0)`;
}
