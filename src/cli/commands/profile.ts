/**
 * lke profile: drafts a form profile (JSON) from a workbook, to be reviewed, edited and used with
 * --layout-file or pasted into a "Profil LKE" sheet. Prints what the draft reads in the workbook.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { builtinFormProfiles } from "../../core/profile/form";
import { draftFormProfile } from "../../core/profile/form/draftProfile";
import { CliError } from "../cliError";
import type { Output } from "../output";
import { readWorkbookFile, sameFile, writeBytes } from "../workbookFile";
import { workbookSnapshot } from "../../xlsx/snapshot";

export interface ProfileOptions {
  output?: string;
  id: string;
}

export async function runProfile(file: string, options: ProfileOptions, out: Output): Promise<number> {
  if (!/^[a-z0-9][a-z0-9-]*$/.test(options.id)) throw new CliError(`--id ${options.id}: huruf kecil, angka dan tanda hubung / lower-case letters, digits and dashes.`);
  const { workbook } = await readWorkbookFile(file);
  const snapshot = workbookSnapshot(workbook, path.basename(file));
  const base = builtinFormProfiles().get("lke-lampiran")!;
  const draft = draftFormProfile(snapshot, base, options.id);
  const text = `${JSON.stringify(draft.profile, null, 2)}\n`;
  if (options.output) {
    if (sameFile(options.output, file)) throw new CliError(`${file}: LKE tidak menimpa berkas masukan / LKE never overwrites its input.`);
    if (fs.existsSync(options.output)) throw new CliError(`${options.output}: berkas sudah ada; pilih nama lain / the file exists; choose another name.`);
    await writeBytes(Buffer.from(text, "utf8"), options.output);
  }
  out.json({ workbook: path.basename(file), found: draft.found, missing: draft.missing, ...(options.output ? { output: options.output } : { profile: draft.profile }) });
  if (!draft.found) {
    out.error(`lke: ${path.basename(file)}: formulir tidak dikenali; draf memakai judul kolom bawaan, sunting bagian headers / the form was not recognised; the draft keeps the built-in header texts: edit its headers.`);
    return 1;
  }
  return 0;
}
