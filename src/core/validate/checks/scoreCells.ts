/**
 * Output cells that no longer hold what LKE would write: a score typed over, a formula edited or
 * broken, or a criterion's value left behind after its answer was cleared. An empty output cell
 * is fine: it has simply not been computed yet.
 */
import { footerLabels } from "../../layout/detect";
import { footerPlace, scoreOutputs } from "../../plan/scoreOutputs";
import { cellFormula, cellValue, isCellError, type CellValue } from "../../snapshot";
import { code, defineCheck } from "../check";
import { criteriaOf, scoreCell } from "../helpers";

/** Numbers closer than this are the same score (cached doubles vs the engine's exact value). */
export const scoreTolerance = 1e-9;

/** Formula text compared leniently: no leading '=', no spaces or '$', case ignored outside string literals. */
export function normalizeFormula(formula: string): string {
  let out = "";
  let inString = false;
  for (const ch of formula.replace(/^\s*=/, "")) {
    if (ch === '"') inString = !inString;
    if (inString || ch === '"') out += ch;
    else if (!/\s|\$/.test(ch)) out += ch.toUpperCase();
  }
  return out;
}

function isBlank(value: CellValue): boolean {
  return value === null || (typeof value === "string" && value.trim() === "");
}

function sameValue(actual: CellValue, expected: CellValue): boolean {
  if (typeof actual === "number" && typeof expected === "number") return Math.abs(actual - expected) <= scoreTolerance;
  if (typeof actual === "string" && typeof expected === "string") return actual.trim() === expected.trim();
  return false;
}

function shown(value: CellValue): string | number {
  if (value === null) return "";
  if (isCellError(value)) return value.error;
  if (typeof value === "boolean") return value ? "TRUE" : "FALSE";
  return typeof value === "string" ? value.trim() : value;
}

export const scoreCells = defineCheck({
  id: "score-cells",
  codes: {
    /** code: the row's code, or the footer label (Nilai Akhir, Predikat); found: the cell's formula or value. */
    "score-cell-mismatch": code<{ code: string; found: string | number; expected: string | number; formula: string }>("warning"),
    "stale-score": code<{ code: string; value: number }>("warning"),
  },
  indicator({ sheet, score, run }, report) {
    if (!score) return;
    const snapshot = sheet.snapshot;
    // Only a mismatch needs a row's code: most sheets have none, so the map waits for the first.
    let codeOfRow: Map<number, string> | undefined;
    const codeAt = (row: number) => {
      if (!codeOfRow) {
        codeOfRow = new Map();
        for (const bodyRow of sheet.rows) if (bodyRow.inTree) codeOfRow.set(bodyRow.row, bodyRow.code);
      }
      return codeOfRow.get(row);
    };
    const footer = footerPlace(score);
    const scoreCol = sheet.layout.columns.score;
    const filled = (row: number) => cellFormula(snapshot, row, scoreCol) !== null || !isBlank(cellValue(snapshot, row, scoreCol));
    // Every output with a formula stands in the score column of a tree row or a footer row. A
    // sheet not yet scored has them all empty: nothing to compare, so its outputs are not built.
    const scored = filled(footer.totalRow) || filled(footer.predicateRow) || sheet.rows.some((row) => row.inTree && filled(row.row));
    const outputs = scored ? scoreOutputs(score, "formulas", run) : [];
    const footerRows = new Map<number, string>([
      [footer.totalRow, footerLabels.total],
      [footer.predicateRow, footerLabels.predicate],
    ]);

    for (const write of outputs) {
      if (write.formula === undefined) continue;
      const formula = cellFormula(snapshot, write.row, write.col);
      const value = cellValue(snapshot, write.row, write.col);
      let found: string | number;
      if (formula !== null) {
        if (normalizeFormula(formula) === normalizeFormula(write.formula)) continue;
        found = formula;
      } else {
        if (isBlank(value) || sameValue(value, write.value)) continue;
        found = shown(value);
      }
      const expected = write.value === null ? "" : shown(write.value);
      report(
        "score-cell-mismatch",
        { code: codeAt(write.row) ?? footerRows.get(write.row) ?? "", found, expected, formula: write.formula },
        { row: write.row, col: write.col },
      );
    }

    for (const criterion of criteriaOf(sheet)) {
      if (!criterion.scale || criterion.answer.state === "answered") continue;
      const cell = scoreCell(sheet, criterion.row);
      const value = cellValue(snapshot, cell.row, cell.col);
      if (cellFormula(snapshot, cell.row, cell.col) !== null || typeof value !== "number") continue;
      report("stale-score", { code: criterion.code, value }, cell);
    }
  },
});
