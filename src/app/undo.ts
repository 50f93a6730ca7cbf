/** Undo: what the last run overwrote, restored, and the sheets it created, removed. */
import { readState, undoPlan, type WritePlan, type WorkbookSnapshot } from "../core";

export interface LastRun {
  command: string;
  at: string;
}

export interface Undone {
  /** The run undone, or null when there is nothing to undo. */
  undone: LastRun | null;
  plan: WritePlan | null;
}

export function undo(snapshot: WorkbookSnapshot): Undone {
  const last = readState(snapshot).undo;
  const plan = undoPlan(snapshot);
  if (!plan || !last) return { undone: null, plan: null };
  return { undone: { command: last.command, at: last.at }, plan };
}

/** The run "Batalkan" (undo) would take back, as the workbook records it. */
export function lastRun(snapshot: WorkbookSnapshot): LastRun | null {
  const last = readState(snapshot).undo;
  return last ? { command: last.command, at: last.at } : null;
}
