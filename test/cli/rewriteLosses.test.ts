/**
 * The ExcelJS rewrite, LKE's last resort where the patcher cannot edit a package, never drops
 * content silently: where it would lose anything ExcelJS reads only in part, the command is
 * refused (exit 2), naming what would be lost, and nothing is written.
 */
import ExcelJS from "exceljs";
import * as fs from "node:fs";
import * as path from "node:path";
import { main } from "../../src/cli/main";
import { bufferOutput } from "../helpers/bufferOutput";
import { gradeSheetRows } from "../helpers/sakipRows";
import { tempDir, workbookFromRows } from "../helpers/xlsxFromRows";
import { zip, zipEntries, type ZipPart } from "../helpers/zipWriter";

const worked = ["AA", "BB", "B", "A", "BB", "B", "AA", "A", "BB", "A", "B", "CC"];

const x14List =
  '<extLst><ext uri="{CCE6A557-97BC-4b89-ADB6-D9C93CAAB3DF}" xmlns:x14="http://schemas.microsoft.com/office/spreadsheetml/2009/9/main">' +
  '<x14:dataValidations count="1" xmlns:xm="http://schemas.microsoft.com/office/excel/2006/main"><x14:dataValidation type="list" allowBlank="1">' +
  "<x14:formula1><xm:f>Daftar!$A$1:$A$8</xm:f></x14:formula1><xm:sqref>D8:D19</xm:sqref></x14:dataValidation></x14:dataValidations></ext></extLst>";

/** Two rows swapped: ExcelJS reads such a sheet, the patcher does not edit it (so the rewrite is the only way). */
function rowsOutOfOrder(xml: string): string {
  const rows = [...xml.matchAll(/<row [^>]*>.*?<\/row>/g)].map((m) => m[0]);
  return xml.replace(rows[0] + rows[1], rows[1] + rows[0]);
}

async function parts(build?: (workbook: ExcelJS.Workbook) => void): Promise<ZipPart[]> {
  const workbook = workbookFromRows([{ name: "Dinkes", rows: gradeSheetRows(worked) }]);
  build?.(workbook);
  return zipEntries(Buffer.from(await workbook.xlsx.writeBuffer()));
}

function edit(p: ZipPart[], name: string, change: (xml: string) => string): ZipPart[] {
  return p.map((x) => (x.name === name ? { name, data: Buffer.from(change(x.data.toString("utf8"))) } : x));
}

function place(dir: string, name: string, p: ZipPart[]): { file: string; before: Buffer } {
  const file = path.join(dir, name);
  const data = zip(p);
  fs.writeFileSync(file, data);
  return { file, before: data };
}

async function score(file: string) {
  const out = bufferOutput();
  const code = await main(["score", file, "--lang", "en"], out);
  return { code, stderr: out.stderr };
}

test("an Excel 2010 list validation (extLst) the rewrite would drop: refused, naming it", async () => {
  const dir = tempDir();
  const sheet = "xl/worksheets/sheet1.xml";
  const input = place(dir, "x14.xlsx", edit(await parts(), sheet, (xml) => rowsOutOfOrder(xml).replace("</worksheet>", `${x14List}</worksheet>`)));
  const result = await score(input.file);
  expect([result.code, result.stderr]).toEqual([2, [expect.stringMatching(/x14\.xlsx: .*would lose some of it \("Dinkes": 1 × x14:dataValidation\); nothing was written/)]]);
  expect([fs.readFileSync(input.file).equals(input.before), fs.readdirSync(dir)]).toEqual([true, ["x14.xlsx"]]);
});

test("a note whose text is a CDATA section the rewrite would empty: refused, naming its cell", async () => {
  const dir = tempDir();
  const withNote = await parts((workbook) => (workbook.getWorksheet("Dinkes")!.getCell("F8").note = "cek ulang"));
  const comments = withNote.find((p) => /comments\d*\.xml$/.test(p.name))!.name;
  const changed = edit(edit(withNote, "xl/worksheets/sheet1.xml", rowsOutOfOrder), comments, (xml) => xml.replace(/<t([^>]*)>cek ulang<\/t>/, "<t$1><![CDATA[cek ulang]]></t>"));
  const input = place(dir, "catatan.xlsx", changed);
  const result = await score(input.file);
  expect([result.code, result.stderr]).toEqual([2, [expect.stringMatching(/catatan\.xlsx: .*would lose .*"Dinkes": note F8\); nothing was written/)]]);
  expect([fs.readFileSync(input.file).equals(input.before), fs.readdirSync(dir)]).toEqual([true, ["catatan.xlsx"]]);
  // In Bahasa Indonesia, what would be lost is named in Bahasa Indonesia too.
  const out = bufferOutput();
  expect(await main(["score", input.file], out)).toBe(2);
  expect(out.stderr).toEqual([expect.stringMatching(/catatan\.xlsx: .*menghilangkan sebagian isinya \(.*"Dinkes": catatan F8\); tidak ada yang ditulis/)]);
});

test("a rewrite that loses nothing is still made, and said", async () => {
  const dir = tempDir();
  const input = place(dir, "biasa.xlsx", edit(await parts(), "xl/worksheets/sheet1.xml", rowsOutOfOrder));
  const result = await score(input.file);
  expect([result.code, result.stderr]).toEqual([0, [expect.stringContaining("parts lost: none")]]);
  expect(fs.readdirSync(dir).sort()).toEqual(["biasa.dinilai.xlsx", "biasa.xlsx"]);
});

test("--in-place makes no backup when the rewrite is refused", async () => {
  const dir = tempDir();
  const input = place(dir, "x14.xlsx", edit(await parts(), "xl/worksheets/sheet1.xml", (xml) => rowsOutOfOrder(xml).replace("</worksheet>", `${x14List}</worksheet>`)));
  const out = bufferOutput();
  const code = await main(["score", input.file, "--in-place"], out);
  expect([code, fs.readdirSync(dir), fs.readFileSync(input.file).equals(input.before)]).toEqual([2, ["x14.xlsx"], true]);
});

test("summary -o into an existing workbook with an Excel 2010 validation: refused, naming it", async () => {
  const dir = tempDir();
  const unit = path.join(dir, "unit.xlsx");
  await workbookFromRows([{ name: "Dinkes", rows: gradeSheetRows(worked) }]).xlsx.writeFile(unit);
  const target = place(dir, "rekap.xlsx", edit(await parts(), "xl/worksheets/sheet1.xml", (xml) => xml.replace("</worksheet>", `${x14List}</worksheet>`)));
  const out = bufferOutput();
  const code = await main(["summary", unit, "-o", target.file, "--force", "--lang", "en"], out);
  expect([code, out.stderr.join("\n")]).toEqual([2, expect.stringContaining('"Dinkes": 1 × x14:dataValidation')]);
  expect([fs.readFileSync(target.file).equals(target.before), fs.readdirSync(dir).sort()]).toEqual([true, ["rekap.xlsx", "unit.xlsx"]]);
});
