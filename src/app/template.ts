/** Template: empty LKE sheets of one scheme, one per unit, under names not yet taken. */
import { sanitizeSheetName, stateSheetName, templateSheet, uniqueSheetName, type SchemeRegistry, type SheetSpec } from "../core";
import { refuse } from "./refusal";

export interface TemplateRequest {
  scheme: string;
  units: readonly string[];
  year: string;
  /** Sheet names the workbook already has. */
  taken?: readonly string[];
}

export function templateSheets(registry: SchemeRegistry, request: TemplateRequest): SheetSpec[] {
  const scheme = registry.schemes.get(request.scheme);
  if (!scheme) return refuse({ kind: "scheme-unknown", scheme: request.scheme, known: [...registry.schemes.keys()] });
  const reserved = request.units.find((unit) => sanitizeSheetName(unit).toLowerCase() === stateSheetName.toLowerCase());
  if (reserved !== undefined) refuse({ kind: "unit-name-reserved", unit: reserved });
  const taken = [...(request.taken ?? [])];
  return request.units.map((unit) => {
    const name = uniqueSheetName(unit.trim() || "LKE", taken);
    taken.push(name);
    return templateSheet(scheme, registry, unit.trim() || name, request.year, name);
  });
}
