/**
 * What rewriting a workbook with ExcelJS would lose, found by comparing the input with the
 * rewritten bytes: parts, and content ExcelJS reads only in part (Excel 2010 validations and
 * formats kept in extLst, notes whose text it does not carry over, merges, links, tables...),
 * sheet by sheet. A rewrite that loses anything is refused by its callers, never just reported.
 */
import type { ZipParts } from "../zip/zipParts";
import { checkWorkbookPackage, type WorkbookPackage } from "../package/workbookPackage";
import { readPackageParts } from "../nodeZip";
import { lostParts } from "./lostParts";
import { parseRelationships, relsPartOf } from "./parts";
import { ownCharts } from "./ownCharts";

/** One thing a rewrite would lose, as data: the command line says it in the run's language. */
export type RewriteLoss =
  | { kind: "part"; part: string }
  /** `count` of the sheet's `element` (merges, validations, links, drawings...). */
  | { kind: "elements"; sheet: string; element: string; count: number }
  | { kind: "note"; sheet: string; cell: string }
  /** The rewritten bytes could not be read back, so nothing of them can be vouched for. */
  | { kind: "unreadable" };

/** Sheet content whose every occurrence must survive a rewrite, by element name. */
const keptElements = [
  "mergeCell",
  "dataValidation",
  "x14:dataValidation",
  "conditionalFormatting",
  "x14:conditionalFormatting",
  "x14:sparklineGroup",
  "hyperlink",
  "tablePart",
  "drawing",
  "legacyDrawing",
  "oleObject",
  "control",
  "protectedRange",
] as const;

const commentsType = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/comments";

function count(xml: string, element: string): number {
  return (xml.match(new RegExp(`<${element}(?=[\\s/>])`, "g")) ?? []).length;
}

/** A note's text: its runs' text with CDATA sections and entities read as text. */
function noteText(xml: string): string {
  const texts: string[] = [];
  for (const m of xml.matchAll(/<t(?:\s[^>]*)?>([\s\S]*?)<\/t>/g)) {
    texts.push(
      m[1]
        .replace(/<!\[CDATA\[([\s\S]*?)\]\]>/g, (_, cdata: string) => cdata.replace(/&/g, "&amp;").replace(/</g, "&lt;"))
        .replace(/&lt;/g, "<")
        .replace(/&gt;/g, ">")
        .replace(/&quot;/g, '"')
        .replace(/&apos;/g, "'")
        .replace(/&amp;/g, "&"),
    );
  }
  return texts.join("");
}

/** The notes of a sheet, as "A1: text". */
function notes(pkg: WorkbookPackage, sheetPart: string): string[] {
  const relsXml = pkg.text(relsPartOf(sheetPart));
  if (relsXml === null) return [];
  const found: string[] = [];
  for (const rel of parseRelationships(relsXml, sheetPart)) {
    if (rel.type !== commentsType || rel.external) continue;
    const xml = pkg.text(rel.part) ?? "";
    for (const m of xml.matchAll(/<comment\s[^>]*?ref="([^"]*)"[^>]*>([\s\S]*?)<\/comment>/g)) found.push(`${m[1]}: ${noteText(m[2])}`);
  }
  return found;
}

function sheetLosses(before: WorkbookPackage, after: WorkbookPackage, ownDrawing: ReadonlySet<string>): RewriteLoss[] {
  const losses: RewriteLoss[] = [];
  for (const sheet of before.sheets) {
    if (sheet.part === null) continue;
    const twin = after.sheets.find((s) => s.name === sheet.name);
    const was = before.text(sheet.part) ?? "";
    const now = twin?.part ? (after.text(twin.part) ?? "") : "";
    for (const element of keptElements) {
      const lost = count(was, element) - count(now, element) - (element === "drawing" && ownDrawing.has(sheet.name) ? 1 : 0);
      if (lost > 0) losses.push({ kind: "elements", sheet: sheet.name, element, count: lost });
    }
    const kept = new Set(twin?.part ? notes(after, twin.part) : []);
    for (const note of notes(before, sheet.part)) if (!kept.has(note)) losses.push({ kind: "note", sheet: sheet.name, cell: note.slice(0, note.indexOf(":")) });
  }
  return losses;
}

/**
 * Everything of the input the rewritten `output` lacks (validations ExcelJS was never given,
 * being too wide to expand, are counted like any other). LKE's own charts on the sheets it
 * `regenerated` are not counted: the caller draws them again.
 */
export function rewriteLosses(original: Buffer, input: ZipParts, output: Buffer, regenerated: readonly string[] = []): RewriteLoss[] {
  // The input was checked when it was read.
  const before = checkWorkbookPackage(input);
  const own = ownCharts(before, regenerated);
  const losses: RewriteLoss[] = lostParts(original, output)
    .filter((part) => !own.parts.has(part.toLowerCase()))
    .map((part) => ({ kind: "part", part }));
  try {
    losses.push(...sheetLosses(before, checkWorkbookPackage(readPackageParts(output)), own.sheets));
  } catch {
    losses.push({ kind: "unreadable" });
  }
  return losses;
}
