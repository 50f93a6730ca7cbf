/**
 * lke profile: drafts a form profile (JSON) from a workbook, to be reviewed, edited and used with
 * --layout-file or pasted into a "Profil LKE" sheet. Prints what the draft reads in the workbook.
 */
import * as path from "node:path";
import { builtinFormProfiles, draftFormProfile } from "../../core";
import { CliError } from "../cliError";
import type { Output } from "../output";
import { prepareOutput, writeOutput } from "../files/outputFile";
import { cliTexts } from "../locales/texts";
import type { Lang } from "../text";
import { readWorkbookFile } from "../workbookFile";

export interface ProfileOptions {
  output?: string;
  id: string;
  force?: boolean;
  lang: Lang;
}

export async function runProfile(file: string, options: ProfileOptions, out: Output): Promise<number> {
  const { id } = options;
  if (!/^[a-z0-9][a-z0-9-]*$/.test(id)) throw new CliError((w) => w.profileIdInvalid(id));
  const output = options.output === undefined ? null : prepareOutput(options.output, { force: options.force, inputs: [file] });
  const { lean } = await readWorkbookFile(file);
  const snapshot = { name: path.basename(file), sheets: lean.sheets };
  const base = builtinFormProfiles().get("lke-lampiran")!;
  const draft = draftFormProfile(snapshot, base, options.id);
  const text = `${JSON.stringify(draft.profile, null, 2)}\n`;
  if (output) await writeOutput(output, Buffer.from(text, "utf8"));
  out.json({ workbook: path.basename(file), found: draft.found, missing: draft.missing, ...(options.output ? { output: options.output } : { profile: draft.profile }) });
  if (!draft.found) {
    out.error(`lke: ${cliTexts(options.lang).formNotRecognised(path.basename(file))}`);
    return 1;
  }
  return 0;
}
