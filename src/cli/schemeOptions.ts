/** --scheme and --scheme-file, and a scheme carried in the workbook itself. */
import * as fs from "node:fs";
import { builtinRegistry, SchemeError, withCustomScheme, type SchemeRegistry } from "../core/scheme/registry";
import { schemeSheetName, workbookSchemeText } from "../core/scheme/workbookScheme";
import type { WorkbookSnapshot } from "../core/snapshot";
import { CliError } from "./cliError";

export interface SchemeOptions {
  scheme?: string;
  schemeFile?: string;
  /** --layout: a layout profile id, or "lke" for the FORMAT.md layout only. */
  layout?: string;
}

function addCustom(registry: SchemeRegistry, text: string, source: string): SchemeRegistry {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    throw new CliError(`${source}: skema bukan JSON yang sah / the scheme is not valid JSON (${error instanceof Error ? error.message : error}).`);
  }
  try {
    const { registry: next, scheme } = withCustomScheme(registry, data, source);
    // A sheet whose Skema says "custom" takes the custom scheme it came with.
    if (!next.schemes.has("custom")) (next.schemes as Map<string, typeof scheme>).set("custom", scheme);
    return next;
  } catch (error) {
    if (error instanceof SchemeError) {
      const lines = error.issues.map((i) => `  ${i.path || "(root)"}: ${i.message}`).join("\n");
      throw new CliError(`${source}: skema tidak sah / invalid scheme:\n${lines}`);
    }
    throw error;
  }
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
  if (options.scheme && !registry.schemes.has(options.scheme)) {
    throw new CliError(`--scheme ${options.scheme}: skema tidak dikenal; pilih salah satu: ${[...registry.schemes.keys()].join(", ")} / unknown scheme.`);
  }
  return registry;
}
