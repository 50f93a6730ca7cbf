/**
 * Scores a workbook in the "Lampiran" form as it is: its own Nilai formulas, evaluated exactly,
 * give each assessment's components and total; the index it is for (from its total label and
 * titles, or as the user says) gives the predicate. Findings at the cell: a formula unlike its
 * neighbours, an answer type its formula does not know, an answer outside the row's choices or
 * the cell's dropdown list, a gating rule one assessment lacks.
 */
import { a1, columnLetters, parseA1 } from "../../address";
import { roundHalfUp, sum, ZERO, type Exact } from "../../exact";
import { isNumberValue, WorkbookEvaluator } from "../../formula/evaluate";
import { predicateFormula } from "../../plan/formulas";
import type { CellWrite } from "../../plan/writePlan";
import type { EngineRun } from "../../run";
import { cellValueOf } from "../formulaRepairs";
import { readMetadata } from "../../layout/metadata";
import { bandOf } from "../../scale/predicate";
import type { Band, PredicateScale } from "../../scale/predicateScale";
import type { SchemeRegistry } from "../../scheme/registry";
import { cellFormula, cellText, cellValue, columnCount, isBlank, isCellError, type SheetSnapshot, type WorkbookSnapshot } from "../../snapshot";
import type { ParamsOf } from "../../validate/check";
import { lampiranFormFindings } from "../../validate/checks/lampiranForm";
import type { Finding } from "../../validate/finding";
import { choicesText, declaredChoices, fitsChoices } from "./answerChoices";
import type { Assessment, FormLayout } from "./formRead";
import type { FormIndex, FormProfile } from "./formSchema";
import { formulaShape, knownChoiceTypes, type ColumnRoles } from "./formulaShape";
import { predicatePlacement } from "./predicatePlacement";
import { mixedLevels } from "./rangeLevels";
import { regulationFindings } from "./regulationCompare";

export interface FormPartScore {
  code: string;
  name: string;
  row: number;
  weight: Exact;
  score: Exact;
}

export interface FormComponentScore extends FormPartScore {
  subcomponents: FormPartScore[];
}

export interface FormAnalysis {
  profile: FormProfile;
  sheet: string;
  assessment: string;
  index: FormIndex | null;
  unit: string;
  year: string | null;
  components: FormComponentScore[];
  /** The total as the workbook's formulas compute it, in points. */
  total: Exact;
  /** Rounded as the form says: what the predicate is taken from. */
  totalPoints: Exact;
  /** Null where the index has no predicate scale (and the user named none). */
  scale: PredicateScale | null;
  band: Band | null;
  complete: boolean;
  findings: Finding[];
  totalCell: { row: number; col: number } | null;
  /** Where the predicate goes, under the total in its own column, with a "Predikat" label cell. */
  predicateCell: { row: number; col: number } | null;
  /** The label's cell, on the first assessment only (the row is shared). */
  labelCell: { row: number; col: number } | null;
  /**
   * The sheet's formulas with the values LKE computes for them (on the first assessment only:
   * the sheet is shared): their cached values are refreshed when `score` writes the file. A
   * formula LKE cannot evaluate (an error where the file caches none) is left alone.
   */
  evaluated: CellWrite[];
}

type Codes = typeof lampiranFormFindings.codes;

export interface FormOptions {
  /** A predicate scale id the user chose (--scheme), overriding the index's. */
  predicateScale?: string;
  /** Whether the scale applied is the regulation's (built in), so the workbook's own predicate is compared with it. */
  scaleIsRegulation?: boolean;
}

/** The roles of an assessment's columns, for formula shapes. */
function rolesOf(layout: FormLayout, assessment: Assessment): ColumnRoles {
  const roles = new Map<number, string>();
  roles.set(layout.weightCol, "weight");
  if (assessment.choices !== undefined) roles.set(assessment.choices, "choices");
  roles.set(assessment.answer, "answer");
  roles.set(assessment.value, "value");
  if (assessment.percent !== undefined) roles.set(assessment.percent, "percent");
  return roles;
}

function indexOf(layout: FormLayout): FormIndex | null {
  const label = layout.totalRow !== null ? layout.rows.find((r) => r.row === layout.totalRow)?.text ?? "" : "";
  for (const texts of [[label], layout.titles, [layout.sheet.name]]) {
    for (const index of layout.profile.indices) {
      if (index.match.some((p) => texts.some((t) => new RegExp(p, "i").test(t)))) return index;
    }
  }
  return null;
}

function validationListAt(sheet: SheetSnapshot, row: number, col: number): string[] | null {
  for (const validation of sheet.validations ?? []) {
    for (const part of validation.range.split(/\s+/)) {
      if (!part) continue;
      const [start, end = start] = part.split(":");
      const a = parseA1(start);
      const b = parseA1(end);
      if (row >= Math.min(a.row, b.row) && row <= Math.max(a.row, b.row) && col >= Math.min(a.col, b.col) && col <= Math.max(a.col, b.col)) return validation.list;
    }
  }
  return null;
}

export function analyzeForm(snapshot: WorkbookSnapshot, layout: FormLayout, registry: SchemeRegistry, run: EngineRun, options: FormOptions = {}): FormAnalysis[] {
  const { sheet, profile } = layout;
  const evaluator = new WorkbookEvaluator(snapshot, new Map(), run.parsedFormulas);
  const index = indexOf(layout);
  const scaleId = options.predicateScale ?? index?.predicateScale ?? null;
  const scale = scaleId ? (registry.predicateScales.get(scaleId) ?? null) : null;
  const metadata = readMetadata(sheet, layout.headerRow, columnCount(sheet));
  // A predicate formula in the Predikat row that is not the one LKE writes is the workbook's own: kept.
  const lkeFormula = (col: number) => (scale && layout.totalRow !== null ? predicateFormula(`ROUND(${a1(layout.totalRow, col)},${profile.rounding.decimals})`, scale, 1) : null);
  const placement = predicatePlacement(layout, (row, col) => {
    const formula = cellFormula(sheet, row, col);
    return formula === null || sameFormula(formula, lkeFormula(col));
  });
  const typeReported = new Set<string>();

  // Each assessment's candidate rows: answer rows whose Nilai formula reads answers, not values.
  const shapes = layout.assessments.map((assessment) => {
    const roles = rolesOf(layout, assessment);
    const map = new Map<number, string>();
    for (const row of layout.rows) {
      const formula = cellFormula(sheet, row.row, assessment.value);
      if (formula === null) continue;
      const typed = assessment.choices === undefined || cellText(sheet, row.row, assessment.choices) !== "";
      if (!typed) continue;
      const shape = formulaShape(formula, row.row, assessment.value, roles);
      if (shape.includes("{value")) continue;
      map.set(row.row, shape);
    }
    return map;
  });

  return layout.assessments.map((assessment, a) => {
    const found: { finding: Finding; row: number; col: number }[] = [];
    const report = <K extends keyof Codes & string>(code: K, params: ParamsOf<Codes[K]>, row: number, col: number) => {
      found.push({ finding: { code, severity: lampiranFormFindings.codes[code].severity, sheet: sheet.name, cell: a1(row, col), params }, row, col });
    };
    const number = (row: number, col: number): Exact => {
      const value = evaluator.cell(sheet.name, row, col);
      return isNumberValue(value) ? value : ZERO;
    };

    // Components (the outermost numbered rows carrying a Nilai) and their parts (the next level).
    const valued = layout.rows.filter((r) => r.code !== "" && (cellFormula(sheet, r.row, assessment.value) !== null || typeof cellValue(sheet, r.row, assessment.value) === "number"));
    const levels = [...new Set(valued.map((r) => r.level))].sort((x, y) => x - y);
    const components: FormComponentScore[] = [];
    for (const row of valued) {
      const part = { code: row.code, name: row.text, row: row.row, weight: number(row.row, layout.weightCol), score: number(row.row, assessment.value) };
      if (row.level === levels[0]) components.push({ ...part, subcomponents: [] });
      else if (row.level === levels[1] && components.length > 0) components[components.length - 1].subcomponents.push(part);
    }
    const total = layout.totalRow !== null ? number(layout.totalRow, assessment.value) : sum(components.map((c) => c.score));
    const totalPoints = roundHalfUp(total, profile.rounding.decimals);
    const band = scale ? bandOf(scale, totalPoints) : null;
    if (!scale) report("index-without-predicate", { assessment: assessment.heading, index: index?.name ?? "-" }, layout.totalRow ?? layout.headerRow, assessment.value);
    const regulationScale = scale && options.scaleIsRegulation && scale.confidence !== "uncertain" ? scale : null;
    found.push(
      ...regulationFindings({ layout, assessment, first: a === 0, index, regulationScale, band, totalPoints, answerRows: shapes[a].keys(), valueAt: (row, col) => evaluator.cell(sheet.name, row, col) }),
    );

    // Formulas unlike their neighbours (both agree with each other, this one differs).
    const shape = shapes[a];
    for (const [row, mine] of shape) {
      const above = [shape.get(row - 1), shape.get(row - 2)];
      const below = [shape.get(row + 1), shape.get(row + 2)];
      let pattern: string | undefined;
      if (above[0] !== undefined && above[0] === below[0]) pattern = above[0];
      else if (above[0] === undefined && below[0] !== undefined && below[0] === below[1]) pattern = below[0];
      else if (below[0] === undefined && above[0] !== undefined && above[0] === above[1]) pattern = above[0];
      if (pattern === undefined || pattern === mine || mine.includes(pattern)) continue;
      const neighbourRow = shape.get(row - 1) === pattern ? row - 1 : row + 1;
      report("formula-inconsistent", { assessment: assessment.heading, found: cellFormula(sheet, row, assessment.value) ?? "", neighbour: cellFormula(sheet, neighbourRow, assessment.value) ?? "" }, row, assessment.value);
    }

    // A range that takes a row together with the rows that row already aggregates.
    for (const [row, inner, parts] of mixedLevels(sheet, layout, assessment.value, run.parsedFormulas)) {
      report("formula-range-mixes-levels", { assessment: assessment.heading, found: cellFormula(sheet, row, assessment.value) ?? "", inner: a1(inner, assessment.value), parts }, row, assessment.value);
    }

    // A gating condition another assessment's formula carries on this row and this one lacks.
    layout.assessments.forEach((other, b) => {
      if (b === a) return;
      for (const [row, mine] of shape) {
        const theirs = shapes[b].get(row);
        if (theirs === undefined || theirs === mine || !theirs.includes(mine)) continue;
        report("gating-missing", { assessment: assessment.heading, other: other.heading, otherCell: a1(row, other.value) }, row, assessment.value);
      }
    });

    // Answers: their type known to the formula, within the row's choices and the dropdown list.
    let complete = true;
    for (const [row] of shape) {
      const choicesCol = assessment.choices;
      const type = choicesCol !== undefined ? cellText(sheet, row, choicesCol) : "";
      const formula = cellFormula(sheet, row, assessment.value) ?? "";
      if (choicesCol !== undefined) {
        const known = knownChoiceTypes(formula, `${columnLetters(choicesCol)}${row + 1}`);
        const key = a1(row, choicesCol);
        if (known && !known.some((k) => k.toLowerCase() === type.toLowerCase()) && !typeReported.has(key)) {
          typeReported.add(key);
          report("answer-type-unknown", { type, known: known.filter((k) => k !== "").join(", ") }, row, choicesCol);
        }
      }
      if (cellFormula(sheet, row, assessment.answer) !== null) continue;
      if (isBlank(sheet, row, assessment.answer)) {
        complete = false;
        continue;
      }
      const raw = cellValue(sheet, row, assessment.answer);
      const answer = typeof raw === "number" ? raw : cellText(sheet, row, assessment.answer);
      const declared = declaredChoices(type);
      if (declared && !fitsChoices(answer, declared)) {
        report("answer-not-in-choices", { assessment: assessment.heading, answer: String(answer), choices: choicesText(declared) }, row, assessment.answer);
      }
      const list = validationListAt(sheet, row, assessment.answer);
      if (list && !list.some((choice) => choice.toLowerCase() === String(answer).trim().toLowerCase())) {
        report("answer-not-in-list", { assessment: assessment.heading, answer: String(answer), list: list.join(", ") }, row, assessment.answer);
      }
    }

    const evaluated: CellWrite[] = a === 0 ? evaluatedFormulas(sheet, evaluator) : [];

    found.sort((x, y) => x.row - y.row || x.col - y.col);
    return {
      evaluated,
      profile,
      sheet: sheet.name,
      assessment: assessment.heading,
      index,
      unit: metadata.unit?.value ?? sheet.name,
      year: metadata.year?.value ?? /\b(19|20)\d{2}\b/.exec(assessment.heading)?.[0] ?? null,
      components,
      total,
      totalPoints,
      scale,
      band,
      complete,
      findings: found.map((f) => f.finding),
      totalCell: layout.totalRow !== null ? { row: layout.totalRow, col: assessment.value } : null,
      predicateCell: placement && scale ? { row: placement.row, col: assessment.value } : null,
      // One label for the row, written with the first assessment's predicate.
      labelCell: placement && scale && a === 0 ? { row: placement.row, col: layout.textCol } : null,
    };
  });
}

function sameFormula(formula: string, other: string | null): boolean {
  const normal = (text: string) => text.replace(/^=/, "").replace(/\s+/g, "").toUpperCase();
  return other !== null && normal(formula) === normal(other);
}

function evaluatedFormulas(sheet: SheetSnapshot, evaluator: WorkbookEvaluator): CellWrite[] {
  const cells: CellWrite[] = [];
  sheet.formulas.forEach((row, r) =>
    row.forEach((formula, c) => {
      if (formula === null) return;
      const value = cellValueOf(evaluator.cell(sheet.name, r, c));
      const cached = cellValue(sheet, r, c);
      if (isCellError(value) && !(isCellError(cached) && cached.error === value.error)) return;
      cells.push({ sheet: sheet.name, row: r, col: c, formula, value });
    }),
  );
  return cells;
}
