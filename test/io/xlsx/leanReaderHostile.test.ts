/**
 * The lean reader's own hazards: it parses XML itself, so every way a part can be malformed or
 * hostile gets a refusal naming the part (never an expansion, a hang or a silent misreading),
 * and the command line and the pane tell the user in one line.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { main } from "../../../src/cli/main";
import { readPickedWorkbooks } from "../../../src/addin/taskpane/pickedWorkbooks";
import { LeanRefused, type LeanProblem } from "../../../src/io/xlsx/lean/leanRefused";
import { readLeanWorkbook } from "../../../src/io/xlsx/lean/readWorkbook";
import { nodeIsAscii } from "../../../src/io/xlsx/nodeZip";
import { PartTexts } from "../../../src/io/xlsx/zip/partTexts";
import { token, xmlLimits, XmlScanner } from "../../../src/io/xlsx/lean/xmlScanner";
import { bufferOutput } from "../../helpers/bufferOutput";
import { readBoth } from "../../helpers/leanParity";
import { gradeSheetRows } from "../../helpers/sakipRows";
import { tempDir, workbookFromRows } from "../../helpers/xlsxFromRows";
import { zip, zipEntries, type ZipPart } from "../../helpers/zipWriter";

const worked = ["AA", "BB", "B", "A", "BB", "B", "AA", "A", "BB", "A", "B", "CC"];
const sheetPart = "xl/worksheets/sheet1.xml";

async function validParts(): Promise<ZipPart[]> {
  const workbook = workbookFromRows([{ name: "Dinkes", rows: gradeSheetRows(worked) }]);
  return zipEntries(Buffer.from(await workbook.xlsx.writeBuffer({ useSharedStrings: true } as never)));
}

async function editedParts(part: string, edit: (xml: string) => string): Promise<Map<string, Uint8Array>> {
  const parts = await validParts();
  return new Map(parts.map((p) => [p.name, p.name === part ? Buffer.from(edit(p.data.toString("utf8"))) : p.data]));
}

function problemOf(read: () => unknown): LeanProblem {
  try {
    read();
  } catch (error) {
    if (error instanceof LeanRefused) return error.problem;
    throw error;
  }
  throw new Error("expected the workbook to be refused");
}

function refusal(parts: Map<string, Uint8Array>): LeanProblem {
  const problem = problemOf(() => readLeanWorkbook(parts));
  // The command line reads a part of plain ASCII through its bytes: the same refusal.
  expect(problemOf(() => readLeanWorkbook(parts, new PartTexts(parts, nodeIsAscii)))).toEqual(problem);
  return problem;
}

const beforeSheetData = (extra: string) => (xml: string) => xml.replace("</sheetData>", `${extra}</sheetData>`);

describe("entities are never expanded", () => {
  test("a billion-laughs DTD is refused as a DTD, before any entity is looked at", async () => {
    const laughs = `<!DOCTYPE x [<!ENTITY a "ha"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;"><!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;">]>`;
    const parts = await editedParts(sheetPart, (xml) => xml.replace("<worksheet", `${laughs}<worksheet`).replace("</sheetData>", `<row r="90"><c r="A90" t="inlineStr"><is><t>&c;</t></is></c></row></sheetData>`));
    expect(refusal(parts)).toEqual({ kind: "dtd", part: sheetPart });
  });

  test("an external entity declaration is refused the same way, in the shared strings too", async () => {
    const parts = await editedParts("xl/sharedStrings.xml", (xml) => xml.replace("<sst", `<!DOCTYPE sst [<!ENTITY x SYSTEM "file:///etc/passwd">]><sst`));
    expect(refusal(parts)).toEqual({ kind: "dtd", part: "xl/sharedStrings.xml" });
  });

  test("an entity XML does not predefine is refused, not left as written", async () => {
    const parts = await editedParts(sheetPart, beforeSheetData(`<row r="90"><c r="A90" t="inlineStr"><is><t>&nbsp;</t></is></c></row>`));
    expect(refusal(parts)).toMatchObject({ kind: "xml", part: sheetPart, detail: expect.stringContaining("&nbsp;") });
  });

  test("the five predefined entities and character references are decoded, and _xHHHH_ escapes as ExcelJS decodes them", async () => {
    const parts = await editedParts(
      "xl/sharedStrings.xml",
      (xml) => xml.replace(/<si>/, `<si><t>&lt;&gt;&amp;&apos;&quot; &#65;&#x42; _x0043_ _x005F_x0044_ _x00e9_</t></si><si>`).replace(/count="(\d+)"/, (_m, n) => `count="${Number(n) + 1}"`),
    );
    // Every shared string index moves by one, so only the new item is looked at: cell A1 takes it.
    const sheet = readLeanWorkbook(new Map([...parts].map(([k, v]) => [k, k === sheetPart ? Buffer.from(v.toString().replace(/(<c r="A1"[^>]*t="s"[^>]*>)<v>\d+<\/v>/, "$1<v>0</v>")) : v]))).sheets[0];
    expect(sheet.values[0][0]).toBe(`<>&'" AB C _x0044_ _x00e9_`);
  });

  test.each([
    ["a bare ampersand", "a & b"],
    ["a reference to character 0", "&#0;"],
    ["a reference past Unicode", "&#x110000;"],
    ["a raw control character", "a\u0001b"],
    ["a raw escape character", "\u001b[0m"],
    ["a raw U+FFFE", "a\uFFFEb"],
    ["a raw U+FFFF after other characters past ASCII", "Sémarang \uFFFF"],
  ])("%s is refused as XML that is not well-formed", async (_name, text) => {
    const parts = await editedParts(sheetPart, beforeSheetData(`<row r="90"><c r="A90" t="inlineStr"><is><t>${text}</t></is></c></row>`));
    expect(refusal(parts)).toMatchObject({ kind: "xml", part: sheetPart });
  });
});

describe("malformed XML is refused, naming the part", () => {
  test.each([
    ["a tag closed out of order", (xml: string) => xml.replace("</sheetData>", "<row r=\"90\"><c r=\"A90\"><v>1</c></v></row></sheetData>")],
    ["a part cut short", (xml: string) => xml.slice(0, xml.indexOf("</sheetData>"))],
    ["an unquoted attribute", (xml: string) => xml.replace("</sheetData>", "<row r=90></row></sheetData>")],
    ["an attribute given twice", (xml: string) => xml.replace("</sheetData>", '<row r="90" r="91"></row></sheetData>')],
    ["text after the root element", (xml: string) => `${xml}tail`],
    ["'<' inside an attribute", (xml: string) => xml.replace("</sheetData>", '<row r="9<0"></row></sheetData>')],
  ])("%s", async (_name, edit) => {
    expect(refusal(await editedParts(sheetPart, edit))).toMatchObject({ kind: "xml", part: sheetPart });
  });

  test("ExcelJS read a part cut short as far as it went; the lean reader refuses it", async () => {
    const parts = await validParts();
    const sheet = parts.find((p) => p.name === sheetPart)!;
    sheet.data = sheet.data.subarray(0, sheet.data.indexOf("</sheetData>"));
    const bytes = zip(parts);
    const dir = tempDir();
    fs.writeFileSync(path.join(dir, "potong.xlsx"), bytes);
    const out = bufferOutput();
    expect(await main(["check", path.join(dir, "potong.xlsx"), "--lang", "en"], out)).toBe(2);
    expect(out.stdout.join("\n")).toContain("potong.xlsx: the .xlsx file is damaged (part xl/worksheets/sheet1.xml is not well-formed XML)");
  });
});

describe("bounds", () => {
  test("nesting deeper than the limit is refused before it can exhaust the stack", async () => {
    const deep = "<a>".repeat(xmlLimits.maxDepth + 5) + "</a>".repeat(xmlLimits.maxDepth + 5);
    const parts = await editedParts(sheetPart, (xml) => xml.replace("</worksheet>", `<extLst>${deep}</extLst></worksheet>`));
    expect(refusal(parts)).toEqual({ kind: "too-deep", part: sheetPart, limit: xmlLimits.maxDepth });
  });

  test("an attribute longer than the limit is refused", async () => {
    const parts = await editedParts(sheetPart, beforeSheetData(`<row r="90" x="${"a".repeat(xmlLimits.maxTextChars + 1)}"></row>`));
    expect(refusal(parts)).toEqual({ kind: "too-long", part: sheetPart, limit: xmlLimits.maxTextChars });
  });

  test("a text longer than the limit is refused", async () => {
    const parts = await editedParts(sheetPart, beforeSheetData(`<row r="90"><c r="A90" t="inlineStr"><is><t>${"a".repeat(xmlLimits.maxTextChars + 1)}</t></is></c></row>`));
    expect(refusal(parts)).toEqual({ kind: "too-long", part: sheetPart, limit: xmlLimits.maxTextChars });
  });

  test.each([
    ["column XFE", "XFE50"],
    ["row 1,048,577", "B1048577"],
    ["a four-letter column", "AAAA7"],
  ])("a cell in %s is refused, naming the sheet and the cell", async (_name, ref) => {
    const parts = await editedParts(sheetPart, beforeSheetData(`<row r="50"><c r="${ref}"><v>1</v></c></row>`));
    expect(refusal(parts)).toEqual({ kind: "cell-out-of-range", sheet: "Dinkes", cell: ref });
  });

  test("a row past the last is refused", async () => {
    const parts = await editedParts(sheetPart, beforeSheetData(`<row r="1048577"></row>`));
    expect(refusal(parts)).toEqual({ kind: "cell-out-of-range", sheet: "Dinkes", cell: "1048577:1048577" });
  });

  test("merged areas count as cells: many large merges pass the workbook's cell limit and are refused", async () => {
    const merges = Array.from({ length: 30 }, (_, i) => `<mergeCell ref="A${i * 1000 + 100}:CV${i * 1000 + 1099}"/>`).join("");
    const parts = await editedParts(sheetPart, (xml) => xml.replace("</sheetData>", `</sheetData><mergeCells count="30">${merges}</mergeCells>`));
    expect(refusal(parts)).toEqual({ kind: "too-many-cells", limit: 2_000_000 });
  });

  test("overlapping merged areas are refused, as ExcelJS refuses them", async () => {
    const parts = await editedParts(sheetPart, (xml) => xml.replace("</sheetData>", `</sheetData><mergeCells count="2"><mergeCell ref="A40:C42"/><mergeCell ref="B41:D43"/></mergeCells>`));
    expect(refusal(parts)).toMatchObject({ kind: "damaged", detail: "two merged areas overlap" });
  });

  test("a shared string index past the table is refused", async () => {
    const parts = await editedParts(sheetPart, beforeSheetData(`<row r="90"><c r="A90" t="s"><v>99999</v></c></row>`));
    expect(refusal(parts)).toMatchObject({ kind: "damaged", detail: expect.stringContaining("99999") });
  });
});

describe("where the lean reader is right and ExcelJS is not", () => {
  test("CDATA text is kept (ExcelJS drops it and the cell with it)", async () => {
    const parts = await editedParts(sheetPart, beforeSheetData(`<row r="90"><c r="A90" t="inlineStr"><is><t><![CDATA[<tidak> & diurai]]></t></is></c></row>`));
    expect(readLeanWorkbook(parts).sheets[0].values[89][0]).toBe("<tidak> & diurai");
    const readings = await readBoth(zip([...parts].map(([name, data]) => ({ name, data: Buffer.from(data) }))));
    expect(readings.exceljs[0].values[89]).toBeUndefined();
  });

  test("a formula string result is decoded once (ExcelJS decodes '&amp;lt;' to '<')", async () => {
    const parts = await editedParts(sheetPart, beforeSheetData(`<row r="90"><c r="A90" t="str"><f>"&amp;lt;"</f><v>&amp;lt;</v></c></row>`));
    expect(readLeanWorkbook(parts).sheets[0].values[89][0]).toBe("&lt;");
  });

  test("a sheet whose parts have unusual names is read through the package's relationships", async () => {
    const parts = await validParts();
    const usual = readLeanWorkbook(new Map(parts.map((p) => [p.name, p.data])));
    const renamed = parts.map((p) => (p.name === sheetPart ? { ...p, name: "xl/worksheets/Lembar Satu.xml" } : p));
    const rels = renamed.find((p) => p.name === "xl/_rels/workbook.xml.rels")!;
    const relsIndex = renamed.indexOf(rels);
    renamed[relsIndex] = { ...rels, data: Buffer.from(rels.data.toString().replace("worksheets/sheet1.xml", "worksheets/Lembar%20Satu.xml")) };
    const lean = readLeanWorkbook(new Map(renamed.map((p) => [p.name, p.data])));
    expect(lean.sheets).toEqual(usual.sheets);
    expect(lean.sheets[0].values.flat()).toContain("CC");
  });
});

describe("the scanner itself", () => {
  test("reads tags, attributes, text and self-closed elements in order", () => {
    const scanner = new XmlScanner(`<?xml version="1.0"?><a x='1' y="&lt;2&gt;"><b/>t&#233;xt<!-- no --></a>`, "t.xml");
    const seen: string[] = [];
    while (scanner.next() !== token.end) {
      if (scanner.kind === token.open) seen.push(`<${scanner.name}${scanner.attribute("y") ?? ""}${scanner.selfClosing ? "/" : ""}>`);
      else if (scanner.kind === token.close) seen.push(`</${scanner.name}>`);
      else seen.push(scanner.text);
    }
    expect(seen).toEqual(["<a<2>>", "<b/>", "</b>", "téxt", "</a>"]);
  });

  test("a reference with leading zeros is a reference; an '&' whose ';' is far off is bare", () => {
    const scanner = new XmlScanner(`<a>&#x00000041;&#0000066;</a>`, "t.xml");
    scanner.next();
    scanner.next();
    expect(scanner.text).toBe("AB");
    const bare = new XmlScanner(`<a>Dinas & Badan Perencanaan Pembangunan Daerah;</a>`, "t.xml");
    bare.next();
    expect(() => bare.next()).toThrow(LeanRefused);
  });

  test("line ends in text read as one line feed; in attributes as a space", () => {
    const scanner = new XmlScanner(`<a v="x\r\ny\tz">one\r\ntwo\rthree</a>`, "t.xml");
    scanner.next();
    const attribute = scanner.attribute("v");
    scanner.next();
    expect([attribute, scanner.text]).toEqual(["x y z", "one\ntwo\nthree"]);
  });
});

describe("the pane", () => {
  test("a picked workbook with a DTD is refused, naming the file and the part", async () => {
    const parts = await editedParts(sheetPart, (xml) => xml.replace("<worksheet", `<!DOCTYPE x [<!ENTITY a "ha">]><worksheet`));
    const bytes = zip([...parts].map(([name, data]) => ({ name, data: Buffer.from(data) })));
    const picked = { name: "dtd.xlsx", size: bytes.length, arrayBuffer: async () => bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer };
    await expect(readPickedWorkbooks([picked])).rejects.toMatchObject({ kind: "pickedFileRefused", params: { file: "dtd.xlsx", problem: "dtd", part: sheetPart } });
  });
});
