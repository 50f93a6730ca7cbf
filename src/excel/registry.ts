/** The schemes a workbook is read with in Excel: the built-ins and the workbook's own (sheet "Skema LKE"), as the CLI does. */
import { builtinRegistry, type SchemeRegistry } from "../core/scheme/registry";
import { issueText, withSchemeJson } from "../core/scheme/schemeJson";
import { schemeSheetName, workbookSchemeText } from "../core/scheme/workbookScheme";
import type { WorkbookSnapshot } from "../core/snapshot";
import { LkeHostError } from "./errors";

export function workbookRegistry(snapshot: WorkbookSnapshot): SchemeRegistry {
  const registry = builtinRegistry();
  const own = workbookSchemeText(snapshot);
  if (!own) return registry;
  const result = withSchemeJson(registry, own, schemeSheetName);
  if (result.ok) return result.registry;
  throw new LkeHostError("scheme", { sheet: schemeSheetName, reason: result.issues.map((i) => issueText(i)).join("; ") });
}
