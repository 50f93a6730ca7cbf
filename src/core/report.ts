/** Plain, JSON-ready results of a sheet: what the CLI prints and the task pane shows. */
import { a1 } from "./address";
import type { SheetAnalysis } from "./engine";
import type { IndicatorSheet } from "./sheet/model";
import { cellText } from "./snapshot";
import { toNumber, type Exact } from "./exact";
import type { ProfileAnalysis } from "./profile/analyze";
import { toPointsOf } from "./profile/layoutChecks";
import type { FormAnalysis } from "./profile/form";
import { toPoints, type SheetScore } from "./score/scoreSheet";
import type { Finding } from "./validate/finding";

export interface ComponentReport {
  code: string;
  name: string;
  /** Points out of 100, whatever the sheet's units. */
  weight: number;
  score: number;
  subcomponents: { code: string; name: string; weight: number; score: number }[];
}

export interface SheetReport {
  sheet: string;
  /** The assessment's heading, where a sheet holds one or more side by side (the "Lampiran" form). */
  assessment?: string;
  /** The index a form is for (zi, rb, sakip), as told by its total label and titles. */
  index?: string | null;
  unit: string;
  year: string | null;
  scheme: string;
  /** The rounded total in points: the value the predicate comes from. Null when not scored. */
  total: number | null;
  predicate: string | null;
  predicateName: string | null;
  /** The predicate's name in English, where the scale gives one. */
  predicateNameEn: string | null;
  complete: boolean;
  components: ComponentReport[];
  /** The unit's self-assessment beside the evaluator's, where the sheet has one. */
  self?: SelfReport;
  /** The evaluator's notes (Catatan) and recommendations (Rekomendasi), row by row. */
  remarks: Remark[];
  findings: Finding[];
}

export interface Remark {
  /** The row's code, e.g. "1.a.2". */
  code: string;
  /** The A1 cell the text stands in. */
  cell: string;
  kind: "note" | "recommendation";
  text: string;
}

export interface SelfReport {
  total: number | null;
  predicate: string | null;
  predicateName: string | null;
  complete: boolean;
  components: { code: string; score: number }[];
}

export function sheetReport(analysis: SheetAnalysis): SheetReport {
  return reportOf(analysis, true);
}

/** The same without the evaluator's remarks, for a recap, which keeps only the scores: reading them walks every row's texts. */
export function reportWithoutRemarks(analysis: SheetAnalysis): SheetReport {
  return reportOf(analysis, false);
}

function reportOf(analysis: SheetAnalysis, remarks: boolean): SheetReport {
  if (analysis.profile) return profileReport(analysis.profile, analysis.findings);
  if (analysis.form) return formReport(analysis.form);
  const indicator = analysis.indicator;
  const score = analysis.score;
  const points = (value: Parameters<typeof toPoints>[0]) => (indicator ? toNumber(toPoints(value, indicator)) : 0);
  return {
    sheet: analysis.name,
    unit: indicator?.unit ?? analysis.name,
    year: indicator?.year ?? null,
    scheme: indicator?.schemeId ?? "",
    total: score ? toNumber(score.totalPoints) : null,
    predicate: score?.band.predicate ?? null,
    predicateName: score?.band.name ?? null,
    predicateNameEn: score?.band.nameEn ?? null,
    complete: score?.complete ?? false,
    components: (score?.components ?? []).map((c) => ({
      code: c.node.code,
      name: c.node.text || c.node.spec?.name || c.node.code,
      weight: points(c.weight),
      score: points(c.score),
      subcomponents: c.subcomponents.map((s) => ({
        code: s.node.code,
        name: s.node.text || s.node.spec?.name || s.node.code,
        weight: points(s.weight),
        score: points(s.score),
      })),
    })),
    ...(analysis.self ? { self: selfReport(analysis.self.score, points) } : {}),
    remarks: indicator && remarks ? remarksOf(indicator) : [],
    findings: analysis.findings,
  };
}

/** The notes and recommendations typed on the sheet's coded rows, in sheet order. */
function remarksOf(sheet: IndicatorSheet): Remark[] {
  const remarks: Remark[] = [];
  const columns: [Remark["kind"], number | undefined][] = [
    ["note", sheet.layout.columns.note],
    ["recommendation", sheet.layout.columns.recommendation],
  ];
  for (const row of sheet.rows) {
    if (!row.inTree) continue;
    for (const [kind, col] of columns) {
      if (col === undefined) continue;
      const text = cellText(sheet.snapshot, row.row, col);
      if (text) remarks.push({ code: row.code, cell: a1(row.row, col), kind, text });
    }
  }
  return remarks;
}

function selfReport(score: SheetScore | undefined, points: (value: Exact) => number): SelfReport {
  return {
    total: score ? toNumber(score.totalPoints) : null,
    predicate: score?.band.predicate ?? null,
    predicateName: score?.band.name ?? null,
    complete: score?.complete ?? false,
    components: (score?.components ?? []).map((c) => ({ code: c.node.code, score: points(c.score) })),
  };
}

/** A real layout read through a profile: its components and total in points, as its own formulas compute them. */
function profileReport(profile: ProfileAnalysis, findings: SheetAnalysis["findings"]): SheetReport {
  const points = (value: Exact) => toNumber(toPointsOf(profile.units, value));
  return {
    sheet: profile.name,
    unit: profile.unit,
    year: profile.year,
    scheme: profile.profile.id,
    total: toNumber(profile.totalPoints),
    predicate: profile.band.predicate,
    predicateName: profile.band.name,
    predicateNameEn: profile.band.nameEn ?? null,
    complete: profile.complete,
    components: profile.components.map((c) => ({
      code: c.code,
      name: c.name,
      weight: points(c.weight),
      score: points(c.score),
      subcomponents: c.subcomponents.map((s) => ({ code: s.code, name: s.name, weight: points(s.weight), score: points(s.score) })),
    })),
    remarks: [],
    findings,
  };
}

/** One assessment of a sheet in the "Lampiran" form: its components and total as its own formulas compute them. */
function formReport(form: FormAnalysis): SheetReport {
  const part = (p: { code: string; name: string; weight: Exact; score: Exact }) => ({ code: p.code, name: p.name, weight: toNumber(p.weight), score: toNumber(p.score) });
  return {
    sheet: form.sheet,
    assessment: form.assessment,
    index: form.index?.id ?? null,
    unit: form.unit,
    year: form.year,
    scheme: form.scale?.id ?? form.profile.id,
    total: toNumber(form.totalPoints),
    predicate: form.band?.predicate ?? null,
    predicateName: form.band?.name ?? null,
    predicateNameEn: form.band?.nameEn ?? null,
    complete: form.complete,
    components: form.components.map((c) => ({ ...part(c), subcomponents: c.subcomponents.map(part) })),
    remarks: [],
    findings: form.findings,
  };
}
