/**
 * The output cells of a scored indicator sheet (docs/format.md, "Outputs"): every component and
 * sub-component score, every answered criterion's value, and the footer. Nothing else.
 */
import { a1 } from "../address";
import type { CellStrings } from "../cellStrings";
import type { EngineRun } from "../run";
import { toNumber } from "../exact";
import { aggregations, scoredCriteria } from "../score/aggregations";
import type { SheetScore, SubcomponentScore } from "../score/scoreSheet";
import { weightCellUsable } from "../score/weights";
import { footerLabels } from "../layout/detect";
import { normalizeLabel } from "../layout/text";
import { cellText, isBlank } from "../snapshot";
import { coveredByMerge } from "../merges";
import { literal, runsOf } from "./formulas";
import type { CellWrite } from "./writePlan";
import type { AnswerScale } from "../scale/answerScale";

export type WriteMode = "formulas" | "values";

export const numberFormats = { points: "0.00", fraction: "0.00%", coefficient: "0.00" } as const;

export interface FooterPlace {
  totalRow: number;
  predicateRow: number;
}

/**
 * Outputs already built: validation (score-cells) and the score plan both need them for the
 * same sheet. Kept by the score itself, so they go when the analysis goes; shared, so read-only.
 */
const outputsMemo = new WeakMap<SheetScore, Partial<Record<WriteMode, readonly CellWrite[]>>>();

/**
 * The output cells; a cell inside a merged area (other than its top-left) is left out, since
 * writing it would land on the merged value (validation reports it).
 */
export function scoreOutputs(score: SheetScore, mode: WriteMode, run: EngineRun): readonly CellWrite[] {
  const cells = allScoreOutputs(score, mode, run);
  if (!score.sheet.snapshot.merges?.length) return cells;
  const covered = coveredByMerge(score.sheet.snapshot);
  return cells.filter((cell) => !covered(cell.row, cell.col));
}

/** Every output cell, merged or not. Shared with other callers, so read-only. */
export function allScoreOutputs(score: SheetScore, mode: WriteMode, run: EngineRun): readonly CellWrite[] {
  let byMode = outputsMemo.get(score);
  if (!byMode) outputsMemo.set(score, (byMode = {}));
  return (byMode[mode] ??= buildScoreOutputs(score, mode, run));
}

/** The footer labels as normalizeLabel gives them, to compare the sheet's own labels with. */
const normalizedFooterLabels = { total: normalizeLabel(footerLabels.total), predicate: normalizeLabel(footerLabels.predicate) };

function buildScoreOutputs(score: SheetScore, mode: WriteMode, run: EngineRun): CellWrite[] {
  const sheet = score.sheet;
  const { columns } = sheet.layout;
  const name = sheet.name;
  const scoreFormat = sheet.units === "fraction" ? numberFormats.fraction : numberFormats.points;
  const cells: CellWrite[] = [];
  const formulas = mode === "formulas";
  // Each cell is built whole, in one of two shapes, rather than grown field by field: there is
  // one for every answered criterion.
  const putFormula = (row: number, col: number, value: number | string, formula: string, numberFormat?: string) => {
    if (!formulas) cells.push(numberFormat ? { sheet: name, row, col, value, numberFormat } : { sheet: name, row, col, value });
    else cells.push(numberFormat ? { sheet: name, row, col, value, formula, numberFormat } : { sheet: name, row, col, value, formula });
  };
  const put = (row: number, col: number, value: number | string, formula: string, numberFormat?: string) =>
    putFormula(row, col, value, formulas ? `=${formula}` : "", numberFormat);
  const scoreRef = (row: number) => a1(row, columns.score);

  const scoreCol = columns.score;
  const coefficient = numberFormats.coefficient;
  // The criteria of a sub-component share a scale: its formulas are looked up once per scale.
  let formulaScale: AnswerScale | undefined;
  let scaleFormulas: CellStrings | undefined;
  for (const component of score.components) {
    for (const sub of component.subcomponents) {
      for (const criterion of sub.node.criteria) {
        const { scale, answer, row } = criterion;
        if (answer.state !== "answered" || !scale) continue;
        if (!formulas) {
          cells.push({ sheet: name, row, col: scoreCol, value: answer.number, numberFormat: coefficient });
          continue;
        }
        if (scale !== formulaScale) {
          formulaScale = scale;
          scaleFormulas = run.scoreFormulas.criterionValue(scale);
        }
        cells.push({ sheet: name, row, col: scoreCol, value: answer.number, formula: scaleFormulas!.get(row, columns.answer), numberFormat: coefficient });
      }
      putFormula(sub.node.row, columns.score, toNumber(sub.score), formulas ? subcomponentFormula(score, sub, run) : "", scoreFormat);
    }
    const subRefs = component.subcomponents.map((s) => scoreRef(s.node.row));
    put(component.node.row, columns.score, toNumber(component.score), subRefs.length ? `SUM(${subRefs.join(",")})` : "0", scoreFormat);
  }

  const footer = footerPlace(score);
  const decimals = score.scheme.rounding.decimals + (sheet.units === "fraction" ? 2 : 0);
  const componentRefs = score.components.map((c) => scoreRef(c.node.row));
  const labelCells: [number, keyof typeof footerLabels][] = [
    [footer.totalRow, "total"],
    [footer.predicateRow, "predicate"],
  ];
  for (const [row, label] of labelCells) {
    if (normalizeLabel(cellText(sheet.snapshot, row, columns.text)) !== normalizedFooterLabels[label]) {
      cells.push({ sheet: name, row, col: columns.text, value: footerLabels[label] });
    }
  }
  put(footer.totalRow, columns.score, toNumber(score.totalRounded), `ROUND(${componentRefs.length ? `SUM(${componentRefs.join(",")})` : "0"},${decimals})`, scoreFormat);
  put(footer.predicateRow, columns.score, score.band.predicate, run.scoreFormulas.predicate.get({ scale: score.scale, total: scoreRef(footer.totalRow), divisor: sheet.units === "fraction" ? 100 : 1 }));
  return cells;
}

/** The sub-component's formula, with its leading '='. */
function subcomponentFormula(score: SheetScore, sub: SubcomponentScore, run: EngineRun): string {
  const { columns } = score.sheet.layout;
  const node = sub.node;
  const weight = weightCellUsable(node) ? a1(node.row, columns.weight) : literal(sub.weight);
  const aggregation = node.scoring.aggregation;
  if (aggregations[aggregation].answersOn === "subcomponent") {
    return node.scale ? run.scoreFormulas.grade.get({ scale: node.scale, answer: a1(node.row, columns.answer), weight }) : "=0";
  }
  // The rows as one run when the criteria stand together (as in every template): listed row by row only otherwise.
  let scale: AnswerScale | undefined;
  let count = 0;
  let first = -1;
  let last = -1;
  let together = true;
  for (const criterion of node.criteria) {
    if (criterion.scale === undefined) continue;
    scale ??= criterion.scale;
    if (count > 0 && criterion.row !== last + 1) together = false;
    if (count === 0) first = criterion.row;
    last = criterion.row;
    count++;
  }
  if (scale === undefined) return "=0";
  const rows = together ? [[first, last] as const] : runsOf(scoredCriteria(node).map((c) => c.row));
  return run.scoreFormulas.criteria.get({ scale, aggregation, weight, answerColumn: columns.answer, count, rows });
}

/**
 * Where the footer goes: the sheet's own "Nilai Akhir"/"Predikat" rows when present, otherwise
 * one blank row below the last body row, moved down past any row whose label or score cell
 * holds something, so no user cell is ever overwritten.
 */
export function footerPlace(score: SheetScore): FooterPlace {
  const sheet = score.sheet;
  const { layout, snapshot } = sheet;
  const { footer, columns } = layout;
  const free = (row: number) => isBlank(snapshot, row, columns.text) && isBlank(snapshot, row, columns.score);
  if (footer.totalRow !== null) {
    const predicateRow = footer.predicateRow ?? firstFreeRow(footer.totalRow + 1, free);
    return { totalRow: footer.totalRow, predicateRow };
  }
  const lastBodyRow = sheet.rows.reduce((last, r) => (r.code !== null ? r.row : last), layout.headerRow);
  let totalRow = lastBodyRow + 2;
  while (!free(totalRow) || !free(totalRow + 1)) totalRow++;
  return { totalRow, predicateRow: totalRow + 1 };
}

function firstFreeRow(start: number, free: (row: number) => boolean): number {
  let row = start;
  while (!free(row)) row++;
  return row;
}
