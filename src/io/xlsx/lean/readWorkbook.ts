/**
 * The lean reader: a workbook's parts, already unpacked under the zip limits, straight to the
 * engine's snapshot, without building a workbook object. It follows the package's
 * relationships from the root to the workbook, its sheets (in the workbook's order), the shared
 * strings and the styles, and reads each sheet in one pass. No Node APIs: the command line and
 * the task pane share it, each with its own inflate.
 *
 * It gives the snapshot src/io/xlsx/snapshot.ts makes of ExcelJS's reading, cell for cell; where
 * ExcelJS is wrong the place says so (here: a sheet name's entities are decoded once, where
 * ExcelJS decodes them twice; parts are found through the package's relationships, where ExcelJS
 * looks only at the usual names).
 */
import type { SheetSnapshot } from "../../../core";
import { PartTexts } from "../zip/partTexts";
import { CellCount } from "./cellCount";
import { LeanRefused } from "./leanRefused";
import { PackageParts } from "./packageParts";
import { readSharedStrings } from "./sharedStrings";
import { readSheet, type SheetContext } from "./sheetReader";
import { readStyleFormats } from "./styles";
import { token, XmlScanner } from "./xmlScanner";

export const leanLimits = {
  /** Cells in the whole workbook, merged areas' cells included (a province's 45-unit workbook has about 11,000). */
  maxCells: 2_000_000,
} as const;

export interface LeanWorkbook {
  /** Worksheets in the workbook's order (chart sheets and other kinds are not cells, and left out). */
  sheets: SheetSnapshot[];
  /** Worksheets the user protected, by name. */
  protectedSheets: string[];
  /** Worksheets whose data validations were too wide to read cell by cell, none of them read (with the zip entry of each). */
  validationsLeftOut: { sheet: string; part: string }[];
  /** Some cell is typed as a shared string (whether or not it holds an index). */
  usesSharedStrings: boolean;
  /** The user protected the workbook's structure (no sheet may be added). */
  structureLocked: boolean;
}

interface SheetEntry {
  name: string;
  state: string | undefined;
  relId: string | undefined;
}

function readWorkbookPart(xml: string, part: string): { sheets: SheetEntry[]; date1904: boolean; structureLocked: boolean } {
  const scanner = new XmlScanner(xml, part);
  const sheets: SheetEntry[] = [];
  let date1904 = false;
  let structureLocked = false;
  while (scanner.next() !== token.end) {
    if (scanner.kind !== token.open) continue;
    switch (scanner.name) {
      case "sheet":
        sheets.push({ name: scanner.attribute("name") ?? "", state: scanner.attribute("state"), relId: scanner.attribute("r:id") });
        break;
      case "workbookPr":
        date1904 = scanner.attribute("date1904") === "1";
        break;
      case "workbookProtection":
        structureLocked = /^(1|true)$/.test(scanner.attribute("lockStructure") ?? "");
        break;
      case "extLst":
        scanner.skipElement();
        break;
    }
  }
  return { sheets, date1904, structureLocked };
}

/** `texts`: the parts' texts as another reader of the same parts (the package check) decoded them. */
export function readLeanWorkbook(parts: ReadonlyMap<string, Uint8Array>, texts = new PartTexts(parts)): LeanWorkbook {
  const pkg = new PackageParts(texts);
  const office = pkg.relationships("").find((r) => r.type === "officeDocument" && !r.external);
  const workbookPart = office?.part ?? "xl/workbook.xml";
  const workbook = readWorkbookPart(pkg.required(workbookPart), workbookPart);
  const rels = pkg.relationships(workbookPart);
  const internal = (type: string) => rels.find((r) => r.type === type && !r.external)?.part ?? null;
  const stringsPart = internal("sharedStrings");
  const stringsXml = stringsPart === null ? null : pkg.text(stringsPart, false);
  const sharedStrings = stringsXml === null ? null : readSharedStrings(stringsXml, stringsPart!);
  const stylesPart = internal("styles");
  const formats = stylesPart === null ? [] : readStyleFormats(pkg.text(stylesPart, false), stylesPart);
  const cells = new CellCount(leanLimits.maxCells);
  const result: LeanWorkbook = { sheets: [], protectedSheets: [], validationsLeftOut: [], usesSharedStrings: false, structureLocked: workbook.structureLocked };
  for (const entry of workbook.sheets) {
    const rel = rels.find((r) => r.id === entry.relId);
    if (!rel || rel.external) throw new LeanRefused({ kind: "damaged", part: workbookPart, detail: `sheet "${entry.name}" names a relationship the workbook does not have` });
    if (rel.type !== "worksheet") continue;
    const xml = pkg.required(rel.part, false);
    const context: SheetContext = {
      name: entry.name,
      part: rel.part,
      state: entry.state,
      sharedStrings,
      formats,
      date1904: workbook.date1904,
      relationships: pkg.relationships(rel.part),
      cells,
    };
    const read = readSheet(xml, context, pkg.codes(rel.part, xml));
    result.sheets.push(read.sheet);
    if (read.protected) result.protectedSheets.push(entry.name);
    if (read.validationsLeftOut) result.validationsLeftOut.push({ sheet: entry.name, part: pkg.entryName(rel.part)! });
    if (read.usesSharedStrings) result.usesSharedStrings = true;
  }
  return result;
}
