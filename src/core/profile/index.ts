/** Real regency layouts: finds the workbook's sheets a layout profile describes and analyses them. */
import type { EngineRun } from "../run";
import type { SchemeRegistry } from "../scheme/registry";
import type { WorkbookSnapshot } from "../snapshot";
import { analyzeProfileLayout, type ProfileAnalysis } from "./analyze";
import type { LayoutProfile } from "./profileSchema";
import { findProfileSheets, readProfileLayout } from "./read";
import { builtinProfiles, standardLayoutId } from "./registry";

export interface ProfileOptions {
  /** A profile id forces that profile; "lke" turns profiles off; absent, every profile is detected from headers. */
  layout?: string;
  profiles?: ReadonlyMap<string, LayoutProfile>;
  /** Sheets never read (LKE's own). */
  skip?: (name: string) => boolean;
}

export class UnknownLayoutError extends Error {
  constructor(
    readonly layout: string,
    readonly known: string[],
  ) {
    super(`Unknown layout "${layout}"; known: ${known.join(", ")}`);
    this.name = "UnknownLayoutError";
  }
}

export function analyzeProfiles(snapshot: WorkbookSnapshot, registry: SchemeRegistry, run: EngineRun, options: ProfileOptions = {}): ProfileAnalysis[] {
  const profiles = options.profiles ?? builtinProfiles();
  if (options.layout === standardLayoutId) return [];
  let candidates: LayoutProfile[] = [...profiles.values()];
  const forced = options.layout !== undefined;
  if (forced) {
    const profile = profiles.get(options.layout!);
    if (!profile) throw new UnknownLayoutError(options.layout!, [standardLayoutId, ...profiles.keys()]);
    candidates = [profile];
  }
  const used = new Set<string>();
  const analyses: ProfileAnalysis[] = [];
  for (const profile of candidates) {
    const skip = (name: string) => used.has(name) || (options.skip?.(name) ?? false);
    for (const pair of findProfileSheets(snapshot, profile, forced, skip, run.parsedFormulas)) {
      used.add(pair.summary.sheet.name);
      used.add(pair.detail.sheet.name);
      analyses.push(analyzeProfileLayout(snapshot, readProfileLayout(profile, pair.summary, pair.detail, registry), registry, run));
    }
  }
  return analyses;
}

export type { ProfileAnalysis } from "./analyze";
