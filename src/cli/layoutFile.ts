/** --layout-file and a workbook's own "Profil LKE" sheet: the forms a workbook is read with. */
import * as fs from "node:fs";
import { FormProfileJsonError, formProfilesFor } from "../core/profile/form/userForms";
import type { FormProfile } from "../core/profile/form/formSchema";
import type { WorkbookSnapshot } from "../core/snapshot";
import { CliError } from "./cliError";

export function formsFor(snapshot: WorkbookSnapshot, layoutFile: string | undefined): Map<string, FormProfile> {
  const files: { text: string; source: string }[] = [];
  if (layoutFile) {
    try {
      files.push({ text: fs.readFileSync(layoutFile, "utf8"), source: layoutFile });
    } catch {
      throw new CliError(`${layoutFile}: berkas profil tidak dapat dibaca / cannot read the layout file.`);
    }
  }
  try {
    return formProfilesFor(snapshot, files);
  } catch (error) {
    if (!(error instanceof FormProfileJsonError)) throw error;
    throw new CliError(`${error.source}: profil tata letak tidak sah / invalid layout profile: ${error.reason}`);
  }
}
