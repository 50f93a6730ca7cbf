/**
 * The report command as a plan: the workbook scored as `score` would, one LHE sheet per scored
 * unit, and a `Rekomendasi` sheet of the criteria most often not met across the units. One
 * plan, so the report's references always point at cells that hold the engine's values.
 */
import type { WorkbookAnalysis } from "../engine";
import type { Lang } from "../messages/number";
import { finalizePlan } from "../plan/finalize";
import type { WriteMode } from "../plan/scoreOutputs";
import { scoreCells, withRecalculation } from "../plan/scorePlan";
import type { SheetSpec, WritePlan } from "../plan/writePlan";
import { sheetReport } from "../report";
import { EngineRun } from "../run";
import type { WorkbookSnapshot } from "../snapshot";
import { placeSheet } from "../summary/summaryPlan";
import { SheetBuilder } from "../summary/sheetBuilder";
import { lheLabels, lheSheetPrefix, recommendationSheetName } from "./labels";
import { lheSheet, unmetRows } from "./lheSheet";

export const reportCommand = "report";

export interface ReportResult {
  plan: WritePlan;
  /** The LHE sheet written for each unit sheet, and the recap's name. */
  sheets: { unitSheet: string; name: string }[];
  recommendations: string | null;
}

export function planReport(snapshot: WorkbookSnapshot, analysis: WorkbookAnalysis, options: { mode: WriteMode; at: string; lang: Lang; copyOf?: string }): ReportResult {
  const specs: SheetSpec[] = [];
  const sheets: ReportResult["sheets"] = [];
  const chosen: string[] = [];
  const place = (wanted: string) => {
    const spot = placeSheet(snapshot, wanted, chosen);
    chosen.push(spot.name);
    return spot;
  };
  const scored = analysis.sheets.filter((s) => s.indicator && s.score);
  for (const unit of scored) {
    const spot = place(`${lheSheetPrefix}${unit.name}`);
    specs.push(lheSheet(spot.name, spot.replace, unit, options.lang));
    sheets.push({ unitSheet: unit.name, name: spot.name });
  }
  let recommendations: string | null = null;
  if (scored.length > 0) {
    const spot = place(recommendationSheetName);
    specs.push(recommendationSheet(spot.name, spot.replace, analysis, options.lang));
    recommendations = spot.name;
  }
  const plan = withRecalculation(finalizePlan(snapshot, scoreCells(analysis, options.mode, new EngineRun()), specs, { command: reportCommand, at: options.at, ...(options.copyOf === undefined ? {} : { copyOf: options.copyOf }) }), analysis);
  return { plan, sheets, recommendations };
}

/** The criteria most often not met, across the units: where the regency's guidance should go first. */
function recommendationSheet(name: string, replace: boolean, analysis: WorkbookAnalysis, lang: Lang): SheetSpec {
  const labels = lheLabels(lang);
  const byCode = new Map<string, { text: string; units: string[] }>();
  for (const unit of analysis.sheets) {
    if (!unit.indicator || !unit.score) continue;
    const unitName = sheetReport(unit).unit;
    for (const row of unmetRows(unit.indicator)) {
      const entry = byCode.get(row.code) ?? { text: row.text, units: [] };
      entry.units.push(unitName);
      byCode.set(row.code, entry);
    }
  }
  const rows = [...byCode.entries()].sort(([a, x], [b, y]) => y.units.length - x.units.length || a.localeCompare(b, "en", { numeric: true }));
  const b = new SheetBuilder();
  b.put(0, 0, labels.recapTitle, { bold: true, measure: false });
  [labels.code, labels.text, labels.units, labels.which].forEach((text, c) => b.put(2, c, text, { bold: true }));
  rows.forEach(([code, entry], i) => {
    b.put(3 + i, 0, code);
    b.put(3 + i, 1, entry.text);
    b.put(3 + i, 2, entry.units.length, { center: true });
    b.put(3 + i, 3, entry.units.join(", "), { measure: false });
  });
  if (rows.length === 0) b.put(3, 0, labels.noneUnmet, { measure: false });
  return b.spec(name, replace, { freezeRows: 3, print: { landscape: true, a4: true, footer: labels.page } });
}
