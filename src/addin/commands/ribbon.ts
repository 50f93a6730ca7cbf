/** What the ribbon's Hitung Predikat does, apart from Office's plumbing (testable without Office). */
import { classifyError, LkeHostError } from "../../io/office/errors";
import type { LkeAddin, WriteResult } from "../../io/office/lke";
import type { RibbonOutcome } from "./outcome";

function failed(at: string, error: LkeHostError): RibbonOutcome {
  return { at, ok: false, error: { id: error.text("id"), en: error.text("en") } };
}

/** Scores every indicator sheet with live formulas; never throws. `onScored` gets the run's full result. */
export async function scoreWorkbook(addin: LkeAddin | null, now: () => Date = () => new Date(), onScored?: (result: WriteResult) => void): Promise<RibbonOutcome> {
  const at = now().toISOString();
  if (!addin) return failed(at, new LkeHostError("notInExcel"));
  try {
    const result = await addin.score("formulas");
    onScored?.(result);
    const units = result.reports.flatMap((r) => (r.total !== null && r.predicate !== null ? [{ unit: r.unit, total: r.total, predicate: r.predicate }] : []));
    return { at, ok: true, sheets: units.length, units };
  } catch (error) {
    return failed(at, classifyError(error));
  }
}
