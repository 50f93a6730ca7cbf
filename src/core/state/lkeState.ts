/**
 * What LKE keeps inside a workbook, in one very hidden sheet: which sheets it made (so a
 * user's sheet of the same name is never overwritten) and what its last run overwrote (so
 * "Batalkan" can restore it, even after the workbook was closed and reopened).
 */
import { z } from "zod";
import type { SheetSnapshot, WorkbookSnapshot } from "../snapshot";
import type { SheetSpec } from "../plan/writePlan";

export const stateSheetName = "LKE_State";
/** Cell text limit is 32,767 characters; the JSON is split into chunks well under it. */
const chunkSize = 30000;

const cellValueSchema = z.union([z.string(), z.number(), z.boolean(), z.null(), z.object({ error: z.string() })]);
type SavedValue = z.infer<typeof cellValueSchema>;

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
}

/**
 * How a saved cell is stored: [sheet index, row, col] for a cell that was blank (most of
 * them, on a first run), [sheet index, row, col, value, formula, number format] otherwise.
 * A province-sized run saves hundreds of thousands of cells; objects would be ten times larger.
 */
const storedCellSchema = z.union([
  z.tuple([z.number().int().nonnegative(), z.number().int().nonnegative(), z.number().int().nonnegative()]),
  z.tuple([z.number().int().nonnegative(), z.number().int().nonnegative(), z.number().int().nonnegative(), cellValueSchema, z.string().nullable(), z.string().nullable()]),
]);

const storedStateSchema = z.object({
  version: z.literal(1),
  ownedSheets: z.array(z.string()),
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
type StoredState = z.infer<typeof storedStateSchema>;

/**
 * The stored JSON, written out directly: a province-sized run saves hundreds of thousands of
 * cells, and building a tuple array per cell before stringifying them doubled the garbage.
 */
function stateJson(state: LkeState): string {
  const head = `{"version":1,"ownedSheets":${JSON.stringify(state.ownedSheets)},"undo":`;
  if (!state.undo) return `${head}null}`;
  const sheets: string[] = [];
  const index = new Map<string, number>();
  const cells: string[] = [];
  // Cells come sheet by sheet: the last sheet's index is nearly always the next one's.
  let lastSheet: string | undefined;
  let i = -1;
  for (const cell of state.undo.cells) {
    if (cell.sheet !== lastSheet) {
      lastSheet = cell.sheet;
      const known = index.get(cell.sheet);
      if (known !== undefined) i = known;
      else {
        i = sheets.push(cell.sheet) - 1;
        index.set(cell.sheet, i);
      }
    }
    const blank = cell.value === null && cell.formula === null && cell.numberFormat === null;
    cells.push(
      blank
        ? `[${i},${cell.row},${cell.col}]`
        : `[${i},${cell.row},${cell.col},${JSON.stringify(cell.value)},${JSON.stringify(cell.formula)},${JSON.stringify(cell.numberFormat)}]`,
    );
  }
  const { command, at, createdSheets } = state.undo;
  return `${head}{"command":${JSON.stringify(command)},"at":${JSON.stringify(at)},"sheets":${JSON.stringify(sheets)},"cells":[${cells.join(",")}],"createdSheets":${JSON.stringify(createdSheets)}}}`;
}

function decode(stored: StoredState): LkeState | null {
  if (!stored.undo) return { version: 1, ownedSheets: stored.ownedSheets, undo: null };
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
  return { version: 1, ownedSheets: stored.ownedSheets, undo: { command, at, cells, createdSheets } };
}

export const emptyState: LkeState = { version: 1, ownedSheets: [], undo: null };

export function findStateSheet(snapshot: WorkbookSnapshot): SheetSnapshot | undefined {
  return snapshot.sheets.find((s) => s.name === stateSheetName);
}

/** The state kept in the workbook; an unreadable one is treated as empty (it holds no user data). */
export function readState(snapshot: WorkbookSnapshot): LkeState {
  const sheet = findStateSheet(snapshot);
  if (!sheet) return emptyState;
  // The chunks are joined exactly as written: trimming would eat a space at a chunk's edge.
  let json = "";
  for (let row = 0; row < sheet.values.length; row++) {
    const value = sheet.values[row]?.[0];
    if (typeof value === "string") json += value;
  }
  try {
    const parsed = storedStateSchema.safeParse(JSON.parse(json));
    return (parsed.success && decode(parsed.data)) || emptyState;
  } catch {
    return emptyState;
  }
}

export function stateSheetSpec(state: LkeState, exists: boolean): SheetSpec {
  const json = stateJson(state);
  const cells: SheetSpec["cells"] = [];
  for (let i = 0, row = 0; i < json.length || row === 0; i += chunkSize, row++) {
    cells.push({ row, col: 0, value: json.slice(i, i + chunkSize) });
  }
  return { name: stateSheetName, visibility: "veryHidden", replace: exists, cells };
}
