/**
 * The summary command as a plan: `Ringkasan`, `Rincian` and, when an input has an `Indeks`
 * sheet, `Rekap Indeks`, written into the target workbook (the open workbook in the task
 * pane, the recap file on the command line). A sheet LKE made before is regenerated; a
 * sheet of the same name that LKE did not make is kept and the new one takes another name.
 */
import { internalSheetPrefix } from "../engine";
import { detectLayout } from "../layout/detect";
import { normalizeLabel } from "../layout/text";
import type { Lang } from "../messages/number";
import { finalizePlan } from "../plan/finalize";
import type { SheetSpec, WritePlan } from "../plan/writePlan";
import type { PredicateScale } from "../scale/predicateScale";
import { builtinRegistry, type SchemeRegistry } from "../scheme/registry";
import type { WorkbookSnapshot } from "../snapshot";
import { readState } from "../state/lkeState";
import { uniqueSheetName } from "../template/templatePlan";
import { componentColumns } from "./columns";
import { isIndexSheet, mergeIndexTables, rekapIndeksSheet, type IndexTable } from "./indices";
import { summaryLabels, summarySheetNames, titled, type SummarySheetKind } from "./labels";
import { distributionOf, ringkasanSheet, type DistributionEntry, type RecapInfo, type SkippedFile } from "./ringkasan";
import { rincianSheet } from "./rincian";
import { matchPrevious, type PreviousMatch, type PreviousResult } from "./previous";
import { recapFile, type RecapFile } from "./recapFile";
import { rankUnits, type RankedUnit, type SummaryInput } from "./units";

export const summaryCommand = "summary";

export interface SummaryOptions {
  /** The regency's or bureau's name; "Rekapitulasi Hasil Evaluasi" (in English, its translation) when absent. */
  title?: string;
  /** The evaluation year; the units' own years when absent. */
  year?: string;
  /** The day the recap is made, as it should be shown: `longDate(now, lang)`, "1 Desember 2026". */
  date: string;
  /** The language of every text on the sheets (their names stay as they are); "id" when absent. */
  lang?: Lang;
  /** The run's ISO timestamp for the undo record; `date` when absent. */
  at?: string;
  /** Last year's results, set beside this year's on Ringkasan (matched by unit name). */
  previous?: readonly PreviousResult[];
  /** Where the fallback predicate scale comes from; the inputs' registry, else the built-ins. */
  registry?: SchemeRegistry;
  /** Inputs left out (no evaluation recognised, or unreadable), listed on Ringkasan. */
  skipped?: readonly SkippedFile[];
}

export interface PlacedSheet {
  kind: SummarySheetKind;
  /** The name LKE wanted ("Ringkasan"). */
  wanted: string;
  /** The name used: `wanted`, or a new one when a sheet LKE did not make holds `wanted`. */
  name: string;
  /** An earlier sheet of LKE's is replaced. */
  replaced: boolean;
}

export interface SummaryResult {
  plan: WritePlan;
  sheets: PlacedSheet[];
  /** Every indicator sheet of every input, in recap order (by rank). */
  units: RankedUnit[];
  /** The scale of the distribution: the one most units were scored on. */
  scale: PredicateScale;
  distribution: DistributionEntry[];
  /** Index values from the inputs' `Indeks` sheets; null when none has one. */
  indices: IndexTable | null;
  /** Last year beside this year, when `previous` was given. */
  previous: PreviousMatch | null;
}

const lower = (name: string) => name.toLowerCase();

/**
 * May LKE replace this sheet? Only if LKE made it (LKE_State lists it) and it is not an
 * indicator sheet, an `Indeks` sheet or one of LKE's internal sheets.
 */
function replaceable(snapshot: WorkbookSnapshot, owned: ReadonlySet<string>, name: string): boolean {
  const sheet = snapshot.sheets.find((s) => lower(s.name) === lower(name));
  if (!sheet || !owned.has(lower(sheet.name))) return false;
  if (sheet.name.startsWith(internalSheetPrefix) || isIndexSheet(sheet)) return false;
  return detectLayout(sheet).kind === "none";
}

/**
 * The name for a summary sheet: the wanted one when it is free or LKE's own; otherwise the
 * first free "Ringkasan (2)", "Ringkasan (3)" ... (or one of those LKE made earlier).
 */
export function placeSheet(snapshot: WorkbookSnapshot, wanted: string, chosen: readonly string[] = []): { name: string; replace: boolean } {
  const owned = new Set(readState(snapshot).ownedSheets.map(lower));
  const blocked = snapshot.sheets.map((s) => s.name).filter((n) => !replaceable(snapshot, owned, n));
  const name = uniqueSheetName(wanted, [...blocked, ...chosen]);
  const existing = snapshot.sheets.find((s) => lower(s.name) === lower(name));
  return existing ? { name: existing.name, replace: true } : { name, replace: false };
}

function mostCommonScale(units: readonly RankedUnit[], fallback: PredicateScale): PredicateScale {
  const counts = new Map<string, { scale: PredicateScale; count: number }>();
  for (const unit of units) {
    if (!unit.scale || unit.report.total === null) continue;
    const entry = counts.get(unit.scale.id) ?? { scale: unit.scale, count: 0 };
    entry.count++;
    counts.set(unit.scale.id, entry);
  }
  let best: { scale: PredicateScale; count: number } | null = null;
  for (const entry of counts.values()) if (!best || entry.count > best.count) best = entry;
  return best?.scale ?? fallback;
}

function distinct(values: Iterable<string | null | undefined>): string[] {
  const seen: string[] = [];
  for (const value of values) {
    const text = (value ?? "").trim();
    if (text && !seen.some((s) => normalizeLabel(s) === normalizeLabel(text))) seen.push(text);
  }
  return seen;
}

export function buildSummary(snapshot: WorkbookSnapshot, inputs: readonly SummaryInput[], options: SummaryOptions): SummaryResult {
  return buildSummaryOf(snapshot, inputs.map((input) => recapFile(input, options.year)), options);
}

/** The recap from what was kept of each input (`recapFile`, with the same `options.year`), in input order. */
export function buildSummaryOf(snapshot: WorkbookSnapshot, files: readonly RecapFile[], options: SummaryOptions): SummaryResult {
  const registry = options.registry ?? files[0]?.registry ?? builtinRegistry();
  const builtinScales = builtinRegistry().predicateScales;
  const fallback = registry.predicateScales.get("sakip") ?? builtinScales.get("sakip")!;
  const lang = options.lang ?? "id";
  const labels = summaryLabels(lang);
  const units = rankUnits(files.flatMap((file) => file.sheets.map((sheet) => sheet.unit)));
  const scale = mostCommonScale(units, fallback);
  const previous = options.previous ? matchPrevious(units, options.previous) : null;
  const distribution = distributionOf(units, scale, lang);

  const tables = files.map((file) => file.indices).filter((t): t is IndexTable => t !== null);
  const indices = tables.length > 0 ? mergeIndexTables(tables) : null;

  const year = options.year?.trim() || distinct(units.map((u) => u.report.year)).join(", ");
  const info: RecapInfo = {
    title: options.title?.trim() || labels.defaultTitle,
    year,
    schemes: distinct(units.map((u) => u.report.scheme)).join(", "),
    date: options.date,
    lang,
    skipped: options.skipped,
  };
  const ownTitle = (own: string) => titled(own, options.title?.trim() || undefined);

  const placed: PlacedSheet[] = [];
  const specs: SheetSpec[] = [];
  const place = (kind: SummarySheetKind): { name: string; replace: boolean } => {
    const wanted = summarySheetNames[kind];
    const spot = placeSheet(snapshot, wanted, placed.map((p) => p.name));
    placed.push({ kind, wanted, name: spot.name, replaced: spot.replace });
    return spot;
  };

  if (units.length > 0) {
    const columns = componentColumns(units.map((u) => u.report));
    const ringkasan = place("ringkasan");
    specs.push(ringkasanSheet(ringkasan.name, ringkasan.replace, units, columns, scale, info, previous?.changes));
    const rincian = place("rincian");
    specs.push(rincianSheet(rincian.name, rincian.replace, units, columns, { ...info, ownTitle: ownTitle(labels.rincianTitle) }));
  }
  if (indices && indices.rows.length > 0) {
    const spot = place("rekapIndeks");
    specs.push(rekapIndeksSheet(spot.name, spot.replace, indices, builtinScales, { ...info, ownTitle: ownTitle(labels.indexTitle) }));
  }

  const plan = finalizePlan(snapshot, [], specs, { command: summaryCommand, at: options.at ?? options.date });
  return { plan, sheets: placed, units, scale, distribution, indices, previous };
}

/**
 * The plan of the summary command over `snapshot`, the workbook the sheets go into. Each
 * input is one workbook's analysis; give its snapshot too for its `Indeks` sheet (the task
 * pane passes the open workbook's own).
 */
export function planSummary(snapshot: WorkbookSnapshot, analyses: readonly SummaryInput[], options: SummaryOptions): WritePlan {
  return buildSummary(snapshot, analyses, options).plan;
}
