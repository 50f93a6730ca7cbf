/** The schemes a workbook is read with: the built-ins, the workbook's own (sheet "Skema LKE"), then the user's files. */
import { builtinRegistry, schemeSheetName, withSchemeJson, workbookSchemeText, type SchemeRegistry, type WorkbookSnapshot } from "../core";
import { refuse } from "./refusal";
import type { SourcedText } from "./settings";

function withScheme(registry: SchemeRegistry, { text, source }: SourcedText): SchemeRegistry {
  const result = withSchemeJson(registry, text, source);
  if (!result.ok) refuse({ kind: "scheme-invalid", source, issues: result.issues });
  return result.registry;
}

export function workbookRegistry(snapshot: WorkbookSnapshot, label: string, schemeTexts: readonly SourcedText[] = [], scheme?: string): SchemeRegistry {
  let registry = builtinRegistry();
  const own = workbookSchemeText(snapshot);
  if (own) registry = withScheme(registry, { text: own, source: `${label} [${schemeSheetName}]` });
  for (const text of schemeTexts) registry = withScheme(registry, text);
  // A predicate scale id also names the index of a real form (its workbook computes the score).
  if (scheme !== undefined && !registry.schemes.has(scheme) && !registry.predicateScales.has(scheme)) {
    refuse({ kind: "scheme-unknown", scheme, known: [...registry.schemes.keys(), ...registry.predicateScales.keys()] });
  }
  return registry;
}
