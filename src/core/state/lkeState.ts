/**
 * What LKE keeps inside a workbook, in one very hidden sheet: which sheets it made (so a
 * user's sheet of the same name is never overwritten) and what its last run overwrote (so
 * "Batalkan" can restore it, even after the workbook was closed and reopened).
 */
import { z } from "zod";
import { cellText, type SheetSnapshot, type WorkbookSnapshot } from "../snapshot";
import type { SheetSpec } from "../plan/writePlan";

export const stateSheetName = "LKE_State";
/** Cell text limit is 32,767 characters; the JSON is split into chunks well under it. */
const chunkSize = 30000;

const cellValueSchema = z.union([z.string(), z.number(), z.boolean(), z.null(), z.object({ error: z.string() })]);

export const savedCellSchema = z.object({
  sheet: z.string(),
  row: z.number().int().nonnegative(),
  col: z.number().int().nonnegative(),
  value: cellValueSchema,
  formula: z.string().nullable(),
  numberFormat: z.string().nullable(),
});
export type SavedCell = z.infer<typeof savedCellSchema>;

export const undoRecordSchema = z.object({
  command: z.string(),
  at: z.string(),
  cells: z.array(savedCellSchema),
  /** Sheets the run created (undo deletes them). */
  createdSheets: z.array(z.string()),
});
export type UndoRecord = z.infer<typeof undoRecordSchema>;

export const lkeStateSchema = z.object({
  version: z.literal(1),
  ownedSheets: z.array(z.string()),
  undo: undoRecordSchema.nullable(),
});
export type LkeState = z.infer<typeof lkeStateSchema>;

export const emptyState: LkeState = { version: 1, ownedSheets: [], undo: null };

export function findStateSheet(snapshot: WorkbookSnapshot): SheetSnapshot | undefined {
  return snapshot.sheets.find((s) => s.name === stateSheetName);
}

/** The state kept in the workbook; an unreadable one is treated as empty (it holds no user data). */
export function readState(snapshot: WorkbookSnapshot): LkeState {
  const sheet = findStateSheet(snapshot);
  if (!sheet) return emptyState;
  let json = "";
  for (let row = 0; row < sheet.values.length; row++) json += cellText(sheet, row, 0);
  try {
    const parsed = lkeStateSchema.safeParse(JSON.parse(json));
    return parsed.success ? parsed.data : emptyState;
  } catch {
    return emptyState;
  }
}

export function stateSheetSpec(state: LkeState, exists: boolean): SheetSpec {
  const json = JSON.stringify(state);
  const cells: SheetSpec["cells"] = [];
  for (let i = 0, row = 0; i < json.length || row === 0; i += chunkSize, row++) {
    cells.push({ row, col: 0, value: json.slice(i, i + chunkSize) });
  }
  return { name: stateSheetName, visibility: "veryHidden", replace: exists, cells };
}
