/**
 * A package's parts by name, and the relationships that tie them: what the lean reader follows
 * from the package root to the workbook, its sheets, shared strings and styles.
 */
import { PartTexts } from "../zip/partTexts";
import { charCodes } from "./charCodes";
import { LeanRefused } from "./leanRefused";
import { token, XmlScanner } from "./xmlScanner";

export interface PackageRelationship {
  id: string;
  /** The type's last segment ("worksheet", "sharedStrings"), for the transitional and strict namespaces alike. */
  type: string;
  /** The target as written (what ExcelJS keeps for a hyperlink). */
  target: string;
  external: boolean;
  /** The part it points to, resolved against the source part (internal targets only). */
  part: string;
}

export class PackageParts {
  private readonly byName = new Map<string, string>();

  constructor(private readonly texts: PartTexts) {
    for (const name of texts.parts.keys()) this.byName.set(name.replace(/^\//, "").toLowerCase(), name);
  }

  /** The name the zip gives a part, found by its name in any letter case (part names ignore it). */
  entryName(part: string): string | undefined {
    const name = this.byName.get(part.toLowerCase());
    // Without a '%' the decoded name is the same, and as absent.
    if (name !== undefined || !part.includes("%")) return name;
    try {
      return this.byName.get(decodeURIComponent(part).toLowerCase());
    } catch {
      return undefined;
    }
  }

  /** The part's text; null when absent. `keep`: kept for whoever reads it next (not for sheets, read once). */
  text(part: string, keep = true): string | null {
    const name = this.entryName(part);
    return name === undefined ? null : this.texts.text(name, keep);
  }

  /** The part's character codes (charCodes.ts), given its `text`: its own bytes when they are all ASCII. */
  codes(part: string, text: string): Uint8Array {
    const name = this.entryName(part);
    return (name === undefined ? null : this.texts.asciiBytes(name)) ?? charCodes(text);
  }

  required(part: string, keep = true): string {
    const text = this.text(part, keep);
    if (text === null) throw new LeanRefused({ kind: "damaged", part, detail: "the part is missing" });
    return text;
  }

  /** The relationships of a part ("xl/workbook.xml" -> "xl/_rels/workbook.xml.rels"); none when it has no rels part. */
  relationships(source: string): PackageRelationship[] {
    const slash = source.lastIndexOf("/");
    const folder = slash < 0 ? "" : source.slice(0, slash + 1);
    const relsPart = `${folder}_rels/${source.slice(slash + 1)}.rels`;
    const xml = this.text(relsPart);
    if (xml === null) return [];
    const scanner = new XmlScanner(xml, relsPart);
    const list: PackageRelationship[] = [];
    while (scanner.next() !== token.end) {
      if (scanner.kind !== token.open || scanner.name !== "Relationship") continue;
      const type = scanner.attribute("Type") ?? "";
      const target = scanner.attribute("Target") ?? "";
      const external = scanner.attribute("TargetMode") === "External";
      list.push({ id: scanner.attribute("Id") ?? "", type: type.slice(type.lastIndexOf("/") + 1), target, external, part: external ? "" : resolvePart(folder, target) });
    }
    return list;
  }
}

/** A relationship target against its source's folder: "worksheets/sheet1.xml", "/xl/styles.xml", "../media/x.png". */
function resolvePart(folder: string, target: string): string {
  const path = target.startsWith("/") ? target.slice(1) : folder + target;
  const out: string[] = [];
  for (const segment of path.split("/")) {
    if (segment === "..") out.pop();
    else if (segment !== "." && segment !== "") out.push(segment);
  }
  return out.join("/");
}
