/**
 * A new .xlsx package written directly as SpreadsheetML, without ExcelJS: the workbook, its
 * sheets, one styles part, one shared strings part and the theme, and the package's content
 * types and relationships. Each sheet is deflated as it is written (partDeflater.ts), the other
 * parts by the package writer LKE patches workbooks with.
 */
import type { SheetSpec } from "../../../core";
import { ZipPackage } from "../patch/zipPackage";
import { CellStyles } from "./cellStyles";
import { PartDeflater } from "./partDeflater";
import { SharedStrings } from "./sharedStrings";
import { themeXml } from "./theme";
import { workbookXml } from "./workbookXml";
import { worksheetPart } from "./worksheetPart";

const declaration = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
const relationshipTypes = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const spreadsheetTypes = "application/vnd.openxmlformats-officedocument.spreadsheetml";

function relationshipsXml(rels: readonly { id: string; type: string; target: string }[]): string {
  const items = rels.map((r) => `<Relationship Id="${r.id}" Type="${r.type}" Target="${r.target}"/>`).join("");
  return `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${items}</Relationships>`;
}

function contentTypesXml(sheetParts: readonly string[]): string {
  const overrides = [
    ["/xl/workbook.xml", `${spreadsheetTypes}.sheet.main+xml`],
    ...sheetParts.map((part) => [`/${part}`, `${spreadsheetTypes}.worksheet+xml`]),
    ["/xl/styles.xml", `${spreadsheetTypes}.styles+xml`],
    ["/xl/sharedStrings.xml", `${spreadsheetTypes}.sharedStrings+xml`],
    ["/xl/theme/theme1.xml", "application/vnd.openxmlformats-officedocument.theme+xml"],
  ];
  return (
    '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>' +
    overrides.map(([part, type]) => `<Override PartName="${part}" ContentType="${type}"/>`).join("") +
    "</Types>"
  );
}

/** The sheets, in order, as a new workbook's .xlsx bytes. Sheet names must differ (as Excel compares them, ignoring case). */
export function newWorkbookPackage(sheets: readonly SheetSpec[]): Buffer {
  return newWorkbookZip(sheets).bytes();
}

/**
 * The same as a package still open, its parts not yet packed: parts can be added (the recap's
 * charts). `drawings`: each sheet with charts is written with its `<drawing>` element in place,
 * for drawCharts(zip, sheets, { elementsWritten: true }) to add the drawing it names.
 */
export function newWorkbookZip(sheets: readonly SheetSpec[], { drawings = false } = {}): ZipPackage {
  const names = new Set<string>();
  for (const { name } of sheets) {
    if (names.has(name.toLowerCase())) throw new Error(`Sheet "${name}" is in the plan twice.`);
    names.add(name.toLowerCase());
  }
  const styles = new CellStyles();
  const strings = new SharedStrings();
  const sheetParts = sheets.map((_, i) => `xl/worksheets/sheet${i + 1}.xml`);
  // The sheets' relationship ids come after the styles', the shared strings' and the theme's.
  const sheetRelId = (i: number) => `rId${i + 4}`;

  const zip = ZipPackage.empty();
  zip.write("[Content_Types].xml", declaration + contentTypesXml(sheetParts));
  zip.write("_rels/.rels", declaration + relationshipsXml([{ id: "rId1", type: `${relationshipTypes}/officeDocument`, target: "xl/workbook.xml" }]));
  zip.write("xl/workbook.xml", declaration + workbookXml(sheets, sheetRelId));
  zip.write(
    "xl/_rels/workbook.xml.rels",
    declaration +
      relationshipsXml([
        { id: "rId1", type: `${relationshipTypes}/styles`, target: "styles.xml" },
        { id: "rId2", type: `${relationshipTypes}/sharedStrings`, target: "sharedStrings.xml" },
        { id: "rId3", type: `${relationshipTypes}/theme`, target: "theme/theme1.xml" },
        ...sheetParts.map((part, i) => ({ id: sheetRelId(i), type: `${relationshipTypes}/worksheet`, target: part.slice("xl/".length) })),
      ]),
  );
  // Sheets first: they fill the styles and the shared strings.
  const deflater = new PartDeflater();
  try {
    sheets.forEach((spec, i) => zip.writeDeflated(sheetParts[i], worksheetPart(spec, styles, strings, deflater, drawings && Boolean(spec.charts?.length))));
  } finally {
    deflater.close();
  }
  zip.write("xl/styles.xml", declaration + styles.toXml());
  zip.write("xl/sharedStrings.xml", declaration + strings.toXml());
  zip.write("xl/theme/theme1.xml", declaration + themeXml);
  return zip;
}
