/** --scheme and --scheme-file, and a scheme carried in the workbook itself. */
import * as fs from "node:fs";
import { builtinRegistry, type SchemeRegistry } from "../core/scheme/registry";
import { issueText, withSchemeJson } from "../core/scheme/schemeJson";
import { schemeSheetName, workbookSchemeText } from "../core/scheme/workbookScheme";
import type { WorkbookSnapshot } from "../core/snapshot";
import { CliError } from "./cliError";

export interface SchemeOptions {
  scheme?: string;
  schemeFile?: string;
  /** --layout: a layout profile id, or "lke" for the FORMAT.md layout only. */
  layout?: string;
  /** --layout-file: a form profile (JSON) describing the user's own form. */
  layoutFile?: string;
}

function addCustom(registry: SchemeRegistry, text: string, source: string): SchemeRegistry {
  const result = withSchemeJson(registry, text, source);
  if (result.ok) return result.registry;
  throw new CliError(`${source}: skema tidak sah / invalid scheme:\n${result.issues.map((i) => `  ${issueText(i)}`).join("\n")}`);
}

/** The registry for a workbook: built-ins, the workbook's own scheme, then --scheme-file. */
export function registryFor(snapshot: WorkbookSnapshot, options: SchemeOptions, fileLabel: string): SchemeRegistry {
  let registry = builtinRegistry();
  const own = workbookSchemeText(snapshot);
  if (own) registry = addCustom(registry, own, `${fileLabel} [${schemeSheetName}]`);
  if (options.schemeFile) {
    let text: string;
    try {
      text = fs.readFileSync(options.schemeFile, "utf8");
    } catch {
      throw new CliError(`${options.schemeFile}: berkas skema tidak dapat dibaca / cannot read the scheme file.`);
    }
    registry = addCustom(registry, text, options.schemeFile);
  }
  // A predicate scale id also names the index of a real form (its workbook computes the score).
  if (options.scheme && !registry.schemes.has(options.scheme) && !registry.predicateScales.has(options.scheme)) {
    const known = [...registry.schemes.keys(), ...registry.predicateScales.keys()];
    throw new CliError(`--scheme ${options.scheme}: skema tidak dikenal; pilih salah satu: ${known.join(", ")} / unknown scheme.`);
  }
  return registry;
}
