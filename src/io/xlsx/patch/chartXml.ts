/**
 * The DrawingML of the core's charts: a chart part (one bar or column series whose categories
 * and values reference the sheet's cells, with their values cached so a reader that does not
 * recalculate still draws them) and the drawing part that anchors the charts to their cells.
 */
import { columnLetters, parseRange, sheetRef, type ChartSpec, type CellValue } from "../../../core";
import { escapeXml } from "./xml";

const chartNs = "http://schemas.openxmlformats.org/drawingml/2006/chart";
const drawingNs = "http://schemas.openxmlformats.org/drawingml/2006/main";
const spreadsheetDrawingNs = "http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing";
const relationshipsNs = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const declaration = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';

/** How LKE names the objects of its drawings, so a later run knows them for its own. */
export const lkeObjectName = "LKE ";

/** The cells a series reads, each with the value LKE wrote there (null for a blank). */
export interface SeriesCells {
  values: CellValue[];
  numberFormat?: string;
}

/** "Ringkasan!$A$21:$A$27": a range of the chart's sheet as a series formula names it. */
export function seriesFormula(sheet: string, range: string): string {
  const r = parseRange(range);
  const corner = (row: number, col: number) => `$${columnLetters(col)}$${row + 1}`;
  const start = corner(r.row, r.col);
  const end = corner(r.lastRow, r.lastCol);
  return `${sheetRef(sheet)}!${start === end ? start : `${start}:${end}`}`;
}

function shown(value: CellValue): string | null {
  if (value === null || value === undefined) return null;
  if (typeof value === "object") return "error" in value ? value.error : null;
  return String(value);
}

function points(values: readonly CellValue[], numeric: boolean): string {
  let xml = `<c:ptCount val="${values.length}"/>`;
  values.forEach((value, i) => {
    const text = numeric ? (typeof value === "number" && Number.isFinite(value) ? String(value) : null) : shown(value);
    if (text !== null) xml += `<c:pt idx="${i}"><c:v>${escapeXml(text)}</c:v></c:pt>`;
  });
  return xml;
}

/** The chart part of one chart on `sheet`. */
export function chartPartXml(sheet: string, chart: ChartSpec, categories: SeriesCells, values: SeriesCells): string {
  const horizontal = chart.kind === "bar";
  const title = `<c:title><c:tx><c:rich><a:bodyPr/><a:lstStyle/><a:p><a:pPr><a:defRPr b="1"/></a:pPr><a:r><a:rPr lang="id-ID" b="1"/><a:t>${escapeXml(chart.title)}</a:t></a:r></a:p></c:rich></c:tx><c:overlay val="0"/></c:title>`;
  const series =
    `<c:ser><c:idx val="0"/><c:order val="0"/><c:invertIfNegative val="0"/>` +
    `<c:cat><c:strRef><c:f>${escapeXml(seriesFormula(sheet, chart.categories))}</c:f><c:strCache>${points(categories.values, false)}</c:strCache></c:strRef></c:cat>` +
    `<c:val><c:numRef><c:f>${escapeXml(seriesFormula(sheet, chart.values))}</c:f><c:numCache><c:formatCode>${escapeXml(values.numberFormat ?? "General")}</c:formatCode>${points(values.values, true)}</c:numCache></c:numRef></c:val>` +
    `</c:ser>`;
  // Horizontal bars list the first category at the top, as the sheet does, with the values' axis below.
  const categoryAxis =
    `<c:catAx><c:axId val="1"/><c:scaling><c:orientation val="${horizontal ? "maxMin" : "minMax"}"/></c:scaling><c:delete val="0"/><c:axPos val="${horizontal ? "l" : "b"}"/>` +
    `<c:numFmt formatCode="General" sourceLinked="1"/><c:majorTickMark val="out"/><c:minorTickMark val="none"/><c:tickLblPos val="nextTo"/>` +
    `<c:crossAx val="2"/><c:crosses val="autoZero"/><c:auto val="1"/><c:lblAlgn val="ctr"/><c:lblOffset val="100"/><c:noMultiLvlLbl val="0"/></c:catAx>`;
  const valueAxis =
    `<c:valAx><c:axId val="2"/><c:scaling><c:orientation val="minMax"/><c:min val="0"/></c:scaling><c:delete val="0"/><c:axPos val="${horizontal ? "b" : "l"}"/><c:majorGridlines/>` +
    `<c:numFmt formatCode="General" sourceLinked="1"/><c:majorTickMark val="out"/><c:minorTickMark val="none"/><c:tickLblPos val="nextTo"/>` +
    `<c:crossAx val="1"/><c:crosses val="${horizontal ? "max" : "autoZero"}"/><c:crossBetween val="between"/></c:valAx>`;
  return (
    declaration +
    `<c:chartSpace xmlns:c="${chartNs}" xmlns:a="${drawingNs}" xmlns:r="${relationshipsNs}">` +
    `<c:date1904 val="0"/><c:roundedCorners val="0"/>` +
    `<c:chart>${title}<c:autoTitleDeleted val="0"/><c:plotArea><c:layout/>` +
    `<c:barChart><c:barDir val="${horizontal ? "bar" : "col"}"/><c:grouping val="clustered"/><c:varyColors val="0"/>${series}` +
    `<c:gapWidth val="80"/><c:axId val="1"/><c:axId val="2"/></c:barChart>${categoryAxis}${valueAxis}</c:plotArea>` +
    `<c:plotVisOnly val="1"/><c:dispBlanksAs val="gap"/></c:chart>` +
    `</c:chartSpace>`
  );
}

/** A drawing part holding each chart in a frame from its anchor cell to the far corner of its `to` cell. */
export function drawingPartXml(charts: readonly { chart: ChartSpec; relId: string }[]): string {
  const marker = (tag: "from" | "to", row: number, col: number) =>
    `<xdr:${tag}><xdr:col>${col}</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>${row}</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:${tag}>`;
  const anchors = charts.map(({ chart, relId }, i) => {
    const from = parseRange(chart.anchor);
    const to = parseRange(chart.to);
    return (
      `<xdr:twoCellAnchor editAs="oneCell">${marker("from", from.row, from.col)}${marker("to", to.lastRow + 1, to.lastCol + 1)}` +
      `<xdr:graphicFrame macro=""><xdr:nvGraphicFramePr><xdr:cNvPr id="${i + 2}" name="${escapeXml(`${lkeObjectName}${i + 1}`)}" descr="${escapeXml(chart.title)}"/><xdr:cNvGraphicFramePr/></xdr:nvGraphicFramePr>` +
      `<xdr:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/></xdr:xfrm>` +
      `<a:graphic><a:graphicData uri="${chartNs}"><c:chart xmlns:c="${chartNs}" r:id="${relId}"/></a:graphicData></a:graphic>` +
      `</xdr:graphicFrame><xdr:clientData/></xdr:twoCellAnchor>`
    );
  });
  return declaration + `<xdr:wsDr xmlns:xdr="${spreadsheetDrawingNs}" xmlns:a="${drawingNs}" xmlns:r="${relationshipsNs}">${anchors.join("")}</xdr:wsDr>`;
}
