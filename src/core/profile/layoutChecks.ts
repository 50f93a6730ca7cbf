/** What a real layout's own figures say after repairs: weights that no longer add up, and answers still to give. */
import { HUNDRED, ONE, roundHalfUp, sum, toNumber, ZERO, type Exact } from "../exact";
import { isNumberValue, type WorkbookEvaluator } from "../formula/evaluate";
import { allowedAnswers } from "../scale/readAnswer";
import { cellFormula, cellText, type SheetSnapshot } from "../snapshot";
import type { LayoutFindings } from "./layoutFindings";
import type { LayoutProfile } from "./profileSchema";
import type { CriterionRow, EvidenceRow, ProfileLayout } from "./read";

export function toPointsOf(units: LayoutProfile["units"], value: Exact): Exact {
  return units === "fraction" ? value.mul(HUNDRED) : value;
}

/** A cell of the repaired workbook as a number (0 where it holds none). */
export function numberReader(after: WorkbookEvaluator): (sheet: SheetSnapshot, row: number, col: number | undefined) => Exact {
  return (sheet, row, col) => {
    if (col === undefined) return ZERO;
    const value = after.cell(sheet.name, row, col);
    return isNumberValue(value) ? value : ZERO;
  };
}

/** Weights that no longer add up (e.g. after a row was inserted outside a formula's range). */
export function checkLayoutWeights(layout: ProfileLayout, componentWeights: readonly Exact[], read: ReturnType<typeof numberReader>, findings: LayoutFindings): void {
  const { profile, summary, detail } = layout;
  const columns = detail.columns;
  const points = (value: Exact) => toNumber(roundHalfUp(toPointsOf(profile.units, value), 6));
  for (const sub of layout.detailSubcomponents) {
    if (sub.criteria.length === 0) continue;
    const subWeight = read(detail.sheet, sub.row, columns.weight);
    const criteria = sum(sub.criteria.map((c) => read(detail.sheet, c.row, columns.criterionWeight)));
    if (!criteria.equals(subWeight)) {
      findings.report("layout-weights-do-not-add-up", { code: sub.code, level: "criteria", expected: points(subWeight), found: points(criteria) }, detail.sheet, sub.row, columns.criterionWeight ?? 0);
    }
    for (const criterion of sub.criteria) {
      if (criterion.direct || !criterion.evidence.some((e) => e.takesAnswer)) continue;
      const criterionWeight = read(detail.sheet, criterion.row, columns.criterionWeight);
      const evidence = sum(criterion.evidence.map((e) => read(detail.sheet, e.row, columns.evidenceWeight)));
      if (!evidence.equals(criterionWeight)) {
        findings.report("layout-weights-do-not-add-up", { code: criterion.code, level: "evidence", expected: points(criterionWeight), found: points(evidence) }, detail.sheet, criterion.row, columns.evidenceWeight ?? 0);
      }
    }
  }
  if (componentWeights.length > 0) {
    const whole = profile.units === "fraction" ? ONE : HUNDRED;
    const weights = sum([...componentWeights]);
    if (!weights.equals(whole)) {
      findings.report("layout-weights-do-not-add-up", { code: "", level: "components", expected: points(whole), found: points(weights) }, summary.sheet, layout.totalRow ?? summary.headerRow, summary.columns.weight ?? 0);
    }
  }
}

function shorten(text: string, max = 80): string {
  return text.length > max ? `${text.slice(0, max - 1).trimEnd()}…` : text;
}

/** Answers still to give (an empty cell or a placeholder such as "Y/T" counts 0); true when there are none. */
export function checkAnswers(layout: ProfileLayout, after: WorkbookEvaluator, read: ReturnType<typeof numberReader>, findings: LayoutFindings): boolean {
  const sheet = layout.detail.sheet;
  const columns = layout.detail.columns;
  let complete = true;
  for (const sub of layout.detailSubcomponents) {
    for (const criterion of sub.criteria) {
      const rows: [EvidenceRow | CriterionRow, string][] = criterion.direct ? [[criterion, criterion.text]] : criterion.evidence.filter((e) => e.takesAnswer).map((e) => [e, e.text]);
      for (const [row, item] of rows) {
        if (!row.scale || columns.answer === undefined) continue;
        // The workbook's own coefficient formula decides what counts as answered ("ya" is not "Y" to it).
        const coefficient = columns.coefficient !== undefined && cellFormula(sheet, row.row, columns.coefficient) !== null ? after.cell(sheet.name, row.row, columns.coefficient) : null;
        const answered = coefficient !== null ? isNumberValue(coefficient) : row.answer.state === "answered";
        if (answered) continue;
        if (!read(sheet, row.row, columns.evidenceWeight).gt(0)) continue;
        complete = false;
        const value = cellText(sheet, row.row, columns.answer);
        findings.report("evidence-unanswered", { code: criterion.code, item: shorten(item), value, allowed: allowedAnswers(row.scale).join(", ") }, sheet, row.row, columns.answer);
      }
    }
  }
  return complete;
}
