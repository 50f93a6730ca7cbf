/**
 * A new recap written directly by LKE's own writer (newWorkbookBytes) against the same plan
 * applied to an ExcelJS model and written whole (applyPlan, workbookBytes): read back, the two
 * workbooks have the same sheets, cells, styles and sheet settings.
 */
import ExcelJS from "exceljs";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { summarize } from "../../src/app";
import { PlanCells, type RecapFile, type WritePlan } from "../../src/core";
import { applyPlan } from "../../src/cli/applyPlan";
import { runTemplate } from "../../src/cli/commands/template";
import { newWorkbookBytes, newWorkbookWithCharts } from "../../src/cli/newWorkbookBytes";
import { withCharts } from "../../src/io/xlsx/patch/addCharts";
import { readPackageParts } from "../../src/io/xlsx/nodeZip";
import { readForRecap } from "../../src/cli/readForRecap";
import { workbookBytes } from "../../src/cli/workbookFile";
import { bufferOutput } from "../helpers/bufferOutput";

const codes = ["1.a", "1.b", "1.c", "2.a", "2.b", "2.c", "3.a", "3.b", "3.c", "4.a", "4.b", "4.c"];

/** `lke template` with one sheet per unit, each named (in B3, as text) and answered with its grades. */
async function answered(file: string, units: { unit: string; grades: string[] }[]): Promise<string> {
  const code = await runTemplate("sakip-2021", { output: file, units: units.map((_, i) => `Unit ${i + 1}`).join(","), year: "2024", lang: "id" }, bufferOutput());
  if (code !== 0) throw new Error(`template failed for ${file}`);
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(file);
  workbook.worksheets.forEach((worksheet, i) => {
    worksheet.getCell("B3").value = units[i].unit;
    worksheet.eachRow((row) => {
      const index = codes.indexOf(String(row.getCell(1).value ?? ""));
      if (index >= 0) row.getCell(4).value = units[i].grades[index];
    });
  });
  await workbook.xlsx.writeFile(file);
  return file;
}

async function indeksWorkbook(file: string): Promise<string> {
  const workbook = new ExcelJS.Workbook();
  workbook.addWorksheet("Indeks").addRows([
    ["Indeks Kabupaten/Kota Jawa Timur 2024"],
    [],
    ["No", "Kabupaten/Kota", "Nilai SAKIP", "Indeks RB", "Indeks PEKPPP", "Sistem Merit", "Indeks BerAKHLAK", "MCP"],
    [1, "Kabupaten Lamongan", 82.64, 70.02, 4.5, 325, "61,28", 96.83],
    [2, "Kabupaten Contoh", 83.18, 120, 4.51, 174, 75.3, 57],
  ]);
  await workbook.xlsx.writeFile(file);
  return file;
}

async function readBack(bytes: Buffer): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  return workbook;
}

/** Everything ExcelJS reads of a workbook that a user sees or prints, sheet by sheet in tab order. */
function described(workbook: ExcelJS.Workbook) {
  return {
    definedNames: workbook.definedNames.model,
    sheets: workbook.worksheets.map((sheet) => {
      const model = sheet.model as ExcelJS.WorksheetModel & { merges: string[]; cols?: unknown; rows: { number: number; cells: unknown[]; style?: unknown }[] };
      return {
        name: sheet.name,
        state: sheet.state,
        views: sheet.views,
        columns: model.cols,
        merges: [...model.merges].sort(),
        pageSetup: sheet.pageSetup,
        headerFooter: sheet.headerFooter,
        validations: (sheet as ExcelJS.Worksheet & { dataValidations: { model: unknown } }).dataValidations.model,
        rows: model.rows.map((row) => ({ number: row.number, cells: row.cells })),
      };
    }),
  };
}

async function bothWays(plan: WritePlan) {
  const model = new ExcelJS.Workbook();
  applyPlan(model, plan);
  const [whole, direct] = await Promise.all([workbookBytes(model), newWorkbookBytes(plan)]);
  return { whole: described(await readBack(whole)), direct: described(await readBack(direct)) };
}

let dir: string;
beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "lke-new-workbook-"));
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

describe("a recap written directly", () => {
  let plan: WritePlan;
  let compared: Awaited<ReturnType<typeof bothWays>>;

  beforeAll(async () => {
    const files = [
      await answered(path.join(dir, "kab-a.xlsx"), [
        { unit: "Dinas Kesehatan", grades: Array<string>(12).fill("AA") },
        { unit: "Dinas Sosial", grades: ["X", ...Array<string>(11).fill("CC")] },
      ]),
      await answered(path.join(dir, "kab-b.xlsx"), [{ unit: '=HYPERLINK("http://contoh.id","klik")', grades: ["AA", "BB", "B", "A", "BB", "B", "AA", "A", "BB", "A", "B", "CC"] }]),
      await indeksWorkbook(path.join(dir, "indeks.xlsx")),
    ];
    const keys = new Set(files);
    const recaps: RecapFile[] = [];
    for (const file of files) recaps.push((await readForRecap({ path: file, label: path.basename(file) }, { year: "2024" }, keys)).recap);
    const previous = [
      { unit: "Dinas Kesehatan", total: 88.5, predicate: "A", file: "rekap-2023.xlsx" },
      { unit: "Dinas Lama", total: 60, predicate: "B", file: "rekap-2023.xlsx" },
    ];
    const skipped = [{ file: "rusak.xlsx", reason: "bukan berkas .xlsx" }];
    const result = summarize({ name: "rekap.xlsx", sheets: [] }, recaps, { title: "Provinsi Contoh", year: "2024", lang: "id", previous, skipped }, () => new Date("2024-12-01T08:00:00Z"));
    plan = result.plan;
    compared = await bothWays(plan);
  });

  test("the plan uses every setting a recap sheet has", () => {
    const has = (key: keyof WritePlan["sheets"][number]) => plan.sheets.some((s) => s[key] !== undefined && (!Array.isArray(s[key]) || (s[key] as unknown[]).length > 0));
    expect(["merges", "bold", "centered", "columnWidths", "freezeRows", "print"].filter((k) => !has(k as never))).toEqual([]);
    expect(plan.sheets.map((s) => s.visibility)).toContain("veryHidden");
    expect(plan.sheets.some((s) => s.cells.toArray().some((c) => c.formula !== undefined))).toBe(true);
  });

  test("has the same sheets, in the same order and states", () => {
    expect(compared.direct.sheets.map((s) => [s.name, s.state])).toEqual(compared.whole.sheets.map((s) => [s.name, s.state]));
  });

  test("has the same cells, values, formulas, cached results and styles", () => {
    for (const [i, sheet] of compared.whole.sheets.entries()) expect([sheet.name, compared.direct.sheets[i].rows]).toEqual([sheet.name, sheet.rows]);
  });

  test("its charts drawn before the package is packed are the charts added to the packed workbook, part for part", async () => {
    const texts = (data: Buffer) => new Map([...readPackageParts(data).parts].map(([name, bytes]) => [name, Buffer.from(bytes).toString("utf8")]));
    const drawn = await newWorkbookWithCharts(plan);
    const added = await withCharts(await newWorkbookBytes(plan), plan.sheets);
    expect([drawn.leftOut, [...texts(drawn.data)].filter(([name]) => name.includes("chart")).length > 0, texts(drawn.data)]).toEqual([null, true, texts(added.data)]);
  });

  test("has the same widths, merges, panes, validations and print settings", () => {
    const settings = ({ rows: _rows, ...rest }: (typeof compared.whole.sheets)[number]) => rest;
    expect(compared.direct.sheets.map(settings)).toEqual(compared.whole.sheets.map(settings));
    expect(compared.direct.definedNames).toEqual(compared.whole.definedNames);
  });
});

describe("a plan using every sheet setting, written directly", () => {
  const plan: WritePlan = {
    writes: [],
    deleteSheets: [],
    sheets: [
      {
        name: "Semua",
        visibility: "visible",
        replace: false,
        cells: PlanCells.of([
          { row: 0, col: 0, value: "Judul yang digabung" },
          { row: 3, col: 0, value: "=bukan rumus" },
          { row: 3, col: 1, value: "+1" },
          { row: 3, col: 2, value: 82.645, numberFormat: "0.00" },
          { row: 3, col: 3, value: true },
          { row: 4, col: 0, value: { error: "#N/A" }, formula: '=VLOOKUP("x",C4:C4,1,FALSE)' },
          { row: 4, col: 2, value: 165.29, formula: "=C4*2", numberFormat: "0.00" },
          { row: 4, col: 3, value: null, formula: '=IF(D4,"","x")' },
          { row: 9, col: 1, value: "A" },
        ]),
        columnWidths: [
          { col: 0, width: 30 },
          { col: 2, width: 12.5 },
        ],
        merges: ["A1:C2", "B10:D11"],
        // Over merged cells and past the written ones, as a header row's range may be.
        bold: ["A1:D2", "B11:D11"],
        centered: ["A1:C1", "C4:C5"],
        freezeRows: 3,
        validations: [{ range: "D6:D9", list: ["AA", "A", "BB"] }],
        print: { area: "A1:D11", landscape: true, fitToWidth: true, a4: true, header: "Rekap &D", footer: "Halaman &P dari &N" },
      },
      { name: "Tanpa cetak", visibility: "visible", replace: false, cells: PlanCells.of([{ row: 0, col: 0, value: 1 }]), print: { area: "A1:A1", landscape: false, fitToWidth: false } },
      { name: "Kosong", visibility: "visible", replace: false, cells: PlanCells.of([]) },
      { name: "LKE_State", visibility: "veryHidden", replace: false, cells: PlanCells.of([{ row: 0, col: 0, value: '{"v":1}' }]) },
    ],
  };
  let compared: Awaited<ReturnType<typeof bothWays>>;

  beforeAll(async () => {
    compared = await bothWays(plan);
  });

  test("has the same sheets, cells and styles", () => {
    expect(compared.direct.sheets.map((s) => [s.name, s.state, s.rows])).toEqual(compared.whole.sheets.map((s) => [s.name, s.state, s.rows]));
  });

  test("has the same widths, merges, panes, validations and print settings", () => {
    expect(compared.direct).toEqual(compared.whole);
    expect(compared.direct.sheets[0].validations).toEqual(expect.objectContaining({ D6: expect.objectContaining({ formulae: ['"AA,A,BB"'] }) }));
  });

  test("refuses a plan that writes into sheets a new workbook does not have", async () => {
    await expect(newWorkbookBytes({ ...plan, writes: [{ sheet: "Semua", row: 0, col: 0, value: 1 }] })).rejects.toThrow();
  });
});
