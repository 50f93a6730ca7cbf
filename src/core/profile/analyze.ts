/**
 * Scores a real layout as it is: the workbook's own formulas, evaluated exactly. Each output
 * cell (a cell the layout's formulas occupy) is compared with the formula the layout puts
 * there; one typed over or broken is repaired, and reported. Nothing else is written except
 * the predicate next to the total.
 */
import { a1, columnLetters, sheetRef } from "../address";
import { readMetadata } from "../layout/metadata";
import { HUNDRED, ONE, roundHalfUp, sum, toNumber, ZERO, type Exact } from "../exact";
import { cellKey, isFormulaError, isNumberValue, WorkbookEvaluator, type CellOverride, type FormulaValue } from "../formula/evaluate";
import { literal, predicateFormula } from "../plan/formulas";
import type { CellWrite } from "../plan/writePlan";
import type { EngineRun } from "../run";
import type { AnswerScale } from "../scale/answerScale";
import { bandOf } from "../scale/predicate";
import type { Band, PredicateScale } from "../scale/predicateScale";
import { allowedAnswers } from "../scale/readAnswer";
import type { SchemeRegistry } from "../scheme/registry";
import { cellFormula, cellText, cellValue, columnCount, type CellValue, type SheetSnapshot, type WorkbookSnapshot } from "../snapshot";
import type { ParamsOf } from "../validate/check";
import { layoutProfileFindings } from "../validate/checks/layoutProfile";
import type { Finding } from "../validate/finding";
import type { LayoutProfile } from "./profileSchema";
import type { CriterionRow, EvidenceRow, ProfileLayout } from "./read";

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

type Codes = typeof layoutProfileFindings.codes;

interface Located {
  finding: Finding;
  sheetOrder: number;
  row: number;
  col: number;
}

/** One cell the layout's formulas occupy, with the formula the layout puts there. */
interface OutputCell {
  sheet: string;
  row: number;
  col: number;
  code: string;
  formula: string;
  /** Reported as missing when empty (a cell the score needs). */
  needed: boolean;
}

export function toPointsOf(units: LayoutProfile["units"], value: Exact): Exact {
  return units === "fraction" ? value.mul(HUNDRED) : value;
}

function numberOf(value: FormulaValue): Exact {
  return isNumberValue(value) ? value : ZERO;
}

export function cellValueOf(value: FormulaValue): CellValue {
  if (value === null) return null;
  if (isNumberValue(value)) return toNumber(value);
  if (isFormulaError(value)) return { error: value.error };
  return value;
}

function sameResult(x: FormulaValue, y: FormulaValue): boolean {
  const blankish = (v: FormulaValue) => v === null || v === "" || (isNumberValue(v) && v.equals(0));
  if (isFormulaError(x) || isFormulaError(y)) return isFormulaError(x) && isFormulaError(y);
  if (isNumberValue(x) && isNumberValue(y)) return x.equals(y);
  if (blankish(x) && blankish(y)) return true;
  if (typeof x === "string" && typeof y === "string") return x.toLowerCase() === y.toLowerCase();
  return x === y;
}

function normalizeFormula(formula: string): string {
  return formula.replace(/^=/, "").replace(/\s+/g, "").replace(/\$/g, "").toUpperCase();
}

/** The coefficient formula of an answer cell on a choice scale: IF(M7="Y",1,IF(M7="T",0,"Belum Diisi")). */
export function coefficientFormula(answerRef: string, scale: AnswerScale, unansweredText: string): string {
  if (scale.kind !== "choice") return `"${unansweredText}"`;
  let formula = `"${unansweredText.replace(/"/g, '""')}"`;
  for (let i = scale.choices.length - 1; i >= 0; i--) {
    const choice = scale.choices[i];
    formula = `IF(${answerRef}="${choice.answer.replace(/"/g, '""')}",${literal(choice.value)},${formula})`;
  }
  return formula;
}

function bestAnswer(scale: AnswerScale | undefined): string | null {
  if (!scale || scale.kind !== "choice") return null;
  let best = scale.choices[0];
  for (const choice of scale.choices) if (Number(choice.value) > Number(best.value)) best = choice;
  return best.answer;
}

export function analyzeProfileLayout(snapshot: WorkbookSnapshot, layout: ProfileLayout, registry: SchemeRegistry, run: EngineRun): ProfileAnalysis {
  const { profile, summary, detail } = layout;
  const S = summary.sheet;
  const D = detail.sheet;
  const sc = summary.columns;
  const dc = detail.columns;
  const found: Located[] = [];
  const report = <K extends keyof Codes & string>(code: K, params: ParamsOf<Codes[K]>, sheet: SheetSnapshot, row: number, col: number) => {
    found.push({
      finding: { code, severity: layoutProfileFindings.codes[code].severity, sheet: sheet.name, cell: a1(row, col), params },
      sheetOrder: sheet === S ? 0 : 1,
      row,
      col,
    });
  };
  const L = (col: number | undefined) => (col === undefined ? "" : columnLetters(col));
  const abs = (col: number | undefined, row: number) => `$${L(col)}$${row + 1}`;
  const ref = (col: number | undefined, row: number) => `${L(col)}${row + 1}`;

  // The formulas the layout puts in its output cells.
  const outputs: OutputCell[] = [];
  const add = (sheet: SheetSnapshot, row: number, col: number | undefined, code: string, formula: string, needed: boolean) => {
    if (col === undefined) return;
    outputs.push({ sheet: sheet.name, row, col, code, formula, needed });
  };
  const lastDetailRow = Math.max(detail.headerRow + 1, D.values.length - 1);
  const lastDetailCol = Math.max(columnCount(D) - 1, dc.value ?? 0);
  const summaryTable = `${sheetRef(S.name)}!${abs(sc.code, summary.headerRow + 1)}:${abs(Math.max(sc.score ?? 0, sc.weight ?? 0), Math.max(S.values.length - 1, summary.headerRow + 1))}`;
  const detailTable = `${sheetRef(D.name)}!${abs(dc.code, detail.headerRow + 1)}:${abs(lastDetailCol, lastDetailRow)}`;
  const weightIndex = sc.weight !== undefined && sc.code !== undefined ? sc.weight - sc.code + 1 : 0;
  const valueIndex = dc.value !== undefined && dc.code !== undefined ? dc.value - dc.code + 1 : 0;

  if (weightIndex > 0) {
    for (const component of layout.detailComponents) {
      if (!component.machineCode || cellFormula(D, component.row, dc.weight ?? -1) === null) continue;
      add(D, component.row, dc.weight, component.machineCode, `VLOOKUP(${ref(dc.code, component.row)},${summaryTable},${weightIndex},FALSE)`, false);
    }
  }
  for (const sub of layout.detailSubcomponents) {
    const s = sub.row;
    if (sub.machineCode && weightIndex > 0) add(D, s, dc.weight, sub.code, `VLOOKUP(${ref(dc.code, s)},${summaryTable},${weightIndex},FALSE)`, true);
    if (sub.criteria.length > 0) {
      const first = sub.criteria[0].row;
      const last = sub.criteria[sub.criteria.length - 1].row;
      add(D, s, dc.criterionCount, sub.code, `SUM(${ref(dc.criterionCount, first)}:${ref(dc.criterionCount, last)})`, false);
      add(D, s, dc.value, sub.code, `SUM(${ref(dc.value, first)}:${ref(dc.value, sub.lastRow)})`, true);
    }
    for (const criterion of sub.criteria) {
      const r = criterion.row;
      add(D, r, dc.criterionWeight, criterion.code, `${ref(dc.criterionCount, r)}/${abs(dc.criterionCount, s)}*${abs(dc.weight, s)}`, true);
      const counted = criterion.evidence.filter((e) => e.takesAnswer);
      if (counted.length > 0 && !criterion.direct) {
        const e1 = criterion.evidence[0].row;
        const eN = criterion.evidence[criterion.evidence.length - 1].row;
        add(D, r, dc.evidenceCount, criterion.code, `IF(${ref(dc.criterionCount, r)}>0,SUM(${ref(dc.evidenceCount, e1)}:${ref(dc.evidenceCount, eN)}),0)`, true);
        add(D, r, dc.evidenceWeight, criterion.code, `SUM(${ref(dc.evidenceWeight, e1)}:${ref(dc.evidenceWeight, eN)})`, true);
        for (const evidence of counted) addAnswerRow(evidence, `IFERROR(${ref(dc.evidenceCount, evidence.row)}/${abs(dc.evidenceCount, r)}*${abs(dc.criterionWeight, r)},0)`, criterion.code);
      } else if (criterion.direct) {
        addAnswerRow(criterion, ref(dc.criterionWeight, r), criterion.code);
      }
    }
  }
  function addAnswerRow(row: EvidenceRow | CriterionRow, weightFormula: string, code: string) {
    const r = row.row;
    add(D, r, dc.evidenceWeight, code, weightFormula, true);
    if (row.scale) add(D, r, dc.coefficient, code, coefficientFormula(ref(dc.answer, r), row.scale, profile.unansweredText), true);
    add(D, r, dc.value, code, `IFERROR(${ref(dc.coefficient, r)}*${ref(dc.evidenceWeight, r)},0)`, true);
  }
  for (const component of layout.components) {
    const subs = component.subcomponents;
    if (subs.length > 0) {
      const first = subs[0].row;
      const last = subs[subs.length - 1].row;
      if (cellFormula(S, component.row, sc.weight ?? -1) !== null) add(S, component.row, sc.weight, component.code, `SUM(${ref(sc.weight, first)}:${ref(sc.weight, last)})`, false);
      add(S, component.row, sc.score, component.code, `SUM(${ref(sc.score, first)}:${ref(sc.score, last)})`, true);
    }
    if (valueIndex > 0) {
      for (const sub of subs) add(S, sub.row, sc.score, sub.code, `IFERROR(VLOOKUP(${ref(sc.code, sub.row)},${detailTable},${valueIndex},FALSE),0)`, true);
    }
  }
  if (layout.totalRow !== null && layout.components.length > 0) {
    const t = layout.totalRow;
    if (cellFormula(S, t, sc.weight ?? -1) !== null) add(S, t, sc.weight, "total", `SUM(${layout.components.map((c) => ref(sc.weight, c.row)).join(",")})`, false);
    add(S, t, sc.score, "total", `SUM(${layout.components.map((c) => ref(sc.score, c.row)).join(",")})`, true);
  }

  // Two runs of the workbook's formulas: with its answers, and with every answer at its best,
  // so a formula that happens to agree now but would drop an answer is still caught.
  const sheetOf = (name: string) => (name === S.name ? S : D);
  const current = new WorkbookEvaluator(snapshot, new Map(), run.parsedFormulas);
  const bestOverrides = new Map<string, CellOverride>();
  for (const sub of layout.detailSubcomponents) {
    for (const criterion of sub.criteria) {
      const rows: (EvidenceRow | CriterionRow)[] = criterion.direct ? [criterion] : criterion.evidence.filter((e) => e.takesAnswer);
      for (const row of rows) {
        const answer = bestAnswer(row.scale);
        if (answer !== null && dc.answer !== undefined) bestOverrides.set(cellKey(D.name, row.row, dc.answer), { value: answer });
      }
    }
  }
  const best = new WorkbookEvaluator(snapshot, bestOverrides, run.parsedFormulas);

  const repairsWanted: OutputCell[] = [];
  for (const output of outputs) {
    const sheet = sheetOf(output.sheet);
    const formula = cellFormula(sheet, output.row, output.col);
    const raw = cellValue(sheet, output.row, output.col);
    const expected = `=${output.formula}`;
    if (formula === null) {
      if (raw === null || (typeof raw === "string" && raw.trim() === "")) {
        if (output.needed) report("formula-missing", { code: output.code, formula: expected }, sheet, output.row, output.col);
        continue;
      }
      report("formula-typed-over", { code: output.code, found: cellText(sheet, output.row, output.col), formula: expected }, sheet, output.row, output.col);
      repairsWanted.push(output);
      continue;
    }
    if (normalizeFormula(formula) === normalizeFormula(expected)) continue;
    const agrees = (evaluator: WorkbookEvaluator) => {
      const actual = evaluator.cell(sheet.name, output.row, output.col);
      const wanted = evaluator.formula(sheet.name, expected);
      return !isFormulaError(actual) || isFormulaError(wanted) ? sameResult(actual, wanted) : false;
    };
    if (/#REF!/i.test(formula) || !agrees(current) || !agrees(best)) {
      report("formula-broken", { code: output.code, found: formula, formula: expected }, sheet, output.row, output.col);
      repairsWanted.push(output);
    }
  }

  // The workbook as LKE leaves it: repaired formulas in place.
  const repairOverrides = new Map<string, CellOverride>();
  for (const output of repairsWanted) repairOverrides.set(cellKey(output.sheet, output.row, output.col), { formula: `=${output.formula}` });
  const after = new WorkbookEvaluator(snapshot, repairOverrides, run.parsedFormulas);
  const repairs: CellWrite[] = repairsWanted.map((output) => ({
    sheet: output.sheet,
    row: output.row,
    col: output.col,
    value: cellValueOf(after.cell(output.sheet, output.row, output.col)),
    formula: `=${output.formula}`,
  }));

  const read = (sheet: SheetSnapshot, row: number, col: number | undefined) => (col === undefined ? ZERO : numberOf(after.cell(sheet.name, row, col)));
  const components: ProfileComponentScore[] = layout.components.map((component) => ({
    code: component.code,
    name: component.name,
    row: component.row,
    weight: read(S, component.row, sc.weight),
    score: read(S, component.row, sc.score),
    subcomponents: component.subcomponents.map((sub) => ({
      code: sub.code,
      name: sub.name,
      row: sub.row,
      weight: read(S, sub.row, sc.weight),
      score: read(S, sub.row, sc.score),
    })),
  }));
  const total = layout.totalRow !== null ? read(S, layout.totalRow, sc.score) : sum(components.map((c) => c.score));
  const totalPoints = roundHalfUp(toPointsOf(profile.units, total), profile.rounding.decimals);
  const scale = registry.predicateScales.get(profile.predicateScale);
  if (!scale) throw new Error(`Layout profile ${profile.id}: unknown predicate scale ${profile.predicateScale}`);
  const band = bandOf(scale, totalPoints);

  // Weights that no longer add up (e.g. after a row was inserted outside a formula's range).
  const points = (value: Exact) => toNumber(roundHalfUp(toPointsOf(profile.units, value), 6));
  const close = (x: Exact, y: Exact) => x.equals(y);
  for (const sub of layout.detailSubcomponents) {
    if (sub.criteria.length === 0) continue;
    const subWeight = read(D, sub.row, dc.weight);
    const criteria = sum(sub.criteria.map((c) => read(D, c.row, dc.criterionWeight)));
    if (!close(criteria, subWeight)) {
      report("layout-weights-do-not-add-up", { code: sub.code, level: "criteria", expected: points(subWeight), found: points(criteria) }, D, sub.row, dc.criterionWeight ?? 0);
    }
    for (const criterion of sub.criteria) {
      if (criterion.direct || !criterion.evidence.some((e) => e.takesAnswer)) continue;
      const criterionWeight = read(D, criterion.row, dc.criterionWeight);
      const evidence = sum(criterion.evidence.map((e) => read(D, e.row, dc.evidenceWeight)));
      if (!close(evidence, criterionWeight)) {
        report("layout-weights-do-not-add-up", { code: criterion.code, level: "evidence", expected: points(criterionWeight), found: points(evidence) }, D, criterion.row, dc.evidenceWeight ?? 0);
      }
    }
  }
  if (components.length > 0) {
    const whole = profile.units === "fraction" ? ONE : HUNDRED;
    const weights = sum(components.map((c) => c.weight));
    if (!close(weights, whole)) {
      report("layout-weights-do-not-add-up", { code: "", level: "components", expected: points(whole), found: points(weights) }, S, layout.totalRow ?? summary.headerRow, sc.weight ?? 0);
    }
  }

  // Answers still to give: an empty cell or a placeholder ("Y/T", "A/B/C/D") counts 0.
  let complete = true;
  for (const sub of layout.detailSubcomponents) {
    for (const criterion of sub.criteria) {
      const rows: [EvidenceRow | CriterionRow, string][] = criterion.direct
        ? [[criterion, criterion.text]]
        : criterion.evidence.filter((e) => e.takesAnswer).map((e) => [e, e.text]);
      for (const [row, item] of rows) {
        if (!row.scale || dc.answer === undefined) continue;
        // The workbook's own coefficient formula decides what counts as answered ("ya" is not "Y" to it).
        const coefficient = dc.coefficient !== undefined && cellFormula(D, row.row, dc.coefficient) !== null ? after.cell(D.name, row.row, dc.coefficient) : null;
        const answered = coefficient !== null ? isNumberValue(coefficient) : row.answer.state === "answered";
        if (answered) continue;
        if (!read(D, row.row, dc.evidenceWeight).gt(0)) continue;
        complete = false;
        const value = cellText(D, row.row, dc.answer);
        report("evidence-unanswered", { code: criterion.code, item: shorten(item), value, allowed: allowedAnswers(row.scale).join(", ") }, D, row.row, dc.answer);
      }
    }
  }

  // The predicate: right of the total, in the first cell that is empty or already holds it.
  let predicateCell: { row: number; col: number } | null = null;
  let totalCell: { row: number; col: number } | null = null;
  if (layout.totalRow !== null && sc.score !== undefined) {
    totalCell = { row: layout.totalRow, col: sc.score };
    const wanted = normalizeFormula(predicateFormulaFor(profile, scale, a1(layout.totalRow, sc.score)));
    for (let col = sc.score + 1; col < sc.score + 30; col++) {
      const formula = cellFormula(S, layout.totalRow, col);
      const empty = formula === null && cellText(S, layout.totalRow, col) === "";
      // A predicate letter without a formula is what an earlier run wrote in values mode.
      const earlier = formula === null && isPredicateText(cellText(S, layout.totalRow, col), scale);
      if (empty || earlier || (formula !== null && normalizeFormula(formula) === wanted)) {
        predicateCell = { row: layout.totalRow, col };
        break;
      }
    }
  }

  const metadata = { ...readMetadata(D, Math.max(detail.headerRow, 0), columnCount(D)), ...readMetadata(S, Math.max(summary.headerRow, 0), columnCount(S)) };
  found.sort((x, y) => x.sheetOrder - y.sheetOrder || x.row - y.row || x.col - y.col);
  return {
    profile,
    name: D.name,
    summarySheet: S.name,
    detailSheet: D.name,
    unit: metadata.unit?.value ?? `${S.name}/${D.name}`,
    year: metadata.year?.value ?? null,
    layout,
    units: profile.units,
    components,
    total,
    totalPoints,
    scale,
    band,
    complete,
    findings: found.map((f) => f.finding),
    repairs,
    predicateCell,
    totalCell,
  };
}

function isPredicateText(text: string, scale: PredicateScale): boolean {
  return scale.bands.some((b) => b.predicate === text);
}

function shorten(text: string, max = 80): string {
  return text.length > max ? `${text.slice(0, max - 1).trimEnd()}…` : text;
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
