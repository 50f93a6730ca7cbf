/** The schemes a workbook is read with in Excel: the built-ins and the workbook's own (sheet "Skema LKE"), as the CLI does. */
import { builtinRegistry, SchemeError, withCustomScheme, type SchemeRegistry } from "../core/scheme/registry";
import { schemeSheetName, workbookSchemeText } from "../core/scheme/workbookScheme";
import type { WorkbookSnapshot } from "../core/snapshot";
import { LkeHostError } from "./errors";

export function workbookRegistry(snapshot: WorkbookSnapshot): SchemeRegistry {
  const registry = builtinRegistry();
  const own = workbookSchemeText(snapshot);
  if (!own) return registry;
  let data: unknown;
  try {
    data = JSON.parse(own);
  } catch (error) {
    throw new LkeHostError("scheme", { sheet: schemeSheetName, reason: error instanceof Error ? error.message : String(error) });
  }
  try {
    const { registry: next, scheme } = withCustomScheme(registry, data, schemeSheetName);
    // A sheet whose Skema says "custom" takes the custom scheme it came with.
    if (!next.schemes.has("custom")) (next.schemes as Map<string, typeof scheme>).set("custom", scheme);
    return next;
  } catch (error) {
    if (error instanceof SchemeError) {
      throw new LkeHostError("scheme", { sheet: schemeSheetName, reason: error.issues.map((i) => `${i.path || "(root)"}: ${i.message}`).join("; ") });
    }
    throw error;
  }
}
