/**
 * Applies a write plan to the original .xlsx bytes: only the worksheet parts written to, and
 * where needed styles.xml, workbook.xml, its relationships and the content types, change.
 * Every other part (drawings, threaded comments, printer settings, metadata...) is kept
 * byte for byte. Whatever is outside what this edits safely is reported as unsupported, and
 * the caller falls back to rewriting the workbook.
 */
import { isEmptyPlan, type WritePlan } from "../../../core";
import { dropCalcChain } from "./calcChain";
import { withFullCalcOnLoad } from "./calcOnLoad";
import {
  addOverride,
  addRelationship,
  checkRoot,
  parseRelationships,
  parseSheets,
  readText,
  relsPartOf,
  relTypes,
  relationshipsNs,
  workbookPartName,
  worksheetContentType,
  writePart,
  type SheetEntry,
} from "./parts";
import { patchSheet, type SheetWrite } from "./sheetPatch";
import { checkStateSpec, stateSheetXml } from "./stateSheet";
import { Styles } from "./styles";
import { Unsupported, unsupportedIf, type PatchProblem } from "./unsupported";
import { addSheetEntry, setSheetState } from "./workbookSheets";
import { ZipPackage } from "./zipPackage";
import type { ZipParts } from "../zip/zipParts";
import { ZipRefused } from "../zip/zipRefused";

export type PatchResult = { ok: true; data: Buffer } | { ok: false; reason: PatchProblem };

/** `parts`: the package as read under the limits (read again from `original` when not given). */
export async function patchXlsx(original: Buffer, plan: WritePlan, parts?: ZipParts): Promise<PatchResult> {
  try {
    return { ok: true, data: await patch(original, plan, parts) };
  } catch (error) {
    if (error instanceof Unsupported) return { ok: false, reason: error.problem };
    if (error instanceof ZipRefused) return { ok: false, reason: error.problem.kind === "not-zip" ? { kind: "not-zip" } : { kind: "zip", detail: error.message } };
    return { ok: false, reason: { kind: "unexpected", detail: error instanceof Error ? error.message : String(error) } };
  }
}

const stylesType = `${relationshipsNs}/styles`;

async function patch(original: Buffer, plan: WritePlan, parts: ZipParts | undefined): Promise<Buffer> {
  unsupportedIf(plan.deleteSheets.length > 0, { kind: "deleting-sheets" });
  plan.sheets.forEach(checkStateSpec);

  const zip = ZipPackage.load(original, parts);
  const workbookPart = await workbookPartName(zip);
  const workbookRelsPart = relsPartOf(workbookPart);
  const workbookXml = await readText(zip, workbookPart);
  checkRoot(workbookXml, "workbook", workbookPart);
  const text = { workbook: workbookXml, workbookRels: await readText(zip, workbookRelsPart), contentTypes: await readText(zip, "[Content_Types].xml") };
  const before = { ...text };
  const rels = parseRelationships(text.workbookRels, workbookPart);
  const sheets = parseSheets(text.workbook, rels);
  // Nothing to write: the copy is the original, once it is known to be a workbook.
  if (isEmptyPlan(plan)) return original;

  let styles: Styles | undefined;
  const stylesRel = rels.find((r) => r.type === stylesType && !r.external);
  if (plan.writes.some((w) => w.numberFormat !== undefined)) {
    unsupportedIf(!stylesRel, { kind: "no-styles-part" });
    styles = new Styles(await readText(zip, stylesRel!.part));
  }

  let formulasChanged = false;
  const bySheet = new Map<string, SheetWrite[]>();
  for (const { sheet, ...write } of plan.writes) {
    const list = bySheet.get(sheet);
    if (list) list.push(write);
    else bySheet.set(sheet, [write]);
  }
  for (const [name, writes] of bySheet) {
    const entry = sheets.find((s) => s.name === name);
    unsupportedIf(!entry, { kind: "sheet-missing", sheet: name });
    unsupportedIf(!entry!.part, { kind: "not-worksheet-part", sheet: name });
    const patched = patchSheet(await readText(zip, entry!.part!), entry!.part!, writes, () => styles!);
    writePart(zip, entry!.part!, patched.xml);
    formulasChanged ||= patched.formulasChanged;
  }
  if (styles?.changed) writePart(zip, stylesRel!.part, styles.toXml());

  for (const spec of plan.sheets) {
    const existing = sheets.find((s) => s.name.toLowerCase() === spec.name.toLowerCase());
    if (existing) {
      unsupportedIf(!spec.replace, { kind: "sheet-not-lkes", sheet: spec.name });
      unsupportedIf(!existing.part || existing.name !== spec.name, { kind: "sheet-not-lkes", sheet: existing.name });
      unsupportedIf(zip.has(relsPartOf(existing.part!)), { kind: "sheet-has-parts", sheet: spec.name });
      writePart(zip, existing.part!, stateSheetXml(spec));
      text.workbook = setSheetState(text.workbook, spec.name, spec.visibility);
    } else {
      const added = newSheetPart(zip, workbookPart, rels.map((r) => r.id), sheets);
      writePart(zip, added.part, stateSheetXml(spec));
      text.workbook = addSheetEntry(text.workbook, spec.name, added.sheetId, added.relId, spec.visibility);
      text.workbookRels = addRelationship(text.workbookRels, workbookRelsPart, added.relId, relTypes.worksheet, added.target);
      text.contentTypes = addOverride(text.contentTypes, added.part, worksheetContentType);
      rels.push({ id: added.relId, type: relTypes.worksheet, part: added.part, external: false });
      sheets.push({ name: spec.name, sheetId: added.sheetId, relId: added.relId, state: spec.visibility, part: added.part });
    }
  }

  if (formulasChanged) Object.assign(text, dropCalcChain(zip, rels, text));
  if (plan.recalculateOnOpen) text.workbook = withFullCalcOnLoad(text.workbook);
  if (text.workbook !== before.workbook) writePart(zip, workbookPart, text.workbook);
  if (text.workbookRels !== before.workbookRels) writePart(zip, workbookRelsPart, text.workbookRels);
  if (text.contentTypes !== before.contentTypes) writePart(zip, "[Content_Types].xml", text.contentTypes);
  // Parts not edited keep their local header and compressed bytes exactly as they were read.
  return zip.bytes();
}

function newSheetPart(zip: ZipPackage, workbookPart: string, relIds: string[], sheets: SheetEntry[]) {
  const folder = workbookPart.slice(0, workbookPart.lastIndexOf("/") + 1);
  const taken = new Set(zip.names().map((n) => n.toLowerCase()));
  let n = 1;
  while (taken.has(`${folder}worksheets/sheet${n}.xml`.toLowerCase())) n++;
  let r = relIds.length + 1;
  while (relIds.includes(`rId${r}`)) r++;
  const sheetId = Math.max(0, ...sheets.map((s) => s.sheetId || 0)) + 1;
  return { part: `${folder}worksheets/sheet${n}.xml`, target: `worksheets/sheet${n}.xml`, relId: `rId${r}`, sheetId };
}
