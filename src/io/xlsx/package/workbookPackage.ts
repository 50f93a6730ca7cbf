/**
 * The package around a workbook's cells, checked before anything reads them: content types, the
 * workbook part and its relationships, every sheet's part present once, shared strings where
 * the sheets use them, and no relationship of the workbook or its sheets pointing at nothing.
 */
import { PartTexts } from "../zip/partTexts";
import type { ZipParts } from "../zip/zipParts";
import { parseRelationships, relsPartOf, relTypes, spreadsheetNs, type Relationship } from "../patch/parts";
import { attribute, findElement, findElements, parseAttributes, unescapeXml } from "../patch/xml";
import { PackageDamaged } from "./packageDamage";

export interface PackageSheet {
  name: string;
  /** The worksheet part (null for a chart sheet or another kind of sheet). */
  part: string | null;
}

export interface WorkbookPackage {
  workbookPart: string;
  sheets: PackageSheet[];
  sharedStringsPart: string | null;
  /** The user protected the workbook's structure: no sheet may be added, hidden or removed. */
  structureLocked: boolean;
  /** A part's text by its name, in any letter case (part names ignore it). */
  text(part: string): string | null;
  /** The package holds the part (its name in any letter case). */
  has(part: string): boolean;
}

const workbookContentTypes = /^application\/vnd\.(openxmlformats-officedocument\.spreadsheetml\.(sheet|template)\.main\+xml|ms-excel\.(sheet|template|addin)\.macroEnabled\.main\+xml)$/;
const sharedStringsType = `${relTypes.officeDocument.replace(/officeDocument$/, "sharedStrings")}`;

function damaged(damage: ConstructorParameters<typeof PackageDamaged>[0]): never {
  throw new PackageDamaged(damage);
}

/** A relationship's target as written may be percent-encoded (a space as %20). */
function decodedPart(part: string): string {
  // Without a '%' there is nothing to decode (and decoding, which is looked for on every miss, costs).
  if (!part.includes("%")) return part;
  try {
    return decodeURIComponent(part);
  } catch {
    return part;
  }
}

function contentTypeOf(typesXml: string, part: string): string | undefined {
  for (const { attributes } of findElements(typesXml, "Override")) {
    if ((attribute(attributes, "PartName") ?? "").replace(/^\//, "").toLowerCase() === part.toLowerCase()) return attribute(attributes, "ContentType");
  }
  const extension = part.slice(part.lastIndexOf(".") + 1).toLowerCase();
  for (const { attributes } of findElements(typesXml, "Default")) {
    if ((attribute(attributes, "Extension") ?? "").toLowerCase() === extension) return attribute(attributes, "ContentType");
  }
  return undefined;
}

/**
 * The prefix the workbook part's root binds to SpreadsheetML's namespace ("x:", as some writers
 * other than Excel make it; the lean reader reads such parts too), or "" where it is the default.
 */
function spreadsheetPrefix(workbookXml: string): string {
  const root = /<([A-Za-z_][\w.-]*):workbook(?=[\s/>])([^>]*)>/.exec(workbookXml);
  if (root === null) return "";
  const bound = parseAttributes(root[2]).some(([name, value]) => name === `xmlns:${root[1]}` && value === spreadsheetNs);
  return bound ? `${root[1]}:` : "";
}

/** `texts`: shared with the reader that reads the same parts next, so each is decoded once. */
export function checkWorkbookPackage(zip: ZipParts, texts = new PartTexts(zip.parts)): WorkbookPackage {
  const byName = new Map<string, string>();
  for (const name of zip.parts.keys()) byName.set(name.toLowerCase(), name);
  const has = (part: string) => byName.has(part.toLowerCase()) || byName.has(decodedPart(part).toLowerCase());
  const text = (part: string): string | null => {
    const name = byName.get(part.toLowerCase()) ?? byName.get(decodedPart(part).toLowerCase());
    return name === undefined ? null : texts.text(name);
  };
  const required = (part: string): string => text(part) ?? damaged({ kind: "missing-part", part });

  const types = required("[Content_Types].xml");
  const rootRels = parseRelationships(required("_rels/.rels"), "");
  const office = rootRels.find((r) => r.type === relTypes.officeDocument && !r.external);
  if (!office) damaged({ kind: "not-spreadsheet" });
  const workbookPart = office.part;
  const workbookXml = required(workbookPart);
  if (!workbookContentTypes.test(contentTypeOf(types, workbookPart) ?? "")) damaged({ kind: "not-spreadsheet" });

  const workbookRelsPart = relsPartOf(workbookPart);
  const rels = parseRelationships(required(workbookRelsPart), workbookPart);
  const pointsSomewhere = (source: string, list: Relationship[]) => {
    for (const rel of list) if (!rel.external && !has(rel.part)) damaged({ kind: "dangling", source, target: rel.part });
  };
  pointsSomewhere(workbookRelsPart, rels);

  const prefix = spreadsheetPrefix(workbookXml);
  const sheetsElement = findElement(workbookXml, `${prefix}sheets`);
  const entries = sheetsElement?.inner ? findElements(sheetsElement.inner, `${prefix}sheet`) : [];
  if (entries.length === 0) damaged({ kind: "no-sheets" });
  const names = new Set<string>();
  const owners = new Map<string, string>();
  const sheets: PackageSheet[] = entries.map(({ attributes }) => {
    const name = attribute(attributes, "name") ?? "";
    if (names.has(name.toLowerCase())) damaged({ kind: "duplicate-sheet", sheet: name });
    names.add(name.toLowerCase());
    const relId = attributes.find(([key]) => /^[^:]+:id$/.test(key))?.[1] ?? "";
    const rel = rels.find((r) => r.id === relId);
    if (!rel || rel.external) damaged({ kind: "dangling", source: workbookPart, target: unescapeXml(relId) || name });
    const owner = owners.get(rel.part.toLowerCase());
    if (owner !== undefined) damaged({ kind: "shared-part", part: rel.part, sheets: [owner, name] });
    owners.set(rel.part.toLowerCase(), name);
    return { name, part: rel.type === relTypes.worksheet ? rel.part : null };
  });

  for (const sheet of sheets) {
    if (sheet.part === null) continue;
    const sheetRels = relsPartOf(sheet.part);
    const relsXml = text(sheetRels);
    if (relsXml !== null) pointsSomewhere(sheetRels, parseRelationships(relsXml, sheet.part));
  }
  const shared = rels.find((r) => r.type === sharedStringsType && !r.external);
  const protection = findElement(workbookXml, `${prefix}workbookProtection`);
  const structureLocked = protection !== null && /^(1|true)$/.test(attribute(protection.attributes, "lockStructure") ?? "");
  return { workbookPart, sheets, sharedStringsPart: shared ? shared.part : null, structureLocked, text, has };
}
