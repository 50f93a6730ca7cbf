/**
 * The lean reader gives the snapshot ExcelJS gave, cell for cell, on every workbook at hand: the
 * bundled sample, templates and LKE's own outputs made here, awkward but valid workbooks from
 * the hostile tests, and the real workbooks in ../shared when that folder is present.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { main } from "../../../src/cli/main";
import { bufferOutput } from "../../helpers/bufferOutput";
import { readBoth, snapshotDifferences } from "../../helpers/leanParity";
import { gradeSheetRows } from "../../helpers/sakipRows";
import { tempDir, workbookFromRows } from "../../helpers/xlsxFromRows";
import { zip, zipEntries } from "../../helpers/zipWriter";

const sample = path.resolve(__dirname, "../../../examples/kabupaten-sukamaju-2024.xlsx");
const shared = path.resolve(__dirname, "../../../../shared");
const inCi = /^(1|true|yes)$/i.test(process.env.CI ?? "");
const worked = ["AA", "BB", "B", "A", "BB", "B", "AA", "A", "BB", "A", "B", "CC"];

async function expectSameReading(bytes: Uint8Array): Promise<void> {
  const readings = await readBoth(bytes);
  expect(readings.lean.length).toBeGreaterThan(0);
  expect(snapshotDifferences(readings)).toEqual([]);
}

/** Every .xlsx under a folder, recursively. */
function workbooksUnder(folder: string): string[] {
  return fs.readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(folder, entry.name);
    if (entry.isDirectory()) return workbooksUnder(full);
    return /\.xlsx$/i.test(entry.name) ? [full] : [];
  });
}

async function lke(args: string[]): Promise<void> {
  const out = bufferOutput();
  const code = await main(args, out);
  if (code > 1) throw new Error(`lke ${args.join(" ")} exited ${code}: ${out.stderr.join("\n")}`);
}

describe("generated workbooks", () => {
  test("the bundled sample", async () => {
    await expectSameReading(fs.readFileSync(sample));
  });

  test.each(["sakip-2021", "sakip-2021-kriteria"])("the %s template, fresh and with units", async (scheme) => {
    const dir = tempDir();
    for (const [name, extra] of [["kosong.xlsx", []], ["unit.xlsx", ["--units", "Dinas Kesehatan, Bappeda & Litbang"]]] as const) {
      await lke(["template", scheme, ...extra, "-o", path.join(dir, name)]);
      await expectSameReading(fs.readFileSync(path.join(dir, name)));
    }
  });

  test("LKE's own outputs: a scored copy, values only, a report and a recap", async () => {
    const dir = tempDir();
    const scored = path.join(dir, "dinilai.xlsx");
    await lke(["score", sample, "-o", scored]);
    await lke(["score", sample, "--values", "-o", path.join(dir, "nilai.xlsx")]);
    await lke(["report", sample, "-o", path.join(dir, "lhe.xlsx")]);
    await lke(["summary", sample, scored, "-o", path.join(dir, "rekap.xlsx")]);
    for (const name of ["dinilai.xlsx", "nilai.xlsx", "lhe.xlsx", "rekap.xlsx"]) await expectSameReading(fs.readFileSync(path.join(dir, name)));
  });
});

describe("awkward but valid workbooks (the hostile tests' kind)", () => {
  async function edited(edit: (xml: string) => string): Promise<Buffer> {
    const parts = await zipEntries(Buffer.from(await workbookFromRows([{ name: "Dinkes", rows: gradeSheetRows(worked) }]).xlsx.writeBuffer()));
    const sheet = parts.find((p) => p.name === "xl/worksheets/sheet1.xml")!;
    sheet.data = Buffer.from(edit(sheet.data.toString("utf8")));
    return zip(parts);
  }
  const afterSheetData = (extra: string) => (xml: string) => xml.replace("</sheetData>", `</sheetData>${extra}`);

  test("a sheet name with quotes, spaces and an ampersand; a 32,000-character text; an error value", async () => {
    const rows = gradeSheetRows(worked);
    rows[7][1] = "panjang ".repeat(4000);
    rows[8][3] = { error: "#REF!" };
    const workbook = workbookFromRows([{ name: "Dinas 'Kesehatan' & KB", rows }]);
    await expectSameReading(new Uint8Array(await workbook.xlsx.writeBuffer()));
  });

  test("merged cells, hidden rows and a hidden sheet", async () => {
    const workbook = workbookFromRows([
      { name: "Dinkes", rows: gradeSheetRows(worked) },
      { name: "Arsip", rows: [["lama"]] },
    ]);
    const sheet = workbook.getWorksheet("Dinkes")!;
    sheet.mergeCells("D9:E9");
    sheet.mergeCells("A30:C32");
    sheet.getRow(9).hidden = true;
    workbook.getWorksheet("Arsip")!.state = "veryHidden";
    await expectSameReading(new Uint8Array(await workbook.xlsx.writeBuffer()));
  });

  test("data validation on six whole columns (left out by both)", async () => {
    const lists = ["A", "B", "C", "D", "E", "F"].map((c) => `<dataValidation type="list" allowBlank="1" sqref="${c}1:${c}1048576"><formula1>"Y,T"</formula1></dataValidation>`).join("");
    await expectSameReading(await edited(afterSheetData(`<dataValidations count="6">${lists}</dataValidations>`)));
  });

  test("literal lists over ranges, a list from a range, and a rule over another", async () => {
    const rules =
      `<dataValidation type="list" sqref="D8:D12 F3"><formula1>"Y, T"</formula1></dataValidation>` +
      `<dataValidation type="list" sqref="G1:H2"><formula1>$A$1:$A$3</formula1></dataValidation>` +
      `<dataValidation type="whole" sqref="D10"><formula1>1</formula1><formula2>5</formula2></dataValidation>`;
    await expectSameReading(await edited(afterSheetData(`<dataValidations count="3">${rules}</dataValidations>`)));
  });

  test("one value in column XFD on each of 50 rows", async () => {
    const rows = Array.from({ length: 50 }, (_, i) => `<row r="${i + 40}"><c r="XFD${i + 40}"><v>${i}</v></c></row>`).join("");
    await expectSameReading(await edited((xml) => xml.replace("</sheetData>", `${rows}</sheetData>`)));
  });

  test("entities and character references in text, and a comment between cells", async () => {
    const cells = `<row r="50"><c r="A50" t="inlineStr"><is><t>a &amp; b &lt;c&gt; &#233;&#x4E2D;</t></is></c><!-- catatan --><c r="B50" t="inlineStr"><is><t>dua\r\nbaris</t></is></c></row>`;
    await expectSameReading(await edited((xml) => xml.replace("</sheetData>", `${cells}</sheetData>`)));
  });
});

const realFolder = path.join(shared, "lke-real");
const realFiles = fs.existsSync(shared) ? workbooksUnder(shared) : [];
if (realFiles.length === 0) {
  if (inCi) throw new Error(`CI must provide the real workbooks under ${shared}`);
  console.log(`SKIPPED: the real-workbook comparisons need ${realFolder}, which is not present (it is never part of the project).`);
}
const describeReal = realFiles.length > 0 ? describe : describe.skip;

describeReal("real workbooks in ../shared", () => {
  test.each(realFiles.map((f) => [path.relative(shared, f), f]))("%s", async (_name, file) => {
    await expectSameReading(fs.readFileSync(file));
  });
});
