/**
 * Is an .xlsx package whole? Every relationship's target is a part of it, every part has a
 * content type, and every XML part is well-formed (by xmllint when it is installed; under CI
 * it must be).
 */
import { spawnSync } from "node:child_process";
import { parseRelationships } from "../../src/io/xlsx/patch/parts";
import { attribute, findElements } from "../../src/io/xlsx/patch/xml";
import { readPackageParts } from "../../src/io/xlsx/nodeZip";

const inCi = /^(1|true|yes)$/i.test(process.env.CI ?? "");
const utf8 = new TextDecoder("utf-8");

export const haveXmllint = !spawnSync("xmllint", ["--version"]).error;
if (!haveXmllint && inCi) throw new Error("xmllint not found on PATH; install libxml2-utils (CI checks packages with it)");

export function packageParts(data: Uint8Array): Map<string, string> {
  const parts = new Map<string, string>();
  for (const [name, bytes] of readPackageParts(data).parts) if (!name.endsWith("/")) parts.set(name, utf8.decode(bytes));
  return parts;
}

/** Everything wrong with the package, as sentences; empty when it is whole. */
export function packageProblems(data: Uint8Array): string[] {
  const parts = packageParts(data);
  const problems: string[] = [];
  const has = (name: string) => [...parts.keys()].some((p) => p.toLowerCase() === name.toLowerCase());
  const types = parts.get("[Content_Types].xml") ?? "";
  const overrides = new Set(findElements(types, "Override").map((e) => (attribute(e.attributes, "PartName") ?? "").replace(/^\//, "").toLowerCase()));
  const defaults = new Set(findElements(types, "Default").map((e) => (attribute(e.attributes, "Extension") ?? "").toLowerCase()));
  for (const name of parts.keys()) {
    if (name === "[Content_Types].xml") continue;
    if (!overrides.has(name.toLowerCase()) && !defaults.has(name.slice(name.lastIndexOf(".") + 1).toLowerCase())) problems.push(`${name} has no content type`);
    if (/\.(xml|rels)$/.test(name)) {
      if (haveXmllint) {
        const run = spawnSync("xmllint", ["--noout", "--nonet", "-"], { input: parts.get(name), encoding: "utf8" });
        if (run.status !== 0) problems.push(`${name} is not well-formed: ${run.stderr.trim()}`);
      }
    }
    if (!name.endsWith(".rels")) continue;
    // "_rels/.rels" speaks for the package; "xl/_rels/workbook.xml.rels" for xl/workbook.xml.
    const source = name === "_rels/.rels" ? "" : name.replace(/_rels\/([^/]+)\.rels$/, "$1");
    if (source && !has(source)) problems.push(`${name} belongs to no part`);
    for (const rel of parseRelationships(parts.get(name)!, source)) if (!rel.external && !has(rel.part)) problems.push(`${name}: ${rel.id} points at ${rel.part}, which is missing`);
  }
  for (const part of overrides) if (!has(part)) problems.push(`[Content_Types].xml names ${part}, which is missing`);
  return problems;
}
