/**
 * Forms described by the user, without a release: a JSON file (`--layout-file`) or a sheet
 * named "Profil LKE" in the workbook whose column A holds the JSON (split over as many cells as
 * needed, read top to bottom), as a custom scheme is carried in "Skema LKE". A user's form
 * comes before the built-ins, so it wins where both would read a sheet; a file named on the
 * command line comes before the workbook's own.
 */
import { cellText, type WorkbookSnapshot } from "../../snapshot";
import { builtinFormProfiles, parseFormProfile } from "./index";
import type { FormProfile } from "./formSchema";

export const profileSheetName = "Profil LKE";

/** The JSON text of the workbook's own form profile, or null when it has none. */
export function workbookProfileText(snapshot: WorkbookSnapshot): string | null {
  const sheet = snapshot.sheets.find((s) => s.name.trim().toLowerCase() === profileSheetName.toLowerCase());
  if (!sheet) return null;
  let text = "";
  for (let row = 0; row < sheet.values.length; row++) text += cellText(sheet, row, 0);
  return text.trim() ? text : null;
}

export class FormProfileJsonError extends Error {
  constructor(
    readonly source: string,
    readonly reason: string,
  ) {
    super(`${source}: ${reason}`);
    this.name = "FormProfileJsonError";
  }
}

/** Parses a user's form profile; every problem names its field (`headers.answer[0]: ...`). */
export function parseFormProfileText(text: string, source: string): FormProfile {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    throw new FormProfileJsonError(source, `not valid JSON (${error instanceof Error ? error.message : String(error)})`);
  }
  try {
    return parseFormProfile(data, source);
  } catch (error) {
    throw new FormProfileJsonError(source, error instanceof Error ? error.message.replace(`${source}: `, "") : String(error));
  }
}

/** A user's layout is a form profile, or (with `summary` and `detail` sheets) a regency KKE layout profile. */
export function isKkeLayoutText(text: string): boolean {
  try {
    const data = JSON.parse(text) as Record<string, unknown>;
    return typeof data === "object" && data !== null && "detail" in data && "summary" in data;
  } catch {
    return false;
  }
}

/** The forms for a workbook: the user's files, then its own "Profil LKE", then the built-ins. */
export function formProfilesFor(snapshot: WorkbookSnapshot, files: readonly { text: string; source: string }[] = []): Map<string, FormProfile> {
  const forms = new Map<string, FormProfile>();
  for (const file of files) {
    if (isKkeLayoutText(file.text)) continue;
    const profile = parseFormProfileText(file.text, file.source);
    if (!forms.has(profile.id)) forms.set(profile.id, profile);
  }
  const own = workbookProfileText(snapshot);
  if (own) {
    const profile = parseFormProfileText(own, `${snapshot.name ?? "workbook"} [${profileSheetName}]`);
    if (!forms.has(profile.id)) forms.set(profile.id, profile);
  }
  for (const [id, profile] of builtinFormProfiles()) if (!forms.has(id)) forms.set(id, profile);
  return forms;
}
