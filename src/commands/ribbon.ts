/** What the ribbon's Hitung Predikat does, apart from Office's plumbing (testable without Office). */
import { classifyError, LkeHostError } from "../excel/errors";
import type { LkeAddin } from "../excel/lke";
import type { RibbonOutcome } from "./outcome";

function failed(at: string, error: LkeHostError): RibbonOutcome {
  return { at, ok: false, error: { id: error.text("id"), en: error.text("en") } };
}

/** Scores every indicator sheet with live formulas; never throws. */
export async function scoreWorkbook(addin: LkeAddin | null, now: () => Date = () => new Date()): Promise<RibbonOutcome> {
  const at = now().toISOString();
  if (!addin) return failed(at, new LkeHostError("notInExcel"));
  try {
    const result = await addin.score("formulas");
    return { at, ok: true, sheets: result.reports.filter((r) => r.total !== null).length };
  } catch (error) {
    return failed(at, classifyError(error));
  }
}
