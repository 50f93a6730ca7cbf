/**
 * Reads a sheet in the "Lampiran" form: its header row and roles, the assessments side by side
 * (each a Jawaban column and its Nilai column, named by the heading above them), its numbered
 * rows and its total row. Nothing is computed here: see formAnalyze.ts.
 */
import { parseA1 } from "../../address";
import { cellFormula, cellText, columnCount, type SheetSnapshot } from "../../snapshot";
import { BoundedCache } from "../../boundedCache";
import { readCaches } from "../../readCaches";
import type { FormProfile, FormRole } from "./formSchema";

export interface Assessment {
  /** Its heading ("PENILAIAN TAHUN 2014", "Penilaian Evaluator"), else the text header. */
  heading: string;
  /** The Pilihan Jawaban column it reads (may be shared with the other assessments). */
  choices?: number;
  answer: number;
  value: number;
  percent?: number;
}

export interface FormRow {
  row: number;
  /** Numbering token ("A.", "i.", "a."), "" for a row without one. */
  code: string;
  /** Column of the numbering (or of the label), counted from the text column. */
  level: number;
  text: string;
}

export interface FormLayout {
  profile: FormProfile;
  sheet: SheetSnapshot;
  headerRow: number;
  textCol: number;
  weightCol: number;
  assessments: Assessment[];
  rows: FormRow[];
  totalRow: number | null;
  /** Text of the rows above the header (titles), for telling the index. */
  titles: string[];
}

interface Area {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

function mergeAreas(sheet: SheetSnapshot): Area[] {
  return (sheet.merges ?? []).map((range) => {
    const [start, end = start] = range.split(":");
    const a = parseA1(start);
    const b = parseA1(end);
    return { top: Math.min(a.row, b.row), left: Math.min(a.col, b.col), bottom: Math.max(a.row, b.row), right: Math.max(a.col, b.col) };
  });
}

function matcher(patterns: readonly string[]): (text: string) => boolean {
  const regexes = patterns.map((p) => new RegExp(p, "i"));
  return (text) => {
    const normal = text.replace(/\s+/g, " ").trim();
    return normal !== "" && regexes.some((r) => r.test(normal));
  };
}

/** The order matters: "Pilihan Jawaban" is a choices header, not an answer one. */
const roleOrder: FormRole[] = ["choices", "difference", "percent", "weight", "text", "answer", "value"];

/** Compiled once per profile: header texts are matched on every cell of every sheet's first rows. */
const roleMatchers = new WeakMap<FormProfile, [FormRole, (text: string) => boolean][]>();

/** The role of a header text, if any. */
export function headerRoleOf(profile: FormProfile, text: string): FormRole | undefined {
  if (!text) return undefined;
  // The sheets of a workbook repeat their first rows' texts: within a run each is matched once.
  const caches = readCaches()?.formRoles;
  if (caches === undefined) return matchRole(profile, text);
  let roles = caches.get(profile);
  if (roles === undefined) caches.set(profile, (roles = new BoundedCache()));
  const known = roles.get(text);
  if (known !== undefined) return known ?? undefined;
  return roles.set(text, matchRole(profile, text) ?? null) ?? undefined;
}

function matchRole(profile: FormProfile, text: string): FormRole | undefined {
  let matchers = roleMatchers.get(profile);
  if (!matchers) {
    matchers = roleOrder.map((role) => [role, matcher(profile.headers[role])]);
    roleMatchers.set(profile, matchers);
  }
  for (const [role, matches] of matchers) if (matches(text)) return role;
  return undefined;
}

/** What a sheet seemed to be when it is not the form: for the file-level finding. */
export function formHeaderRoles(sheet: SheetSnapshot, profile: FormProfile): Set<FormRole> {
  const found = new Set<FormRole>();
  const rows = Math.min(profile.headerSearchRows, sheet.values.length);
  const width = columnCount(sheet);
  for (let r = 0; r < rows; r++) {
    for (let c = 0; c < width; c++) {
      const role = headerRoleOf(profile, cellText(sheet, r, c));
      if (role) found.add(role);
    }
  }
  return found;
}

/** The form's layout on this sheet, or null when the sheet is not the form. */
export function readFormLayout(sheet: SheetSnapshot, profile: FormProfile): FormLayout | null {
  const width = columnCount(sheet);
  const rows = Math.min(profile.headerSearchRows, sheet.values.length);
  // Most sheets are ruled out by having no choices header ("choices" is the first role tried).
  let hasChoices = false;
  for (let r = 0; r < rows && !hasChoices; r++) for (let c = 0; c < width && !hasChoices; c++) hasChoices = headerRoleOf(profile, cellText(sheet, r, c)) === "choices";
  if (!hasChoices) return null;
  // Every role of every header cell, read once.
  const roles: (FormRole | undefined)[][] = [];
  for (let r = 0; r < rows; r++) {
    roles.push([]);
    for (let c = 0; c < width; c++) roles[r][c] = headerRoleOf(profile, cellText(sheet, r, c));
  }
  const roleAt = (r: number, c: number) => roles[r]?.[c];
  for (let headerRow = 0; headerRow < rows; headerRow++) {
    const answers: number[] = [];
    const values: number[] = [];
    for (let c = 0; c < width; c++) {
      const role = roleAt(headerRow, c);
      if (role === "answer") answers.push(c);
      if (role === "value") values.push(c);
    }
    if (answers.length === 0 || values.length === 0) continue;
    // Weight, text and choices headers may stand on the row itself or above it (merged down).
    const near = (role: FormRole): number[] => {
      const cols: number[] = [];
      for (let r = Math.max(0, headerRow - 2); r <= headerRow; r++) for (let c = 0; c < width; c++) if (roleAt(r, c) === role) cols.push(c);
      return [...new Set(cols)].sort((a, b) => a - b);
    };
    const weights = near("weight");
    const texts = near("text");
    if (weights.length === 0 || texts.length === 0) continue;
    const weightCol = weights[0];
    const textCol = texts.filter((c) => c < weightCol).pop();
    if (textCol === undefined) continue;
    // The answer type in each row is what sets the form apart from the LKE format (Kode | Uraian | Bobot | Jawaban | Nilai).
    const choices = near("choices");
    if (choices.length === 0) continue;
    const percents = near("percent");
    const assessments: Assessment[] = [];
    answers.forEach((answer, i) => {
      const next = answers[i + 1] ?? Infinity;
      const value = values.find((c) => c > answer && c < next);
      if (value === undefined) return;
      const choice = choices.filter((c) => c < answer).pop();
      const percent = percents.find((c) => c > value && c < next);
      assessments.push({ heading: "", choices: choice, answer, value, ...(percent !== undefined ? { percent } : {}) });
    });
    if (assessments.length === 0) continue;
    const layout: FormLayout = { profile, sheet, headerRow, textCol, weightCol, assessments, rows: [], totalRow: null, titles: [] };
    nameAssessments(layout);
    readRows(layout);
    return layout;
  }
  return null;
}

/** Each assessment's heading: the text above its columns (not a title spanning the whole form). */
function nameAssessments(layout: FormLayout): void {
  const { sheet, headerRow, weightCol, textCol, assessments, profile } = layout;
  const merges = mergeAreas(sheet);
  const textHeader = cellText(sheet, headerRow, textCol) || "Penilaian";
  let previousEnd = weightCol;
  assessments.forEach((assessment, i) => {
    let heading = "";
    for (let r = headerRow - 1; r >= Math.max(0, headerRow - 2) && !heading; r--) {
      const merge = merges.find((m) => r >= m.top && r <= m.bottom && assessment.answer >= m.left && assessment.answer <= m.right);
      if (merge) {
        if (merge.left > weightCol) heading = cellText(sheet, merge.top, merge.left);
        continue;
      }
      for (let c = assessment.answer; c > previousEnd && !heading; c--) {
        const text = cellText(sheet, r, c);
        if (text && headerRoleOf(profile, text) === undefined) heading = text;
      }
    }
    const answerHeader = cellText(sheet, headerRow, assessment.answer);
    if (!heading) heading = /^jawaban$/i.test(answerHeader.trim()) ? (assessments.length > 1 ? `${textHeader} ${i + 1}` : textHeader) : answerHeader;
    assessment.heading = heading.replace(/\s+/g, " ").trim();
    previousEnd = assessment.percent ?? assessment.value;
  });
}

function readRows(layout: FormLayout): void {
  const { sheet, headerRow, textCol, weightCol, profile } = layout;
  const code = new RegExp(profile.codePattern);
  const isTotal = matcher(profile.totalLabels);
  const firstValue = Math.min(...layout.assessments.map((a) => a.answer));
  for (let r = 0; r < headerRow; r++) {
    const texts = new Set<string>();
    for (let c = 0; c < columnCount(sheet); c++) {
      const text = cellText(sheet, r, c);
      if (text) texts.add(text);
    }
    layout.titles.push(...texts);
  }
  for (let r = headerRow + 1; r < sheet.values.length; r++) {
    let found: FormRow | null = null;
    for (let c = textCol; c < weightCol && !found; c++) {
      const text = cellText(sheet, r, c);
      if (!text) continue;
      if (code.test(text)) {
        let name = "";
        for (let d = c + 1; d < weightCol && !name; d++) name = cellText(sheet, r, d);
        found = { row: r, code: text, level: c - textCol, text: name };
      } else {
        found = { row: r, code: "", level: c - textCol, text };
      }
    }
    if (!found) {
      // A label merged beyond the weight column (TOTAL rows) or a row of sub-items only.
      const label = cellText(sheet, r, textCol);
      if (label) found = { row: r, code: "", level: 0, text: label };
    }
    if (!found) continue;
    layout.rows.push(found);
    if (found.code === "" && layout.totalRow === null && isTotal(found.text)) layout.totalRow = r;
  }
  // A total label standing right of the text columns (merged over them) still counts.
  if (layout.totalRow === null) {
    for (let r = headerRow + 1; r < sheet.values.length && layout.totalRow === null; r++) {
      for (let c = textCol; c < firstValue; c++) {
        if (isTotal(cellText(sheet, r, c)) && cellFormula(sheet, r, layout.assessments[0].value) !== null) {
          layout.totalRow = r;
          break;
        }
      }
    }
  }
}
