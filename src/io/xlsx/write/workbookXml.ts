/** The workbook part of a new workbook: its sheets in tab order, and each printed sheet's print area. */
import { a1, parseRange, sheetRef, type SheetSpec } from "../../../core";
import { xmlText } from "./xmlText";

/** The print area as Excel names it: the sheet and absolute corners ('Rekap'!$A$1:$D$11). */
function printAreaRef(sheet: string, range: string): string {
  const area = parseRange(range);
  const absolute = (row: number, col: number) => a1(row, col).replace(/^([A-Z]+)(\d+)$/, "$$$1$$$2");
  return `${sheetRef(sheet)}!${absolute(area.row, area.col)}:${absolute(area.lastRow, area.lastCol)}`;
}

/** `sheetRelId(i)`: the relationship id of the i-th sheet's part. */
export function workbookXml(sheets: readonly SheetSpec[], sheetRelId: (index: number) => string): string {
  const items = sheets.map((spec, i) => `<sheet name="${xmlText(spec.name)}" sheetId="${i + 1}"${spec.visibility === "veryHidden" ? ' state="veryHidden"' : ""} r:id="${sheetRelId(i)}"/>`);
  const names = sheets.flatMap((spec, i) => (spec.print ? [`<definedName name="_xlnm.Print_Area" localSheetId="${i}">${xmlText(printAreaRef(spec.name, spec.print.area))}</definedName>`] : []));
  // Excel opens on the active tab, which must be a sheet people can see.
  const activeTab = Math.max(0, sheets.findIndex((s) => s.visibility !== "veryHidden"));
  return (
    '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">' +
    `<bookViews><workbookView activeTab="${activeTab}"/></bookViews>` +
    `<sheets>${items.join("")}</sheets>` +
    (names.length ? `<definedNames>${names.join("")}</definedNames>` : "") +
    "</workbook>"
  );
}
