/**
 * Turns the cells a command wants into the plan a host applies: drops cells that would not
 * change (so re-running is idempotent), keeps formats the user set, and records what the run
 * overwrites and creates so it can be undone.
 */
import { isCellError, type CellValue, type SheetSnapshot, type WorkbookSnapshot } from "../snapshot";
import { findStateSheet, readState, SavedCells, stateSheetSpec, undoStateSheetSpec, type LkeState } from "../state/lkeState";
import type { CellWrite, SheetSpec, WritePlan } from "./writePlan";

export interface FinalizeOptions {
  command: string;
  /** ISO timestamp of the run; passed in because the core reads no clock. */
  at: string;
  /** The plan writes a scored copy of the workbook of this file name: the copy says so. */
  copyOf?: string;
}

function sameValue(a: CellValue, b: CellValue): boolean {
  if (typeof a === "number" && typeof b === "number") return Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));
  if (isCellError(a) || isCellError(b)) return isCellError(a) && isCellError(b) && a.error === b.error;
  return a === b || ((a === null || a === "") && (b === null || b === ""));
}

function normalizeFormula(formula: string | null | undefined): string {
  return (formula ?? "").replace(/^=/, "").replace(/\s+/g, "").toUpperCase();
}

/** normalizeFormula(a) === normalizeFormula(b), without normalising long formulas when one side is missing or both are equal. */
function sameFormula(a: string | null | undefined, b: string | null | undefined): boolean {
  if (a === b) return true;
  if (!a) return !b || blankFormula(b);
  // The side that is missing a formula is what stands; the other is what LKE wants, and
  // LKE never wants a blank formula.
  if (!b) return false;
  return normalizeFormula(a) === normalizeFormula(b);
}

/** "", "=" or "=" and spaces: what normalizeFormula turns into "". Stops at the first other character. */
function blankFormula(formula: string): boolean {
  return blank.test(formula);
}

const blank = /^=?\s*$/;

function isGeneral(format: string | null | undefined): boolean {
  return !format || format.toLowerCase() === "general";
}

/**
 * `wanted` comes in groups (one per sheet, as the outputs were built): joining them into one
 * array first would copy every cell of a province once more.
 */
export function finalizePlan(snapshot: WorkbookSnapshot, wanted: readonly (readonly CellWrite[])[], newSheets: SheetSpec[], options: FinalizeOptions): WritePlan {
  const byName = new Map(snapshot.sheets.map((s) => [s.name, s]));
  const writes: CellWrite[] = [];
  const saved = new SavedCells();
  // Cells come sheet by sheet: the last sheet looked up is nearly always the next one's.
  let sheetName: string | undefined;
  let values: SheetSnapshot["values"] = [];
  let formulas: SheetSnapshot["formulas"] = [];
  let formats: SheetSnapshot["numberFormats"];
  for (const group of wanted) {
    for (const cell of group) {
      if (cell.sheet !== sheetName) {
        sheetName = cell.sheet;
        const sheet = byName.get(sheetName);
        values = sheet?.values ?? [];
        formulas = sheet?.formulas ?? [];
        formats = sheet?.numberFormats;
      }
      const { row, col } = cell;
      const beforeValue = values[row]?.[col] ?? null;
      const beforeFormula = formulas[row]?.[col] ?? null;
      const beforeFormat = formats?.[row]?.[col] ?? null;
      // A format is set only where the cell had none (the user's own format is kept).
      const numberFormat = cell.numberFormat !== undefined && isGeneral(beforeFormat) ? cell.numberFormat : undefined;
      const formatChanges = numberFormat !== undefined && numberFormat !== beforeFormat;
      const contentSame = sameFormula(cell.formula, beforeFormula) && sameValue(cell.value, beforeValue);
      if (contentSame && !formatChanges) continue;
      // Cells are never mutated, so the wanted cell itself is the write unless its format is dropped.
      let write = cell;
      if (numberFormat !== cell.numberFormat) {
        write = { sheet: cell.sheet, row, col, value: cell.value };
        if (cell.formula !== undefined) write.formula = cell.formula;
      }
      writes.push(write);
      saved.add(cell.sheet, row, col, beforeValue, beforeFormula, beforeFormat);
    }
  }

  const state = readState(snapshot);
  const created = newSheets.filter((s) => !s.replace).map((s) => s.name);
  const sheets = [...newSheets];
  const exists = findStateSheet(snapshot) !== undefined;
  // A copy of a copy still names the workbook it all came from.
  const copyOf = state.copyOf ?? options.copyOf;
  if (writes.length > 0 || newSheets.length > 0) {
    const ownedSheets = [...new Set([...state.ownedSheets, ...newSheets.map((s) => s.name)])];
    const undo = { command: options.command, at: options.at, createdSheets: created };
    sheets.push(undoStateSheetSpec(ownedSheets, undo, saved, exists, copyOf));
  } else if (copyOf !== state.copyOf) {
    // Nothing to score, but the copy must still say what it is a copy of; the last undo record stays.
    sheets.push(stateSheetSpec({ ...state, copyOf }, exists));
  }
  return { writes, sheets, deleteSheets: [] };
}

/** The plan that restores what the last run overwrote and removes the sheets it created. */
export function undoPlan(snapshot: WorkbookSnapshot): WritePlan | null {
  const state = readState(snapshot);
  const undo = state.undo;
  if (!undo) return null;
  const present = new Set(snapshot.sheets.map((s) => s.name));
  const writes: CellWrite[] = undo.cells
    .filter((c) => present.has(c.sheet))
    .map((c) => ({
      sheet: c.sheet,
      row: c.row,
      col: c.col,
      value: c.value,
      ...(c.formula ? { formula: c.formula } : {}),
      numberFormat: c.numberFormat ?? "General",
    }));
  const deleteSheets = undo.createdSheets.filter((name) => present.has(name));
  const next: LkeState = {
    ...state,
    ownedSheets: state.ownedSheets.filter((name) => !deleteSheets.includes(name)),
    undo: null,
  };
  return { writes, sheets: [stateSheetSpec(next, true)], deleteSheets };
}
