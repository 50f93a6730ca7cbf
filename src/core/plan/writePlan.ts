/**
 * The write plan: every cell and sheet a command changes, as data. Both hosts (Office.js and
 * the CLI) apply the same plan, so they give the same cells.
 */
import type { CellValue } from "../snapshot";
import type { PlanCells } from "./planCells";

/**
 * One cell to write. A string value without a formula is always text: hosts must never let
 * Excel read it as a formula or a number ("=HYPERLINK(...)", "+1", "@x" stay text).
 */
export interface CellWrite {
  sheet: string;
  row: number;
  col: number;
  /** The value the cell shows: cached beside a formula, or written alone. */
  value: CellValue;
  /** en-US formula text with its '='; absent for a plain value. */
  formula?: string;
  /** Set only where LKE owns the format (the cell had none). */
  numberFormat?: string;
}

export interface DataValidationSpec {
  /** A1 range, e.g. "D8:D40". */
  range: string;
  list: string[];
}

/** A chart of one series, drawn the same by both hosts (Office.js, and the CLI's chart parts). */
export interface ChartSpec {
  /** Vertical bars ("column") or horizontal ones ("bar"). */
  kind: "column" | "bar";
  /** In the run's language. */
  title: string;
  /** A1 ranges on the same sheet, one row or one column each, of the same length. */
  categories: string;
  values: string;
  /** Top-left cell where the chart is placed. */
  anchor: string;
  /** Bottom-right cell the chart covers, whole. */
  to: string;
}

export interface PrintSpec {
  area: string;
  landscape: boolean;
  fitToWidth: boolean;
  /** A4 paper, as Indonesian offices print. */
  a4?: boolean;
  /** Page header and footer in Excel's codes (&P page, &N pages), centred. */
  header?: string;
  footer?: string;
}

/** A sheet LKE creates (or re-creates, when it made the one already there). */
export interface SheetSpec {
  name: string;
  visibility: "visible" | "veryHidden";
  /** Replace an existing sheet of this name (only ever one LKE made). */
  replace: boolean;
  /** In plan order: a later cell of the same address replaces the value and keeps an earlier format unless it gives one. */
  cells: PlanCells;
  columnWidths?: { col: number; width: number }[];
  merges?: string[];
  bold?: string[];
  /** A1 ranges centred horizontally (headers, predicates, ranks). */
  centered?: string[];
  freezeRows?: number;
  print?: PrintSpec;
  validations?: DataValidationSpec[];
  charts?: ChartSpec[];
}

export interface WritePlan {
  /** Cells on existing sheets; only those whose content or format changes. */
  writes: CellWrite[];
  /** Sheets created or replaced, in order. */
  sheets: SheetSpec[];
  /** Sheets removed (undo of a run that created them). */
  deleteSheets: string[];
  /**
   * Ask the spreadsheet to recalculate every formula when the file is opened: set where LKE
   * wrote into a workbook whose own formulas it left in place (a real form).
   */
  recalculateOnOpen?: boolean;
}

export function emptyPlan(): WritePlan {
  return { writes: [], sheets: [], deleteSheets: [] };
}

export function isEmptyPlan(plan: WritePlan): boolean {
  return plan.writes.length === 0 && plan.sheets.length === 0 && plan.deleteSheets.length === 0;
}
