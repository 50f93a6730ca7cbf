/**
 * Applies the engine's write plan through Office.js: validated as a whole first (nothing is
 * written when any part would fail), then LKE's state sheet in a sync of its own, then
 * everything else in whole blocks, chunked under the request payload limit, with
 * calculation suspended until the sync. Normally two syncs, whatever the workbook's size.
 */
import { parseA1, parseRange, type ChartSpec, type CellWrite, type SheetSpec, type WritePlan, stateSheetName, sanitizeSheetName } from "../../core";
import { blocksOf, chunkBySize, defaultPayloadBudget, excelMaxColumns, excelMaxRows, jsonBytes, operationOverheadBytes, type Block } from "./blocks";
import { isPayloadError, LkeHostError } from "./errors";
import { areaOf, type Area } from "./mergedAreas";
import type { SheetInfo, WorkbookRead } from "./read";

/** Excel's limits on what one cell holds. */
export const maxCellText = 32767;
export const maxFormulaLength = 8192;

export interface ApplyOptions {
  /**
   * When the state sheet is written: "first" for runs that record an undo (the record is in
   * the workbook before any cell changes), "last" for the undo itself (the record is dropped
   * only after everything was restored).
   */
  stateOrder: "first" | "last";
  /** Whether ExcelApi 1.9 (page layout) is available; print settings are skipped without it. */
  pageLayout: boolean;
  /** Request budget per sync, in bytes. */
  budget?: number;
  /** A sheet to activate at the end (e.g. a new template sheet). */
  activate?: string;
}

export interface ApplyResult {
  cellsWritten: number;
  sheetsCreated: string[];
  sheetsDeleted: string[];
  /** What was left out because this Excel lacks the API (e.g. "print"). */
  skipped: string[];
}

/** Column width in Excel's characters (as the plan and ExcelJS give it) -> points: ~7 px a character plus 5 px padding, 0.75 pt a pixel. */
export function columnWidthPoints(characters: number): number {
  return Math.round((characters * 7 + 5) * 0.75 * 100) / 100;
}

interface Operation {
  bytes: number;
  run(context: Excel.RequestContext): void;
  /** The same write as two smaller ones, where it can be split (blocks of cells). */
  halves?(): Operation[] | null;
}

interface PreparedPlan {
  state: Operation[];
  main: Operation[];
  result: ApplyResult;
  writes: boolean;
}

function invalid(reason: string): LkeHostError {
  return new LkeHostError("invalidPlan", { reason });
}

function checkRange(range: string, what: string): void {
  const parts = range.split(":");
  if (parts.length > 2) throw invalid(`${what}: ${range}`);
  try {
    for (const part of parts) {
      const { row, col } = parseA1(part);
      if (row < 0 || row >= excelMaxRows || col < 0 || col >= excelMaxColumns) throw new Error();
    }
  } catch {
    throw invalid(`${what}: ${range}`);
  }
}

function checkCell(cell: Omit<CellWrite, "sheet">, sheet: string): void {
  const where = `${sheet}!R${cell.row + 1}C${cell.col + 1}`;
  if (!Number.isInteger(cell.row) || !Number.isInteger(cell.col) || cell.row < 0 || cell.col < 0 || cell.row >= excelMaxRows || cell.col >= excelMaxColumns) {
    throw invalid(`${where}: outside the sheet`);
  }
  if (cell.formula !== undefined && (!cell.formula.startsWith("=") || cell.formula.length > maxFormulaLength)) throw invalid(`${where}: bad formula`);
  if (typeof cell.value === "string" && cell.value.length > maxCellText) throw invalid(`${where}: text longer than ${maxCellText}`);
  if (typeof cell.value === "number" && !Number.isFinite(cell.value)) throw invalid(`${where}: not a finite number`);
}

function checkSheetName(name: string): void {
  if (!name || sanitizeSheetName(name) !== name || name.toLowerCase() === "history") throw invalid(`sheet name "${name}"`);
}

function blocksFor(cells: readonly Omit<CellWrite, "sheet">[], sheet: string, budget: number, merges: readonly Area[] | null = []): Block[] {
  try {
    return blocksOf(cells, budget, merges);
  } catch (error) {
    throw invalid(`${sheet}: ${error instanceof Error ? error.message : String(error)}`);
  }
}

function blockOperation(sheet: string, block: Block): Operation {
  return {
    bytes: block.bytes,
    run(context) {
      const range = context.workbook.worksheets.getItem(sheet).getRangeByIndexes(block.row, block.col, block.rows, block.cols);
      if (block.numberFormat) range.numberFormat = block.numberFormat;
      if (block.values) range.values = block.values;
      if (block.formulas) range.formulas = block.formulas;
    },
    halves: () => {
      if (block.rows < 2) return null;
      const top = Math.ceil(block.rows / 2);
      return [rowsOf(block, 0, top), rowsOf(block, top, block.rows)].map((part) => blockOperation(sheet, part));
    },
  };
}

/** Rows [from, to) of a block, as a block of its own. */
function rowsOf(block: Block, from: number, to: number): Block {
  const part = <T>(grid: T[][] | undefined) => grid?.slice(from, to);
  const values = part(block.values);
  const formulas = part(block.formulas);
  const numberFormat = part(block.numberFormat);
  const share = (to - from) / block.rows;
  return {
    row: block.row + from,
    col: block.col,
    rows: to - from,
    cols: block.cols,
    ...(values ? { values } : {}),
    ...(formulas ? { formulas } : {}),
    ...(numberFormat ? { numberFormat } : {}),
    bytes: Math.ceil(block.bytes * share) + operationOverheadBytes,
  };
}

const small = operationOverheadBytes;

/** Consecutive single-cell validations with the same list in one column become one range. */
export function mergedValidations(spec: SheetSpec): { range: string; source: string }[] {
  const out: { range: string; source: string; col?: string; first?: number; last?: number }[] = [];
  for (const v of spec.validations ?? []) {
    const source = v.list.join(",");
    const single = /^\$?([A-Z]+)\$?(\d+)$/.exec(v.range.trim());
    const previous = out[out.length - 1];
    if (single && previous && previous.col === single[1] && previous.last !== undefined && previous.last + 1 === Number(single[2]) && previous.source === source) {
      previous.last++;
      previous.range = `${previous.col}${previous.first}:${previous.col}${previous.last}`;
      continue;
    }
    if (single) out.push({ range: v.range, source, col: single[1], first: Number(single[2]), last: Number(single[2]) });
    else out.push({ range: v.range, source });
  }
  return out.map(({ range, source }) => ({ range, source }));
}

function chartOperation(sheet: string, chart: ChartSpec): Operation {
  const values = parseRange(chart.values);
  // One series either way: a row of values is charted by rows, a column by columns.
  const seriesBy = values.row === values.lastRow && values.col !== values.lastCol ? "Rows" : "Columns";
  return {
    bytes: small * 4,
    run(context) {
      const ws = context.workbook.worksheets.getItem(sheet);
      const added = ws.charts.add(chart.kind === "bar" ? "BarClustered" : "ColumnClustered", ws.getRange(chart.values), seriesBy);
      added.title.text = chart.title;
      added.legend.visible = false;
      added.series.getItemAt(0).setXAxisValues(ws.getRange(chart.categories));
      added.setPosition(chart.anchor, chart.to);
    },
  };
}

/** Deletes a sheet; a very hidden one is made hidden first, since Excel refuses to delete it. */
function deleteSheet(sheet: SheetInfo): Operation {
  return {
    bytes: small,
    run(context) {
      const ws = context.workbook.worksheets.getItem(sheet.name);
      if (sheet.visibility === "veryHidden") ws.visibility = "Hidden";
      ws.delete();
    },
  };
}

/** The operations that (re)create one sheet. */
function sheetOperations(spec: SheetSpec, existing: SheetInfo | undefined, budget: number, options: ApplyOptions, result: ApplyResult): Operation[] {
  const name = spec.name;
  const ops: Operation[] = [];
  if (existing) {
    ops.push(deleteSheet(existing));
  } else result.sheetsCreated.push(name);
  ops.push({
    bytes: small,
    run(context) {
      const ws = context.workbook.worksheets.add(name);
      if (spec.visibility === "veryHidden") ws.visibility = "VeryHidden";
      // A regenerated sheet keeps its place among the tabs.
      if (existing) ws.position = existing.position;
    },
  });
  for (const block of blocksFor(spec.cells.toArray(), name, budget)) ops.push(blockOperation(name, block));
  if (name !== stateSheetName) result.cellsWritten += spec.cells.length;
  for (const { col, width } of spec.columnWidths ?? []) {
    ops.push({
      bytes: small,
      run(context) {
        context.workbook.worksheets.getItem(name).getRangeByIndexes(0, col, 1, 1).format.columnWidth = columnWidthPoints(width);
      },
    });
  }
  for (const range of spec.merges ?? []) {
    ops.push({ bytes: small, run: (context) => context.workbook.worksheets.getItem(name).getRange(range).merge(false) });
  }
  for (const range of spec.bold ?? []) {
    ops.push({
      bytes: small,
      run(context) {
        context.workbook.worksheets.getItem(name).getRange(range).format.font.bold = true;
      },
    });
  }
  for (const range of spec.centered ?? []) {
    ops.push({
      bytes: small,
      run(context) {
        context.workbook.worksheets.getItem(name).getRange(range).format.horizontalAlignment = "Center";
      },
    });
  }
  if (spec.freezeRows) {
    const rows = spec.freezeRows;
    ops.push({ bytes: small, run: (context) => context.workbook.worksheets.getItem(name).freezePanes.freezeRows(rows) });
  }
  for (const v of mergedValidations(spec)) {
    ops.push({
      bytes: small + jsonBytes(v.source),
      run(context) {
        context.workbook.worksheets.getItem(name).getRange(v.range).dataValidation.rule = { list: { inCellDropDown: true, source: v.source } };
      },
    });
  }
  if (spec.print) {
    if (options.pageLayout) {
      const print = spec.print;
      ops.push({
        bytes: small,
        run(context) {
          const layout = context.workbook.worksheets.getItem(name).pageLayout;
          layout.setPrintArea(print.area);
          layout.orientation = print.landscape ? "Landscape" : "Portrait";
          if (print.fitToWidth) layout.zoom = { horizontalFitToPages: 1, verticalFitToPages: 0 };
          if (print.a4) layout.paperSize = "A4";
          if (print.header) layout.headersFooters.defaultForAllPages.centerHeader = print.header;
          if (print.footer) layout.headersFooters.defaultForAllPages.centerFooter = print.footer;
        },
      });
    } else if (!result.skipped.includes("print")) result.skipped.push("print");
  }
  for (const chart of spec.charts ?? []) ops.push(chartOperation(name, chart));
  return ops;
}

/**
 * Checks the whole plan against what was read and turns it into operations; throws a
 * LkeHostError (and nothing is written) when any part cannot be applied.
 */
export function preparePlan(plan: WritePlan, read: WorkbookRead, options: ApplyOptions): PreparedPlan {
  const budget = options.budget ?? defaultPayloadBudget;
  const byName = new Map(read.sheets.map((s) => [s.name.toLowerCase(), s]));
  const result: ApplyResult = { cellsWritten: 0, sheetsCreated: [], sheetsDeleted: [], skipped: [] };
  const protectedNames = new Set<string>();
  const touch = (info: SheetInfo | undefined) => {
    if (info?.protected) protectedNames.add(info.name);
  };

  // Sheets removed, created and replaced.
  const deleted = new Set<string>();
  for (const name of plan.deleteSheets) {
    const info = byName.get(name.toLowerCase());
    if (!info) continue;
    touch(info);
    deleted.add(info.name.toLowerCase());
  }
  const specNames = new Set<string>();
  for (const spec of plan.sheets) {
    checkSheetName(spec.name);
    const key = spec.name.toLowerCase();
    if (specNames.has(key)) throw invalid(`sheet "${spec.name}" is created twice`);
    specNames.add(key);
    const info = deleted.has(key) ? undefined : byName.get(key);
    if (info && !spec.replace) throw new LkeHostError("sheetExists", { sheet: info.name });
    touch(info);
    for (const cell of spec.cells) checkCell(cell, spec.name);
    for (const range of [...(spec.merges ?? []), ...(spec.bold ?? []), ...(spec.centered ?? []), ...(spec.validations ?? []).map((v) => v.range)]) checkRange(range, spec.name);
    if (spec.print) checkRange(spec.print.area, spec.name);
    for (const chart of spec.charts ?? []) for (const range of [chart.values, chart.categories, chart.anchor, chart.to]) checkRange(range, spec.name);
  }
  if ((plan.sheets.length > 0 || deleted.size > 0) && read.structureProtected) throw new LkeHostError("protectedWorkbook");

  // Cells on existing sheets.
  const bySheet = new Map<string, Omit<CellWrite, "sheet">[]>();
  for (const write of plan.writes) {
    const info = byName.get(write.sheet.toLowerCase());
    if (!info || deleted.has(info.name.toLowerCase())) throw invalid(`sheet "${write.sheet}" is not in the workbook`);
    if (specNames.has(info.name.toLowerCase())) throw invalid(`sheet "${write.sheet}" is both re-created and written`);
    touch(info);
    const { sheet: _sheet, ...cell } = write;
    checkCell(cell, info.name);
    const list = bySheet.get(info.name) ?? [];
    list.push(cell);
    bySheet.set(info.name, list);
  }
  if (protectedNames.size > 0) {
    throw new LkeHostError("protectedSheet", { sheets: [...protectedNames].map((n) => `"${n}"`).join(", ") });
  }

  // At least one visible sheet must remain.
  const visibleLeft =
    read.sheets.filter((s) => s.visibility === "visible" && !deleted.has(s.name.toLowerCase()) && !specNames.has(s.name.toLowerCase())).length +
    plan.sheets.filter((s) => s.visibility === "visible").length;
  if (visibleLeft === 0) throw invalid("no visible sheet would remain");

  const state: Operation[] = [];
  const main: Operation[] = [];
  for (const name of plan.deleteSheets) {
    const info = byName.get(name.toLowerCase());
    if (!info || !deleted.has(info.name.toLowerCase()) || specNames.has(info.name.toLowerCase())) continue;
    result.sheetsDeleted.push(info.name);
    main.push(deleteSheet(info));
  }
  for (const spec of plan.sheets) {
    const existing = deleted.has(spec.name.toLowerCase()) ? undefined : byName.get(spec.name.toLowerCase());
    const ops = sheetOperations(spec, existing, budget, options, result);
    if (spec.name === stateSheetName) state.push(...ops);
    else main.push(...ops);
  }
  // LKE's own state sheet is not a sheet the user sees as created.
  result.sheetsCreated = result.sheetsCreated.filter((n) => n !== stateSheetName);
  const snapshotSheets = new Map(read.snapshot.sheets.map((s) => [s.name, s]));
  for (const [sheet, cells] of bySheet) {
    // Merged areas unknown (before ExcelApi 1.13): blocks without gaps (see blocksOf).
    const merges = read.mergesKnown ? (snapshotSheets.get(sheet)?.merges ?? []).map(areaOf) : null;
    for (const block of blocksFor(cells, sheet, budget, merges)) main.push(blockOperation(sheet, block));
    result.cellsWritten += cells.length;
  }
  if (options.activate) {
    const target = options.activate;
    main.push({ bytes: small, run: (context) => context.workbook.worksheets.getItem(target).activate() });
  }
  return { state, main, result, writes: state.length + main.length > 0 };
}

/** A chunk Excel refused as too large, as two smaller ones, or null when it cannot be split. */
function splitChunk(chunk: Operation[]): Operation[][] | null {
  if (chunk.length > 1) {
    const mid = Math.ceil(chunk.length / 2);
    return [chunk.slice(0, mid), chunk.slice(mid)];
  }
  const halves = chunk[0].halves?.();
  return halves ? halves.map((op) => [op]) : null;
}

async function runChunks(context: Excel.RequestContext, ops: Operation[], budget: number): Promise<void> {
  if (ops.length === 0) return;
  const pending = chunkBySize(ops, (op) => op.bytes, budget);
  // One sync per chunk of at most `budget` bytes: one chunk unless the plan itself exceeds
  // Excel on the web's request limit. Never one sync per cell or per block. A request Excel
  // still refuses as too large was not applied at all, so it is sent again in halves.
  while (pending.length > 0) {
    const chunk = pending.shift()!;
    context.application.suspendApiCalculationUntilNextSync();
    for (const op of chunk) op.run(context);
    try {
      // eslint-disable-next-line office-addins/no-context-sync-in-loop
      await context.sync();
    } catch (error) {
      const halves = isPayloadError(error) ? splitChunk(chunk) : null;
      if (!halves) throw error;
      pending.unshift(...halves);
    }
  }
}

/** Applies a plan prepared by `preparePlan` (which has already refused anything it cannot apply). */
export async function applyPrepared(context: Excel.RequestContext, prepared: PreparedPlan, options: ApplyOptions): Promise<ApplyResult> {
  const budget = options.budget ?? defaultPayloadBudget;
  if (options.stateOrder === "first") {
    await runChunks(context, prepared.state, budget);
    await runChunks(context, prepared.main, budget);
  } else {
    await runChunks(context, prepared.main, budget);
    await runChunks(context, prepared.state, budget);
  }
  return prepared.result;
}

export async function applyPlan(context: Excel.RequestContext, plan: WritePlan, read: WorkbookRead, options: ApplyOptions): Promise<ApplyResult> {
  return applyPrepared(context, preparePlan(plan, read, options), options);
}
