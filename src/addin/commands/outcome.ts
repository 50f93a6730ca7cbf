/**
 * What the ribbon's Hitung Predikat button last did, kept in the document's settings: a
 * function command has no window of its own, so the task pane shows it when opened.
 */
import type { Lang } from "../../core";
import type { WriteResult } from "../../io/office/lke";

export interface RibbonOutcome {
  at: string;
  ok: boolean;
  /** Sheets scored, when ok. */
  sheets?: number;
  /** Each scored unit's total (points) and predicate, when ok. */
  units?: { unit: string; total: number; predicate: string }[];
  /** The error's text in both languages, when not ok. */
  error?: Record<Lang, string>;
}

export const ribbonOutcomeSetting = "lke.ribbon.lastRun";

function isOutcome(value: unknown): value is RibbonOutcome {
  if (typeof value !== "object" || value === null) return false;
  const v = value as Record<string, unknown>;
  return typeof v.at === "string" && typeof v.ok === "boolean";
}

export function readRibbonOutcome(): RibbonOutcome | null {
  try {
    const value: unknown = Office.context?.document?.settings?.get(ribbonOutcomeSetting);
    return isOutcome(value) ? value : null;
  } catch {
    return null;
  }
}

/** Reads the settings again from the document (another runtime may have saved a newer outcome). */
export function refreshRibbonOutcome(): Promise<RibbonOutcome | null> {
  return new Promise((resolve) => {
    try {
      const settings = Office.context?.document?.settings;
      if (!settings) return resolve(null);
      settings.refreshAsync(() => resolve(readRibbonOutcome()));
    } catch {
      resolve(null);
    }
  });
}

/** Saves the outcome with the document's settings (best effort: it is a note, not data). */
export function saveRibbonOutcome(outcome: RibbonOutcome): Promise<void> {
  return new Promise((resolve) => {
    try {
      const settings = Office.context?.document?.settings;
      if (!settings) return resolve();
      settings.set(ribbonOutcomeSetting, outcome);
      settings.saveAsync(() => resolve());
    } catch {
      resolve();
    }
  });
}

type OutcomeListener = (outcome: RibbonOutcome, result: WriteResult | null) => void;

/** Who hears of a new ribbon outcome in this runtime: the task pane, when it shares the runtime. */
const listeners = new Set<OutcomeListener>();

export function subscribeRibbonOutcome(listener: OutcomeListener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function publishRibbonOutcome(outcome: RibbonOutcome, result: WriteResult | null): void {
  for (const listener of listeners) listener(outcome, result);
}
