/**
 * Reads the snapshot the engine needs in one batch: every sheet's name, visibility and
 * protection (sync 1), then every sheet's used range with values, formulas, number formats
 * and value types, and its merged areas where ExcelApi 1.13 gives them (sync 2). Two syncs
 * whatever the workbook's size; only when Excel refuses a response as too large (Excel on the
 * web: 5 MB; RangeExceedsLimit; arrays returned as null) does it fall back to reading in slices.
 */
import type { CellValue, SheetSnapshot, WorkbookSnapshot } from "../../core";
import { snapshotFormula, snapshotNumberFormat, snapshotValue, type ValueType } from "./cellInput";
import { chunkBySize } from "./blocks";
import { isTooLargeError, LkeHostError } from "./errors";
import { mergedRanges } from "./mergedAreas";

export interface SheetInfo {
  name: string;
  visibility: "visible" | "hidden" | "veryHidden";
  protected: boolean;
  /** 0-based place among the tabs. */
  position: number;
}

export interface WorkbookRead {
  snapshot: WorkbookSnapshot;
  sheets: SheetInfo[];
  /** The workbook's structure is protected (no adding or deleting sheets); false when unknown. */
  structureProtected: boolean;
  /** Whether each sheet's `merges` in the snapshot were read (ExcelApi 1.13); unknown otherwise. */
  mergesKnown: boolean;
}

export interface ReadOptions {
  /** Whether ExcelApi 1.7 (workbook protection) is available. */
  workbookProtection: boolean;
  /** Cells per read when the fallback reads in slices (about 64 bytes a cell for its four arrays). */
  sliceCells?: number;
  /** Whether ExcelApi 1.13 (Range.getMergedAreasOrNullObject) is available. */
  mergedAreas?: boolean;
}

const visibilityOf: Record<string, SheetInfo["visibility"]> = { Visible: "visible", Hidden: "hidden", VeryHidden: "veryHidden" };

interface UsedBlock {
  rowIndex: number;
  columnIndex: number;
  values: unknown[][];
  formulas: unknown[][];
  numberFormat: unknown[][];
  valueTypes: ValueType[][];
}

function sheetFrom(name: string, visibility: SheetInfo["visibility"], blocks: UsedBlock[], merges: string[] | undefined): SheetSnapshot {
  const values: CellValue[][] = [];
  const formulas: (string | null)[][] = [];
  const numberFormats: (string | null)[][] = [];
  for (const block of blocks) {
    block.values.forEach((row, r) => {
      const at = block.rowIndex + r;
      while (values.length <= at) {
        values.push([]);
        formulas.push([]);
        numberFormats.push([]);
      }
      const valueRow = values[at];
      const formulaRow = formulas[at];
      const formatRow = numberFormats[at];
      for (let c = 0; c < row.length; c++) {
        const col = block.columnIndex + c;
        while (valueRow.length < col) {
          valueRow.push(null);
          formulaRow.push(null);
          formatRow.push(null);
        }
        const type = block.valueTypes[r]?.[c];
        valueRow[col] = snapshotValue(row[c], type);
        formulaRow[col] = snapshotFormula(block.formulas[r]?.[c], row[c], type);
        formatRow[col] = snapshotNumberFormat(block.numberFormat[r]?.[c]);
      }
    });
  }
  return merges ? { name, values, formulas, numberFormats, visibility, merges } : { name, values, formulas, numberFormats, visibility };
}

/**
 * Excel gives null instead of an array for a range too large to return (and a block read in
 * slices has all four): such a read is retried in smaller slices.
 */
function complete(range: UsedBlock): boolean {
  return Array.isArray(range.values) && Array.isArray(range.formulas) && Array.isArray(range.numberFormat) && Array.isArray(range.valueTypes);
}

class IncompleteRead extends Error {}

/**
 * Every merged area of each sheet, whose top-left cell is anywhere on it (Excel reports the
 * areas that start inside the range asked about, so the whole sheet is asked about).
 */
function loadMerges(worksheets: Excel.WorksheetCollection): Excel.RangeAreas[] {
  return worksheets.items.map((ws) => {
    const areas = ws.getRange().getMergedAreasOrNullObject();
    areas.load("address");
    return areas;
  });
}

function mergesOf(areas: Excel.RangeAreas[] | null, sheet: number): string[] | undefined {
  if (!areas) return undefined;
  const found = areas[sheet];
  return found.isNullObject ? [] : mergedRanges(found.address);
}


export async function readWorkbook(context: Excel.RequestContext, options: ReadOptions): Promise<WorkbookRead> {
  const worksheets = context.workbook.worksheets;
  worksheets.load("items/name,items/visibility,items/position,items/protection/protected");
  const protection = options.workbookProtection ? context.workbook.protection : null;
  if (protection) protection.load("protected");
  await context.sync();

  const sheets: SheetInfo[] = worksheets.items.map((ws) => ({
    name: ws.name,
    visibility: visibilityOf[ws.visibility] ?? "visible",
    protected: ws.protection.protected,
    position: ws.position,
  }));
  const structureProtected = protection ? protection.protected : false;

  const used = worksheets.items.map((ws) => {
    const range = ws.getUsedRangeOrNullObject(true);
    range.load("rowIndex,columnIndex,values,formulas,numberFormat,valueTypes");
    return range;
  });
  let merges = options.mergedAreas ? loadMerges(worksheets) : null;
  let blocks: UsedBlock[][];
  try {
    await context.sync();
    blocks = used.map((range) => (range.isNullObject ? [] : [range as UsedBlock]));
    if (blocks.some((list) => list.some((block) => !complete(block)))) throw new IncompleteRead();
  } catch (error) {
    if (!(error instanceof IncompleteRead) && !isTooLargeError(error)) throw error;
    // The merged areas are read again with the slices' first sync: a refused batch returns nothing.
    if (options.mergedAreas) merges = loadMerges(worksheets);
    blocks = await readInSlices(context, options.sliceCells ?? 60000);
  }
  const snapshot: WorkbookSnapshot = { sheets: sheets.map((s, i) => sheetFrom(s.name, s.visibility, blocks[i], mergesOf(merges, i))) };
  return { snapshot, sheets, structureProtected, mergesKnown: merges !== null };
}

interface Slice {
  sheet: number;
  row: number;
  col: number;
  rows: number;
  cols: number;
}

/** Two smaller reads for one that was too large, or null when it is a single row already. */
function halve(part: Slice[]): Slice[][] | null {
  if (part.length > 1) {
    const mid = Math.ceil(part.length / 2);
    return [part.slice(0, mid), part.slice(mid)];
  }
  const slice = part[0];
  if (slice.rows < 2) return null;
  const top = Math.ceil(slice.rows / 2);
  return [[{ ...slice, rows: top }], [{ ...slice, row: slice.row + top, rows: slice.rows - top }]];
}

/**
 * The fallback for workbooks too large for one response: the used ranges' sizes (one sync),
 * then row slices of about `sliceCells` cells, as many per sync as fit.
 */
async function readInSlices(context: Excel.RequestContext, sliceCells: number): Promise<UsedBlock[][]> {
  const worksheets = context.workbook.worksheets;
  worksheets.load("items/name");
  const sizes = worksheets.items.map((ws) => {
    const range = ws.getUsedRangeOrNullObject(true);
    range.load("rowIndex,columnIndex,rowCount,columnCount");
    return range;
  });
  await context.sync();

  const slices: Slice[] = [];
  sizes.forEach((size, sheet) => {
    if (size.isNullObject) return;
    const rowsPerSlice = Math.max(1, Math.floor(sliceCells / Math.max(1, size.columnCount)));
    for (let start = 0; start < size.rowCount; start += rowsPerSlice) {
      slices.push({ sheet, row: size.rowIndex + start, col: size.columnIndex, rows: Math.min(rowsPerSlice, size.rowCount - start), cols: size.columnCount });
    }
  });
  const blocks: UsedBlock[][] = sizes.map(() => []);
  const pending: Slice[][] = chunkBySize(slices, (slice) => slice.rows * slice.cols, sliceCells);

  // One sync per group of slices; a group still too large is halved and read again.
  while (pending.length > 0) {
    const part = pending.shift()!;
    const ranges = part.map((slice) => {
      const range = worksheets.items[slice.sheet].getRangeByIndexes(slice.row, slice.col, slice.rows, slice.cols);
      range.load("rowIndex,columnIndex,values,formulas,numberFormat,valueTypes");
      return range;
    });
    try {
      // Only for workbooks whose data exceed one response; never per cell.
      // eslint-disable-next-line office-addins/no-context-sync-in-loop
      await context.sync();
      if (ranges.some((range) => !complete(range as UsedBlock))) throw new IncompleteRead();
    } catch (error) {
      if (!(error instanceof IncompleteRead) && !isTooLargeError(error)) throw error;
      const halves = halve(part);
      if (!halves) throw error instanceof IncompleteRead ? new LkeHostError("rangeTooLarge") : error;
      pending.unshift(...halves);
      continue;
    }
    part.forEach((slice, i) => blocks[slice.sheet].push(ranges[i] as UsedBlock));
  }
  return blocks;
}
