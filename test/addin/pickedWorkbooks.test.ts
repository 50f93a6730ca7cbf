/** Workbooks picked for Ringkasan pass the command line's size and zip-bomb limits before they are unpacked. */
import { LkeHostError } from "../../src/io/office/errors";
import { readPickedWorkbooks, type PickedFile } from "../../src/addin/taskpane/pickedWorkbooks";
import { gradeSheetRows } from "../helpers/sakipRows";
import { workbookFromRows } from "../helpers/xlsxFromRows";
import { zip } from "../helpers/zipWriter";

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
