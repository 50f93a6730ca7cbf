/**
 * A worksheet part of a new workbook, its elements in the order CT_Worksheet (ECMA-376) wants:
 * page fitting, frozen rows, column widths, cells, merges, list validations, page
 * margins, page setup, header and footer.
 */
import { a1, columnLetters, parseRange, type SheetSpec } from "../../../core";
import type { CellStyles } from "./cellStyles";
import { writeCellXml } from "./cellXml";
import { ByteSink } from "./byteSink";
import { SheetCells } from "./sheetCells";
import type { SharedStrings } from "./sharedStrings";
import { xmlText } from "./xmlText";
import { newSheetDrawingRelId } from "../patch/addCharts";
import type { DeflatedPart } from "../patch/zipPackage";
import { pieceBytes, type PartDeflater } from "./partDeflater";

/** Adjacent columns of one width as one `<col>`, as Excel and ExcelJS write them. */
function colsXml(widths: SheetSpec["columnWidths"]): string {
  // A column sized twice takes its last width, as setting it twice would.
  const widthOf = new Map((widths ?? []).map(({ col, width }) => [col, width]));
  const runs: { min: number; max: number; width: number }[] = [];
  for (const col of [...widthOf.keys()].sort((a, b) => a - b)) {
    const width = widthOf.get(col)!;
    const last = runs[runs.length - 1];
    if (last && last.max === col && last.width === width) last.max = col + 1;
    else runs.push({ min: col + 1, max: col + 1, width });
  }
  if (runs.length === 0) return "";
  return `<cols>${runs.map((r) => `<col min="${r.min}" max="${r.max}" width="${r.width}" customWidth="1"/>`).join("")}</cols>`;
}

/** The rows below `rows` (0 none) frozen, with the view scrolled to the first row under them. */
function sheetViewsXml(rows: number | undefined): string {
  if (!rows) return "";
  return `<sheetViews><sheetView workbookViewId="0"><pane ySplit="${rows}" topLeftCell="${a1(rows, 0)}" activePane="bottomLeft" state="frozen"/><selection pane="bottomLeft"/></sheetView></sheetViews>`;
}

/** The rows, written into the sink cell by cell. */
function writeSheetData(sink: ByteSink, cells: SheetCells, styles: CellStyles, strings: SharedStrings): void {
  sink.ascii("<sheetData>");
  let row = -1;
  for (const slot of cells.ordered) {
    const value = cells.value(slot);
    const formula = cells.formula(slot);
    const style = styles.index(cells.numberFormat(slot), cells.bold(slot), cells.centered(slot));
    if (!formula && value === null && style === null && !cells.mergedOther(slot)) continue;
    if (cells.row(slot) !== row) {
      if (row >= 0) sink.ascii("</row>");
      row = cells.row(slot);
      sink.ascii('<row r="');
      sink.digits(row + 1);
      sink.ascii('">');
    }
    writeCellXml(sink, columnLetters(cells.col(slot)), row + 1, value, formula, style, strings);
  }
  if (row >= 0) sink.ascii("</row>");
  sink.ascii("</sheetData>");
}

/** "A1:C2", or "A1" for one cell, whichever way round the plan named the corners. */
function areaRef(range: string): string {
  const area = parseRange(range);
  const first = a1(area.row, area.col);
  return area.row === area.lastRow && area.col === area.lastCol ? first : `${first}:${a1(area.lastRow, area.lastCol)}`;
}

/** One list validation per range, as ExcelJS writes `{ type: "list", allowBlank, showErrorMessage }`. */
function dataValidationsXml(validations: SheetSpec["validations"]): string {
  if (!validations?.length) return "";
  const items = validations.map((v) => {
    return `<dataValidation type="list" allowBlank="1" showErrorMessage="1" sqref="${areaRef(v.range)}"><formula1>${xmlText(`"${v.list.join(",")}"`)}</formula1></dataValidation>`;
  });
  return `<dataValidations count="${items.length}">${items.join("")}</dataValidations>`;
}

/** Excel's default margins, in inches: written as Excel writes them for every sheet. */
const pageMarginsXml = '<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/>';

/** Every sheet states its orientation, as Excel and ExcelJS write it; a printed one its paper, fit, header and footer. */
function pageSetupXml(print: SheetSpec["print"]): string {
  if (!print) return '<pageSetup orientation="portrait"/>';
  // 9 is A4 in SpreadsheetML's paper sizes; a height of 0 pages is "as many as it takes".
  const paper = print.a4 ? ' paperSize="9"' : "";
  const fit = print.fitToWidth ? ' fitToWidth="1" fitToHeight="0"' : "";
  const setup = `<pageSetup${paper} orientation="${print.landscape ? "landscape" : "portrait"}"${fit}/>`;
  const header = print.header ? `<oddHeader>${xmlText(`&C${print.header}`)}</oddHeader>` : "";
  const footer = print.footer ? `<oddFooter>${xmlText(`&C${print.footer}`)}</oddFooter>` : "";
  return header || footer ? `${setup}<headerFooter>${header}${footer}</headerFooter>` : setup;
}

/**
 * The worksheet part, deflated by the package's `deflater` as it is written (see partDeflater.ts),
 * so a recap's sheet is never held whole as text. `drawing`: the sheet names its drawing (see
 * newSheetDrawingRelId), which is added with the charts.
 */
export function worksheetPart(spec: SheetSpec, styles: CellStyles, strings: SharedStrings, deflater: PartDeflater, drawing = false): DeflatedPart {
  const cells = new SheetCells(spec.cells, spec);
  const merges = spec.merges ?? [];
  const sink = new ByteSink(pieceBytes, (piece) => deflater.add(piece));
  sink.write(
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
      '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">' +
      (spec.print?.fitToWidth ? '<sheetPr><pageSetUpPr fitToPage="1"/></sheetPr>' : "") +
      sheetViewsXml(spec.freezeRows) +
      '<sheetFormatPr defaultRowHeight="15"/>' +
      colsXml(spec.columnWidths),
  );
  writeSheetData(sink, cells, styles, strings);
  sink.write(
    (merges.length ? `<mergeCells count="${merges.length}">${merges.map((m) => `<mergeCell ref="${areaRef(m)}"/>`).join("")}</mergeCells>` : "") +
      dataValidationsXml(spec.validations) +
      pageMarginsXml +
      pageSetupXml(spec.print) +
      (drawing ? `<drawing r:id="${newSheetDrawingRelId}"/>` : "") +
      "</worksheet>",
  );
  return deflater.finish(sink.bytes());
}
