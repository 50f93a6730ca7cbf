/**
 * The package around the sheets: the workbook part, its relationships and the content types,
 * read from the zip package and written back only when changed.
 */
import type { ZipPackage } from "./zipPackage";
import { attribute, findElement, findElements, parseAttributes, startTagPattern, unescapeXml } from "./xml";
import { Unsupported, unsupportedIf } from "./unsupported";

export const spreadsheetNs = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
export const relationshipsNs = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
export const relTypes = {
  officeDocument: `${relationshipsNs}/officeDocument`,
  worksheet: `${relationshipsNs}/worksheet`,
  calcChain: `${relationshipsNs}/calcChain`,
} as const;
export const worksheetContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml";

export interface Relationship {
  id: string;
  type: string;
  /** Resolved part name, without a leading '/'. */
  part: string;
  external: boolean;
}

export interface SheetEntry {
  name: string;
  sheetId: number;
  relId: string;
  state: string | undefined;
  /** The worksheet part, when the relationship is a worksheet's. */
  part: string | undefined;
}

/** A part's text; refuses encodings other than UTF-8. */
export async function readText(zip: ZipPackage, part: string): Promise<string> {
  const bytes = zip.read(part);
  if (!bytes) throw new Unsupported({ kind: "part-missing", part });
  unsupportedIf(bytes.length >= 2 && (bytes[0] === 0xfe || bytes[0] === 0xff || bytes[1] === 0), { kind: "not-utf8", part });
  return bytes.toString("utf8");
}

function dirname(part: string): string {
  const slash = part.lastIndexOf("/");
  return slash < 0 ? "" : part.slice(0, slash + 1);
}

export function relsPartOf(part: string): string {
  const slash = part.lastIndexOf("/");
  return `${part.slice(0, slash + 1)}_rels/${part.slice(slash + 1)}.rels`;
}

/** A relationship target, relative to the source part's folder (or absolute), as a part name. */
export function resolveTarget(source: string, target: string): string {
  const segments = (target.startsWith("/") ? target.slice(1) : dirname(source) + target).split("/");
  const resolved: string[] = [];
  for (const segment of segments) {
    if (segment === "..") resolved.pop();
    else if (segment !== "." && segment !== "") resolved.push(segment);
  }
  return resolved.join("/");
}

export function parseRelationships(xml: string, source: string): Relationship[] {
  return findElements(xml, "Relationship").map(({ attributes }) => {
    const external = attribute(attributes, "TargetMode") === "External";
    const target = attribute(attributes, "Target") ?? "";
    return {
      id: attribute(attributes, "Id") ?? "",
      type: attribute(attributes, "Type") ?? "",
      part: external ? target : resolveTarget(source, target),
      external,
    };
  });
}

export async function workbookPartName(zip: ZipPackage): Promise<string> {
  const rels = parseRelationships(await readText(zip, "_rels/.rels"), "");
  const office = rels.find((r) => r.type === relTypes.officeDocument);
  unsupportedIf(!office, rels.some((r) => r.type.startsWith("http://purl.oclc.org/")) ? { kind: "strict-ooxml" } : { kind: "no-workbook-part" });
  return office!.part;
}

/** The root element's default namespace must be transitional SpreadsheetML, unprefixed. */
export function checkRoot(xml: string, root: string, part: string): void {
  const match = startTagPattern(`(?:[A-Za-z_][\\w.-]*:)?${root}`, "").exec(xml);
  unsupportedIf(!match, { kind: "no-root", part, root });
  unsupportedIf(!match![0].startsWith(`<${root}`), { kind: "namespace-prefix", part });
  const ns = attribute(parseAttributes(match![1]), "xmlns");
  unsupportedIf(ns !== spreadsheetNs, ns?.startsWith("http://purl.oclc.org/") ? { kind: "strict-ooxml" } : { kind: "not-spreadsheetml", part });
}

export function parseSheets(workbookXml: string, rels: Relationship[]): SheetEntry[] {
  const sheets = findElement(workbookXml, "sheets");
  unsupportedIf(!sheets || sheets.inner === null, { kind: "no-sheets-listed" });
  return findElements(sheets!.inner!, "sheet").map(({ attributes }) => {
    const relId = attributes.find(([key]) => /^[^:]+:id$/.test(key))?.[1] ?? "";
    const rel = rels.find((r) => r.id === relId);
    return {
      name: attribute(attributes, "name") ?? "",
      sheetId: Number(attribute(attributes, "sheetId")),
      relId,
      state: attribute(attributes, "state"),
      part: rel && !rel.external && rel.type === relTypes.worksheet ? rel.part : undefined,
    };
  });
}

/** Content types: adds or removes an Override, leaving everything else as it is. */
export function addOverride(xml: string, part: string, contentType: string): string {
  const close = xml.lastIndexOf("</Types>");
  unsupportedIf(close < 0, { kind: "not-a-list", part: "[Content_Types].xml" });
  const without = removeOverride(xml, part);
  const at = without.lastIndexOf("</Types>");
  return `${without.slice(0, at)}<Override PartName="/${part}" ContentType="${contentType}"/>${without.slice(at)}`;
}

export function removeOverride(xml: string, part: string): string {
  for (const element of findElements(xml, "Override")) {
    const name = attribute(element.attributes, "PartName") ?? "";
    if (unescapeXml(name).replace(/^\//, "").toLowerCase() === part.toLowerCase()) return xml.slice(0, element.start) + xml.slice(element.end);
  }
  return xml;
}

export function removeRelationship(xml: string, id: string): string {
  for (const element of findElements(xml, "Relationship")) {
    if (attribute(element.attributes, "Id") === id) return xml.slice(0, element.start) + xml.slice(element.end);
  }
  return xml;
}

/** `part`: the relationships part `xml` is, named where it is not a list. */
export function addRelationship(xml: string, part: string, id: string, type: string, target: string): string {
  const close = xml.lastIndexOf("</Relationships>");
  unsupportedIf(close < 0, { kind: "not-a-list", part });
  return `${xml.slice(0, close)}<Relationship Id="${id}" Type="${type}" Target="${target}"/>${xml.slice(close)}`;
}

/** Writes a part's text; no folder entries are added (a package has none). */
export function writePart(zip: ZipPackage, part: string, text: string): void {
  zip.write(part, text);
}
