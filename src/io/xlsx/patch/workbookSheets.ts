/** Sheet entries in workbook.xml: adding one, and making one very hidden. */
import { relationshipsNs } from "./parts";
import { unsupportedIf } from "./unsupported";
import { attribute, attributesXml, escapeXml, findElement, findElements, parseAttributes, startTagPattern, withAttribute } from "./xml";

/** The prefix workbook.xml binds to the relationships namespace, if any. */
function relationshipsPrefix(workbookXml: string): string | undefined {
  const root = startTagPattern("workbook", "").exec(workbookXml);
  const declared = root ? parseAttributes(root[1]).find(([key, value]) => key.startsWith("xmlns:") && value === relationshipsNs) : undefined;
  return declared?.[0].slice("xmlns:".length);
}

export function addSheetEntry(workbookXml: string, name: string, sheetId: number, relId: string, state: string): string {
  const sheets = findElement(workbookXml, "sheets");
  unsupportedIf(!sheets || sheets.inner === null, { kind: "no-sheets-listed" });
  const prefix = relationshipsPrefix(workbookXml);
  const id = prefix ? `${prefix}:id="${relId}"` : `r:id="${relId}" xmlns:r="${relationshipsNs}"`;
  const entry = `<sheet name="${escapeXml(name)}" sheetId="${sheetId}" state="${state}" ${id}/>`;
  const close = sheets!.end - "</sheets>".length;
  return workbookXml.slice(0, close) + entry + workbookXml.slice(close);
}

export function setSheetState(workbookXml: string, name: string, state: string): string {
  const sheets = findElement(workbookXml, "sheets")!;
  for (const sheet of findElements(sheets.inner ?? "", "sheet")) {
    if (attribute(sheet.attributes, "name") !== name) continue;
    if (attribute(sheet.attributes, "state") === state) return workbookXml;
    const start = sheets.innerStart + sheet.start;
    const attributes = withAttribute(sheet.attributes, "state", state);
    return `${workbookXml.slice(0, start)}<sheet${attributesXml(attributes)}/>${workbookXml.slice(sheets.innerStart + sheet.end)}`;
  }
  return workbookXml;
}
