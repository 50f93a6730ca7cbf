/** The formulas a real layout puts in its output cells, worked out from its rows: what its own formulas should read. */
import { columnLetters, sheetRef } from "../address";
import { literal } from "../plan/formulas";
import type { AnswerScale } from "../scale/answerScale";
import { cellFormula, columnCount, type SheetSnapshot } from "../snapshot";
import type { CriterionRow, EvidenceRow, ProfileLayout } from "./read";

/** One cell the layout's formulas occupy, with the formula the layout puts there. */
export interface OutputCell {
  sheet: string;
  row: number;
  col: number;
  code: string;
  formula: string;
  /** Reported as missing when empty (a cell the score needs). */
  needed: boolean;
}

/** The coefficient formula of an answer cell on a choice scale: IF(M7="Y",1,IF(M7="T",0,"Belum Diisi")). */
export function coefficientFormula(answerRef: string, scale: AnswerScale, unansweredText: string): string {
  if (scale.kind !== "choice") return `"${unansweredText}"`;
  let formula = `"${unansweredText.replace(/"/g, '""')}"`;
  for (let i = scale.choices.length - 1; i >= 0; i--) {
    const choice = scale.choices[i];
    formula = `IF(${answerRef}="${choice.answer.replace(/"/g, '""')}",${literal(choice.value)},${formula})`;
  }
  return formula;
}

const letters = (col: number | undefined) => (col === undefined ? "" : columnLetters(col));
const absolute = (col: number | undefined, row: number) => `$${letters(col)}$${row + 1}`;
const relative = (col: number | undefined, row: number) => `${letters(col)}${row + 1}`;

export function layoutFormulas(layout: ProfileLayout): OutputCell[] {
  const { profile, summary, detail } = layout;
  const summarySheet = summary.sheet;
  const detailSheet = detail.sheet;
  const summaryColumns = summary.columns;
  const detailColumns = detail.columns;
  const outputs: OutputCell[] = [];
  const add = (sheet: SheetSnapshot, row: number, col: number | undefined, code: string, formula: string, needed: boolean) => {
    if (col === undefined) return;
    outputs.push({ sheet: sheet.name, row, col, code, formula, needed });
  };

  const lastDetailRow = Math.max(detail.headerRow + 1, detailSheet.values.length - 1);
  const lastDetailCol = Math.max(columnCount(detailSheet) - 1, detailColumns.value ?? 0);
  const lastSummaryRow = Math.max(summarySheet.values.length - 1, summary.headerRow + 1);
  const summaryTable = `${sheetRef(summarySheet.name)}!${absolute(summaryColumns.code, summary.headerRow + 1)}:${absolute(Math.max(summaryColumns.score ?? 0, summaryColumns.weight ?? 0), lastSummaryRow)}`;
  const detailTable = `${sheetRef(detailSheet.name)}!${absolute(detailColumns.code, detail.headerRow + 1)}:${absolute(lastDetailCol, lastDetailRow)}`;
  const weightIndex = summaryColumns.weight !== undefined && summaryColumns.code !== undefined ? summaryColumns.weight - summaryColumns.code + 1 : 0;
  const valueIndex = detailColumns.value !== undefined && detailColumns.code !== undefined ? detailColumns.value - detailColumns.code + 1 : 0;
  const weightLookup = (row: number) => `VLOOKUP(${relative(detailColumns.code, row)},${summaryTable},${weightIndex},FALSE)`;

  // Detail sheet: component and sub-component weights looked up in the summary, criteria and evidence below them.
  if (weightIndex > 0) {
    for (const component of layout.detailComponents) {
      if (!component.machineCode || cellFormula(detailSheet, component.row, detailColumns.weight ?? -1) === null) continue;
      add(detailSheet, component.row, detailColumns.weight, component.machineCode, weightLookup(component.row), false);
    }
  }
  const addAnswerRow = (row: EvidenceRow | CriterionRow, weightFormula: string, code: string) => {
    const r = row.row;
    add(detailSheet, r, detailColumns.evidenceWeight, code, weightFormula, true);
    if (row.scale) add(detailSheet, r, detailColumns.coefficient, code, coefficientFormula(relative(detailColumns.answer, r), row.scale, profile.unansweredText), true);
    add(detailSheet, r, detailColumns.value, code, `IFERROR(${relative(detailColumns.coefficient, r)}*${relative(detailColumns.evidenceWeight, r)},0)`, true);
  };
  for (const sub of layout.detailSubcomponents) {
    const s = sub.row;
    if (sub.machineCode && weightIndex > 0) add(detailSheet, s, detailColumns.weight, sub.code, weightLookup(s), true);
    if (sub.criteria.length > 0) {
      const first = sub.criteria[0].row;
      const last = sub.criteria[sub.criteria.length - 1].row;
      add(detailSheet, s, detailColumns.criterionCount, sub.code, `SUM(${relative(detailColumns.criterionCount, first)}:${relative(detailColumns.criterionCount, last)})`, false);
      add(detailSheet, s, detailColumns.value, sub.code, `SUM(${relative(detailColumns.value, first)}:${relative(detailColumns.value, sub.lastRow)})`, true);
    }
    for (const criterion of sub.criteria) {
      const r = criterion.row;
      add(detailSheet, r, detailColumns.criterionWeight, criterion.code, `${relative(detailColumns.criterionCount, r)}/${absolute(detailColumns.criterionCount, s)}*${absolute(detailColumns.weight, s)}`, true);
      const counted = criterion.evidence.filter((e) => e.takesAnswer);
      if (counted.length > 0 && !criterion.direct) {
        const e1 = criterion.evidence[0].row;
        const eN = criterion.evidence[criterion.evidence.length - 1].row;
        add(detailSheet, r, detailColumns.evidenceCount, criterion.code, `IF(${relative(detailColumns.criterionCount, r)}>0,SUM(${relative(detailColumns.evidenceCount, e1)}:${relative(detailColumns.evidenceCount, eN)}),0)`, true);
        add(detailSheet, r, detailColumns.evidenceWeight, criterion.code, `SUM(${relative(detailColumns.evidenceWeight, e1)}:${relative(detailColumns.evidenceWeight, eN)})`, true);
        for (const evidence of counted) {
          addAnswerRow(evidence, `IFERROR(${relative(detailColumns.evidenceCount, evidence.row)}/${absolute(detailColumns.evidenceCount, r)}*${absolute(detailColumns.criterionWeight, r)},0)`, criterion.code);
        }
      } else if (criterion.direct) {
        addAnswerRow(criterion, relative(detailColumns.criterionWeight, r), criterion.code);
      }
    }
  }

  // Summary sheet: components sum their sub-components, which look their values up in the detail sheet.
  for (const component of layout.components) {
    const subs = component.subcomponents;
    if (subs.length > 0) {
      const first = subs[0].row;
      const last = subs[subs.length - 1].row;
      if (cellFormula(summarySheet, component.row, summaryColumns.weight ?? -1) !== null) {
        add(summarySheet, component.row, summaryColumns.weight, component.code, `SUM(${relative(summaryColumns.weight, first)}:${relative(summaryColumns.weight, last)})`, false);
      }
      add(summarySheet, component.row, summaryColumns.score, component.code, `SUM(${relative(summaryColumns.score, first)}:${relative(summaryColumns.score, last)})`, true);
    }
    if (valueIndex > 0) {
      for (const sub of subs) {
        add(summarySheet, sub.row, summaryColumns.score, sub.code, `IFERROR(VLOOKUP(${relative(summaryColumns.code, sub.row)},${detailTable},${valueIndex},FALSE),0)`, true);
      }
    }
  }
  if (layout.totalRow !== null && layout.components.length > 0) {
    const t = layout.totalRow;
    if (cellFormula(summarySheet, t, summaryColumns.weight ?? -1) !== null) {
      add(summarySheet, t, summaryColumns.weight, "total", `SUM(${layout.components.map((c) => relative(summaryColumns.weight, c.row)).join(",")})`, false);
    }
    add(summarySheet, t, summaryColumns.score, "total", `SUM(${layout.components.map((c) => relative(summaryColumns.score, c.row)).join(",")})`, true);
  }
  return outputs;
}
