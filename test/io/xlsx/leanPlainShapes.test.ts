/**
 * The commonest cells and rows are read straight off the text, past the scanner: only those with
 * nothing in them the scanner would refuse or read differently may be, and the sheet must be the
 * same as reading every cell and row token by token.
 */
import { charCodes, hasCharNotAllowed, otherChar } from "../../../src/io/xlsx/lean/charCodes";
import { nodeIsAscii } from "../../../src/io/xlsx/nodeZip";
import { PartTexts } from "../../../src/io/xlsx/zip/partTexts";
import { readPlainCell, type PlainCell } from "../../../src/io/xlsx/lean/plainCell";
import { readPlainRow, type PlainRow } from "../../../src/io/xlsx/lean/plainRow";
import { LeanRefused, type LeanProblem } from "../../../src/io/xlsx/lean/leanRefused";
import { CellCount } from "../../../src/io/xlsx/lean/cellCount";
import { readSheet, type SheetContext } from "../../../src/io/xlsx/lean/sheetReader";
import { token, xmlLimits, XmlScanner } from "../../../src/io/xlsx/lean/xmlScanner";

function plain(xml: string): PlainCell | null {
  const cell: PlainCell = { col: 0, styleId: 0, type: undefined, valueStart: -1, valueEnd: -1, end: 0 };
  return readPlainCell(charCodes(xml), 0, cell) ? { ...cell } : null;
}

function plainRow(xml: string): PlainRow | null {
  const row: PlainRow = { number: 0, styleId: 0, spansStart: -1, spansEnd: -1, end: 0 };
  return readPlainRow(charCodes(xml), 0, row) ? { ...row } : null;
}

const context = (sharedStrings: string[] | null = ["nol", "satu", "dua"]): SheetContext => ({
  name: "Dinkes",
  part: "xl/worksheets/sheet1.xml",
  state: undefined,
  sharedStrings,
  formats: [undefined, "0.00", "yyyy-mm-dd", undefined],
  date1904: false,
  relationships: [],
  cells: new CellCount(Infinity),
});

const sheet = (rows: string) => `<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>${rows}</sheetData></worksheet>`;

function refusal(xml: string, sharedStrings?: string[] | null): LeanProblem {
  try {
    readSheet(xml, context(sharedStrings));
  } catch (error) {
    if (error instanceof LeanRefused) return error.problem;
    throw error;
  }
  throw new Error("expected the sheet to be refused");
}

describe("which cells are read in place", () => {
  test("a shared string, a number, a styled empty cell and a cell without its address", () => {
    expect(plain(`<c r="B7" s="3" t="s"><v>12</v></c>`)).toEqual({ col: 2, styleId: 3, type: "s", valueStart: 25, valueEnd: 27, end: 35 });
    expect(plain(`<c r="AB12" t="n"><v>-1.5E+3</v></c>`)).toMatchObject({ col: 28, type: "n", valueStart: 21, valueEnd: 28 });
    expect(plain(`<c r="$C$3" s="1"/>`)).toEqual({ col: 3, styleId: 1, type: undefined, valueStart: -1, valueEnd: -1, end: 19 });
    expect(plain(`<c><v>4</v></c>`)).toMatchObject({ col: 0, styleId: 0, valueStart: 6, end: 15 });
  });

  test.each([
    ["two spaces", `<c  r="A1"><v>1</v></c>`],
    ["a space before '>'", `<c r="A1" ><v>1</v></c>`],
    ["single quotes", `<c r='A1'><v>1</v></c>`],
    ["an attribute twice", `<c r="A1" r="B1"><v>1</v></c>`],
    ["another attribute", `<c r="A1" cm="1"><v>1</v></c>`],
    ["a type other than s or n", `<c r="A1" t="str"><v>1</v></c>`],
    ["a reference in the value", `<c r="A1"><v>&#49;</v></c>`],
    ["an empty value", `<c r="A1"><v></v></c>`],
    ["a formula", `<c r="A1"><f>1+1</f><v>2</v></c>`],
    ["text after the value", `<c r="A1"><v>1</v><is/></c>`],
    ["a line break in the value", `<c r="A1"><v>1\n</v></c>`],
    ["an address past the last column", `<c r="XFE1"><v>1</v></c>`],
    ["an address that is none", `<c r="A"><v>1</v></c>`],
    ["a style that is not digits", `<c r="A1" s="x"><v>1</v></c>`],
    ["a close of another name", `<c r="A1"><v>1</v></d>`],
    ["a tag cut short", `<c r="A1"><v>1</v></c`],
  ])("%s is left to the scanner", (_name, xml) => {
    expect(plain(xml)).toBeNull();
  });

  test("the scanner gives no place to read from when a tag's close is pending or the depth would pass the limit", () => {
    const scanner = new XmlScanner("<a><b/></a>", "x.xml");
    scanner.next();
    expect(scanner.positionFor(2)).toBe(3);
    expect(scanner.positionFor(xmlLimits.maxDepth)).toBe(-1);
    expect(scanner.next()).toBe(token.open);
    expect(scanner.positionFor(1)).toBe(-1);
  });
});

describe("which rows are read in place", () => {
  test("a row's number, style and spans, among other attributes", () => {
    expect(plainRow(`<row r="7" spans="1:6" s="2" customFormat="1" x14ac:dyDescent="0.25"><c/>`)).toEqual({ number: 7, styleId: 2, spansStart: 18, spansEnd: 21, end: 69 });
    expect(plainRow(`<row r="1048576">`)).toEqual({ number: 1048576, styleId: 0, spansStart: -1, spansEnd: -1, end: 17 });
  });

  test.each([
    ["no number", `<row spans="1:2">`],
    ["a number past the last row", `<row r="1048577">`],
    ["a number that is not digits", `<row r="x">`],
    ["self-closed", `<row r="1"/>`],
    ["an attribute twice", `<row r="1" ht="15" ht="16">`],
    ["a reference in a value", `<row r="1" ht="&#49;5">`],
    ["a space in a value", `<row r="1" ht="1 5">`],
    ["two spaces", `<row r="1"  ht="15">`],
    ["single quotes", `<row r='1'>`],
    ["another element", `<rows r="1">`],
  ])("%s is left to the scanner", (_name, xml) => {
    expect(plainRow(xml)).toBeNull();
  });
});

describe("character codes", () => {
  test("an ASCII character is its own code, any other one code past ASCII, at the same offsets", () => {
    expect([...charCodes(`<c r="A1">`)]).toStrictEqual([...Buffer.from(`<c r="A1">`)]);
    expect([...charCodes("aé€😀<")]).toStrictEqual([0x61, otherChar, otherChar, otherChar, otherChar, 0x3c]);
    expect([...charCodes("\uFFFD\uFFFE\uFFFF")]).toStrictEqual([otherChar, 0, 0]);
  });

  test("a cell or row with a character past ASCII where a plain one stands is left to the scanner", () => {
    // Each of these characters' low byte is the ASCII one it stands for ("A", "1", "2", "r").
    expect(plain(`<c r="\u0141\u0131"><v>1</v></c>`)).toBeNull();
    expect(plain(`<c r="A1"><v>\u0131</v></c>`)).toBeNull();
    expect(plain(`<c \u0172="A1"><v>1</v></c>`)).toBeNull();
    expect(plainRow(`<row r="\u0132">`)).toBeNull();
    expect(plainRow(`<row \u0172="2">`)).toBeNull();
  });

  test("the codes hold a character XML does not allow exactly when the text does, wherever they start in memory", () => {
    // eslint-disable-next-line no-control-regex
    const notAllowed = /[\x00-\x08\x0B\x0C\x0E-\x1F\uFFFE\uFFFF]/;
    const alphabet = ["a", "<", " ", "\t", "\n", "\r", "\u0000", "\u0001", "\u001f", "\u007f", "é", "\u0141", "\uFFFD", "\uFFFE", "\uFFFF", "😀"];
    let seed = 7;
    const random = (n: number) => (seed = (seed * 1103515245 + 12345) % 2147483648) % n;
    for (let run = 0; run < 3000; run++) {
      // Mostly plain characters, now and then another one.
      const text = Array.from({ length: random(40) }, () => alphabet[random(8) === 0 ? random(alphabet.length) : random(3)]).join("");
      const codes = charCodes(text);
      const offset = random(4);
      const shifted = new Uint8Array(codes.length + offset);
      shifted.set(codes, offset);
      expect([hasCharNotAllowed(codes), hasCharNotAllowed(shifted.subarray(offset))]).toStrictEqual([notAllowed.test(text), notAllowed.test(text)]);
    }
  });

  test("a part's own bytes are its codes only when the host tells they are plain ASCII", () => {
    const ascii = Buffer.from(`<a>1</a>`);
    const other = Buffer.from(`<a>é</a>`);
    const parts = new Map<string, Uint8Array>([["a.xml", ascii], ["b.xml", other]]);
    expect(new PartTexts(parts, nodeIsAscii).asciiBytes("a.xml")).toBe(ascii);
    expect(new PartTexts(parts, nodeIsAscii).asciiBytes("b.xml")).toBeNull();
    expect(new PartTexts(parts).asciiBytes("a.xml")).toBeNull();
  });
});

describe("the same sheet either way", () => {
  const rows = [
    `<row r="1" spans="1:6"><c r="A1" t="s"><v>1</v></c><c r="B1" s="1"><v>2.5</v></c><c r="C1" s="2"><v>45000</v></c><c r="D1" s="1"/><c r="E1"/><c r="F1" t="n"><v>7</v></c></row>`,
    `<row r="3"><c r="B3" s="9"><v>12345678901</v></c><c><v>1E-3</v></c><c r="E3" t="s"><v>2</v></c><c r="E3" s="1"/></row>`,
    `<row r="4" s="1" customFormat="1"><c r="A4" s="2"><v>0.5</v></c><c r="C4" t="s"><v>0</v></c></row>`,
    `<row r="5"><c r="A5"><f>A1</f><v>1</v></c><c r="B5"><v>3</v></c><c r="C5" t="str"><v>x</v></c><c r="D5"><v>4</v></c></row>`,
  ].join("");
  // A second space after each "<c" and "<row" makes every cell and row one the scanner reads.
  const tokenByToken = (xml: string) => xml.replace(/<(c|row)([ >/])/g, "<$1 $2");

  test("cells read in place match cells read token by token", () => {
    const xml = sheet(rows + `<mergeCells count="1"><mergeCell ref="D4:E5"/></mergeCells>`);
    expect(tokenByToken(xml)).not.toBe(xml);
    const inPlace = readSheet(xml, context());
    const read = readSheet(tokenByToken(xml), context());
    expect(inPlace).toStrictEqual(read);
    expect(inPlace.sheet.values[0].slice(0, 4)).toStrictEqual(["satu", 2.5, 45000, null]);
    expect(inPlace.sheet.values[0][5]).toBe(7);
  });

  test("refusals are the same: a row past the last, a missing shared strings table, a shared string past the table", () => {
    const cases: [string, (string[] | null)?][] = [
      [sheet(`<row r="1048577"><c r="A1"><v>1</v></c></row>`)],
      [sheet(`<row r="2"><c r="A2" t="s"><v>0</v></c></row>`), null],
      [sheet(`<row r="2"><c r="A2" t="s"><v>3</v></c></row>`)],
      [sheet(`<row r="2"><c r="XFD2"><v>1</v></c><c><v>1</v></c></row>`)],
      [sheet(`<row r="2"><row r="1048577"><c r="A1"><v>1</v></c></row></row>`)],
      [sheet(`<row r="2"><c r="A2"><v>1</v></c></rows>`)],
    ];
    for (const [xml, strings] of cases) expect(refusal(xml, strings)).toEqual(refusal(tokenByToken(xml), strings));
    expect(refusal(cases[0][0])).toEqual({ kind: "cell-out-of-range", sheet: "Dinkes", cell: "1048577:1048577" });
    expect(refusal(cases[1][0], null)).toEqual({ kind: "missing-shared-strings", part: "xl/worksheets/sheet1.xml" });
  });
});
