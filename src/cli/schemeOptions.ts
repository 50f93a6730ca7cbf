/** --scheme and --scheme-file, and a scheme carried in the workbook itself. */
import * as fs from "node:fs";
import { builtinRegistry, type SchemeRegistry, issueText, withSchemeJson, schemeSheetName, workbookSchemeText, type WorkbookSnapshot, layoutIds } from "../core";
import { CliError } from "./cliError";
import { formsFor, layoutsFor } from "./layoutFile";

export interface SchemeOptions {
  scheme?: string;
  schemeFile?: string;
  /** --layout: a layout profile id, or "lke" for the docs/format.md layout only. */
  layout?: string;
  /** --layout-file: a form profile (JSON) describing the user's own form. */
  layoutFile?: string;
}

function addCustom(registry: SchemeRegistry, text: string, source: string): SchemeRegistry {
  const result = withSchemeJson(registry, text, source);
  if (result.ok) return result.registry;
  const issues = result.issues;
  throw new CliError((w, lang) => w.invalidScheme(source, issues.map((i) => `  ${issueText(i, lang)}`).join("\n")));
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
      const file = options.schemeFile;
      throw new CliError((w) => w.schemeFileUnreadable(file));
    }
    registry = addCustom(registry, text, options.schemeFile);
  }
  // A predicate scale id also names the index of a real form (its workbook computes the score).
  if (options.scheme && !registry.schemes.has(options.scheme) && !registry.predicateScales.has(options.scheme)) {
    const { scheme } = options;
    const known = [...registry.schemes.keys(), ...registry.predicateScales.keys()].join(", ");
    throw new CliError((w) => w.unknownScheme(scheme, known));
  }
  return registry;
}

/** What --layout, --scheme-file and --layout-file say is wrong for every input alike: checked once, before any file is read. */
export function checkRunOptions(options: SchemeOptions): void {
  const layouts = layoutIds(layoutsFor(options.layoutFile));
  const { layout } = options;
  if (layout !== undefined && !layouts.includes(layout)) throw new CliError((w) => w.unknownLayout(layout, layouts.join(", ")));
  if (options.schemeFile) registryFor({ sheets: [] }, { schemeFile: options.schemeFile }, options.schemeFile);
  if (options.layoutFile) formsFor({ sheets: [] }, options.layoutFile);
}
