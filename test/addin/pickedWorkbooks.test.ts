/** Workbooks picked for Ringkasan pass the command line's size and zip-bomb limits before they are unpacked. */
import { LkeHostError } from "../../src/io/office/errors";
import { readPickedWorkbooks, type PickedFile } from "../../src/addin/taskpane/pickedWorkbooks";
import { gradeSheetRows } from "../helpers/sakipRows";
import { workbookFromRows } from "../helpers/xlsxFromRows";
import { zip, zipEntries } from "../helpers/zipWriter";

function file(name: string, bytes: Uint8Array, size = bytes.length): PickedFile {
  return { name, size, arrayBuffer: async () => bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer };
}

async function workbookBytes(): Promise<Uint8Array> {
  const workbook = workbookFromRows([{ name: "OPD", rows: gradeSheetRows(Array(12).fill("A"), "sakip-2021", "Dinas Dipilih") }]);
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

async function refusal(files: PickedFile[]): Promise<LkeHostError> {
  try {
    await readPickedWorkbooks(files);
  } catch (error) {
    if (error instanceof LkeHostError) return error;
    throw error;
  }
  throw new Error("expected the files to be refused");
}

test("a sound workbook is read into a snapshot", async () => {
  const [picked] = await readPickedWorkbooks([file("kabupaten-lain.xlsx", await workbookBytes())]);
  expect(picked.file).toBe("kabupaten-lain.xlsx");
  expect(picked.snapshot.sheets.map((s) => s.name)).toEqual(["OPD"]);
});

test("a file over 100 MB is refused without being read", async () => {
  const huge: PickedFile = { name: "besar.xlsx", size: 101 * 1024 * 1024, arrayBuffer: () => Promise.reject(new Error("must not be read")) };
  const error = await refusal([huge]);
  expect([error.kind, error.params.problem]).toEqual(["pickedFileRefused", "too-big"]);
  expect(error.text("id")).toMatch(/"besar.xlsx" ditolak: lebih dari 100 MB/);
  expect(error.text("en")).toMatch(/"besar.xlsx" was refused: it is larger than 100 MB/);
});

test.each([
  ["a zip bomb", () => zip([{ name: "xl/worksheets/sheet1.xml", data: Buffer.alloc(30 * 1024 * 1024) }]), "bomb", /bom zip/],
  ["an old .xls or a password-protected file", () => Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.alloc(504)]), "ole", /\.xls lama/],
  ["a text file", () => Buffer.from("Unit,Nilai\nDinas,80\n"), "not-zip", /bukan berkas \.xlsx/],
])("%s is refused before it is unpacked", async (_label, bytes, problem, text) => {
  const data = new Uint8Array(bytes());
  const error = await refusal([file("lain.xlsx", await workbookBytes()), file("x.xlsx", data)]);
  expect([error.kind, error.params.problem]).toEqual(["pickedFileRefused", problem]);
  expect(error.text("id")).toMatch(text);
  expect(error.text("en")).toMatch(/was refused/);
});

test("a truncated workbook is refused", async () => {
  const whole = await workbookBytes();
  const error = await refusal([file("potong.xlsx", whole.subarray(0, Math.floor(whole.length / 2)))]);
  expect([error.kind, error.params.problem]).toEqual(["pickedFileRefused", "truncated"]);
});

/** The sound workbook with its first sheet's XML edited. */
async function editedWorkbook(edit: (xml: string) => string): Promise<Uint8Array> {
  const parts = await zipEntries(Buffer.from(await workbookBytes()));
  return new Uint8Array(zip(parts.map((p) => (p.name === "xl/worksheets/sheet1.xml" ? { name: p.name, data: Buffer.from(edit(p.data.toString("utf8"))) } : p))));
}

test.each([
  [
    "a merged area over LKE's limit",
    (xml: string) => xml.replace("</sheetData>", '</sheetData><mergeCells count="1"><mergeCell ref="A200:Z9999"/></mergeCells>'),
    { problem: "merge-too-large", sheet: "OPD", range: "A200:Z9999" },
    /lembar "OPD" menggabungkan A200:Z9999, lebih dari 100\.000 sel/,
    /sheet "OPD" merges A200:Z9999, more than 100,000 cells/,
  ],
  [
    "a cell past Excel's last row",
    (xml: string) => xml.replace("</sheetData>", '<row r="1048577"><c r="A1048577"><v>1</v></c></row></sheetData>'),
    { problem: "cell-out-of-range", sheet: "OPD" },
    /lembar "OPD" memuat sel di .*1048577/,
    /sheet "OPD" has a cell at .*1048577/,
  ],
  [
    "a sheet that is not well-formed XML",
    (xml: string) => xml.replace("</sheetData>", "<row></sheetData>"),
    { problem: "xml", part: "xl/worksheets/sheet1.xml" },
    /berkas \.xlsx rusak \(bagian xl\/worksheets\/sheet1\.xml bukan XML yang utuh\)/,
    /the \.xlsx file is damaged \(part xl\/worksheets\/sheet1\.xml is not well-formed XML\)/,
  ],
])("%s is refused in the user's language, naming what is wrong", async (_label, edit, params, indonesian, english) => {
  const error = await refusal([file("rusak.xlsx", await editedWorkbook(edit))]);
  expect([error.kind, error.params]).toEqual(["pickedFileRefused", expect.objectContaining({ file: "rusak.xlsx", ...params })]);
  expect([indonesian.test(error.text("id")), english.test(error.text("en"))]).toEqual([true, true]);
});
