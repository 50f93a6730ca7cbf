/**
 * The Excel the add-in talks to: Office.js in Excel, or an in-memory stand-in that the
 * browser tests inject as `window.__LKE_FAKE_EXCEL__` (honoured only outside Office).
 */

export interface ExcelHost {
  /** Runs one batch; in Office `Excel.run({ delayForCellEdit: true }, batch)`. */
  run<T>(batch: (context: Excel.RequestContext) => Promise<T>): Promise<T>;
  /** `Office.context.requirements.isSetSupported`. */
  isSetSupported(name: string, version: string): boolean;
  /** Office's display language, e.g. "id-ID" or "en-US". */
  displayLanguage(): string | undefined;
  /** The document's file name, when Office knows it. */
  documentName?(): string | undefined;
}

declare global {
  interface Window {
    __LKE_FAKE_EXCEL__?: ExcelHost;
  }
}

/** The floor (data validation needs it); newer sets are detected where they are used. */
export const minimumExcelApi = "1.8";

export function officeHost(): ExcelHost {
  return {
    run: <T>(batch: (context: Excel.RequestContext) => Promise<T>) => Excel.run({ delayForCellEdit: true }, batch),
    isSetSupported: (name, version) => Boolean(Office.context?.requirements?.isSetSupported(name, version)),
    displayLanguage: () => Office.context?.displayLanguage,
    documentName: () => {
      const last = (Office.context?.document?.url ?? "").split(/[\\/]/).pop() ?? "";
      try {
        return decodeURIComponent(last).trim() || undefined;
      } catch {
        return last.trim() || undefined;
      }
    },
  };
}

function insideOffice(): boolean {
  return typeof Office !== "undefined" && typeof Excel !== "undefined" && Boolean(Office.context?.requirements);
}

/** Office.js inside Excel; otherwise the injected stand-in, if any; otherwise null. */
export function currentHost(): ExcelHost | null {
  if (insideOffice()) return officeHost();
  if (typeof window !== "undefined" && window.__LKE_FAKE_EXCEL__) return window.__LKE_FAKE_EXCEL__;
  return null;
}

/** Runs tasks one after another: a command never starts while another is writing. */
export class RunQueue {
  private tail: Promise<unknown> = Promise.resolve();
  private pending = 0;

  get busy(): boolean {
    return this.pending > 0;
  }

  enqueue<T>(task: () => Promise<T>): Promise<T> {
    this.pending++;
    const run = this.tail.then(task, task);
    this.tail = run.then(
      () => undefined,
      () => undefined,
    );
    return run.finally(() => {
      this.pending--;
    });
  }
}
