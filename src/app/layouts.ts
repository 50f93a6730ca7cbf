/** The layouts a workbook is read with: the user's profile files first, the workbook's own "Profil LKE" sheet, then the built-ins. */
import { builtinProfiles, formProfilesFor, FormProfileJsonError, isKkeLayoutText, parseLayoutProfile, type FormProfile, type LayoutProfile, type WorkbookSnapshot } from "../core";
import { refuse } from "./refusal";
import type { SourcedText } from "./settings";

export function workbookForms(snapshot: WorkbookSnapshot, layoutTexts: readonly SourcedText[] = []): Map<string, FormProfile> {
  try {
    return formProfilesFor(snapshot, layoutTexts);
  } catch (error) {
    if (!(error instanceof FormProfileJsonError)) throw error;
    return refuse({ kind: "layout-invalid", source: error.source, reason: error.reason });
  }
}

/** The regency layouts: a KKE layout profile among the user's files first, then the built-ins. */
export function regencyLayouts(layoutTexts: readonly SourcedText[] = []): ReadonlyMap<string, LayoutProfile> {
  const files = layoutTexts.filter((file) => isKkeLayoutText(file.text));
  if (files.length === 0) return builtinProfiles();
  const profiles = new Map<string, LayoutProfile>();
  for (const file of files) {
    try {
      const profile = parseLayoutProfile(JSON.parse(file.text), file.source);
      profiles.set(profile.id, profile);
    } catch (error) {
      refuse({ kind: "layout-invalid", source: file.source, reason: error instanceof Error ? error.message : String(error) });
    }
  }
  for (const [id, profile] of builtinProfiles()) if (!profiles.has(id)) profiles.set(id, profile);
  return profiles;
}
