/**
 * Adds the plan's charts to a written package (ExcelJS cannot make charts): per sheet with
 * charts, one drawing part anchoring them and one chart part each, the relationships sheet ->
 * drawing -> chart, the sheet's `<drawing r:id>` in its place in the worksheet's sequence and
 * the content types. Every other part is copied as it is.
 */
import { parseRange, type SheetCell, type SheetSpec, type CellValue } from "../../../core";
import { chartPartXml, drawingPartXml, type SeriesCells } from "./chartXml";
import { addOverride, parseRelationships, parseSheets, readText, relationshipsNs, relsPartOf, workbookPartName } from "./parts";
import { Unsupported, unsupportedIf, type PatchProblem } from "./unsupported";
import { startTagPattern } from "./xml";
import { ZipPackage } from "./zipPackage";

export const drawingContentType = "application/vnd.openxmlformats-officedocument.drawing+xml";
export const chartContentType = "application/vnd.openxmlformats-officedocument.drawingml.chart+xml";
const drawingType = `${relationshipsNs}/drawing`;
const chartType = `${relationshipsNs}/chart`;

/**
 * The relationship id of the drawing of a sheet that has no other relationships: a new sheet
 * written with its `<drawing>` element already in place uses it (see drawCharts).
 */
export const newSheetDrawingRelId = "rId1";

/** The worksheet's elements that come after `<drawing>` (ECMA-376 CT_Worksheet); nothing before it nests them. */
const afterDrawing = ["legacyDrawing", "legacyDrawingHF", "drawingHF", "picture", "oleObjects", "controls", "webPublishItems", "tableParts"];

/** The values the plan writes into `range` of the sheet, row by row. */
export function cellsOf(spec: SheetSpec, range: string): SeriesCells {
  const r = parseRange(range);
  const width = r.lastCol - r.col + 1;
  // Only the range's cells are indexed: a recap's sheet holds thousands of rows beside the chart's.
  const inRange: (SheetCell | undefined)[] = Array.from({ length: (r.lastRow - r.row + 1) * width }, () => undefined);
  for (const cell of spec.cells) {
    if (cell.row >= r.row && cell.row <= r.lastRow && cell.col >= r.col && cell.col <= r.lastCol) inRange[(cell.row - r.row) * width + cell.col - r.col] = cell;
  }
  const values: CellValue[] = inRange.map((cell) => cell?.value ?? null);
  const numberFormat = inRange.find((cell) => cell?.numberFormat !== undefined)?.numberFormat;
  return { values, numberFormat };
}

/** `<drawing r:id="...">` where CT_Worksheet wants it: before the first element that follows it, or the closing tag. */
export function withDrawingElement(sheetXml: string, relId: string): string {
  unsupportedIf(startTagPattern("drawing", "").test(sheetXml), { kind: "sheet-has-drawing", sheet: null });
  let at = sheetXml.lastIndexOf("</worksheet>");
  unsupportedIf(at < 0, { kind: "no-worksheet-end" });
  for (const name of afterDrawing) {
    const match = startTagPattern(name, "").exec(sheetXml);
    if (match) at = Math.min(at, match.index);
  }
  const ext = ownExtLst(sheetXml);
  if (ext !== null) at = Math.min(at, ext);
  const root = startTagPattern("worksheet", "").exec(sheetXml);
  const declared = root !== null && new RegExp(`\\sxmlns:r\\s*=\\s*["']${relationshipsNs}["']`).test(root[1]);
  const element = declared ? `<drawing r:id="${relId}"/>` : `<drawing xmlns:r="${relationshipsNs}" r:id="${relId}"/>`;
  return sheetXml.slice(0, at) + element + sheetXml.slice(at);
}

/** Where the worksheet's own extLst starts (its last child; extLst elements nested earlier do not count), or null. */
function ownExtLst(sheetXml: string): number | null {
  let depth = 0;
  let start: number | null = null;
  for (const tag of sheetXml.matchAll(/<(\/?)extLst(?=[\s/>])[^>]*?(\/?)>/g)) {
    if (tag[2] === "/") continue;
    if (tag[1] === "/") {
      depth--;
      if (depth === 0 && /^\s*<\/worksheet>/.test(sheetXml.slice(tag.index! + tag[0].length))) return start;
    } else if (depth++ === 0) start = tag.index!;
  }
  return null;
}

/** `to` as a relationship target from `from`'s folder ("../drawings/drawing1.xml"). */
function relativeTarget(from: string, to: string): string {
  const source = from.split("/").slice(0, -1);
  const target = to.split("/");
  let common = 0;
  while (common < source.length && common < target.length - 1 && source[common] === target[common]) common++;
  return [...source.slice(common).map(() => ".."), ...target.slice(common)].join("/");
}

function relationshipsXml(rels: readonly { id: string; type: string; target: string }[]): string {
  const items = rels.map((r) => `<Relationship Id="${r.id}" Type="${r.type}" Target="${r.target}"/>`).join("");
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${items}</Relationships>`;
}

function freeName(zip: ZipPackage, pattern: (n: number) => string): string {
  const taken = new Set(zip.names().map((n) => n.toLowerCase()));
  let n = 1;
  while (taken.has(pattern(n).toLowerCase())) n++;
  return pattern(n);
}

/**
 * The package with the charts of `sheets` drawn on them. Throws Unsupported when a sheet is
 * not there as a worksheet part, or already has a drawing.
 */
export async function addCharts(data: Buffer, sheets: readonly SheetSpec[]): Promise<Buffer> {
  if (!sheets.some((s) => s.charts?.length)) return data;
  // Only the workbook's lists and the charted sheets are read; the other parts stay packed.
  const zip = ZipPackage.loadOnDemand(data);
  await drawCharts(zip, sheets);
  return zip.bytes();
}

/**
 * Draws the charts of `sheets` into the package as it stands (a package being written needs no
 * packing and unpacking first). Throws Unsupported as addCharts does, the package then half drawn.
 * `elementsWritten`: the charted sheets are new, written with `<drawing r:id="rId1"/>` in place
 * (newSheetDrawingRelId), so their text, megabytes for a recap, is not read and written again.
 */
export async function drawCharts(zip: ZipPackage, sheets: readonly SheetSpec[], { elementsWritten = false } = {}): Promise<void> {
  const charted = sheets.filter((s) => s.charts?.length);
  if (charted.length === 0) return;
  const workbookPart = await workbookPartName(zip);
  const folder = workbookPart.slice(0, workbookPart.lastIndexOf("/") + 1);
  const entries = parseSheets(await readText(zip, workbookPart), parseRelationships(await readText(zip, relsPartOf(workbookPart)), workbookPart));
  let contentTypes = await readText(zip, "[Content_Types].xml");

  for (const spec of charted) {
    const entry = entries.find((e) => e.name === spec.name);
    unsupportedIf(!entry?.part, { kind: "not-worksheet-part", sheet: spec.name });
    const sheetPart = entry!.part!;
    const sheetRelsPart = relsPartOf(sheetPart);
    const sheetRelsXml = zip.has(sheetRelsPart) ? await readText(zip, sheetRelsPart) : null;
    const sheetRels = sheetRelsXml ? parseRelationships(sheetRelsXml, sheetPart) : [];
    unsupportedIf(sheetRels.some((r) => r.type === drawingType), { kind: "sheet-has-drawing", sheet: spec.name });

    const drawingPart = freeName(zip, (n) => `${folder}drawings/drawing${n}.xml`);
    const placed = spec.charts!.map((chart, i) => {
      const chartPart = freeName(zip, (n) => `${folder}charts/chart${n}.xml`);
      zip.write(chartPart, chartPartXml(spec.name, chart, cellsOf(spec, chart.categories), cellsOf(spec, chart.values)));
      contentTypes = addOverride(contentTypes, chartPart, chartContentType);
      return { chart, relId: `rId${i + 1}`, target: relativeTarget(drawingPart, chartPart) };
    });
    zip.write(drawingPart, drawingPartXml(placed));
    zip.write(relsPartOf(drawingPart), relationshipsXml(placed.map((p) => ({ id: p.relId, type: chartType, target: p.target }))));
    contentTypes = addOverride(contentTypes, drawingPart, drawingContentType);

    let n = sheetRels.length + 1;
    while (sheetRels.some((r) => r.id === `rId${n}`)) n++;
    const relId = `rId${n}`;
    const drawingTarget = relativeTarget(sheetPart, drawingPart);
    const rel = `<Relationship Id="${relId}" Type="${drawingType}" Target="${drawingTarget}"/>`;
    if (sheetRelsXml) {
      const close = sheetRelsXml.lastIndexOf("</Relationships>");
      unsupportedIf(close < 0, { kind: "not-a-list", part: sheetRelsPart });
      zip.write(sheetRelsPart, sheetRelsXml.slice(0, close) + rel + sheetRelsXml.slice(close));
    } else zip.write(sheetRelsPart, relationshipsXml([{ id: relId, type: drawingType, target: drawingTarget }]));
    if (!elementsWritten) zip.write(sheetPart, withDrawingElement(await readText(zip, sheetPart), relId));
    else if (relId !== newSheetDrawingRelId) throw new Error(`Sheet "${spec.name}" was written with its drawing as ${newSheetDrawingRelId}, but its drawing is ${relId}.`);
  }
  zip.write("[Content_Types].xml", contentTypes);
}

/** The package with its charts, or as it was and why not, when the charts cannot be added safely. */
export async function withCharts(data: Buffer, sheets: readonly SheetSpec[]): Promise<{ data: Buffer; leftOut: PatchProblem | null }> {
  try {
    return { data: await addCharts(data, sheets), leftOut: null };
  } catch (error) {
    if (error instanceof Unsupported) return { data, leftOut: error.problem };
    throw error;
  }
}
