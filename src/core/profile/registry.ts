/** The layout profiles LKE knows: built-ins, checked with zod on the way in. */
import { parseOrThrow } from "../scheme/registry";
import kkeTrenggalek from "./builtin/kke-trenggalek.json";
import { layoutProfileSchema, type LayoutProfile } from "./profileSchema";

/** The id that means "the docs/format.md layout only": no profile is tried. */
export const standardLayoutId = "lke";

/** Checks a profile (from a built-in or a JSON file); each issue names its field. */
export function parseLayoutProfile(data: unknown, source: string): LayoutProfile {
  return parseOrThrow(layoutProfileSchema, data, source);
}

let builtins: ReadonlyMap<string, LayoutProfile> | undefined;

export function builtinProfiles(): ReadonlyMap<string, LayoutProfile> {
  if (!builtins) {
    const map = new Map<string, LayoutProfile>();
    for (const data of [kkeTrenggalek]) {
      const profile = parseLayoutProfile(data, "built-in layout profile");
      map.set(profile.id, profile);
    }
    builtins = map;
  }
  return builtins;
}

/** Every id `--layout` accepts. */
export function layoutIds(profiles: ReadonlyMap<string, LayoutProfile> = builtinProfiles()): string[] {
  return [standardLayoutId, ...profiles.keys()];
}
