/** Drops the calculation chain once formulas change: Excel rebuilds it on open. */
import type { ZipPackage } from "./zipPackage";
import { relTypes, removeOverride, removeRelationship, type Relationship } from "./parts";

export interface PackageText {
  workbookRels: string;
  contentTypes: string;
}

export function dropCalcChain(zip: ZipPackage, rels: Relationship[], text: PackageText): PackageText {
  const chain = rels.find((r) => r.type === relTypes.calcChain && !r.external);
  if (!chain) return text;
  zip.remove(chain.part);
  return { workbookRels: removeRelationship(text.workbookRels, chain.id), contentTypes: removeOverride(text.contentTypes, chain.part) };
}
