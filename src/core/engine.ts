/**
 * The engine's front door: a workbook snapshot in, each sheet's layout, scores and findings out.
 * Pure: no Office, no DOM, no Node APIs.
 */
import { detectLayout, type IndicatorLayout } from "./layout/detect";
import { analyzeProfiles, type ProfileAnalysis } from "./profile";
import { analyzeForms, type FormAnalysis } from "./profile/form";
import { formHeaderRoles } from "./profile/form/formRead";
import { builtinFormProfiles } from "./profile/form";
import type { FormProfile } from "./profile/form/formSchema";
import { columnCount } from "./snapshot";
import type { SheetSeeming } from "./validate/checks/noEvaluationSheet";
import type { LayoutProfile } from "./profile/profileSchema";
import { EngineRun } from "./run";
import { withReadCaches } from "./readCaches";
import { builtinRegistry, type SchemeRegistry } from "./scheme/registry";
import type { IndicatorSheet } from "./sheet/model";
import { readIndicatorSheet } from "./sheet/readIndicatorSheet";
import { scoreSheet, type SheetScore } from "./score/scoreSheet";
import type { WorkbookSnapshot } from "./snapshot";
import type { Finding } from "./validate/finding";
import { validateBrokenLayout, validateIndicatorSheet } from "./validate/validate";

export interface EngineOptions {
  registry?: SchemeRegistry;
  /** Overrides the Skema of every sheet. */
  schemeId?: string;
  /**
   * A layout profile id (e.g. "kke-trenggalek") read even where its headers are only partly
   * found; "lke" for the docs/format.md layout only. Absent: profiles are detected from headers.
   */
  layout?: string;
  /** The layout profiles known; the built-ins by default. */
  profiles?: ReadonlyMap<string, LayoutProfile>;
  /** The forms known (the KemenPANRB "Lampiran" form by default), and any the user brings. */
  forms?: ReadonlyMap<string, FormProfile>;
}

export interface SheetAnalysis {
  name: string;
  /** Present for indicator sheets whose header was found. */
  indicator?: IndicatorSheet;
  /** Present when the sheet could be scored (its scheme is known). */
  score?: SheetScore;
  /**
   * Present for a real regency layout read through a layout profile: one entry for the
   * evaluation, named after its detail sheet, though it spans two sheets (e.g. RESUME and PENILAIAN).
   */
  profile?: ProfileAnalysis;
  /**
   * The unit's own assessment (penilaian mandiri), where the sheet has a self answer and a self
   * score column: the same sheet read with those columns, scored the same way. The evaluator's
   * (`indicator`, `score`) decides the result.
   */
  self?: SelfAssessment;
  /** Present for one assessment of a sheet in the "Lampiran" form (LKE RB, LKE ZI). */
  form?: FormAnalysis;
  findings: Finding[];
}

export interface SelfAssessment {
  indicator: IndicatorSheet;
  score?: SheetScore;
}

export interface WorkbookAnalysis {
  sheets: SheetAnalysis[];
  /** Findings about the file as a whole (no evaluation recognised in it). */
  findings: Finding[];
  registry: SchemeRegistry;
}

/** Sheets LKE itself keeps (undo, state) are never indicator sheets. */
export const internalSheetPrefix = "LKE_";

/** The sheet read with its self answer and self score columns in the places of the evaluator's. */
function selfAssessment(sheet: WorkbookSnapshot["sheets"][number], layout: IndicatorLayout, registry: SchemeRegistry, options: EngineOptions): SelfAssessment | undefined {
  const { selfAnswer, selfScore } = layout.columns;
  if (selfAnswer === undefined || selfScore === undefined) return undefined;
  const own = { ...layout, columns: { ...layout.columns, answer: selfAnswer, score: selfScore } };
  const indicator = readIndicatorSheet(sheet, own, registry, { schemeId: options.schemeId });
  return { indicator, score: scoreSheet(indicator, registry) ?? undefined };
}

export function analyzeWorkbook(snapshot: WorkbookSnapshot, options: EngineOptions = {}): WorkbookAnalysis {
  // The run's caches are let go when it returns: nothing in the analysis refers to them.
  const run = new EngineRun();
  return withReadCaches(run.reading, () => analyzeInRun(snapshot, options, run));
}

function analyzeInRun(snapshot: WorkbookSnapshot, options: EngineOptions, run: EngineRun): WorkbookAnalysis {
  const registry = options.registry ?? builtinRegistry();
  const sheets: SheetAnalysis[] = [];
  const profiled = analyzeProfiles(snapshot, registry, run, {
    layout: options.layout,
    profiles: options.profiles,
    skip: (name) => name.startsWith(internalSheetPrefix),
  });
  const read = new Set<string>();
  const forms = analyzeForms(snapshot, registry, run, {
    profiles: options.forms,
    skip: (name) => name.startsWith(internalSheetPrefix) || profiled.some((p) => p.summarySheet === name || p.detailSheet === name),
    predicateScale: predicateScaleOf(registry, options.schemeId),
    scaleIsRegulation: isBuiltinChoice(registry, options.schemeId),
  });
  for (const form of forms) read.add(form.layout.sheet.name);
  for (const profile of profiled) {
    read.add(profile.summarySheet);
    read.add(profile.detailSheet);
  }
  for (const sheet of snapshot.sheets) {
    if (sheet.name.startsWith(internalSheetPrefix)) continue;
    const profile = profiled.find((p) => p.detailSheet === sheet.name);
    if (profile) {
      sheets.push({ name: profile.name, profile, findings: profile.findings });
      continue;
    }
    const form = forms.find((f) => f.layout.sheet === sheet);
    if (form) {
      for (const assessment of form.assessments) sheets.push({ name: sheet.name, form: assessment, findings: assessment.findings });
      continue;
    }
    if (read.has(sheet.name)) continue;
    const layout = detectLayout(sheet);
    if (layout.kind === "none") continue;
    if (layout.kind === "broken") {
      sheets.push({ name: sheet.name, findings: validateBrokenLayout(sheet, layout) });
      continue;
    }
    const indicator = readIndicatorSheet(sheet, layout.layout, registry, { schemeId: options.schemeId });
    const score = scoreSheet(indicator, registry) ?? undefined;
    const self = selfAssessment(sheet, layout.layout, registry, options);
    sheets.push({ name: sheet.name, indicator, score, ...(self ? { self } : {}), findings: validateIndicatorSheet(indicator, score, registry, run, self) });
  }
  const findings = sheets.length === 0 ? [noEvaluationFinding(snapshot, options.forms)] : [];
  return { sheets, findings, registry };
}

/** --scheme names a scheme (its predicate scale applies) or a predicate scale itself. */
function predicateScaleOf(registry: SchemeRegistry, schemeId: string | undefined): string | undefined {
  if (schemeId === undefined) return undefined;
  if (registry.predicateScales.has(schemeId)) return schemeId;
  return registry.schemes.get(schemeId)?.predicateScale;
}

/** --scheme names built-in data (a predicate scale, or a scheme not replaced by a custom one), or nothing. */
function isBuiltinChoice(registry: SchemeRegistry, schemeId: string | undefined): boolean {
  if (schemeId === undefined) return true;
  const builtin = builtinRegistry();
  return builtin.predicateScales.has(schemeId) || (builtin.schemes.has(schemeId) && builtin.schemes.get(schemeId) === registry.schemes.get(schemeId));
}

/** Every sheet looked at, and what it seemed to be, for the file-level finding. */
function noEvaluationFinding(snapshot: WorkbookSnapshot, forms: ReadonlyMap<string, FormProfile> = builtinFormProfiles()): Finding {
  const looked = snapshot.sheets.filter((s) => !s.name.startsWith(internalSheetPrefix));
  const seemed = looked.map((sheet): SheetSeeming => {
    const filled = sheet.values.some((row) => row.some((v) => v !== null && v !== ""));
    if (!filled) return "empty";
    if (sheet.visibility && sheet.visibility !== "visible") return "hidden";
    const roles = [...forms.values()].flatMap((form) => [...formHeaderRoles(sheet, form)]);
    return roles.some((role) => role === "answer" || role === "value" || role === "choices") && columnCount(sheet) > 1 ? "partial-form" : "table";
  });
  return {
    code: "no-evaluation-sheet",
    severity: "error",
    sheet: "",
    params: { sheets: looked.map((s) => s.name).join(" | "), seemed: seemed.join(" | ") },
  };
}
