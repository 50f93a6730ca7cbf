/** Every use case starts here: the workbook read with its schemes and layouts, and analysed once. */
import { analyzeWorkbook, foreignStateSheet, standardLayoutId, type WorkbookAnalysis, type WorkbookSnapshot } from "../core";
import { regencyLayouts, workbookForms } from "./layouts";
import { refuse } from "./refusal";
import { workbookRegistry } from "./registry";
import type { ReadSettings } from "./settings";

export function analyze(snapshot: WorkbookSnapshot, settings: ReadSettings): WorkbookAnalysis {
  const { label } = settings;
  // A user's sheet under LKE's own record sheet's name: nothing runs on that workbook.
  const taken = foreignStateSheet(snapshot);
  if (taken !== null) refuse({ kind: "state-sheet-taken", file: label, sheet: taken });
  const registry = workbookRegistry(snapshot, label, settings.schemeTexts, settings.scheme);
  const analysis = analyzeWorkbook(snapshot, {
    registry,
    schemeId: settings.scheme,
    layout: settings.layout,
    forms: workbookForms(snapshot, settings.layoutTexts),
    profiles: regencyLayouts(settings.layoutTexts),
  });
  const { layout } = settings;
  if (layout !== undefined && layout !== standardLayoutId && !analysis.sheets.some((s) => s.profile)) refuse({ kind: "layout-not-found", file: label, layout });
  return analysis;
}
