/** The "Lampiran" form (LKE RB, LKE ZI): finds the sheets in it and scores each assessment. */
import { asWritten } from "../../builtinData";
import { parseOrThrow, type SchemeRegistry } from "../../scheme/registry";
import type { EngineRun } from "../../run";
import type { WorkbookSnapshot } from "../../snapshot";
import lkeLampiran from "../builtin/lke-lampiran.json";
import { analyzeForm, type FormAnalysis } from "./formAnalyze";
import { readFormLayout, type FormLayout } from "./formRead";
import { formProfileSchema, type FormProfile } from "./formSchema";

export function parseFormProfile(data: unknown, source: string): FormProfile {
  return parseOrThrow(formProfileSchema, data, source);
}

/** The built-in form profiles as files, with the schema they are written to (see builtinData.ts). */
export const builtinFormData = { schema: formProfileSchema, items: [lkeLampiran] as unknown[] };

let builtins: ReadonlyMap<string, FormProfile> | undefined;

export function builtinFormProfiles(): ReadonlyMap<string, FormProfile> {
  builtins ??= new Map(asWritten<FormProfile[]>(builtinFormData.items).map((profile) => [profile.id, profile]));
  return builtins;
}

export interface FormSheet {
  layout: FormLayout;
  assessments: FormAnalysis[];
}

export interface FormsOptions {
  profiles?: ReadonlyMap<string, FormProfile>;
  skip?: (name: string) => boolean;
  predicateScale?: string;
  /** False when the scale named (--scheme) is a custom scheme's: only built-in data is the regulation. */
  scaleIsRegulation?: boolean;
}

/** Every sheet in one of the known forms, with one analysis per assessment. */
export function analyzeForms(snapshot: WorkbookSnapshot, registry: SchemeRegistry, run: EngineRun, options: FormsOptions = {}): FormSheet[] {
  const profiles = [...(options.profiles ?? builtinFormProfiles()).values()];
  const sheets: FormSheet[] = [];
  for (const sheet of snapshot.sheets) {
    if (options.skip?.(sheet.name)) continue;
    for (const profile of profiles) {
      const layout = readFormLayout(sheet, profile);
      if (!layout) continue;
      // A user's form profile names its own index scales; only the built-in's are the regulation's.
      const scaleIsRegulation = options.predicateScale !== undefined ? options.scaleIsRegulation !== false : builtinFormProfiles().get(profile.id) === profile;
      sheets.push({ layout, assessments: analyzeForm(snapshot, layout, registry, run, { predicateScale: options.predicateScale, scaleIsRegulation }) });
      break;
    }
  }
  return sheets;
}

export type { FormAnalysis } from "./formAnalyze";
export type { FormProfile } from "./formSchema";
