/** --layout-file and a workbook's own "Profil LKE" sheet: the forms and regency layouts a workbook is read with. */
import * as fs from "node:fs";
import { FormProfileJsonError, formProfilesFor, isKkeLayoutText, type FormProfile, type LayoutProfile, builtinProfiles, parseLayoutProfile, type WorkbookSnapshot } from "../core";
import { CliError } from "./cliError";

function readLayoutFile(layoutFile: string | undefined): { text: string; source: string }[] {
  if (!layoutFile) return [];
  try {
    return [{ text: fs.readFileSync(layoutFile, "utf8"), source: layoutFile }];
  } catch {
    throw new CliError((w) => w.layoutFileUnreadable(layoutFile));
  }
}

export function formsFor(snapshot: WorkbookSnapshot, layoutFile: string | undefined): Map<string, FormProfile> {
  try {
    return formProfilesFor(snapshot, readLayoutFile(layoutFile));
  } catch (error) {
    if (!(error instanceof FormProfileJsonError)) throw error;
    const { source, reason } = error;
    throw new CliError((w) => w.invalidLayoutProfile(source, reason));
  }
}

/** The regency layouts: a KKE layout profile in --layout-file first, then the built-ins. */
export function layoutsFor(layoutFile: string | undefined): ReadonlyMap<string, LayoutProfile> {
  const files = readLayoutFile(layoutFile).filter((file) => isKkeLayoutText(file.text));
  if (files.length === 0) return builtinProfiles();
  const profiles = new Map<string, LayoutProfile>();
  for (const file of files) {
    try {
      const profile = parseLayoutProfile(JSON.parse(file.text), file.source);
      profiles.set(profile.id, profile);
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      throw new CliError((w) => w.invalidLayoutProfile(file.source, reason));
    }
  }
  for (const [id, profile] of builtinProfiles()) if (!profiles.has(id)) profiles.set(id, profile);
  return profiles;
}
