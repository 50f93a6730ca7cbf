/**
 * Small legal (or nearly legal) workbooks built to exhaust memory, and sheets LKE must never
 * take for its own: each gets the right result or one refusal line, under a memory ceiling the
 * child process reports, with the input unchanged and nothing left behind.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { main } from "../../src/cli/main";
import { bufferOutput } from "../helpers/bufferOutput";
import { runLke } from "../helpers/lkeChild";
import { gradeSheetRows } from "../helpers/sakipRows";
import { tempDir, workbookFromRows } from "../helpers/xlsxFromRows";
import { zip, zipEntries } from "../helpers/zipWriter";

const worked = ["AA", "BB", "B", "A", "BB", "B", "AA", "A", "BB", "A", "B", "CC"];

/** The graded sheet with its worksheet XML edited, written to a fresh folder. */
async function editedSheet(name: string, edit: (xml: string) => string): Promise<{ dir: string; file: string; before: Buffer }> {
  const parts = await zipEntries(Buffer.from(await workbookFromRows([{ name: "Dinkes", rows: gradeSheetRows(worked) }]).xlsx.writeBuffer()));
  const sheet = parts.find((p) => p.name === "xl/worksheets/sheet1.xml")!;
  sheet.data = Buffer.from(edit(sheet.data.toString("utf8")));
  const dir = tempDir();
  const file = path.join(dir, name);
  const data = zip(parts);
  fs.writeFileSync(file, data);
  return { dir, file, before: data };
}

/** "A", "B", ... "ALL" for a 0-based column. */
function column(index: number): string {
  let name = "";
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) name = String.fromCharCode(65 + ((n - 1) % 26)) + name;
  return name;
}

/** After </sheetData>, where merges and validations go in a worksheet. */
const afterSheetData = (extra: string) => (xml: string) => xml.replace("</sheetData>", `</sheetData>${extra}`);

describe("far-away cells and areas over whole columns", () => {
  test("data validation on six whole columns is scored correctly", async () => {
    const lists = ["A", "B", "C", "D", "E", "F"].map((c) => `<dataValidation type="list" allowBlank="1" sqref="${c}1:${c}1048576"><formula1>"Y,T"</formula1></dataValidation>`).join("");
    const input = await editedSheet("validasi.xlsx", afterSheetData(`<dataValidations count="6">${lists}</dataValidations>`));
    const run = runLke(["score", input.file, "--json"]);
    const json = JSON.parse(run.stdout);
    expect([run.status, json.sheets[0].total, run.peakMb < 600]).toEqual([0, 77.1, true]);
    expect(fs.readFileSync(input.file).equals(input.before)).toBe(true);
  });

  test("one merge over A1000:XFD1048576 is refused, naming the sheet, the range and the limit", async () => {
    const input = await editedSheet("gabung.xlsx", afterSheetData(`<mergeCells count="1"><mergeCell ref="A1000:XFD1048576"/></mergeCells>`));
    const run = runLke(["score", input.file, "--lang", "en"]);
    expect([run.status, run.stderr]).toEqual([2, [expect.stringMatching(/gabung\.xlsx: sheet "Dinkes" merges A1000:XFD1048576, more than 100,000 cells/)]]);
    expect([run.peakMb < 600, fs.readdirSync(input.dir)]).toEqual([true, ["gabung.xlsx"]]);
  });

  test("one value in column XFD on each of 1,000 rows: the sheet is still checked, in little memory", async () => {
    const rows = Array.from({ length: 1000 }, (_, i) => `<row r="${i + 40}"><c r="XFD${i + 40}"><v>${i}</v></c></row>`).join("");
    const input = await editedSheet("lebar.xlsx", (xml) => xml.replace("</sheetData>", `${rows}</sheetData>`));
    const run = runLke(["check", input.file, "--json"]);
    const json = JSON.parse(run.stdout);
    expect([run.status, json.files, run.peakMb < 600]).toEqual([0, [{ file: "lebar.xlsx", status: "checked" }], true]);
  });

  test("more cells than the workbook limit are refused from the cells present, naming the limit", async () => {
    const cells = Array.from({ length: 2001 }, (_, r) => `<row r="${r + 100}">${Array.from({ length: 1000 }, (_, c) => `<c r="${column(c)}${r + 100}"><v>1</v></c>`).join("")}</row>`).join("");
    const input = await editedSheet("sel.xlsx", (xml) => xml.replace("</sheetData>", `${cells}</sheetData>`));
    const run = runLke(["check", input.file, "--lang", "en"]);
    expect([run.status, run.stdout]).toEqual([2, expect.stringContaining("sel.xlsx: the workbook holds more than 2,000,000 cells, LKE's limit for a workbook")]);
    expect(run.peakMb).toBeLessThan(600);
  });

  test.each([
    ["row 99,999,999", "A99999999", "A99999999"],
    ["row 1,048,577, one past Excel's last", "B1048577", "B1048577"],
    ["column XFE, one past Excel's last", "XFE50", "XFE50"],
  ])("a cell in %s is refused as damaged, and nothing is written back", async (_name, address, shown) => {
    const row = address.replace(/^[A-Z]+/, "");
    const input = await editedSheet("jauh.xlsx", (xml) => xml.replace("</sheetData>", `<row r="${row}"><c r="${address}"><v>1</v></c></row></sheetData>`));
    const run = runLke(["score", input.file, "--lang", "en"]);
    expect([run.status, run.stderr]).toEqual([2, [expect.stringContaining(`sheet "Dinkes" has a cell at ${shown}, past Excel's last row`)]]);
    expect([run.peakMb < 600, fs.readFileSync(input.file).equals(input.before), fs.readdirSync(input.dir)]).toEqual([true, true, ["jauh.xlsx"]]);
  });
});

describe("a sheet under LKE's own record sheet's name that LKE did not make", () => {
  async function withUserSheet(name: string, hide?: "hidden" | "veryHidden"): Promise<{ dir: string; file: string; before: Buffer }> {
    const workbook = workbookFromRows([
      { name: "Dinkes", rows: gradeSheetRows(worked) },
      { name, rows: [["catatan saya"], ["jangan dihapus"]] },
    ]);
    if (hide) workbook.getWorksheet(name)!.state = hide;
    const dir = tempDir();
    const file = path.join(dir, "milik.xlsx");
    await workbook.xlsx.writeFile(file);
    return { dir, file, before: fs.readFileSync(file) };
  }

  test.each([
    ["LKE_State", undefined, "score"],
    ["lke_state", undefined, "score"],
    ["LKE_STATE", "veryHidden", "score"],
    ["LKE_State", "veryHidden", "check"],
    ["LKE_State", "hidden", "summary"],
  ] as const)("%s (%s) stops %s, naming the file and the sheet", async (name, hide, command) => {
    const input = await withUserSheet(name, hide);
    const out = bufferOutput();
    const args = command === "summary" ? ["summary", input.file, "-o", path.join(input.dir, "rekap.xlsx")] : [command, input.file];
    const code = await main([...args, "--lang", "en"], out);
    const said = [...out.stdout, ...out.stderr].join("\n");
    expect([code, said]).toEqual([2, expect.stringContaining(`milik.xlsx: sheet "${name}" has the name LKE keeps its own record under, but LKE did not make it`)]);
    expect([fs.readFileSync(input.file).equals(input.before), fs.readdirSync(input.dir)]).toEqual([true, ["milik.xlsx"]]);
  });

  test("a recap target holding such a sheet is refused too", async () => {
    const input = await withUserSheet("Dinsos");
    const target = await withUserSheet("LKE_State");
    const out = bufferOutput();
    const code = await main(["summary", input.file, "-o", target.file, "--force", "--lang", "en"], out);
    expect([code, out.stderr.join("\n")]).toEqual([2, expect.stringContaining(`sheet "LKE_State" has the name LKE keeps its own record under`)]);
    expect(fs.readFileSync(target.file).equals(target.before)).toBe(true);
  });

  test('lke template --units "LKE_State" refuses that unit name', async () => {
    const dir = tempDir();
    const out = bufferOutput();
    const code = await main(["template", "sakip-2021", "-o", path.join(dir, "t.xlsx"), "--units", "Dinkes,lke_state", "--lang", "en"], out);
    expect([code, out.stderr.join("\n"), fs.readdirSync(dir)]).toEqual([2, expect.stringContaining('"lke_state" is the name LKE keeps its own record under'), []]);
  });

  test("LKE's own record sheet is still read as LKE's: a scored copy scores again", async () => {
    const dir = tempDir();
    const file = path.join(dir, "a.xlsx");
    await workbookFromRows([{ name: "Dinkes", rows: gradeSheetRows(worked) }]).xlsx.writeFile(file);
    expect(await main(["score", file], bufferOutput())).toBe(0);
    expect(await main(["score", path.join(dir, "a.dinilai.xlsx"), "--in-place"], bufferOutput())).toBe(0);
  });
});

describe("a workbook whose structure the user protected", () => {
  async function locked(): Promise<{ dir: string; file: string; before: Buffer }> {
    const parts = await zipEntries(Buffer.from(await workbookFromRows([{ name: "Dinkes", rows: gradeSheetRows(worked) }]).xlsx.writeBuffer()));
    const book = parts.find((p) => p.name === "xl/workbook.xml")!;
    book.data = Buffer.from(book.data.toString("utf8").replace("<sheets>", '<workbookProtection lockStructure="1"/><sheets>'));
    const dir = tempDir();
    const file = path.join(dir, "kunci.xlsx");
    const data = zip(parts);
    fs.writeFileSync(file, data);
    return { dir, file, before: data };
  }

  test.each([[[]], [["--values"]]])("is not scored (%s): adding LKE's record sheet would change its structure", async (extra) => {
    const input = await locked();
    const out = bufferOutput();
    const code = await main(["score", input.file, ...extra, "--lang", "en"], out);
    expect([code, out.stderr]).toEqual([2, [expect.stringContaining("kunci.xlsx: the workbook's structure is protected")]]);
    expect([fs.readFileSync(input.file).equals(input.before), fs.readdirSync(input.dir)]).toEqual([true, ["kunci.xlsx"]]);
  });

  test("is still checked", async () => {
    const input = await locked();
    expect(await main(["check", input.file], bufferOutput())).toBe(0);
  });
});
