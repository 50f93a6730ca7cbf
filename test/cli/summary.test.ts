/**
 * lke summary on real .xlsx files: input workbooks are made here with `lke template`, filled
 * in with ExcelJS, summarised, and the recap is read back cell by cell.
 */
import ExcelJS from "exceljs";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { main } from "../../src/cli/main";
import { runTemplate } from "../../src/cli/commands/template";
import { bufferOutput } from "../helpers/bufferOutput";

const worked = ["AA", "BB", "B", "A", "BB", "B", "AA", "A", "BB", "A", "B", "CC"];
const all = (grade: string) => Array<string>(12).fill(grade);
const subcomponentCodes = ["1.a", "1.b", "1.c", "2.a", "2.b", "2.c", "3.a", "3.b", "3.c", "4.a", "4.b", "4.c"];

const hyperlink = '=HYPERLINK("http://contoh.id","klik")';

interface Fill {
  /** Unit name written into B3 (as text, whatever it looks like). */
  unit?: string;
  grades: string[];
}

/** `lke template` with one sheet per entry, then each sheet's unit and grades filled in. */
async function makeWorkbook(file: string, sheets: Fill[]): Promise<string> {
  const units = sheets.map((_, i) => `Unit ${i + 1}`).join(",");
  const code = await runTemplate("sakip-2021", { output: file, units, year: "2024", lang: "id" }, bufferOutput());
  if (code !== 0) throw new Error(`template failed for ${file}`);
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(file);
  workbook.worksheets.forEach((worksheet, i) => {
    const fill = sheets[i];
    if (fill.unit !== undefined) worksheet.getCell("B3").value = fill.unit;
    worksheet.eachRow((row) => {
      const index = subcomponentCodes.indexOf(String(row.getCell(1).value ?? ""));
      if (index >= 0) row.getCell(4).value = fill.grades[index];
    });
  });
  await workbook.xlsx.writeFile(file);
  return file;
}

async function readBook(file: string): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(file);
  return workbook;
}

/** The value a cell shows: a formula's cached result, or the constant. */
function shown(sheet: ExcelJS.Worksheet, address: string): unknown {
  const value = sheet.getCell(address).value as unknown;
  if (value && typeof value === "object" && "formula" in (value as object)) return (value as ExcelJS.CellFormulaValue).result;
  return value;
}

const column = (sheet: ExcelJS.Worksheet, letter: string, rows: number[]) => rows.map((r) => shown(sheet, `${letter}${r}`));

let dir: string;
let kabA: string;
let kabB: string;
let indeks: string;

beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "lke-summary-"));
  // Two sheets of the same unit in one file: 100 (AA) and 90 (A).
  kabA = await makeWorkbook(path.join(dir, "kab-a.xlsx"), [
    { unit: "Dinas Kesehatan", grades: all("AA") },
    { unit: "Dinas Kesehatan", grades: all("A") },
  ]);
  // 90 (A), 80 (BB), 77.10 (BB), 70 (B), and 56.40 (CC) with an answer that is not on the scale.
  kabB = await makeWorkbook(path.join(dir, "kab-b.xlsx"), [
    { unit: "Dinas Sosial", grades: all("A") },
    { unit: hyperlink, grades: all("BB") },
    { unit: "+1", grades: worked },
    { unit: "@x", grades: all("B") },
    { unit: "-2", grades: ["X", ...all("CC").slice(1)] },
  ]);
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet("Indeks");
  sheet.addRows([
    ["Indeks Kabupaten/Kota Jawa Timur 2024"],
    [],
    ["No", "Kabupaten/Kota", "Nilai SAKIP", "Indeks RB", "Indeks PEKPPP", "Sistem Merit", "Indeks BerAKHLAK", "MCP"],
    [1, "Kabupaten Lamongan", 82.64, 70.02, 4.5, 325, "61,28", 96.83],
    [2, "Kabupaten Contoh", 83.18, 120, 4.51, 174, 75.3, 57],
  ]);
  indeks = path.join(dir, "indeks.xlsx");
  await workbook.xlsx.writeFile(indeks);
});

afterAll(() => {
  fs.rmSync(dir, { recursive: true, force: true });
});

async function summary(args: string[]) {
  const out = bufferOutput();
  const code = await main(["summary", ...args], out);
  return { code, out, json: out.jsonValues[0] as any };
}

describe("lke summary over two workbooks", () => {
  let rekap: string;
  let run: Awaited<ReturnType<typeof summary>>;
  let book: ExcelJS.Workbook;
  let ringkasan: ExcelJS.Worksheet;
  const body = [8, 9, 10, 11, 12, 13, 14];

  beforeAll(async () => {
    rekap = path.join(dir, "rekap.xlsx");
    run = await summary([kabA, kabB, "-o", rekap, "--title", "Kabupaten Lamongan", "--year", "2024"]);
    book = await readBook(rekap);
    ringkasan = book.getWorksheet("Ringkasan")!;
  });

  test("exits 1: the recap is written, but one sheet has errors", () => {
    expect([run.code, fs.existsSync(rekap)]).toEqual([1, true]);
  });

  test("writes Ringkasan and Rincian, and LKE's hidden state", () => {
    expect(book.worksheets.map((w) => [w.name, w.state])).toEqual([
      ["Ringkasan", "visible"],
      ["Rincian", "visible"],
      ["LKE_State", "veryHidden"],
    ]);
  });

  test("Ringkasan has exactly the header cells of the contract", () => {
    expect((ringkasan.getRow(7).values as unknown[]).slice(1)).toEqual([
      "No", "Unit", "Perencanaan Kinerja", "Pengukuran Kinerja", "Pelaporan Kinerja", "Evaluasi Akuntabilitas Kinerja Internal",
      "Nilai Akhir", "Predikat", "Peringkat", "Kesalahan", "Peringatan", "Berkas", "Lembar",
    ]);
  });

  test("has one row per sheet in rank order, the same unit twice staying two rows", () => {
    expect(column(ringkasan, "B", body)).toEqual(["Dinas Kesehatan", "Dinas Kesehatan", "Dinas Sosial", hyperlink, "+1", "@x", "-2"]);
  });

  test("shows the totals", () => {
    expect(column(ringkasan, "G", body)).toEqual([100, 90, 90, 80, 77.1, 70, 56.4]);
  });

  test("shows the predicates", () => {
    expect(column(ringkasan, "H", body)).toEqual(["AA", "A", "A", "BB", "BB", "B", "CC"]);
  });

  test("ranks with ties sharing a rank (1, 2, 2, 4 ...)", () => {
    expect(column(ringkasan, "I", body)).toEqual([1, 2, 2, 4, 5, 6, 7]);
  });

  test("ranks with a live RANK formula", () => {
    expect(ringkasan.getCell("I11").formula).toBe("RANK(G11,$G$8:$G$14)");
  });

  test("shows the worked example's components", () => {
    expect(column(ringkasan, "C", [12]).concat(column(ringkasan, "D", [12]), column(ringkasan, "E", [12]), column(ringkasan, "F", [12]))).toEqual([23.7, 23.1, 13.05, 17.25]);
  });

  test("counts errors: only the sheet with the answer X has some", () => {
    expect(column(ringkasan, "J", body).map((n) => (n as number) > 0)).toEqual([false, false, false, false, false, false, true]);
  });

  test("counts warnings as the check command does", async () => {
    const check = bufferOutput();
    await main(["check", kabB, "--json"], check);
    const findings = (check.jsonValues[0] as any).findings.filter((f: any) => f.sheet === "Unit 5" && f.severity === "warning");
    expect(shown(ringkasan, "K14")).toBe(findings.length);
  });

  test("names the file and sheet of each row", () => {
    expect([column(ringkasan, "L", body), column(ringkasan, "M", body)]).toEqual([
      ["kab-a.xlsx", "kab-a.xlsx", "kab-b.xlsx", "kab-b.xlsx", "kab-b.xlsx", "kab-b.xlsx", "kab-b.xlsx"],
      ["Unit 1", "Unit 2", "Unit 1", "Unit 2", "Unit 3", "Unit 4", "Unit 5"],
    ]);
  });

  test.each([hyperlink, "+1", "@x", "-2"])("the unit name %s stays text, not a formula", (name) => {
    const row = body.find((r) => shown(ringkasan, `B${r}`) === name)!;
    const cell = ringkasan.getCell(`B${row}`);
    expect([cell.type, cell.value, cell.formula]).toEqual([ExcelJS.ValueType.String, name, undefined]);
  });

  test("the title block names the regency, year, scheme and date", () => {
    expect(column(ringkasan, "C", [2, 3]).concat(shown(ringkasan, "A1"))).toEqual([2024, "sakip-2021", "Kabupaten Lamongan"]);
  });

  test("the date made is today's, in words (1 Desember 2026)", () => {
    expect(String(shown(ringkasan, "C4"))).toMatch(/^\d{1,2} (Januari|Februari|Maret|April|Mei|Juni|Juli|Agustus|September|Oktober|November|Desember) \d{4}$/);
  });

  test("averages the totals with AVERAGE (563.5 / 7 = 80.5)", () => {
    expect([ringkasan.getCell("G16").formula, shown(ringkasan, "G16")]).toEqual(["AVERAGE(G8:G14)", 80.5]);
  });

  test("shows each component's highest and lowest", () => {
    expect([shown(ringkasan, "C17"), shown(ringkasan, "C18"), ringkasan.getCell("C18").formula]).toEqual([30, 14.4, "MIN(C8:C14)"]);
  });

  test("counts the predicates with COUNTIF in scale order", () => {
    const rows = [22, 23, 24, 25, 26, 27, 28];
    // The file caches 0 as <v>0</v>, but ExcelJS reads a cached 0 back as no result.
    expect([column(ringkasan, "A", rows), column(ringkasan, "C", rows).map((v) => v ?? 0)]).toEqual([
      ["AA", "A", "BB", "B", "CC", "C", "D"],
      [1, 2, 2, 1, 1, 0, 0],
    ]);
  });

  test("the distribution counts are live formulas", () => {
    expect(ringkasan.getCell("C26").formula).toBe("COUNTIF($H$8:$H$14,A26)");
  });

  test("is ready to send: frozen header, landscape, one page wide, a print area", () => {
    const setup = ringkasan.pageSetup;
    expect([ringkasan.views[0]?.state, (ringkasan.views[0] as any)?.ySplit, setup.orientation, setup.fitToWidth, setup.printArea]).toEqual(["frozen", 7, "landscape", 1, "A1:M50"]);
  });

  test("formats the scores as 0.00", () => {
    expect([ringkasan.getCell("C8").numFmt, ringkasan.getCell("G12").numFmt]).toEqual(["0.00", "0.00"]);
  });

  test("sizes the columns to their content", () => {
    expect(ringkasan.getColumn(2).width).toBeGreaterThanOrEqual(hyperlink.length);
  });

  test("Rincian shows the sub-component scores of the worked example", () => {
    const rincian = book.getWorksheet("Rincian")!;
    const row = [8, 9, 10, 11, 12, 13, 14].find((r) => shown(rincian, `B${r}`) === "+1")!;
    expect(["C", "D", "E", "F"].map((c) => shown(rincian, `${c}${row}`))).toEqual([6, 7.2, 10.5, 23.7]);
  });

  test("Rincian shows the weights in a header row", () => {
    const rincian = book.getWorksheet("Rincian")!;
    expect(["B", "C", "D", "E", "F"].map((c) => shown(rincian, `${c}7`))).toEqual(["Bobot", 6, 9, 15, 30]);
  });

  test("prints a table in the terminal and where it wrote", () => {
    expect(run.out.stdout.join("\n")).toContain(`Ditulis: ${rekap} (Ringkasan, Rincian)`);
  });

  test("draws the charts itself: no note that they were left out", () => {
    expect(run.out.stdout.join("\n")).not.toContain("grafik rekap tidak dibuat");
  });

  test("leaves the inputs untouched", async () => {
    const input = await readBook(kabA);
    expect(input.worksheets.map((w) => w.name)).toEqual(["Unit 1", "Unit 2"]);
  });
});

describe("lke summary --json", () => {
  let json: any;

  beforeAll(async () => {
    json = (await summary([kabA, kabB, "-o", path.join(dir, "rekap-json.xlsx"), "--json"])).json;
  });

  test("prints one unit per sheet with exactly the agreed fields", () => {
    expect(Object.keys(json.units[0])).toEqual(["file", "sheet", "unit", "total", "predicate", "rank", "components", "errors", "warnings"]);
  });

  test("gives the first unit's result", () => {
    const { file, sheet, unit, total, predicate, rank, errors } = json.units[0];
    expect({ file, sheet, unit, total, predicate, rank, errors }).toEqual({ file: "kab-a.xlsx", sheet: "Unit 1", unit: "Dinas Kesehatan", total: 100, predicate: "AA", rank: 1, errors: 0 });
  });

  test("gives the components of a unit with code, name, weight and score", () => {
    const unit = json.units.find((u: any) => u.unit === "+1");
    expect(unit.components[0]).toEqual({ code: "1", name: "Perencanaan Kinerja", weight: 30, score: 23.7 });
  });

  test("gives the ranks with ties", () => {
    expect(json.units.map((u: any) => u.rank)).toEqual([1, 2, 2, 4, 5, 6, 7]);
  });

  test("gives the distribution AA..D", () => {
    expect(json.distribution).toEqual({ AA: 1, A: 2, BB: 2, B: 1, CC: 1, C: 0, D: 0 });
  });

  test("names the output", () => {
    expect(json.output).toBe(path.join(dir, "rekap-json.xlsx"));
  });

  test("has no indices without an Indeks sheet", () => {
    expect(json.indices).toBeUndefined();
  });
});

describe("lke summary with an Indeks sheet", () => {
  let run: Awaited<ReturnType<typeof summary>>;
  let sheet: ExcelJS.Worksheet;

  beforeAll(async () => {
    const rekap = path.join(dir, "rekap-indeks.xlsx");
    run = await summary([indeks, "-o", rekap, "--json"]);
    sheet = (await readBook(rekap)).getWorksheet("Rekap Indeks")!;
  });

  // Header row 5: No, Unit, then value | predicate | meaning per index (MCP has no meaning column).
  test("shows RB 70.02 as BB", () => {
    expect([shown(sheet, "F6"), shown(sheet, "G6")]).toEqual([70.02, "BB"]);
  });

  test("shows SAKIP 82.64 as A", () => {
    expect([shown(sheet, "C6"), shown(sheet, "D6")]).toEqual([82.64, "A"]);
  });

  test("shows BerAKHLAK 61,28 as 61.28, B (Cukup Sehat)", () => {
    expect([shown(sheet, "O6"), shown(sheet, "P6"), shown(sheet, "Q6")]).toEqual([61.28, "B", "Cukup Sehat"]);
  });

  test("shows PEKPPP 4.50 as A-", () => {
    expect([shown(sheet, "I6"), shown(sheet, "J6")]).toEqual([4.5, "A-"]);
  });

  test("shows Merit 325 as IV", () => {
    expect([shown(sheet, "L6"), shown(sheet, "M6")]).toEqual([325, "IV"]);
  });

  test("flags RB 120 as out of range", () => {
    expect([shown(sheet, "G7"), shown(sheet, "U7")]).toEqual([null, "Indeks RB 120 di luar rentang 0–100"]);
  });

  test("notes the scales that are not verified", () => {
    expect(String(shown(sheet, "A10"))).toMatch(/^Indeks RB: batas predikat/);
  });

  test("exits 1 because a value is out of range", () => {
    expect(run.code).toBe(1);
  });

  test("reports the indices in JSON", () => {
    expect(run.json.indices[0]).toMatchObject({ file: "indeks.xlsx", unit: "Kabupaten Lamongan", values: { "indeks-rb": { value: 70.02, predicate: "BB" }, berakhlak: { value: 61.28, predicate: "B", name: "Cukup Sehat" } } });
  });
});

describe("lke summary into an existing workbook", () => {
  test("never overwrites a Ringkasan sheet LKE did not make", async () => {
    const rekap = path.join(dir, "milik-pengguna.xlsx");
    const own = new ExcelJS.Workbook();
    own.addWorksheet("Ringkasan").getCell("A1").value = "Catatan rapat pimpinan";
    await own.xlsx.writeFile(rekap);
    const run = await summary([kabA, "-o", rekap, "--force"]);
    const book = await readBook(rekap);
    expect({
      code: run.code,
      sheets: book.worksheets.map((w) => w.name),
      kept: book.getWorksheet("Ringkasan")!.getCell("A1").value,
      said: run.out.stdout.some((line) => line.includes('"Ringkasan (2)"')),
    }).toEqual({ code: 0, sheets: ["Ringkasan", "Ringkasan (2)", "Rincian", "LKE_State"], kept: "Catatan rapat pimpinan", said: true });
  });

  test("regenerates the sheets it made, in place, with the new results", async () => {
    const rekap = path.join(dir, "ulang.xlsx");
    await summary([kabA, kabB, "-o", rekap]);
    const first = await readBook(rekap);
    first.addWorksheet("Catatan").getCell("A1").value = "jangan dihapus";
    await first.xlsx.writeFile(rekap);
    const run = await summary([kabA, "-o", rekap, "--timpa"]);
    const book = await readBook(rekap);
    const ringkasan = book.getWorksheet("Ringkasan")!;
    expect({
      code: run.code,
      sheets: book.worksheets.map((w) => w.name),
      units: column(ringkasan, "B", [8, 9, 10]),
      kept: book.getWorksheet("Catatan")!.getCell("A1").value,
    }).toEqual({ code: 0, sheets: ["Ringkasan", "Rincian", "LKE_State", "Catatan"], units: ["Dinas Kesehatan", "Dinas Kesehatan", null], kept: "jangan dihapus" });
  });

  test("refuses to write over an input (exit 2) and leaves it as it was", async () => {
    const before = fs.readFileSync(kabA);
    const run = await summary([kabA, kabB, "-o", kabA]);
    expect([run.code, fs.readFileSync(kabA).equals(before)]).toEqual([2, true]);
  });
});

describe("lke summary with nothing to summarise", () => {
  test("exits 2 and writes nothing when no input has an indicator sheet", async () => {
    const empty = path.join(dir, "kosong.xlsx");
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet("Catatan").getCell("A1").value = "rapat";
    await workbook.xlsx.writeFile(empty);
    const rekap = path.join(dir, "tidak-ada.xlsx");
    const run = await summary([empty, "-o", rekap]);
    expect([run.code, fs.existsSync(rekap)]).toEqual([2, false]);
  });

  test("skips an unreadable input, still writes the recap of the others, and exits 2", async () => {
    const broken = path.join(dir, "rusak.xlsx");
    fs.writeFileSync(broken, "bukan xlsx");
    const rekap = path.join(dir, "sebagian.xlsx");
    const run = await summary([broken, kabA, "-o", rekap]);
    expect([run.code, fs.existsSync(rekap), run.out.stderr.some((l) => l.includes("rusak.xlsx"))]).toEqual([2, true, true]);
  });
});

describe("an existing -o workbook with parts ExcelJS cannot keep", () => {
  test("is refused whole, naming the part, and left byte for byte as it was", async () => {
    const work = fs.mkdtempSync(path.join(os.tmpdir(), "lke-rekap-"));
    const input = await makeWorkbook(path.join(work, "a.xlsx"), [{ grades: worked }]);
    const target = path.join(work, "rekap-saya.xlsx");
    const mine = new ExcelJS.Workbook();
    mine.addWorksheet("Catatan").getCell("A1").value = "catatan saya";
    await mine.xlsx.writeFile(target);
    // A drawing part, as Excel writes for a shape on the user's sheet.
    const JSZip = (await import("jszip")).default;
    const zip = await JSZip.loadAsync(fs.readFileSync(target));
    zip.file("xl/drawings/drawing1.xml", '<xdr:wsDr xmlns:xdr="http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing"/>');
    fs.writeFileSync(target, await zip.generateAsync({ type: "nodebuffer" }));
    const before = fs.readFileSync(target);
    const run = await summary([input, "-o", target, "--force"]);
    expect([run.code, run.out.stderr.join("\n").includes("xl/drawings/drawing1.xml"), fs.readFileSync(target).equals(before)]).toEqual([2, true, true]);
  });
});
