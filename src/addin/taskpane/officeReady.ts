/**
 * Whether Office.js is there and ready. Offline, blocked by a proxy, or a page opened outside
 * Office: office.js may never load, or never call back. The pane says so after a few seconds
 * instead of showing "Memuat…" for ever.
 */

/** How long the pane waits for Office.onReady before it says Office.js did not start. */
export const officeReadyLimitMs = 5000;

export type OfficeReadiness = "ready" | "missing" | "timeout";

export interface OfficeLike {
  onReady(): Promise<unknown>;
}

/**
 * "missing" at once when office.js did not load at all; "ready" when Office.onReady resolves
 * in time; "timeout" when `wait(limitMs)` ends first. `wait` is the clock, given so the
 * decision is testable without one.
 */
export async function officeReadiness(office: OfficeLike | undefined, wait: (ms: number) => Promise<void>, limitMs = officeReadyLimitMs): Promise<OfficeReadiness> {
  if (!office || typeof office.onReady !== "function") return "missing";
  const ready = office.onReady().then(
    () => "ready" as const,
    () => "missing" as const,
  );
  return Promise.race([ready, wait(limitMs).then(() => "timeout" as const)]);
}
