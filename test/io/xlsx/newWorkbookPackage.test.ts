/**
 * LKE's own writer of new workbooks: what it writes into the SpreadsheetML (text escaped and
 * characters XML cannot hold kept as `_xHHHH_`, numbers as JavaScript gives them back, typed
 * booleans and formula results, merges, hidden sheets, widths), read back by ExcelJS and by
 * LKE's own reader, in a whole package that the recap's charts can still be added to.
 */
import ExcelJS from "exceljs";
import { PlanCells, type SheetCell, type SheetSpec } from "../../../src/core";
import { withCharts } from "../../../src/io/xlsx/patch/addCharts";
import { readLeanWorkbook } from "../../../src/io/xlsx/lean/readWorkbook";
import { readPackageParts } from "../../../src/io/xlsx/nodeZip";
import { newWorkbookPackage } from "../../../src/io/xlsx/write/newWorkbookPackage";
import { pieceBytes } from "../../../src/io/xlsx/write/partDeflater";
import { haveXmllint, packageParts, packageProblems } from "../../helpers/packageCheck";

const sheet = (name: string, cells: readonly SheetCell[], more: Partial<SheetSpec> = {}): SheetSpec => ({ name, visibility: "visible", replace: false, cells: PlanCells.of(cells), ...more });

async function readBack(bytes: Buffer): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  return workbook;
}

const sheetXml = (bytes: Buffer, n = 1) => packageParts(bytes).get(`xl/worksheets/sheet${n}.xml`)!;

describe("text", () => {
  const texts = ['a & <b> "c" \'d\'', "=SUM(A1)", "+1", "  spaced  ", "two\nlines", "carriage\r\nreturn", "\u0001bell\u001F\uFFFE", "_x0041_ stays", "Sémarang ✓ 𝔸"];
  let bytes: Buffer;
  beforeAll(() => {
    bytes = newWorkbookPackage([sheet("Teks", texts.map((value, row) => ({ row, col: 0, value })))]);
  });

  test("comes back as written, each string once in the shared strings", async () => {
    const read = (await readBack(bytes)).getWorksheet("Teks")!;
    expect(texts.map((_, row) => read.getCell(row + 1, 1).value)).toEqual(texts);
    const strings = packageParts(bytes).get("xl/sharedStrings.xml")!;
    expect(strings).toContain(`count="${texts.length}" uniqueCount="${texts.length}"`);
  });

  test("is escaped, and characters XML 1.0 cannot hold are written as _xHHHH_, a literal _xHHHH_ with its underscore escaped", () => {
    const strings = packageParts(bytes).get("xl/sharedStrings.xml")!;
    expect(strings).toContain("<t>a &amp; &lt;b&gt; &quot;c&quot; 'd'</t>");
    expect(strings).toContain("<t>_x0001_bell_x001F__xFFFE_</t>");
    expect(strings).toContain("<t>_x005F_x0041_ stays</t>");
    expect(strings).toContain('<t xml:space="preserve">  spaced  </t>');
    expect(strings).toContain("carriage&#13;\nreturn");
  });

  test("is read back by LKE's own reader as written", () => {
    const lean = readLeanWorkbook(readPackageParts(bytes).parts);
    expect(lean.sheets[0].values.map((row) => row[0])).toEqual(texts);
  });

  test("makes a whole package, every XML part well-formed", () => {
    if (!haveXmllint) console.warn("xmllint not found: the written XML parts were not checked for well-formedness");
    expect(packageProblems(bytes)).toEqual([]);
  });
});

describe("numbers, booleans and errors", () => {
  const values = [1, -7, 0.1 + 0.2, 82.645, 1e21, 1.5e-7, -0, true, false, { error: "#N/A" }];

  test("keep their type and every digit; an integer is written without a decimal point", async () => {
    const bytes = newWorkbookPackage([sheet("Angka", values.map((value, row) => ({ row, col: 0, value })))]);
    const xml = sheetXml(bytes);
    expect(xml).toContain('<c r="A1"><v>1</v></c>');
    expect(xml).toContain('<c r="A3"><v>0.30000000000000004</v></c>');
    expect(xml).toContain('<c r="A7"><v>0</v></c>');
    expect(xml).toContain('<c r="A8" t="b"><v>1</v></c>');
    expect(xml).toContain('<c r="A10" t="e"><v>#N/A</v></c>');
    const read = (await readBack(bytes)).getWorksheet("Angka")!;
    expect(values.map((_, row) => read.getCell(row + 1, 1).value)).toEqual([1, -7, 0.1 + 0.2, 82.645, 1e21, 1.5e-7, 0, true, false, { error: "#N/A" }]);
  });

  test("a number Excel cannot store (NaN, infinity) shows #NUM!", () => {
    const xml = sheetXml(newWorkbookPackage([sheet("Angka", [{ row: 0, col: 0, value: Number.NaN }])]));
    expect(xml).toContain('<c r="A1" t="e"><v>#NUM!</v></c>');
  });
});

test("a formula keeps its cached result of any type, or none", async () => {
  const cells: SheetCell[] = [
    { row: 0, col: 0, value: 165.29, formula: "=C4*2" },
    { row: 0, col: 1, value: "A & B", formula: '=IF(A1>0,"A & B","")' },
    { row: 0, col: 2, value: false, formula: "=A1<0" },
    { row: 0, col: 3, value: { error: "#DIV/0!" }, formula: "=1/0" },
    { row: 0, col: 4, value: null, formula: "=NOW()" },
  ];
  const bytes = newWorkbookPackage([sheet("Rumus", cells)]);
  const xml = sheetXml(bytes);
  expect(xml).toContain('<c r="B1" t="str"><f>IF(A1&gt;0,&quot;A &amp; B&quot;,&quot;&quot;)</f><v>A &amp; B</v></c>');
  expect(xml).toContain('<c r="E1"><f>NOW()</f></c>');
  expect(xml).toContain('<c r="C1" t="b"><f>A1&lt;0</f><v>0</v></c>');
  const read = (await readBack(bytes)).getWorksheet("Rumus")!;
  // ExcelJS reads a cached FALSE as no result; LKE's own reader below reads it.
  expect([1, 2, 4, 5].map((col) => read.getCell(1, col).value)).toEqual([
    { formula: "C4*2", result: 165.29 },
    { formula: 'IF(A1>0,"A & B","")', result: "A & B" },
    { formula: "1/0", result: { error: "#DIV/0!" } },
    { formula: "NOW()" },
  ]);
  const lean = readLeanWorkbook(readPackageParts(bytes).parts).sheets[0];
  expect([lean.values[0], lean.formulas[0]]).toEqual([cells.map((c) => c.value), cells.map((c) => c.formula)]);
});

describe("merges", () => {
  const spec = sheet(
    "Gabung",
    [
      { row: 0, col: 0, value: "Judul", numberFormat: "@" },
      { row: 0, col: 1, value: "hilang", numberFormat: "0.00" },
      { row: 4, col: 0, value: "polos" },
    ],
    // Bold given to a cell inside the first merge only; the second merge has no look at all.
    { merges: ["A1:B2", "A5:C5"], bold: ["B2"] },
  );

  test("share the first cell's look, whichever of their cells was given it, and lose their other cells' values", async () => {
    const read = (await readBack(newWorkbookPackage([spec]))).getWorksheet("Gabung")!;
    for (const address of ["A1", "B1", "A2", "B2"]) expect([address, read.getCell(address).font, read.getCell(address).numFmt]).toEqual([address, { bold: true }, "@"]);
    expect(read.getCell("A1").value).toBe("Judul");
    expect(read.getCell("B1").isMerged).toBe(true);
    expect(read.getCell("B1").master.address).toBe("A1");
    expect((read.model as { merges: string[] }).merges.sort()).toEqual(["A1:B2", "A5:C5"]);
  });

  test("write every merged cell, styled or not, as Excel does", () => {
    const xml = sheetXml(newWorkbookPackage([spec]));
    expect(xml).toContain('<row r="5"><c r="A5" t="s"><v>1</v></c><c r="B5"/><c r="C5"/></row>');
    expect(xml).toContain('<mergeCells count="2"><mergeCell ref="A1:B2"/><mergeCell ref="A5:C5"/></mergeCells>');
  });

  test("that overlap are refused, as Excel would refuse the file", () => {
    expect(() => newWorkbookPackage([sheet("Gabung", [], { merges: ["A1:B2", "B2:C3"] })])).toThrow(/overlaps/);
  });
});

test("a very hidden sheet is written so, and the workbook opens on the first sheet people can see", async () => {
  const bytes = newWorkbookPackage([sheet("LKE_State", [{ row: 0, col: 0, value: "{}" }], { visibility: "veryHidden" }), sheet("Ringkasan", [])]);
  const workbook = packageParts(bytes).get("xl/workbook.xml")!;
  expect(workbook).toContain('<sheet name="LKE_State" sheetId="1" state="veryHidden" r:id="rId4"/>');
  expect(workbook).toContain('<workbookView activeTab="1"/>');
  expect((await readBack(bytes)).worksheets.map((s) => [s.name, s.state])).toEqual([
    ["LKE_State", "veryHidden"],
    ["Ringkasan", "visible"],
  ]);
});

test("column widths are written as given, adjacent equal ones as one run", () => {
  // ExcelJS leaves out a width of 9, its own default; Excel's is 8.43, so 9 is a width like any other.
  const widths = [
    { col: 0, width: 9 },
    { col: 1, width: 12 },
    { col: 2, width: 12 },
    { col: 4, width: 12 },
  ];
  expect(sheetXml(newWorkbookPackage([sheet("Lebar", [], { columnWidths: widths })]))).toContain(
    '<cols><col min="1" max="1" width="9" customWidth="1"/><col min="2" max="3" width="12" customWidth="1"/><col min="5" max="5" width="12" customWidth="1"/></cols>',
  );
});

test("the print area of a sheet whose name needs quoting is named with the quotes doubled", () => {
  const bytes = newWorkbookPackage([sheet("Rekap O'Neil", [], { print: { area: "A1:D11", landscape: true, fitToWidth: false } })]);
  expect(packageParts(bytes).get("xl/workbook.xml")).toContain(`<definedName name="_xlnm.Print_Area" localSheetId="0">'Rekap O''Neil'!$A$1:$D$11</definedName>`);
});

test("a sheet of several pieces' text comes out whole, and the sheets after it are their own", async () => {
  // Each sheet is deflated piece by piece as it is written (partDeflater.ts): this one takes several pieces.
  const rows = Math.ceil((3 * pieceBytes) / 40);
  const long = sheet("Panjang", Array.from({ length: rows }, (_, row) => ({ row, col: 0, value: `baris ${row + 1}` })));
  const bytes = newWorkbookPackage([long, sheet("Pendek", [{ row: 0, col: 0, value: 7 }]), sheet("Lagi", [{ row: 1, col: 1, value: "akhir" }])]);
  expect(sheetXml(bytes).length).toBeGreaterThan(3 * pieceBytes);
  expect(sheetXml(bytes, 2)).toMatch(/<sheetData><row r="1"><c r="A1"><v>7<\/v><\/c><\/row><\/sheetData><pageMargins/);
  expect(packageProblems(bytes)).toEqual([]);
  const lean = readLeanWorkbook(readPackageParts(bytes).parts);
  expect(lean.sheets[0].values.map((row) => row[0])).toEqual(Array.from({ length: rows }, (_, row) => `baris ${row + 1}`));
  const read = await readBack(bytes);
  expect(read.getWorksheet("Panjang")!.getCell(rows, 1).value).toBe(`baris ${rows}`);
  expect(read.getWorksheet("Pendek")!.actualRowCount).toBe(1);
  expect(read.getWorksheet("Lagi")!.getCell(2, 2).value).toBe("akhir");
});

test("two sheets of one name (as Excel compares them) are refused", () => {
  expect(() => newWorkbookPackage([sheet("Rekap", []), sheet("REKAP", [])])).toThrow(/twice/);
});

test("the recap's charts can be added to it, and the package stays whole", async () => {
  const cells = ["AA", "A", "BB"].flatMap((predicate, i) => [
    { row: i, col: 0, value: predicate },
    { row: i, col: 1, value: i + 1 },
  ]);
  const charts = [{ kind: "column" as const, title: "Sebaran", categories: "A1:A3", values: "B1:B3", anchor: "D1", to: "J15" }];
  const specs = [sheet("Ringkasan", cells, { charts, freezeRows: 1, print: { area: "A1:B3", landscape: true, fitToWidth: true, a4: true, header: "Rekap", footer: "&P" } })];
  const { data, leftOut } = await withCharts(newWorkbookPackage(specs), specs);
  expect(leftOut).toBeNull();
  expect([...packageParts(data).keys()].filter((p) => p.startsWith("xl/charts/"))).toEqual(["xl/charts/chart1.xml"]);
  expect(packageProblems(data)).toEqual([]);
});
