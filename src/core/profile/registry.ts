/** The layout profiles LKE knows: built-ins, used as written (see builtinData.ts), and files a user brings, checked with zod. */
import { asWritten } from "../builtinData";
import { parseOrThrow } from "../scheme/registry";
import kkeTrenggalek from "./builtin/kke-trenggalek.json";
import { layoutProfileSchema, type LayoutProfile } from "./profileSchema";

/** The id that means "the docs/format.md layout only": no profile is tried. */
export const standardLayoutId = "lke";

/** Checks a profile (from a built-in or a JSON file); each issue names its field. */
export function parseLayoutProfile(data: unknown, source: string): LayoutProfile {
  return parseOrThrow(layoutProfileSchema, data, source);
}

/** The built-in profiles as files, with the schema they are written to. */
export const builtinProfileData = { schema: layoutProfileSchema, items: [kkeTrenggalek] as unknown[] };

let builtins: ReadonlyMap<string, LayoutProfile> | undefined;

export function builtinProfiles(): ReadonlyMap<string, LayoutProfile> {
  builtins ??= new Map(asWritten<LayoutProfile[]>(builtinProfileData.items).map((profile) => [profile.id, profile]));
  return builtins;
}

/** Every id `--layout` accepts. */
export function layoutIds(profiles: ReadonlyMap<string, LayoutProfile> = builtinProfiles()): string[] {
  return [standardLayoutId, ...profiles.keys()];
}
