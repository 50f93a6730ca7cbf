/**
 * Workbooks whose parts bind a prefix to SpreadsheetML's namespace (`<x:workbook
 * xmlns:x="...">`, `<x:c>`), as some writers other than Excel make them: the workbook reads as
 * the same workbook written without the prefix, so no unit drops out of a check or a recap
 * unseen; writing into such a sheet is refused, saying why, with nothing written.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { main } from "../../src/cli/main";
import { readPackageParts } from "../../src/io/xlsx/nodeZip";
import { readLeanWorkbook } from "../../src/io/xlsx/lean/readWorkbook";
import { bufferOutput } from "../helpers/bufferOutput";
import { gradeSheetRows } from "../helpers/sakipRows";
import { tempDir, workbookFromRows } from "../helpers/xlsxFromRows";
import { zip, zipEntries } from "../helpers/zipWriter";

const main_ = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";

/** The part with every element of SpreadsheetML's namespace written with the prefix `x:`. */
function prefixed(xml: string): string {
  return xml.replace(`xmlns="${main_}"`, `xmlns:x="${main_}"`).replace(/<(\/?)([A-Za-z][\w]*)(?=[\s>/])/g, "<$1x:$2");
}

const units = [
  { name: "Dinkes", answers: ["AA", "BB", "B", "A", "BB", "B", "AA", "A", "BB", "A", "B", "CC"] },
  { name: "Dindik", answers: ["A", "A", "B", "A", "BB", "B", "A", "A", "BB", "A", "B", "B"] },
];

/** Two units' workbook, and the same with the workbook part, the first sheet, the shared strings and the styles prefixed. */
async function workbooks(): Promise<{ plain: Buffer; withPrefix: Buffer }> {
  const plain = Buffer.from(await workbookFromRows(units.map((u) => ({ name: u.name, rows: gradeSheetRows(u.answers) }))).xlsx.writeBuffer());
  const parts = await zipEntries(plain);
  const edited = ["xl/workbook.xml", "xl/worksheets/sheet1.xml", "xl/sharedStrings.xml", "xl/styles.xml"];
  for (const part of parts.filter((p) => edited.includes(p.name))) part.data = Buffer.from(prefixed(part.data.toString("utf8")));
  expect(parts.filter((p) => edited.includes(p.name) && p.data.toString("utf8").includes("<x:"))).toHaveLength(edited.length);
  return { plain, withPrefix: zip(parts) };
}

test("a prefixed sheet reads as the same sheet without the prefix", async () => {
  const { plain, withPrefix } = await workbooks();
  const read = (data: Buffer) => readLeanWorkbook(readPackageParts(data).parts).sheets;
  const sheets = read(withPrefix);
  expect(sheets.map((s) => s.values.flat().filter((v) => v !== null).length)).toEqual(read(plain).map((s) => s.values.flat().filter((v) => v !== null).length));
  expect(sheets).toEqual(read(plain));
});

describe("the command line", () => {
  let dir: string;
  let file: string;
  beforeAll(async () => {
    dir = tempDir();
    file = path.join(dir, "berawalan.xlsx");
    fs.writeFileSync(file, (await workbooks()).withPrefix);
  });
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  test("check names every unit, the prefixed one too", async () => {
    const out = bufferOutput();
    await main(["check", file, "--lang", "en"], out);
    expect(out.stdout.join("\n").match(/^ {2}(\w+):/gm)).toEqual(["  Dinkes:", "  Dindik:"]);
  });

  test("a recap counts both units", async () => {
    const out = bufferOutput();
    const code = await main(["summary", file, "-o", path.join(dir, "rekap.xlsx"), "--json", "--lang", "en"], out);
    expect(code).toBe(0);
    const recap = out.jsonValues[0] as { units: { sheet: string; total: number | null }[] };
    expect(recap.units.map((u) => [u.sheet, typeof u.total])).toEqual(expect.arrayContaining([["Dinkes", "number"], ["Dindik", "number"]]));
    expect(recap.units).toHaveLength(2);
  });

  test("score refuses to write into it, says why, and writes nothing", async () => {
    const before = fs.readFileSync(file);
    const out = bufferOutput();
    const code = await main(["score", file, "-o", path.join(dir, "dinilai.xlsx"), "--lang", "en"], out);
    expect(code).toBe(2);
    expect(out.stderr.join("\n")).toMatch(/can read this workbook but cannot write into it.*namespace prefix/);
    expect(fs.existsSync(path.join(dir, "dinilai.xlsx"))).toBe(false);
    expect(fs.readFileSync(file).equals(before)).toBe(true);
  });

  test("in Bahasa Indonesia, says why in Bahasa Indonesia too", async () => {
    const out = bufferOutput();
    const code = await main(["score", file, "-o", path.join(dir, "dinilai.xlsx")], out);
    expect(code).toBe(2);
    const said = out.stderr.join("\n");
    expect(said).toMatch(/tidak dapat menulis ke dalamnya.*Rincian teknis: xl\/workbook\.xml memakai awalan namespace\./);
    expect(said).not.toMatch(/namespace prefix/);
  });
});
