/**
 * LKE's own charts on the sheets it regenerates: a drawing whose every object LKE named (see
 * `chartXml.ts`), with the parts only it reaches (its charts, their styles) and the sheet's
 * relationships when they hold nothing else. A rewrite that drops these loses nothing of the
 * user's; a drawing with anything else in it is the user's and stays a loss.
 */
import type { WorkbookPackage } from "../package/workbookPackage";
import { lkeObjectName } from "./chartXml";
import { parseRelationships, relationshipsNs, relsPartOf } from "./parts";
import { findElements } from "./xml";

const drawingType = `${relationshipsNs}/drawing`;

/** Parts (lower case) reached from `starts` through relationships, not going into `avoided`. */
function reached(pkg: WorkbookPackage, starts: readonly string[], avoided: ReadonlySet<string> = new Set()): Set<string> {
  const seen = new Set<string>();
  const queue = [...starts];
  for (let part = queue.pop(); part !== undefined; part = queue.pop()) {
    const key = part.toLowerCase();
    if (seen.has(key) || avoided.has(key)) continue;
    seen.add(key);
    const rels = pkg.text(relsPartOf(part));
    if (rels === null) continue;
    seen.add(relsPartOf(part).toLowerCase());
    for (const rel of parseRelationships(rels, part)) if (!rel.external) queue.push(rel.part);
  }
  return seen;
}

/** Every object of the drawing (chart frame, picture, shape...) is one LKE named. */
function isLkeDrawing(xml: string): boolean {
  const names = ["xdr:cNvPr", "cNvPr"].flatMap((tag) => findElements(xml, tag).map((e) => e.attributes.find(([key]) => key === "name")?.[1] ?? ""));
  return names.length > 0 && names.every((name) => name.startsWith(lkeObjectName));
}

export interface OwnCharts {
  /** Part names, lower case. */
  parts: Set<string>;
  /** The sheets whose `<drawing>` is LKE's. */
  sheets: Set<string>;
}

export function ownCharts(pkg: WorkbookPackage, sheetNames: readonly string[]): OwnCharts {
  const names = new Set(sheetNames);
  const result: OwnCharts = { parts: new Set(), sheets: new Set() };
  const drawings: string[] = [];
  for (const sheet of pkg.sheets) {
    if (!names.has(sheet.name) || sheet.part === null) continue;
    const relsPart = relsPartOf(sheet.part);
    const rels = parseRelationships(pkg.text(relsPart) ?? "", sheet.part);
    const own = rels.filter((r) => r.type === drawingType && !r.external && isLkeDrawing(pkg.text(r.part) ?? ""));
    if (own.length === 0) continue;
    result.sheets.add(sheet.name);
    drawings.push(...own.map((r) => r.part));
    if (own.length === rels.length) result.parts.add(relsPart.toLowerCase());
  }
  if (drawings.length === 0) return result;
  // What the rest of the package reaches is never LKE's alone.
  const own = new Set(drawings.map((d) => d.toLowerCase()));
  const elsewhere = reached(pkg, [pkg.workbookPart], own);
  for (const part of reached(pkg, drawings)) if (!elsewhere.has(part)) result.parts.add(part);
  return result;
}
