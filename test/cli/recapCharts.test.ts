/**
 * The recap `lke summary` writes carries the core's charts as chart parts: a column chart of
 * the predicate distribution and a bar chart of the components' averages, whose series read
 * the Ringkasan cells and cache their values, anchored where the plan says, in a package that
 * stays whole. Writing into a workbook with drawings of its own keeps them or refuses.
 */
import ExcelJS from "exceljs";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { main } from "../../src/cli/main";
import { withCharts, withDrawingElement } from "../../src/io/xlsx/patch/addCharts";
import { seriesFormula } from "../../src/io/xlsx/patch/chartXml";
import { ZipPackage } from "../../src/io/xlsx/patch/zipPackage";
import { gradeSheetRows } from "../helpers/sakipRows";
import { workbookFromRows } from "../helpers/xlsxFromRows";
import { bufferOutput } from "../helpers/bufferOutput";
import { haveXmllint, packageParts, packageProblems } from "../helpers/packageCheck";
import { PlanCells } from "../../src/core/plan/planCells";

const all = (grade: string) => Array<string>(12).fill(grade);
const worked = ["AA", "BB", "B", "A", "BB", "B", "AA", "A", "BB", "A", "B", "CC"];

let dir: string;
let inputs: string;

async function summary(args: string[]) {
  const out = bufferOutput();
  const code = await main(["summary", inputs, ...args], out);
  return { code, out };
}

function xmlOf(file: string, part: string): string {
  const found = packageParts(fs.readFileSync(file)).get(part);
  if (found === undefined) throw new Error(`${part} is not in ${file}`);
  return found;
}

/** The text of every <c:v> under `tag` (a chart's <c:cat> or <c:val>). */
function cached(chartXml: string, tag: "c:cat" | "c:val"): string[] {
  const inner = new RegExp(`<${tag}>([\\s\\S]*?)</${tag}>`).exec(chartXml)![1];
  return [...inner.matchAll(/<c:v>([^<]*)<\/c:v>/g)].map((m) => m[1]);
}

const formulas = (chartXml: string) => [...chartXml.matchAll(/<c:f>([^<]*)<\/c:f>/g)].map((m) => m[1]);

async function readBook(file: string): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(file);
  return workbook;
}

function shown(sheet: ExcelJS.Worksheet, address: string): unknown {
  const value = sheet.getCell(address).value as unknown;
  return value && typeof value === "object" && "formula" in value ? (value as ExcelJS.CellFormulaValue).result : value;
}

/** A1 cells of a range such as "$C$14:$F$14", each as the sheet shows it. */
function shownRange(sheet: ExcelJS.Worksheet, range: string): string[] {
  const [from, to = from] = range.replace(/\$/g, "").split(":");
  const out: string[] = [];
  const first = sheet.getCell(from);
  const last = sheet.getCell(to);
  for (let row = Number(first.row); row <= Number(last.row); row++) for (let col = Number(first.col); col <= Number(last.col); col++) out.push(String(shown(sheet, sheet.getCell(row, col).address)));
  return out;
}

/** The numbers a range caches in the sheet's XML (ExcelJS reads a cached 0 as no result). */
function cachedNumbers(sheetXml: string, range: string): string[] {
  const [from, to = from] = range.replace(/\$/g, "").split(":");
  const [, c1, r1] = /^([A-Z]+)(\d+)$/.exec(from)!;
  const [, c2, r2] = /^([A-Z]+)(\d+)$/.exec(to)!;
  const out: string[] = [];
  for (let row = Number(r1); row <= Number(r2); row++) {
    for (let col = c1.charCodeAt(0); col <= c2.charCodeAt(0); col++) {
      const cell = new RegExp(`<c r="${String.fromCharCode(col)}${row}"[^>]*>(?:<f>[^<]*</f>)?<v>([^<]*)</v>`).exec(sheetXml);
      out.push(cell ? cell[1] : "");
    }
  }
  return out;
}

const ringkasanXml = (file: string) => {
  const relId = /<sheet [^>]*name="Ringkasan"[^>]*r:id="([^"]+)"/.exec(xmlOf(file, "xl/workbook.xml"))![1];
  return xmlOf(file, `xl/${new RegExp(`Id="${relId}"[^>]*Target="([^"]+)"`).exec(xmlOf(file, "xl/_rels/workbook.xml.rels"))![1]}`);
};

beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "lke-recap-charts-"));
  inputs = path.join(dir, "kab.xlsx");
  await workbookFromRows([
    { name: "Dinkes", rows: gradeSheetRows(all("AA"), "sakip-2021", "Dinas Kesehatan") },
    { name: "Dindik", rows: gradeSheetRows(all("A"), "sakip-2021", "Dinas Pendidikan") },
    { name: "Dinsos", rows: gradeSheetRows(worked, "sakip-2021", "Dinas Sosial") },
  ]).xlsx.writeFile(inputs);
});

afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

describe("a new recap", () => {
  let rekap: string;
  beforeAll(async () => {
    rekap = path.join(dir, "rekap.xlsx");
    expect((await summary(["-o", rekap])).code).toBe(0);
  });

  test("is a whole package: every relationship's target there, every part typed, every XML part well-formed", () => {
    if (!haveXmllint) console.warn("xmllint not found: the recap's XML parts were not checked for well-formedness");
    expect(packageProblems(fs.readFileSync(rekap))).toEqual([]);
  });

  test("Ringkasan draws one drawing of two charts: sheet -> drawing -> charts, with their content types", () => {
    const parts = packageParts(fs.readFileSync(rekap));
    const workbook = xmlOf(rekap, "xl/workbook.xml");
    const relId = /<sheet [^>]*name="Ringkasan"[^>]*r:id="([^"]+)"/.exec(workbook)![1];
    const sheetPart = `xl/${new RegExp(`Id="${relId}"[^>]*Target="([^"]+)"`).exec(xmlOf(rekap, "xl/_rels/workbook.xml.rels"))![1]}`;
    const sheetRels = xmlOf(rekap, sheetPart.replace(/([^/]+)$/, "_rels/$1.rels"));
    expect(sheetRels).toMatch(/relationships\/drawing" Target="\.\.\/drawings\/drawing1\.xml"/);
    expect(xmlOf(rekap, sheetPart)).toMatch(/<drawing r:id="rId\d+"\/>(<\/worksheet>|<legacyDrawing|<tableParts|<extLst)/);
    expect([...xmlOf(rekap, "xl/drawings/_rels/drawing1.xml.rels").matchAll(/Target="([^"]+)"/g)].map((m) => m[1])).toEqual(["../charts/chart1.xml", "../charts/chart2.xml"]);
    expect([...parts.keys()].filter((p) => /^xl\/(charts|drawings)\//.test(p)).sort()).toEqual(["xl/charts/chart1.xml", "xl/charts/chart2.xml", "xl/drawings/_rels/drawing1.xml.rels", "xl/drawings/drawing1.xml"]);
    const types = xmlOf(rekap, "[Content_Types].xml");
    expect(types).toContain('<Override PartName="/xl/drawings/drawing1.xml" ContentType="application/vnd.openxmlformats-officedocument.drawing+xml"/>');
    for (const n of [1, 2]) expect(types).toContain(`<Override PartName="/xl/charts/chart${n}.xml" ContentType="application/vnd.openxmlformats-officedocument.drawingml.chart+xml"/>`);
  });

  test("the distribution's chart: columns over the predicate codes and their counts, cached as the cells show them", async () => {
    const chart = xmlOf(rekap, "xl/charts/chart1.xml");
    const ringkasan = (await readBook(rekap)).getWorksheet("Ringkasan")!;
    expect(chart).toContain('<c:barDir val="col"/>');
    expect(chart).toContain("<a:t>Sebaran Predikat</a:t>");
    const [categories, values] = formulas(chart);
    expect([categories, values]).toEqual([expect.stringMatching(/^Ringkasan!\$A\$\d+:\$A\$\d+$/), expect.stringMatching(/^Ringkasan!\$C\$\d+:\$C\$\d+$/)]);
    expect(cached(chart, "c:cat")).toEqual(["AA", "A", "BB", "B", "CC", "C", "D"]);
    expect(cached(chart, "c:cat")).toEqual(shownRange(ringkasan, categories.split("!")[1]));
    expect(cached(chart, "c:val")).toEqual(cachedNumbers(ringkasanXml(rekap), values.split("!")[1]));
    expect(cached(chart, "c:val")).toEqual(["1", "1", "1", "0", "0", "0", "0"]);
  });

  test("the averages' chart: a bar per component, named by its header, cached as the averages row shows it", async () => {
    const chart = xmlOf(rekap, "xl/charts/chart2.xml");
    const ringkasan = (await readBook(rekap)).getWorksheet("Ringkasan")!;
    expect(chart).toContain('<c:barDir val="bar"/>');
    expect(chart).toContain("<a:t>Rata-rata Nilai per Komponen</a:t>");
    const [categories, values] = formulas(chart);
    expect(categories).toBe("Ringkasan!$C$7:$F$7");
    expect(cached(chart, "c:cat")).toEqual(["Perencanaan Kinerja", "Pengukuran Kinerja", "Pelaporan Kinerja", "Evaluasi Akuntabilitas Kinerja Internal"]);
    const row = Number(/\$(\d+)$/.exec(values)![1]);
    expect(values).toBe(`Ringkasan!$C$${row}:$F$${row}`);
    expect(shown(ringkasan, `B${row}`)).toBe("Rata-rata");
    expect(cached(chart, "c:val")).toEqual(cachedNumbers(ringkasanXml(rekap), values.split("!")[1]));
    expect(cached(chart, "c:val").map(Number)).toEqual(shownRange(ringkasan, values.split("!")[1]).map(Number));
    expect(chart).toContain("<c:formatCode>0.00</c:formatCode>");
  });

  test("each chart is anchored from its cell to the far corner of its last cell, the averages under the distribution", () => {
    const drawing = xmlOf(rekap, "xl/drawings/drawing1.xml");
    const markers = [...drawing.matchAll(/<xdr:(from|to)><xdr:col>(\d+)<\/xdr:col><xdr:colOff>0<\/xdr:colOff><xdr:row>(\d+)<\/xdr:row>/g)].map((m) => ({ col: Number(m[2]), row: Number(m[3]) }));
    expect(markers).toHaveLength(4);
    const [from1, to1, from2, to2] = markers;
    expect([from1.col, from2.col, to1.row - from1.row, to2.row - from2.row, from2.row - to1.row]).toEqual([4, 4, 15, 15, 1]);
    expect(to1.col).toBeGreaterThan(4);
    expect(drawing.match(/<xdr:twoCellAnchor /g)).toHaveLength(2);
  });

  test("the cells are what they were: ExcelJS reads the recap back", async () => {
    const book = await readBook(rekap);
    expect(book.worksheets.map((w) => w.name)).toEqual(["Ringkasan", "Rincian", "LKE_State"]);
    expect(shown(book.getWorksheet("Ringkasan")!, "B8")).toBe("Dinas Kesehatan");
  });

  test("regenerated with --force, it has the same two charts, not more", async () => {
    expect((await summary(["-o", rekap, "--force"])).code).toBe(0);
    const parts = [...packageParts(fs.readFileSync(rekap)).keys()].filter((p) => /^xl\/(charts|drawings)\//.test(p));
    expect(parts.sort()).toEqual(["xl/charts/chart1.xml", "xl/charts/chart2.xml", "xl/drawings/_rels/drawing1.xml.rels", "xl/drawings/drawing1.xml"]);
    expect(packageProblems(fs.readFileSync(rekap))).toEqual([]);
  });
});

test("in English, the charts' titles are too", async () => {
  const rekap = path.join(dir, "recap-en.xlsx");
  expect((await summary(["-o", rekap, "--lang", "en"])).code).toBe(0);
  expect([xmlOf(rekap, "xl/charts/chart1.xml"), xmlOf(rekap, "xl/charts/chart2.xml")].map((x) => /<a:t>([^<]*)<\/a:t>/.exec(x)![1])).toEqual(["Predicate Distribution", "Average Score per Component"]);
});

describe("into a workbook with drawings of its own", () => {
  test("a picture on the user's sheet is kept, and the charts get a drawing of their own", async () => {
    const target = path.join(dir, "with-picture.xlsx");
    const book = new ExcelJS.Workbook();
    const sheet = book.addWorksheet("Sampul");
    sheet.getCell("A1").value = "Laporan kabupaten";
    const png = fs.readFileSync(path.join(__dirname, "..", "..", "assets", "icon-32.png"));
    sheet.addImage(book.addImage({ buffer: png, extension: "png" } as unknown as ExcelJS.Image), "B2:C4");
    await book.xlsx.writeFile(target);
    const { code, out } = await summary(["-o", target, "--force"]);
    expect([code, out.stderr]).toEqual([0, []]);
    const parts = packageParts(fs.readFileSync(target));
    expect(packageProblems(fs.readFileSync(target))).toEqual([]);
    // The picture: still in a drawing of Sampul, with its bytes.
    const media = [...parts.keys()].filter((p) => p.startsWith("xl/media/"));
    expect(media).toHaveLength(1);
    expect(Buffer.from(readPackageBytes(target, media[0])).equals(png)).toBe(true);
    const drawings = [...parts.keys()].filter((p) => /^xl\/drawings\/drawing\d+\.xml$/.test(p)).sort();
    expect(drawings).toHaveLength(2);
    const withPicture = drawings.filter((d) => parts.get(d)!.includes("<xdr:pic>"));
    const withCharts = drawings.filter((d) => parts.get(d)!.includes("<c:chart "));
    expect([withPicture.length, withCharts.length, withPicture[0] !== withCharts[0]]).toEqual([1, 1, true]);
    expect((await readBook(target)).getWorksheet("Sampul")!.getImages()).toHaveLength(1);
  });

  test("a chart of the user's (which the rewrite cannot keep) is never dropped: the recap is refused and the file left as it was", async () => {
    const target = path.join(dir, "with-chart.xlsx");
    await userChartOn(target, "Grafik Saya");
    const before = fs.readFileSync(target);
    const { code, out } = await summary(["-o", target, "--force"]);
    expect(code).toBe(2);
    expect(out.stderr.join("\n")).toMatch(/menghilangkan bagiannya \(.*xl\/charts\/chart1\.xml/);
    expect(fs.readFileSync(target).equals(before)).toBe(true);
  });

  test("a chart the user drew on LKE's own Ringkasan is not dropped by regenerating it either", async () => {
    const target = path.join(dir, "own-sheet-user-chart.xlsx");
    expect((await summary(["-o", target])).code).toBe(0);
    // The user's chart: in LKE's drawing, beside LKE's charts, under a name of theirs.
    const zip = ZipPackage.load(fs.readFileSync(target));
    zip.write("xl/drawings/drawing1.xml", xmlOf(target, "xl/drawings/drawing1.xml").replace('name="LKE 2"', 'name="Grafik 2"'));
    fs.writeFileSync(target, zip.bytes());
    const before = fs.readFileSync(target);
    const { code, out } = await summary(["-o", target, "--force"]);
    expect(code).toBe(2);
    expect(out.stderr.join("\n")).toMatch(/"Ringkasan": 1 × drawing/);
    expect(fs.readFileSync(target).equals(before)).toBe(true);
  });
});

function readPackageBytes(file: string, part: string): Uint8Array {
  return ZipPackage.load(fs.readFileSync(file)).read(part)!;
}

/** A workbook whose sheet `name` has a chart the user made (a drawing named as Excel names it). */
async function userChartOn(file: string, name: string): Promise<void> {
  const made = path.join(dir, `made-${name}.xlsx`);
  // LKE's own chart parts, moved onto a sheet of the user's and renamed as Excel names a chart.
  expect((await summary(["-o", made])).code).toBe(0);
  const book = await readBook(made);
  const parts = packageParts(fs.readFileSync(made));
  const plain = new ExcelJS.Workbook();
  const sheet = plain.addWorksheet(name);
  book.getWorksheet("Ringkasan")!.eachRow((row, r) => row.eachCell((cell, c) => (sheet.getCell(r, c).value = shown(book.getWorksheet("Ringkasan")!, cell.address) as ExcelJS.CellValue)));
  await plain.xlsx.writeFile(file);
  const zip = ZipPackage.load(fs.readFileSync(file));
  const own = packageParts(fs.readFileSync(file));
  for (const part of ["xl/charts/chart1.xml", "xl/charts/chart2.xml", "xl/drawings/_rels/drawing1.xml.rels"]) zip.write(part, parts.get(part)!.replace(/Ringkasan!/g, `'${name}'!`));
  zip.write("xl/drawings/drawing1.xml", parts.get("xl/drawings/drawing1.xml")!.replace(/name="LKE (\d)"/g, 'name="Chart $1"'));
  zip.write("xl/worksheets/_rels/sheet1.xml.rels", parts.get("xl/worksheets/_rels/sheet1.xml.rels")!);
  zip.write("xl/worksheets/sheet1.xml", withDrawingElement(own.get("xl/worksheets/sheet1.xml")!, "rId1"));
  const types = own.get("[Content_Types].xml")!;
  const overrides = [...parts.get("[Content_Types].xml")!.matchAll(/<Override PartName="\/xl\/(charts|drawings)\/[^>]*\/>/g)].map((m) => m[0]).join("");
  zip.write("[Content_Types].xml", types.replace("</Types>", `${overrides}</Types>`));
  fs.writeFileSync(file, zip.bytes());
  expect(packageProblems(fs.readFileSync(file))).toEqual([]);
}

describe("the <drawing> element's place in the worksheet", () => {
  const ns = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"';

  test("before the elements CT_Worksheet puts after it, not inside an earlier extLst", () => {
    const xml = `<worksheet ${ns}><sheetData/><conditionalFormatting sqref="A1"><cfRule type="x"><extLst><ext/></extLst></cfRule></conditionalFormatting><pageMargins/><legacyDrawing r:id="rId1"/><tableParts count="0"/><extLst><ext/></extLst></worksheet>`;
    expect(withDrawingElement(xml, "rId2")).toContain('<pageMargins/><drawing r:id="rId2"/><legacyDrawing r:id="rId1"/>');
  });

  test("before the worksheet's own extLst, which comes last", () => {
    const xml = `<worksheet ${ns}><sheetData/><pageSetup/><extLst><ext uri="x"><x14:a xmlns:x14="y"><extLst/></x14:a></ext></extLst></worksheet>`;
    expect(withDrawingElement(xml, "rId1")).toBe(`<worksheet ${ns}><sheetData/><pageSetup/><drawing r:id="rId1"/><extLst><ext uri="x"><x14:a xmlns:x14="y"><extLst/></x14:a></ext></extLst></worksheet>`);
  });

  test("declares the relationships namespace where the worksheet does not", () => {
    const xml = '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData/></worksheet>';
    expect(withDrawingElement(xml, "rId1")).toContain('<drawing xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" r:id="rId1"/></worksheet>');
  });

  test("refuses a sheet that has a drawing already", () => {
    expect(() => withDrawingElement(`<worksheet ${ns}><sheetData/><drawing r:id="rId1"/></worksheet>`, "rId2")).toThrow(expect.objectContaining({ problem: { kind: "sheet-has-drawing", sheet: null } }));
  });
});

test("a series names its sheet as a formula would, quoted where the name needs it", () => {
  expect(seriesFormula("Ringkasan", "A21:A27")).toBe("Ringkasan!$A$21:$A$27");
  expect(seriesFormula("Ringkasan (2)", "C15:F15")).toBe("'Ringkasan (2)'!$C$15:$F$15");
  expect(seriesFormula("O'Brien", "C9")).toBe("'O''Brien'!$C$9");
});

test("charts that cannot be added leave the package as it was, and say why", async () => {
  const book = new ExcelJS.Workbook();
  book.addWorksheet("Lain");
  const data = Buffer.from(await book.xlsx.writeBuffer());
  const chart = { kind: "column", title: "T", categories: "A1:A2", values: "B1:B2", anchor: "D1", to: "H15" } as const;
  const result = await withCharts(data, [{ name: "Ringkasan", visibility: "visible", replace: false, cells: PlanCells.of([]), charts: [chart] }]);
  expect([result.data.equals(data), result.leftOut]).toEqual([true, { kind: "not-worksheet-part", sheet: "Ringkasan" }]);
});
