/**
 * The output cells of a scored indicator sheet (docs/format.md, "Outputs"): every component and
 * sub-component score, every answered criterion's value, and the footer. Nothing else.
 */
import { a1, rangeA1 } from "../address";
import type { CellStrings } from "../cellStrings";
import { toNumber } from "../exact";
import { aggregations, scoredCriteria } from "../score/aggregations";
import type { SheetScore, SubcomponentScore } from "../score/scoreSheet";
import { weightCellUsable } from "../score/weights";
import { footerLabels } from "../layout/detect";
import { normalizeLabel } from "../layout/text";
import { cellText, isBlank } from "../snapshot";
import { coveredByMerge } from "../merges";
import { cellSumFormulasOf, literal, predicateFormula, runsOf, scaleValueSum } from "./formulas";
import { ScopedFormulas } from "./sharedFormulas";
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
 * same sheet. A score and its snapshot do not change once made; callers get their own array.
 */
const outputsMemo = new WeakMap<SheetScore, Partial<Record<WriteMode, readonly CellWrite[]>>>();

/**
 * The output cells; a cell inside a merged area (other than its top-left) is left out, since
 * writing it would land on the merged value (validation reports it).
 */
export function scoreOutputs(score: SheetScore, mode: WriteMode): readonly CellWrite[] {
  const cells = allScoreOutputs(score, mode);
  if (!score.sheet.snapshot.merges?.length) return cells;
  const covered = coveredByMerge(score.sheet.snapshot);
  return cells.filter((cell) => !covered(cell.row, cell.col));
}

/** Every output cell, merged or not. Shared with other callers, so read-only. */
export function allScoreOutputs(score: SheetScore, mode: WriteMode): readonly CellWrite[] {
  let byMode = outputsMemo.get(score);
  if (!byMode) outputsMemo.set(score, (byMode = {}));
  return (byMode[mode] ??= buildScoreOutputs(score, mode));
}

/** The footer labels as normalizeLabel gives them, to compare the sheet's own labels with. */
const normalizedFooterLabels = { total: normalizeLabel(footerLabels.total), predicate: normalizeLabel(footerLabels.predicate) };

function buildScoreOutputs(score: SheetScore, mode: WriteMode): CellWrite[] {
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
          scaleFormulas = cellSumFormulasOf(scale);
        }
        cells.push({ sheet: name, row, col: scoreCol, value: answer.number, formula: scaleFormulas!.get(row, columns.answer), numberFormat: coefficient });
      }
      putFormula(sub.node.row, columns.score, toNumber(sub.score), formulas ? subcomponentFormula(score, sub) : "", scoreFormat);
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
  put(footer.predicateRow, columns.score, score.band.predicate, predicateFormula(scoreRef(footer.totalRow), score.scale, sheet.units === "fraction" ? 100 : 1));
  return cells;
}

/** Sub-component formulas by scale; keyed by aggregation, weight, answer column and rows. */
const subcomponentFormulas = new ScopedFormulas<AnswerScale>();

/** The sub-component's formula, with its leading '='. */
function subcomponentFormula(score: SheetScore, sub: SubcomponentScore): string {
  const { columns } = score.sheet.layout;
  const node = sub.node;
  const weight = weightCellUsable(node) ? a1(node.row, columns.weight) : literal(sub.weight);
  const kind = node.scoring.aggregation;
  if (aggregations[kind].answersOn === "subcomponent") {
    const scale = node.scale;
    if (!scale) return "=0";
    const answer = a1(node.row, columns.answer);
    return subcomponentFormulas.of(scale).get(`${kind}|${weight}|${answer}`, () => `=IFERROR(${scaleValueSum(answer, scale)}*${weight},0)`);
  }
  // The key names the criteria's rows by their first and last when they stand together (as
  // in every template), so the rows are listed only for a formula not built before.
  let scale: AnswerScale | undefined;
  let count = 0;
  let first = -1;
  let last = -1;
  let ordered = true;
  for (const criterion of node.criteria) {
    if (criterion.scale === undefined) continue;
    scale ??= criterion.scale;
    if (count > 0 && criterion.row !== last + 1) ordered = false;
    if (count === 0) first = criterion.row;
    last = criterion.row;
    count++;
  }
  if (scale === undefined) return "=0";
  const answerScale = scale;
  const rowsKey = ordered ? `${first}-${last}` : runsOf(scoredCriteria(node).map((c) => c.row)).join(";");
  return subcomponentFormulas.of(answerScale).get(`${kind}|${weight}|${columns.answer}|${count}|${rowsKey}`, () => {
    const runs = runsOf(scoredCriteria(node).map((c) => c.row));
    const total = runs.map(([from, to]) => scaleValueSum(rangeA1(from, columns.answer, to, columns.answer), answerScale)).join("+");
    return kind === "mean" ? `=IFERROR((${total})/${count}*${weight},0)` : `=IFERROR(${total},0)`;
  });
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
