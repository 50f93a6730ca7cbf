/**
 * Finds a profile's sheets in a workbook (by their header texts) and reads their structure:
 * components and sub-components on the summary sheet; sub-components, criteria and evidence
 * rows on the detail sheet.
 */
import { normalizeLabel } from "../layout/text";
import type { AnswerScale } from "../scale/answerScale";
import { readAnswer, type AnswerReading } from "../scale/readAnswer";
import type { SchemeRegistry } from "../scheme/registry";
import { cellFormula, cellText, cellValue, columnCount, rowCount, type SheetSnapshot, type WorkbookSnapshot } from "../snapshot";
import { formulaReferences } from "../formula/evaluate";
import type { ParsedFormulas } from "../formula/parsedFormulas";
import type { DetailRole, LayoutProfile, SummaryRole } from "./profileSchema";

export interface FoundSheet<R extends string> {
  sheet: SheetSnapshot;
  /** The columns found, 0-based; roles whose header is absent are missing. */
  columns: Partial<Record<R, number>>;
  /** The last header row; the body starts below it. */
  headerRow: number;
}

export interface EvidenceRow {
  row: number;
  text: string;
  /** Marked "(Jika Ada)": without a count it weighs 0. */
  optional: boolean;
  /** Has a count, an answer or the formulas of an answered item. */
  takesAnswer: boolean;
  scale?: AnswerScale;
  answer: AnswerReading;
}

export interface CriterionRow {
  row: number;
  /** Display code, e.g. "A.1.2". */
  code: string;
  machineCode: string;
  text: string;
  evidence: EvidenceRow[];
  /** Answered on its own row (no evidence split). */
  direct: boolean;
  scale?: AnswerScale;
  answer: AnswerReading;
}

export interface DetailSubcomponent {
  row: number;
  machineCode: string;
  /** Display code, e.g. "A.1". */
  code: string;
  name: string;
  criteria: CriterionRow[];
  /** The last row that belongs to it. */
  lastRow: number;
}

export interface DetailComponentRow {
  row: number;
  machineCode: string;
}

export interface SummarySubcomponent {
  row: number;
  machineCode: string;
  code: string;
  name: string;
  detail?: DetailSubcomponent;
}

export interface SummaryComponent {
  row: number;
  machineCode: string;
  code: string;
  name: string;
  subcomponents: SummarySubcomponent[];
}

export interface ProfileLayout {
  profile: LayoutProfile;
  summary: FoundSheet<SummaryRole>;
  detail: FoundSheet<DetailRole>;
  components: SummaryComponent[];
  /** The summary's total row, when it has one. */
  totalRow: number | null;
  detailComponents: DetailComponentRow[];
  detailSubcomponents: DetailSubcomponent[];
}

/** Finds each role's header: the first cell (row by row, left to right) whose text the profile accepts. */
/** Header texts to roles, built once per profile's column table (it is looked up for every sheet). */
const wantedCache = new WeakMap<object, Map<string, string[]>>();

function wantedHeaders<R extends string>(columns: Record<R, string[]>): Map<string, R[]> {
  let wanted = wantedCache.get(columns) as Map<string, R[]> | undefined;
  if (!wanted) {
    wanted = new Map<string, R[]>();
    for (const role of Object.keys(columns) as R[]) {
      for (const header of columns[role]) {
        const key = normalizeLabel(header);
        wanted.set(key, [...(wanted.get(key) ?? []), role]);
      }
    }
    wantedCache.set(columns, wanted);
  }
  return wanted;
}

export function findColumns<R extends string>(sheet: SheetSnapshot, columns: Record<R, string[]>, searchRows: number): FoundSheet<R> {
  const wanted = wantedHeaders(columns);
  const found: Partial<Record<R, number>> = {};
  let headerRow = -1;
  const width = columnCount(sheet);
  for (let row = 0; row < Math.min(rowCount(sheet), searchRows); row++) {
    for (let col = 0; col < width; col++) {
      const text = cellText(sheet, row, col);
      if (!text) continue;
      const roles = wanted.get(normalizeLabel(text));
      if (roles === undefined) continue;
      for (const role of roles) {
        if (found[role] !== undefined) continue;
        if (Object.values(found).includes(col)) continue;
        found[role] = col;
        headerRow = Math.max(headerRow, row);
        break;
      }
    }
  }
  return { sheet, columns: found, headerRow };
}

function hasAll<R extends string>(found: FoundSheet<R>, roles: readonly R[]): boolean {
  return roles.every((role) => found.columns[role] !== undefined);
}

/**
 * The summary and detail sheets of a profile in a workbook, paired (a summary pulls its
 * results from the detail sheet its formulas name). `forced` accepts sheets that show only
 * the profile's essential headers.
 */
export function findProfileSheets(snapshot: WorkbookSnapshot, profile: LayoutProfile, forced: boolean, skip: (name: string) => boolean, parsed: ParsedFormulas): { summary: FoundSheet<SummaryRole>; detail: FoundSheet<DetailRole> }[] {
  const summaries: FoundSheet<SummaryRole>[] = [];
  const details: FoundSheet<DetailRole>[] = [];
  const summaryRoles = Object.keys(profile.summary.columns) as SummaryRole[];
  const detailRoles = Object.keys(profile.detail.columns) as DetailRole[];
  for (const sheet of snapshot.sheets) {
    if (skip(sheet.name)) continue;
    const detail = findColumns(sheet, profile.detail.columns, profile.headerSearchRows);
    if (hasAll(detail, forced ? profile.essential.detail : detailRoles)) {
      details.push(detail);
      continue;
    }
    const summary = findColumns(sheet, profile.summary.columns, profile.headerSearchRows);
    if (hasAll(summary, forced ? profile.essential.summary : summaryRoles)) summaries.push(summary);
  }
  const pairs: { summary: FoundSheet<SummaryRole>; detail: FoundSheet<DetailRole> }[] = [];
  const unpaired = [...details];
  for (const summary of summaries) {
    const named = referencedSheets(summary, parsed);
    let index = unpaired.findIndex((d) => named.has(d.sheet.name.toLowerCase()));
    if (index < 0) index = unpaired.length > 0 ? 0 : -1;
    if (index < 0) break;
    pairs.push({ summary, detail: unpaired[index] });
    unpaired.splice(index, 1);
  }
  return pairs;
}

function referencedSheets(summary: FoundSheet<SummaryRole>, parsed: ParsedFormulas): Set<string> {
  const names = new Set<string>();
  const col = summary.columns.score;
  if (col === undefined) return names;
  for (let row = summary.headerRow + 1; row < rowCount(summary.sheet); row++) {
    const formula = cellFormula(summary.sheet, row, col);
    if (!formula) continue;
    for (const ref of formulaReferences(formula, summary.sheet.name, parsed) ?? []) {
      if (ref.sheet.toLowerCase() !== summary.sheet.name.toLowerCase()) names.add(ref.sheet.toLowerCase());
    }
  }
  return names;
}

type CodeKind = "component" | "subcomponent" | "criterion";

function compile(profile: LayoutProfile): { kind: CodeKind; pattern: RegExp }[] {
  const out: { kind: CodeKind; pattern: RegExp }[] = [];
  for (const kind of ["criterion", "subcomponent", "component"] as const) {
    for (const source of profile.codes[kind]) out.push({ kind, pattern: new RegExp(source, "i") });
  }
  return out;
}

function codeKind(patterns: { kind: CodeKind; pattern: RegExp }[], text: string): CodeKind | null {
  if (!text) return null;
  return patterns.find((p) => p.pattern.test(text))?.kind ?? null;
}

function codeText(sheet: SheetSnapshot, row: number, col: number | undefined): string {
  if (col === undefined) return "";
  return cellText(sheet, row, col).replace(/\s+/g, "").replace(/\.+$/, "");
}

function textAt(sheet: SheetSnapshot, row: number, col: number | undefined): string {
  return col === undefined ? "" : cellText(sheet, row, col).replace(/\s+/g, " ").trim();
}

function filled(sheet: SheetSnapshot, row: number, col: number | undefined): boolean {
  if (col === undefined) return false;
  return cellFormula(sheet, row, col) !== null || textAt(sheet, row, col) !== "";
}

/** The answer scale a row's coefficient formula compares with, else the profile's default. */
function scaleOf(sheet: SheetSnapshot, row: number, col: number | undefined, fallback: string, registry: SchemeRegistry, profile: LayoutProfile): AnswerScale | undefined {
  const formula = col === undefined ? null : cellFormula(sheet, row, col);
  if (formula) {
    const compared = [...formula.matchAll(/=\s*"([^"]*)"/g)].map((m) => m[1].trim().toUpperCase());
    const candidates = [profile.scales.evidence, profile.scales.criterion, fallback];
    for (const id of candidates) {
      const scale = registry.answerScales.get(id);
      if (scale?.kind !== "choice" || compared.length === 0) continue;
      const answers = new Set(scale.choices.map((c) => c.answer.toUpperCase()));
      if (compared.every((text) => answers.has(text))) return scale;
    }
  }
  return registry.answerScales.get(fallback);
}

function reading(sheet: SheetSnapshot, row: number, col: number | undefined, scale: AnswerScale | undefined): AnswerReading {
  if (col === undefined || !scale) return { state: "empty" };
  return readAnswer(cellValue(sheet, row, col), scale);
}

export function readProfileLayout(
  profile: LayoutProfile,
  summary: FoundSheet<SummaryRole>,
  detail: FoundSheet<DetailRole>,
  registry: SchemeRegistry,
): ProfileLayout {
  const patterns = compile(profile);
  const s = summary.sheet;
  const sc = summary.columns;
  const components: SummaryComponent[] = [];
  let totalRow: number | null = null;
  const totalLabels = new Set(profile.summary.totalLabels.map(normalizeLabel));
  const labelLimit = sc.weight ?? columnCount(s);
  for (let row = summary.headerRow + 1; row < rowCount(s); row++) {
    const machine = codeText(s, row, sc.code);
    const number = codeText(s, row, sc.number);
    const kind = codeKind(patterns, machine) ?? codeKind(patterns, number);
    if (kind === "component") {
      const code = codeKind(patterns, number) === "component" ? number.toUpperCase() : machine;
      components.push({ row, machineCode: machine, code, name: textAt(s, row, sc.component) || code, subcomponents: [] });
    } else if (kind === "subcomponent" && components.length > 0) {
      const parent = components[components.length - 1];
      const index = parent.subcomponents.length + 1;
      // Its own number when the summary shows one; else numbered under its component: A.1 (letters), 1.a (digits).
      const derived = /^\d+$/.test(parent.code) ? `${parent.code}.${String.fromCharCode(96 + index)}` : `${parent.code}.${index}`;
      const code = codeKind(patterns, number) === "subcomponent" ? number : derived;
      parent.subcomponents.push({ row, machineCode: machine, code, name: textAt(s, row, sc.subcomponent) || machine });
    } else if (totalRow === null && components.length > 0) {
      for (let col = 0; col < labelLimit; col++) {
        if (totalLabels.has(normalizeLabel(cellText(s, row, col)))) {
          totalRow = row;
          break;
        }
      }
    }
  }

  const d = detail.sheet;
  const dc = detail.columns;
  const detailComponents: DetailComponentRow[] = [];
  const subs: DetailSubcomponent[] = [];
  let currentSub: DetailSubcomponent | null = null;
  let currentCriterion: CriterionRow | null = null;
  const markers = profile.optionalEvidenceMarkers.map((m) => m.toLowerCase());
  for (let row = detail.headerRow + 1; row < rowCount(d); row++) {
    const machine = codeText(d, row, dc.code);
    const number = codeText(d, row, dc.number);
    const machineKind = codeKind(patterns, machine);
    const numberKind = codeKind(patterns, number);
    const kind = machineKind ?? numberKind;
    if (kind === "component") {
      detailComponents.push({ row, machineCode: machineKind ? machine : "" });
      currentSub = null;
      currentCriterion = null;
      continue;
    }
    if (kind === "subcomponent") {
      currentSub = {
        row,
        machineCode: machineKind === "subcomponent" ? machine : "",
        code: numberKind === "subcomponent" ? number.toUpperCase() : "",
        name: textAt(d, row, dc.subcomponent),
        criteria: [],
        lastRow: row,
      };
      subs.push(currentSub);
      currentCriterion = null;
      continue;
    }
    const criterionText = textAt(d, row, dc.criterion);
    const evidenceText = textAt(d, row, dc.evidence);
    if (kind === "criterion" || (kind === null && criterionText !== "")) {
      if (!currentSub) continue;
      const direct = filled(d, row, dc.answer) || cellFormula(d, row, dc.coefficient ?? -1) !== null;
      const scale = direct ? scaleOf(d, row, dc.coefficient, profile.scales.criterion, registry, profile) : undefined;
      currentCriterion = {
        row,
        code: numberKind === "criterion" ? number.toUpperCase() : "",
        machineCode: machineKind === "criterion" ? machine : "",
        text: criterionText,
        evidence: [],
        direct,
        scale,
        answer: reading(d, row, dc.answer, scale),
      };
      currentSub.criteria.push(currentCriterion);
      currentSub.lastRow = row;
      continue;
    }
    if (kind === null && evidenceText !== "" && currentCriterion && currentSub) {
      const takesAnswer =
        filled(d, row, dc.answer) ||
        cellFormula(d, row, dc.coefficient ?? -1) !== null ||
        cellFormula(d, row, dc.value ?? -1) !== null ||
        typeof cellValue(d, row, dc.evidenceCount ?? -1) === "number";
      const scale = takesAnswer ? scaleOf(d, row, dc.coefficient, profile.scales.evidence, registry, profile) : undefined;
      currentCriterion.evidence.push({
        row,
        text: evidenceText,
        optional: markers.some((m) => evidenceText.toLowerCase().includes(m)),
        takesAnswer,
        scale,
        answer: reading(d, row, dc.answer, scale),
      });
      currentSub.lastRow = row;
    }
  }

  // Display codes: the sheet's own numbers where it has them, else derived from the summary's.
  const byMachine = new Map(subs.filter((sub) => sub.machineCode).map((sub) => [sub.machineCode.toUpperCase(), sub]));
  for (const component of components) {
    for (const sub of component.subcomponents) {
      const found = byMachine.get(sub.machineCode.toUpperCase());
      if (!found) continue;
      sub.detail = found;
      // The summary's order numbers them; a detail sheet's own numbers are sometimes copied wrong.
      found.code = sub.code;
    }
  }
  subs.forEach((sub, i) => {
    if (!sub.code) sub.code = sub.machineCode || `#${i + 1}`;
    sub.criteria.forEach((criterion, j) => {
      if (criterion.code) return;
      const suffix = /\.(\d+)$/.exec(criterion.machineCode);
      criterion.code = `${sub.code}.${suffix ? suffix[1] : j + 1}`;
    });
  });

  return { profile, summary, detail, components, totalRow, detailComponents, detailSubcomponents: subs };
}
