/**
 * One unit's evaluation report (LHE, Laporan Hasil Evaluasi), print-ready on A4: the result,
 * each component's score against its weight with a bar, the criteria not met, where the unit's
 * own answers differ from the evaluator's, and the notes and recommendations. Every value that
 * comes from the indicator sheet is a live reference to its cell, so the report follows later
 * corrections; the engine's value is cached beside it.
 */
import { a1, parseA1, sheetRef } from "../address";
import type { SheetAnalysis } from "../engine";
import { toNumber } from "../exact";
import type { Lang } from "../messages/number";
import { footerPlace } from "../plan/scoreOutputs";
import type { SheetSpec } from "../plan/writePlan";
import { sheetReport } from "../report";
import { aggregations } from "../score/aggregations";
import type { SheetScore } from "../score/scoreSheet";
import type { CriterionNode, IndicatorSheet, SubcomponentNode } from "../sheet/model";
import { cellText, type CellValue } from "../snapshot";
import { formats, SheetBuilder } from "../summary/sheetBuilder";
import { lheLabels } from "./labels";

/** A criterion (or a sub-component answered as a whole) that is not fully met. */
export interface UnmetRow {
  code: string;
  text: string;
  row: number;
}

type AnswerRow = SubcomponentNode | CriterionNode;

/**
 * The criteria answered below full marks or not answered. Where a sub-component takes one grade
 * (sakip-2021), a grade is a level, not a criterion: there the Y/T probes answered T say which
 * criteria are not met, and an ungraded sub-component is listed itself.
 */
export function unmetRows(sheet: IndicatorSheet): UnmetRow[] {
  const unmet: UnmetRow[] = [];
  const add = (row: AnswerRow) => unmet.push({ code: row.code, text: row.text, row: row.row });
  const belowFull = (row: AnswerRow) => row.answer.state !== "answered" || toNumber(row.answer.value) < fullValue(row);
  for (const component of sheet.components) {
    for (const sub of component.subcomponents) {
      if (aggregations[sub.scoring.aggregation].answersOn === "subcomponent") {
        if (sub.scale && sub.answer.state !== "answered") add(sub);
        for (const criterion of sub.criteria) if (criterion.scale && criterion.answer.state === "answered" && belowFull(criterion)) add(criterion);
      } else for (const criterion of sub.criteria) if (criterion.scale && belowFull(criterion)) add(criterion);
    }
  }
  return unmet;
}

/** The highest value on the row's scale: what a fully met row scores. */
function fullValue(row: AnswerRow): number {
  const scale = row.scale!;
  return scale.kind === "choice" ? Math.max(...scale.choices.map((c) => Number(c.value))) : Number(scale.max);
}

const bar = "█";
const barLength = 10;

export function lheSheet(name: string, replace: boolean, analysis: SheetAnalysis, lang: Lang): SheetSpec {
  const sheet = analysis.indicator!;
  const score = analysis.score!;
  const labels = lheLabels(lang);
  const report = sheetReport(analysis);
  const b = new SheetBuilder();
  const ref = (row: number, col: number) => `${sheetRef(sheet.name)}!${a1(row, col)}`;
  const raw = (row: number, col: number): CellValue => sheet.snapshot.values[row]?.[col] ?? null;
  // A reference to a cell that may be empty shows "" rather than Excel's 0.
  const shownRef = (row: number, col: number) => `=IF(ISBLANK(${ref(row, col)}),"",${ref(row, col)})`;
  const shownValue = (row: number, col: number): CellValue => {
    const value = raw(row, col);
    return value === null || value === "" ? "" : value;
  };

  let r = 0;
  b.put(r, 0, labels.title, { bold: true, measure: false });
  r += 2;
  const info: [string, string | number][] = [
    [labels.unit, report.unit],
    [labels.year, report.year ?? ""],
    [labels.scheme, score.scheme.name],
    [labels.sheet, sheet.name],
  ];
  for (const [label, value] of info) {
    if (value === "") continue;
    b.put(r, 0, label, { measure: false });
    b.put(r, 1, value, { measure: false });
    r++;
  }

  r++;
  b.put(r++, 0, labels.result, { bold: true, measure: false });
  const footer = footerPlace(score);
  const { columns } = sheet.layout;
  b.put(r, 0, labels.total);
  b.put(r++, 1, toNumber(score.totalRounded), { formula: `=${ref(footer.totalRow, columns.score)}`, numberFormat: sheet.units === "fraction" ? "0.00%" : formats.score, bold: true });
  b.put(r, 0, labels.predicate);
  b.put(r++, 1, score.band.predicate, { formula: `=${ref(footer.predicateRow, columns.score)}`, bold: true });
  const selfScore: SheetScore | undefined = analysis.self?.score;
  if (selfScore && columns.selfScore !== undefined) {
    b.put(r, 0, labels.selfTotal);
    b.put(r++, 1, toNumber(selfScore.totalRounded), { formula: `=${ref(footer.totalRow, columns.selfScore)}`, numberFormat: sheet.units === "fraction" ? "0.00%" : formats.score });
    b.put(r, 0, labels.selfPredicate);
    b.put(r++, 1, selfScore.band.predicate, { formula: `=${ref(footer.predicateRow, columns.selfScore)}` });
  }

  r++;
  b.put(r++, 0, labels.components, { bold: true, measure: false });
  const header = [labels.code, labels.component, labels.weight, labels.score, labels.attained, labels.bar];
  header.forEach((text, c) => b.put(r, c, text, { bold: true, center: c !== 1 }));
  r++;
  for (const component of score.components) {
    const row = component.node.row;
    const weightCell = raw(row, columns.weight);
    const weight = toNumber(component.weight);
    const value = toNumber(component.score);
    const attained = weight === 0 ? 0 : value / weight;
    const format = sheet.units === "fraction" ? "0.00%" : formats.score;
    b.put(r, 0, component.node.code, { center: true });
    b.put(r, 1, component.node.text || component.node.spec?.name || component.node.code);
    // A weight typed on the sheet is referenced; one the scheme supplied is written as it is.
    if (typeof weightCell === "number") b.put(r, 2, weightCell, { formula: `=${ref(row, columns.weight)}`, numberFormat: format });
    else b.put(r, 2, weight, { numberFormat: format });
    b.put(r, 3, value, { formula: `=${ref(row, columns.score)}`, numberFormat: format });
    b.put(r, 4, attained, { formula: `=IFERROR(${a1(r, 3)}/${a1(r, 2)},0)`, numberFormat: "0%" });
    b.put(r, 5, bar.repeat(Math.round(attained * barLength)), { formula: `=REPT("${bar}",ROUND(${a1(r, 4)}*${barLength},0))` });
    r++;
  }

  r++;
  b.put(r++, 0, labels.unmet, { bold: true, measure: false });
  const unmet = unmetRows(sheet);
  if (unmet.length === 0) b.put(r++, 0, labels.noneUnmet, { measure: false });
  else {
    // The description comes last, so a long one runs on to the right instead of being cut.
    [labels.code, labels.answer, labels.text].forEach((text, c) => b.put(r, c, text, { bold: true }));
    r++;
    for (const row of unmet) {
      b.put(r, 0, row.code);
      b.put(r, 1, shownValue(row.row, columns.answer), { formula: shownRef(row.row, columns.answer), center: true });
      b.put(r, 2, row.text, { measure: false });
      r++;
    }
  }

  const differences = analysis.findings.filter((f) => f.code === "answers-differ" && f.cell);
  if (differences.length > 0 && columns.selfAnswer !== undefined) {
    r++;
    b.put(r++, 0, labels.differences, { bold: true, measure: false });
    [labels.code, labels.self, labels.evaluator].forEach((text, c) => b.put(r, c, text, { bold: true }));
    r++;
    for (const finding of differences) {
      const row = parseA1(finding.cell!).row;
      b.put(r, 0, String(finding.params.code));
      b.put(r, 1, shownValue(row, columns.selfAnswer), { formula: shownRef(row, columns.selfAnswer), center: true });
      b.put(r, 2, shownValue(row, columns.answer), { formula: shownRef(row, columns.answer), center: true });
      r++;
    }
  }

  if (report.remarks.length > 0) {
    r++;
    b.put(r++, 0, labels.remarks, { bold: true, measure: false });
    [labels.code, labels.kind, labels.text].forEach((text, c) => b.put(r, c, text, { bold: true }));
    r++;
    for (const remark of report.remarks) {
      const { row, col } = parseA1(remark.cell);
      b.put(r, 0, remark.code);
      b.put(r, 1, remark.kind === "note" ? labels.note : labels.recommendation);
      b.put(r, 2, cellText(sheet.snapshot, row, col), { formula: shownRef(row, col), measure: false });
      r++;
    }
  }

  // "&" starts a code in a page header: a unit name keeps its own as "&&".
  const pageHeader = [report.unit, report.year].filter(Boolean).join(" – ").replace(/&/g, "&&");
  return b.spec(name, replace, { print: { landscape: false, a4: true, header: pageHeader, footer: labels.page } });
}
