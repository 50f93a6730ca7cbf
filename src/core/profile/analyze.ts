/**
 * Scores a real layout as it is: the workbook's own formulas, evaluated exactly. Each output
 * cell (a cell the layout's formulas occupy) is compared with the formula the layout puts
 * there; one typed over or broken is repaired, and reported. Nothing else is written except
 * the predicate next to the total.
 */
import { a1 } from "../address";
import { readMetadata } from "../layout/metadata";
import { roundHalfUp, sum, type Exact } from "../exact";
import { predicateFormula } from "../plan/formulas";
import type { CellWrite } from "../plan/writePlan";
import type { EngineRun } from "../run";
import { bandOf } from "../scale/predicate";
import type { Band, PredicateScale } from "../scale/predicateScale";
import type { SchemeRegistry } from "../scheme/registry";
import { cellFormula, cellText, columnCount, type WorkbookSnapshot } from "../snapshot";
import type { Finding } from "../validate/finding";
import { normalizeFormula, repairedWorkbook, repairsWanted } from "./formulaRepairs";
import { checkAnswers, checkLayoutWeights, numberReader, toPointsOf } from "./layoutChecks";
import { LayoutFindings } from "./layoutFindings";
import { layoutFormulas } from "./layoutFormulas";
import type { LayoutProfile } from "./profileSchema";
import type { ProfileLayout } from "./read";

export interface ProfileSubcomponentScore {
  code: string;
  name: string;
  row: number;
  /** In the sheet's units (fractions for KKE), as its formulas compute them. */
  weight: Exact;
  score: Exact;
}

export interface ProfileComponentScore extends ProfileSubcomponentScore {
  subcomponents: ProfileSubcomponentScore[];
}

export interface ProfileAnalysis {
  profile: LayoutProfile;
  /** The entry's name: the detail sheet's. */
  name: string;
  summarySheet: string;
  detailSheet: string;
  /** The evaluated unit from a "Unit"/"OPD"/"Perangkat Daerah" label above either header, else "RESUME/PENILAIAN". */
  unit: string;
  year: string | null;
  layout: ProfileLayout;
  units: LayoutProfile["units"];
  components: ProfileComponentScore[];
  /** The total as the workbook computes it (after repairs), in the sheet's units. */
  total: Exact;
  /** The total in points, rounded as the profile says: what the predicate is taken from. */
  totalPoints: Exact;
  scale: PredicateScale;
  band: Band;
  complete: boolean;
  findings: Finding[];
  /** Output cells whose formula LKE writes back (typed over or broken), with their new values. */
  repairs: CellWrite[];
  /** Where the predicate goes, right of the total; null when the summary has no total cell. */
  predicateCell: { row: number; col: number } | null;
  totalCell: { row: number; col: number } | null;
}

export function analyzeProfileLayout(snapshot: WorkbookSnapshot, layout: ProfileLayout, registry: SchemeRegistry, run: EngineRun): ProfileAnalysis {
  const { profile, summary, detail } = layout;
  const summarySheet = summary.sheet;
  const scoreCol = summary.columns.score;
  const findings = new LayoutFindings(summarySheet);

  const wanted = repairsWanted(snapshot, layout, layoutFormulas(layout), run, findings);
  const { after, repairs } = repairedWorkbook(snapshot, wanted, run);
  const read = numberReader(after);

  const components: ProfileComponentScore[] = layout.components.map((component) => ({
    code: component.code,
    name: component.name,
    row: component.row,
    weight: read(summarySheet, component.row, summary.columns.weight),
    score: read(summarySheet, component.row, scoreCol),
    subcomponents: component.subcomponents.map((sub) => ({
      code: sub.code,
      name: sub.name,
      row: sub.row,
      weight: read(summarySheet, sub.row, summary.columns.weight),
      score: read(summarySheet, sub.row, scoreCol),
    })),
  }));
  const total = layout.totalRow !== null ? read(summarySheet, layout.totalRow, scoreCol) : sum(components.map((c) => c.score));
  const totalPoints = roundHalfUp(toPointsOf(profile.units, total), profile.rounding.decimals);
  const scale = registry.predicateScales.get(profile.predicateScale);
  if (!scale) throw new Error(`Layout profile ${profile.id}: unknown predicate scale ${profile.predicateScale}`);

  checkLayoutWeights(layout, components.map((c) => c.weight), read, findings);
  const complete = checkAnswers(layout, after, read, findings);
  const totalCell = layout.totalRow !== null && scoreCol !== undefined ? { row: layout.totalRow, col: scoreCol } : null;

  const metadata = { ...readMetadata(detail.sheet, Math.max(detail.headerRow, 0), columnCount(detail.sheet)), ...readMetadata(summarySheet, Math.max(summary.headerRow, 0), columnCount(summarySheet)) };
  return {
    profile,
    name: detail.sheet.name,
    summarySheet: summarySheet.name,
    detailSheet: detail.sheet.name,
    unit: metadata.unit?.value ?? `${summarySheet.name}/${detail.sheet.name}`,
    year: metadata.year?.value ?? null,
    layout,
    units: profile.units,
    components,
    total,
    totalPoints,
    scale,
    band: bandOf(scale, totalPoints),
    complete,
    findings: findings.inReadingOrder(),
    repairs,
    predicateCell: totalCell ? predicateCellOf(layout, totalCell, scale) : null,
    totalCell,
  };
}

/** The predicate's place: right of the total, in the first cell that is empty or already holds it. */
function predicateCellOf(layout: ProfileLayout, totalCell: { row: number; col: number }, scale: PredicateScale): { row: number; col: number } | null {
  const sheet = layout.summary.sheet;
  const wanted = normalizeFormula(predicateFormulaFor(layout.profile, scale, a1(totalCell.row, totalCell.col)));
  for (let col = totalCell.col + 1; col < totalCell.col + 30; col++) {
    const formula = cellFormula(sheet, totalCell.row, col);
    const empty = formula === null && cellText(sheet, totalCell.row, col) === "";
    // A predicate letter without a formula is what an earlier run wrote in values mode.
    const earlier = formula === null && isPredicateText(cellText(sheet, totalCell.row, col), scale);
    if (empty || earlier || (formula !== null && normalizeFormula(formula) === wanted)) return { row: totalCell.row, col };
  }
  return null;
}

function isPredicateText(text: string, scale: PredicateScale): boolean {
  return scale.bands.some((b) => b.predicate === text);
}

/** The predicate of the total cell, from the total in points rounded as the profile says. */
export function predicateFormulaFor(profile: LayoutProfile, scale: PredicateScale, totalRef: string): string {
  const points = profile.units === "fraction" ? `${totalRef}*100` : totalRef;
  return predicateFormula(`ROUND(${points},${profile.rounding.decimals})`, scale, 1);
}

/** The cells `score` writes on a real layout: the repairs, then the predicate. */
export function profileOutputs(analysis: ProfileAnalysis, mode: "formulas" | "values"): CellWrite[] {
  const writes = [...analysis.repairs];
  if (analysis.predicateCell && analysis.totalCell) {
    const { row, col } = analysis.predicateCell;
    const formula = predicateFormulaFor(analysis.profile, analysis.scale, a1(analysis.totalCell.row, analysis.totalCell.col));
    writes.push({ sheet: analysis.summarySheet, row, col, value: analysis.band.predicate, ...(mode === "formulas" ? { formula: `=${formula}` } : {}) });
  }
  return writes;
}
