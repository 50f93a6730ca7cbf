/**
 * Damaged and foreign packages: each is told for what it is, in one line naming the file
 * (exit 2), before anything is read from it, with the input unchanged and nothing written.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { main } from "../../src/cli/main";
import { bufferOutput } from "../helpers/bufferOutput";
import { gradeSheetRows } from "../helpers/sakipRows";
import { tempDir, workbookFromRows } from "../helpers/xlsxFromRows";
import { zip, zipEntries, type ZipPart } from "../helpers/zipWriter";

const worked = ["AA", "BB", "B", "A", "BB", "B", "AA", "A", "BB", "A", "B", "CC"];

async function parts(sheets = ["Dinkes"]): Promise<ZipPart[]> {
  const workbook = workbookFromRows(sheets.map((name) => ({ name, rows: gradeSheetRows(worked) })));
  return zipEntries(Buffer.from(await workbook.xlsx.writeBuffer({ useSharedStrings: true } as never)));
}

const text = (p: ZipPart[], name: string) => p.find((x) => x.name === name)!.data.toString("utf8");
const replace = (p: ZipPart[], name: string, xml: string) => p.map((x) => (x.name === name ? { name, data: Buffer.from(xml) } : x));
const without = (p: ZipPart[], name: string) => p.filter((x) => x.name !== name);

async function refused(name: string, data: Buffer, command: "check" | "score" | "summary") {
  const dir = tempDir();
  const file = path.join(dir, name);
  fs.writeFileSync(file, data);
  const out = bufferOutput();
  const args = command === "summary" ? ["summary", file, "-o", path.join(dir, "rekap.xlsx")] : command === "score" ? ["score", file] : ["check", file];
  const code = await main([...args, "--lang", "en"], out);
  // summary goes on to say it had nothing to summarise; the file's own line is the one asserted.
  const lines = (command === "check" ? out.stdout.join("\n").split("\n") : out.stderr).filter((l) => l.includes(name));
  return { code, lines, file, untouched: fs.readFileSync(file).equals(data), left: fs.readdirSync(dir) };
}

describe.each(["check", "score", "summary"] as const)("lke %s", (command) => {
  test.each([
    ["an .ods renamed", async () => zip([{ name: "mimetype", data: Buffer.from("application/vnd.oasis.opendocument.spreadsheet") }, { name: "content.xml", data: Buffer.from("<x/>") }]), /OpenDocument spreadsheet/],
    ["an .xlsb renamed", async () => zip([{ name: "[Content_Types].xml", data: Buffer.from("<Types/>") }, { name: "xl/workbook.bin", data: Buffer.from("x") }]), /binary Excel workbook/],
    ["a .docx renamed", async () => zip([{ name: "[Content_Types].xml", data: Buffer.from("<Types/>") }, { name: "word/document.xml", data: Buffer.from("<w/>") }]), /Word document/],
    ["a package without content types", async () => zip(without(await parts(), "[Content_Types].xml")), /damaged \(part \[Content_Types\]\.xml is missing\)/],
    [
      "a missing sharedStrings.xml the sheets need",
      async () => zip(without(await parts(), "xl/sharedStrings.xml")),
      /damaged \(xl\/_rels\/workbook\.xml\.rels points to xl\/sharedStrings\.xml, which is not in the file\)/,
    ],
    [
      "shared strings used with no table at all",
      async () => {
        const p = without(await parts(), "xl/sharedStrings.xml");
        return zip(replace(p, "xl/_rels/workbook.xml.rels", text(p, "xl/_rels/workbook.xml.rels").replace(/<Relationship [^>]*sharedStrings[^>]*\/>/, "")));
      },
      /damaged \(its cells refer to a shared string table the file does not hold\)/,
    ],
    ["a missing sheet part", async () => zip(without(await parts(["Dinkes", "Dinsos"]), "xl/worksheets/sheet2.xml")), /points to xl\/worksheets\/sheet2\.xml, which is not in the file/],
    [
      "a sheet whose relationship is missing",
      async () => {
        const p = await parts(["Dinkes", "Dinsos"]);
        return zip(replace(p, "xl/workbook.xml", text(p, "xl/workbook.xml").replace(/(<sheet [^>]*name="Dinsos"[^>]*r:id=")[^"]*"/, '$1rId99"')));
      },
      /xl\/workbook\.xml points to rId99/,
    ],
    [
      "two sheets on one part",
      async () => {
        const p = await parts(["Dinkes", "Dinsos"]);
        return zip(replace(p, "xl/_rels/workbook.xml.rels", text(p, "xl/_rels/workbook.xml.rels").replace("worksheets/sheet2.xml", "worksheets/sheet1.xml")));
      },
      /sheets "Dinkes" and "Dinsos" share one part, xl\/worksheets\/sheet1\.xml/,
    ],
  ])("refuses %s in one line naming the file", async (_name, make, words) => {
    const result = await refused("masukan.xlsx", await make(), command);
    const said = command === "check" ? result.lines.filter((l) => l.includes("ERROR")) : result.lines;
    expect([result.code, said.length, said[0]]).toEqual([2, 1, expect.stringMatching(words)]);
    expect([result.untouched, result.left]).toEqual([true, ["masukan.xlsx"]]);
  });
});
