/**
 * Groups a plan's cell writes into rectangular blocks, one `getRangeByIndexes` each, and the
 * blocks into chunks that stay under Excel on the web's request payload limit. Pure.
 *
 * Inside a block, `null` entries leave their cells untouched (Office.js ignores null in the
 * arrays given to `values`, `formulas` and `numberFormat`), so a block may span gaps.
 */
import type { CellWrite } from "../../core";
import { valueInput } from "./cellInput";
import { cutsMerge, type Area } from "./mergedAreas";

export type BlockCell = Omit<CellWrite, "sheet">;

export interface Block {
  row: number;
  col: number;
  rows: number;
  cols: number;
  /** Entries for cells written as values; null elsewhere. Absent when the block has none. */
  values?: (string | number | boolean | null)[][];
  /** Entries for cells written as formulas; null elsewhere. */
  formulas?: (string | null)[][];
  /** Entries for cells whose number format is set; null elsewhere. */
  numberFormat?: (string | null)[][];
  /** Estimated request size in bytes. */
  bytes: number;
}

/** Excel on the web refuses requests over 5 MB; blocks are chunked well under it. */
export const defaultPayloadBudget = 4 * 1024 * 1024;
/** Request overhead of one operation (object path, property name, ids), estimated generously. */
export const operationOverheadBytes = 400;
/** Untouched rows a column run may bridge with nulls rather than start a new block. */
export const maxGapRows = 8;
/** A sheet's writes become one rectangle when they fill at least this share of their bounding box. */
export const rectangleDensity = 0.3;

export const excelMaxRows = 1048576;
export const excelMaxColumns = 16384;

/** UTF-8 size of a JSON text, without allocating an encoder. */
export function jsonBytes(value: unknown): number {
  const text = JSON.stringify(value) ?? "";
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x80) bytes += 1;
    else if (code < 0x800) bytes += 2;
    else if (code >= 0xd800 && code <= 0xdbff) {
      bytes += 4;
      i++;
    } else bytes += 3;
  }
  return bytes;
}

function grid<T>(rows: number, cols: number): (T | null)[][] {
  return Array.from({ length: rows }, () => new Array<T | null>(cols).fill(null));
}

function blockOf(cells: BlockCell[], row: number, col: number, rows: number, cols: number): Block {
  let values: (string | number | boolean | null)[][] | undefined;
  let formulas: (string | null)[][] | undefined;
  let numberFormat: (string | null)[][] | undefined;
  for (const cell of cells) {
    const r = cell.row - row;
    const c = cell.col - col;
    if (cell.numberFormat !== undefined) (numberFormat ??= grid<string>(rows, cols))[r][c] = cell.numberFormat;
    if (cell.formula !== undefined) (formulas ??= grid<string>(rows, cols))[r][c] = cell.formula;
    else (values ??= grid<string | number | boolean>(rows, cols))[r][c] = valueInput(cell.value);
  }
  const arrays = [values, formulas, numberFormat].filter((a) => a !== undefined);
  const bytes = arrays.reduce((n, a) => n + jsonBytes(a) + operationOverheadBytes, operationOverheadBytes);
  return { row, col, rows, cols, ...(values ? { values } : {}), ...(formulas ? { formulas } : {}), ...(numberFormat ? { numberFormat } : {}), bytes };
}

/** Splits a block by rows until each part fits the budget (a single row always stands alone). */
function splitToBudget(cells: BlockCell[], block: Block, budget: number): Block[] {
  if (block.bytes <= budget || block.rows === 1) return [block];
  const half = Math.ceil(block.rows / 2);
  const top = cells.filter((c) => c.row < block.row + half);
  const bottom = cells.filter((c) => c.row >= block.row + half);
  const parts: Block[] = [];
  for (const part of [top, bottom]) {
    if (part.length === 0) continue;
    parts.push(...splitToBudget(part, boundingBlock(part), budget));
  }
  return parts;
}

/** The smallest rectangle around the cells. */
function bounds(cells: BlockCell[]): { minRow: number; minCol: number; rows: number; cols: number } {
  let minRow = Infinity;
  let maxRow = -Infinity;
  let minCol = Infinity;
  let maxCol = -Infinity;
  for (const c of cells) {
    minRow = Math.min(minRow, c.row);
    maxRow = Math.max(maxRow, c.row);
    minCol = Math.min(minCol, c.col);
    maxCol = Math.max(maxCol, c.col);
  }
  return { minRow, minCol, rows: maxRow - minRow + 1, cols: maxCol - minCol + 1 };
}

function boundingBlock(cells: BlockCell[]): Block {
  const b = bounds(cells);
  return blockOf(cells, b.minRow, b.minCol, b.rows, b.cols);
}

interface Run {
  col: number;
  first: number;
  last: number;
  cells: BlockCell[];
}

/** Column runs (rows bridged across small gaps), then side-by-side runs of equal span merged. */
function columnRuns(cells: BlockCell[]): BlockCell[][] {
  const byCol = new Map<number, BlockCell[]>();
  for (const cell of cells) {
    const list = byCol.get(cell.col) ?? [];
    list.push(cell);
    byCol.set(cell.col, list);
  }
  const runs: Run[] = [];
  for (const col of [...byCol.keys()].sort((a, b) => a - b)) {
    const list = byCol.get(col)!.sort((a, b) => a.row - b.row);
    let run: Run | null = null;
    for (const cell of list) {
      if (run && cell.row - run.last - 1 <= maxGapRows) {
        run.last = cell.row;
        run.cells.push(cell);
      } else {
        run = { col, first: cell.row, last: cell.row, cells: [cell] };
        runs.push(run);
      }
    }
  }
  const merged: Run[] = [];
  for (const run of runs) {
    const left = merged.find((m) => m.first === run.first && m.last === run.last && m.col + spanOf(m) === run.col);
    if (left) left.cells.push(...run.cells);
    else merged.push({ ...run, cells: [...run.cells] });
  }
  return merged.map((m) => m.cells);
}

function spanOf(run: Run): number {
  let max = run.col;
  for (const c of run.cells) max = Math.max(max, c.col);
  return max - run.col + 1;
}

/**
 * The blocks that write `cells` (one sheet's): one rectangle when the cells fill their
 * bounding box densely, otherwise column runs. Each block fits `budget` bytes.
 * Throws on a cell written twice: the plan would be ambiguous.
 *
 * `merges` are the sheet's merged areas: Excel refuses a write that covers part of one, so a
 * block that would is written as runs of adjacent cells instead, and a merged area's top-left
 * cell on its own. Null means they are unknown (Excel before ExcelApi 1.13): then no block
 * spans a cell it does not write, so none can reach into a merge it was not meant to.
 */
export function blocksOf(cells: readonly BlockCell[], budget = defaultPayloadBudget, merges: readonly Area[] | null = []): Block[] {
  if (cells.length === 0) return [];
  const seen = new Set<string>();
  for (const cell of cells) {
    const key = `${cell.row},${cell.col}`;
    if (seen.has(key)) throw new Error(`Cell R${cell.row + 1}C${cell.col + 1} is written twice by the plan.`);
    seen.add(key);
  }
  const all = [...cells];
  if (merges === null) return denseBlocks(all, [], budget);
  const box = boundingBlockSize(all);
  const groups = all.length >= rectangleDensity * box ? [all] : columnRuns(all);
  const blocks = groups.flatMap((group) => splitToBudget(group, boundingBlock(group), budget).map((block) => ({ group, block })));
  if (merges.length === 0) return blocks.map((b) => b.block);
  return blocks.flatMap(({ group, block }) => {
    if (!merges.some((m) => cutsMerge(block, m))) return [block];
    const inside = group.filter((c) => c.row >= block.row && c.row < block.row + block.rows && c.col >= block.col && c.col < block.col + block.cols);
    return denseBlocks(inside, merges, budget);
  });
}

/**
 * Blocks with no gaps: runs of cells on consecutive rows of one column, side-by-side runs of
 * the same rows joined. A cell that is the top-left of a merged area stands alone.
 */
function denseBlocks(cells: BlockCell[], merges: readonly Area[], budget: number): Block[] {
  const alone = (cell: BlockCell) => merges.some((m) => m.row === cell.row && m.col === cell.col && (m.rows > 1 || m.cols > 1));
  const singles = cells.filter(alone);
  const rest = cells.filter((c) => !alone(c));
  const byCol = new Map<number, BlockCell[]>();
  for (const cell of rest) {
    const list = byCol.get(cell.col) ?? [];
    list.push(cell);
    byCol.set(cell.col, list);
  }
  const runs: Run[] = [];
  for (const col of [...byCol.keys()].sort((a, b) => a - b)) {
    let run: Run | null = null;
    for (const cell of byCol.get(col)!.sort((a, b) => a.row - b.row)) {
      if (run && cell.row === run.last + 1) {
        run.last = cell.row;
        run.cells.push(cell);
      } else {
        run = { col, first: cell.row, last: cell.row, cells: [cell] };
        runs.push(run);
      }
    }
  }
  const joined: Run[] = [];
  for (const run of runs) {
    const left = joined.find((m) => m.first === run.first && m.last === run.last && m.col + spanOf(m) === run.col);
    if (left) left.cells.push(...run.cells);
    else joined.push({ ...run, cells: [...run.cells] });
  }
  const groups = [...joined.map((r) => r.cells), ...singles.map((c) => [c])];
  return groups.flatMap((group) => splitToBudget(group, boundingBlock(group), budget));
}

function boundingBlockSize(cells: BlockCell[]): number {
  const b = bounds(cells);
  return b.rows * b.cols;
}

/** Consecutive items whose sizes add up to at most `budget` (an oversized item stands alone). */
export function chunkBySize<T>(items: readonly T[], size: (item: T) => number, budget = defaultPayloadBudget): T[][] {
  const chunks: T[][] = [];
  let current: T[] = [];
  let used = 0;
  for (const item of items) {
    const bytes = size(item);
    if (current.length > 0 && used + bytes > budget) {
      chunks.push(current);
      current = [];
      used = 0;
    }
    current.push(item);
    used += bytes;
  }
  if (current.length > 0) chunks.push(current);
  return chunks;
}
