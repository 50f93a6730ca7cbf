/** The schemes a workbook is read with in Excel: the built-ins and the workbook's own (sheet "Skema LKE"), as the CLI does. */
import { builtinRegistry, type SchemeRegistry, issueText, withSchemeJson, schemeSheetName, workbookSchemeText, type WorkbookSnapshot } from "../../core";
import { LkeHostError } from "./errors";

export function workbookRegistry(snapshot: WorkbookSnapshot): SchemeRegistry {
  const registry = builtinRegistry();
  const own = workbookSchemeText(snapshot);
  if (!own) return registry;
  const result = withSchemeJson(registry, own, schemeSheetName);
  if (result.ok) return result.registry;
  throw new LkeHostError("scheme", { sheet: schemeSheetName, reason: result.issues.map((i) => issueText(i)).join("; ") });
}
