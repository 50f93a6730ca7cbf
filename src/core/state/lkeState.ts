/**
 * What LKE keeps inside a workbook, in one very hidden sheet: which sheets it made (so a
 * user's sheet of the same name is never overwritten) and what its last run overwrote (so
 * "Batalkan" can restore it, even after the workbook was closed and reopened).
 */
import { z } from "zod";
import type { SheetSnapshot, WorkbookSnapshot } from "../snapshot";
import type { SheetSpec } from "../plan/writePlan";
import { PlanCells } from "../plan/planCells";

export const stateSheetName = "LKE_State";
/** Cell text limit is 32,767 characters; the JSON is split into chunks well under it. */
const chunkSize = 30000;

type SavedValue = string | number | boolean | null | { error: string };

/** A cell as it was before a run overwrote it. */
export interface SavedCell {
  sheet: string;
  row: number;
  col: number;
  value: SavedValue;
  formula: string | null;
  numberFormat: string | null;
}

export interface UndoRecord {
  command: string;
  at: string;
  cells: SavedCell[];
  /** Sheets the run created (undo deletes them). */
  createdSheets: string[];
}

export interface LkeState {
  version: 1;
  ownedSheets: string[];
  undo: UndoRecord | null;
  /** The file name of the workbook this one is a scored copy of (a recap then counts it once). */
  copyOf?: string;
}

/**
 * How a saved cell is stored: [sheet index, row, col] for a cell that was blank (most of
 * them, on a first run), [sheet index, row, col, value, formula, number format] otherwise.
 * A province-sized run saves hundreds of thousands of cells; objects would be ten times larger.
 */
// Built on first use, when a workbook holds LKE's state (see core/builtinData.ts).
const storedStateSchema = z.lazy(() => {
  const cellValueSchema = z.union([z.string(), z.number(), z.boolean(), z.null(), z.object({ error: z.string() })]);
  const storedCellSchema = z.union([
    z.tuple([z.number().int().nonnegative(), z.number().int().nonnegative(), z.number().int().nonnegative()]),
    z.tuple([z.number().int().nonnegative(), z.number().int().nonnegative(), z.number().int().nonnegative(), cellValueSchema, z.string().nullable(), z.string().nullable()]),
  ]);

  return z.object({
    version: z.literal(1),
    ownedSheets: z.array(z.string()),
    copyOf: z.string().optional(),
    undo: z
      .object({
        command: z.string(),
        at: z.string(),
        sheets: z.array(z.string()),
        cells: z.array(storedCellSchema),
        createdSheets: z.array(z.string()),
      })
      .nullable(),
  });
});
type StoredState = z.infer<typeof storedStateSchema>;

/**
 * The cells a run overwrites, recorded as they come in the form they are stored in (see
 * storedCellSchema). A province-sized run saves hundreds of thousands of cells: keeping an
 * object and then a string for each until the end made most of a plan's garbage, so cells are
 * written out a batch at a time and only the batches are kept. Within a batch a blank cell is
 * two shared pieces of text (its sheet's start and its cell's end), joined with the batch.
 */
export class SavedCells {
  /** Sheet names, indexed by the stored cells. */
  readonly sheets: string[] = [];
  private readonly sheetIndex = new Map<string, number>();
  private lastSheet: string | undefined;
  private lastIndex = -1;
  /** "[" and the last sheet's index: the start of each of its stored cells. */
  private lastPrefix = "";
  /** The same after a separating ",". */
  private lastPrefixAfterComma = "";
  /** Pieces of the batch's text. */
  private batch: string[] = [];
  private batchCells = 0;
  private readonly batches: string[] = [];

  static of(cells: readonly SavedCell[]): SavedCells {
    const saved = new SavedCells();
    for (const cell of cells) saved.add(cell.sheet, cell.row, cell.col, cell.value, cell.formula, cell.numberFormat);
    return saved;
  }

  add(sheet: string, row: number, col: number, value: SavedValue, formula: string | null, numberFormat: string | null): void {
    // Cells come sheet by sheet: the last sheet's index is nearly always the next one's.
    if (sheet !== this.lastSheet) {
      this.lastSheet = sheet;
      let i = this.sheetIndex.get(sheet);
      if (i === undefined) {
        i = this.sheets.push(sheet) - 1;
        this.sheetIndex.set(sheet, i);
      }
      this.lastIndex = i;
      this.lastPrefix = `[${i}`;
      this.lastPrefixAfterComma = `,[${i}`;
    }
    const blank = value === null && formula === null && numberFormat === null;
    this.batch.push(
      this.batchCells === 0 ? this.lastPrefix : this.lastPrefixAfterComma,
      blank ? `,${row},${col}]` : `,${row},${col},${JSON.stringify(value)},${JSON.stringify(formula)},${JSON.stringify(numberFormat)}]`,
    );
    if (++this.batchCells >= savedBatchSize) this.flush();
  }

  /** The stored cells, comma-separated (the inside of the JSON array). */
  json(): string {
    this.flush();
    return this.batches.join(",");
  }

  private flush(): void {
    if (this.batchCells === 0) return;
    this.batches.push(this.batch.join(""));
    this.batch = [];
    this.batchCells = 0;
  }
}

const savedBatchSize = 1024;

/** The stored JSON, written out directly rather than through a tuple array per cell. */
function stateJson(ownedSheets: readonly string[], undo: Omit<UndoRecord, "cells"> | null, cells: SavedCells, copyOf: string | undefined): string {
  const origin = copyOf === undefined ? "" : `"copyOf":${JSON.stringify(copyOf)},`;
  const head = `{"version":1,"ownedSheets":${JSON.stringify(ownedSheets)},${origin}"undo":`;
  if (!undo) return `${head}null}`;
  const { command, at, createdSheets } = undo;
  return `${head}{"command":${JSON.stringify(command)},"at":${JSON.stringify(at)},"sheets":${JSON.stringify(cells.sheets)},"cells":[${cells.json()}],"createdSheets":${JSON.stringify(createdSheets)}}}`;
}

function decode(stored: StoredState): LkeState | null {
  const origin = stored.copyOf === undefined ? {} : { copyOf: stored.copyOf };
  if (!stored.undo) return { version: 1, ownedSheets: stored.ownedSheets, undo: null, ...origin };
  const { sheets, command, at, createdSheets } = stored.undo;
  const cells: SavedCell[] = [];
  for (const cell of stored.undo.cells) {
    const sheet = sheets[cell[0]];
    if (sheet === undefined) return null;
    cells.push(
      cell.length === 3
        ? { sheet, row: cell[1], col: cell[2], value: null, formula: null, numberFormat: null }
        : { sheet, row: cell[1], col: cell[2], value: cell[3], formula: cell[4], numberFormat: cell[5] },
    );
  }
  return { version: 1, ownedSheets: stored.ownedSheets, undo: { command, at, cells, createdSheets }, ...origin };
}

export const emptyState: LkeState = { version: 1, ownedSheets: [], undo: null };

export function findStateSheet(snapshot: WorkbookSnapshot): SheetSnapshot | undefined {
  return snapshot.sheets.find((s) => s.name === stateSheetName);
}

/** The state record a sheet holds; null when it holds none LKE could have written. */
function stateOf(sheet: SheetSnapshot): LkeState | null {
  // The chunks are joined exactly as written: trimming would eat a space at a chunk's edge.
  let json = "";
  for (let row = 0; row < sheet.values.length; row++) {
    const value = sheet.values[row]?.[0];
    if (typeof value === "string") json += value;
  }
  try {
    const parsed = storedStateSchema.safeParse(JSON.parse(json));
    return (parsed.success && decode(parsed.data)) || null;
  } catch {
    return null;
  }
}

/** The state kept in the workbook; an unreadable one is treated as empty (it holds no user data). */
export function readState(snapshot: WorkbookSnapshot): LkeState {
  const sheet = findStateSheet(snapshot);
  return (sheet && stateOf(sheet)) || emptyState;
}

/**
 * A sheet under the state sheet's name, in any letter case, that LKE did not make: not very
 * hidden, or not holding a state record. LKE never hides or writes over it, so no command runs
 * on such a workbook; its name, or null when there is none.
 */
export function foreignStateSheet(snapshot: WorkbookSnapshot): string | null {
  for (const sheet of snapshot.sheets) {
    if (sheet.name.toLowerCase() !== stateSheetName.toLowerCase()) continue;
    if (sheet.name !== stateSheetName || sheet.visibility !== "veryHidden" || stateOf(sheet) === null) return sheet.name;
  }
  return null;
}

export function stateSheetSpec(state: LkeState, exists: boolean): SheetSpec {
  return stateSheet(stateJson(state.ownedSheets, state.undo, SavedCells.of(state.undo?.cells ?? []), state.copyOf), exists);
}

/** stateSheetSpec of a state whose undo record's cells were recorded as they came. */
export function undoStateSheetSpec(ownedSheets: readonly string[], undo: Omit<UndoRecord, "cells">, cells: SavedCells, exists: boolean, copyOf?: string): SheetSpec {
  return stateSheet(stateJson(ownedSheets, undo, cells, copyOf), exists);
}

function stateSheet(json: string, exists: boolean): SheetSpec {
  const cells = new PlanCells();
  for (let i = 0, row = 0; i < json.length || row === 0; i += chunkSize, row++) cells.add(row, 0, json.slice(i, i + chunkSize));
  return { name: stateSheetName, visibility: "veryHidden", replace: exists, cells };
}
