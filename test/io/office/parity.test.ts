/**
 * The add-in and the command line give the same cells for the same workbook: `lke score`
 * (runScore) writes a file; the add-in scores the same file loaded into the fake Excel; both
 * results are read back with the CLI's reader and compared cell by cell (values, formulas,
 * number formats), LKE's undo sheet included.
 */
import ExcelJS from "exceljs";
import * as fs from "node:fs";
import * as path from "node:path";
import { runScore } from "../../../src/cli/commands/score";
import { workbookSnapshot } from "../../../src/io/xlsx/snapshot";
import type { CellValue, WorkbookSnapshot } from "../../../src/core/snapshot";
import { RunQueue } from "../../../src/io/office/host";
import { LkeAddin } from "../../../src/io/office/lke";
import { bufferOutput } from "../../helpers/bufferOutput";
import { criteriaSheetRows, gradeSheetRows } from "../../helpers/sakipRows";
import { tempDir, writeRows } from "../../helpers/xlsxFromRows";
import { FakeExcel } from "./fake/excel";
import { fakeFromExcelJS, fakeToExcelJS } from "./fake/exceljs";
import { fixedNow, worked } from "./helpers";

const realDir = path.resolve(__dirname, "../../../../shared/lke-real");

async function readBack(workbook: ExcelJS.Workbook): Promise<WorkbookSnapshot> {
  const buffer = await workbook.xlsx.writeBuffer();
  const again = new ExcelJS.Workbook();
  await again.xlsx.load(buffer as ArrayBuffer);
  return workbookSnapshot(again);
}

async function viaCli(input: string, values: boolean): Promise<WorkbookSnapshot> {
  // In place, as the add-in scores the open workbook (a scored copy would also record its source).
  const output = path.join(path.dirname(input), `cli-${values ? "values" : "formulas"}-${path.basename(input)}`);
  fs.copyFileSync(input, output);
  await runScore([output], { inPlace: true, lang: "id", values, now: fixedNow }, bufferOutput());
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(output);
  return workbookSnapshot(workbook);
}

async function viaAddin(input: string, values: boolean): Promise<{ snapshot: WorkbookSnapshot; excel: FakeExcel }> {
  const source = new ExcelJS.Workbook();
  await source.xlsx.readFile(input);
  const excel = new FakeExcel(fakeFromExcelJS(source));
  const addin = new LkeAddin(excel.host(), { queue: new RunQueue(), now: fixedNow });
  await addin.score(values ? "values" : "formulas");
  return { snapshot: await readBack(fakeToExcelJS(excel.workbook)), excel };
}

function sameValue(a: CellValue, b: CellValue): boolean {
  if (typeof a === "number" && typeof b === "number") return Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));
  return JSON.stringify(a ?? null) === JSON.stringify(b ?? null);
}

/** Every difference between two snapshots, as "Sheet!R1C1 what: a | b". */
function differences(a: WorkbookSnapshot, b: WorkbookSnapshot): string[] {
  const out: string[] = [];
  const names = (s: WorkbookSnapshot) => s.sheets.map((x) => `${x.name}:${x.visibility}`);
  if (JSON.stringify(names(a)) !== JSON.stringify(names(b))) out.push(`sheets: ${names(a)} | ${names(b)}`);
  for (const sheet of a.sheets) {
    const other = b.sheets.find((s) => s.name === sheet.name);
    if (!other) continue;
    const rows = Math.max(sheet.values.length, other.values.length);
    for (let r = 0; r < rows; r++) {
      const cols = Math.max(sheet.values[r]?.length ?? 0, other.values[r]?.length ?? 0);
      for (let c = 0; c < cols; c++) {
        const where = `${sheet.name}!R${r + 1}C${c + 1}`;
        const va = sheet.values[r]?.[c] ?? null;
        const vb = other.values[r]?.[c] ?? null;
        if (!sameValue(va, vb)) out.push(`${where} value: ${JSON.stringify(va)} | ${JSON.stringify(vb)}`);
        const fa = sheet.formulas[r]?.[c] ?? null;
        const fb = other.formulas[r]?.[c] ?? null;
        if (fa !== fb) out.push(`${where} formula: ${fa} | ${fb}`);
        const general = (f: string | null | undefined) => (!f || f === "General" ? null : f);
        const na = general(sheet.numberFormats?.[r]?.[c]);
        const nb = general(other.numberFormats?.[r]?.[c]);
        if (na !== nb) out.push(`${where} numberFormat: ${na} | ${nb}`);
      }
    }
  }
  return out;
}

async function fixture(): Promise<string> {
  const dir = tempDir("lke-parity-");
  return writeRows(path.join(dir, "lke.xlsx"), [
    { name: "Dinkes", rows: gradeSheetRows(worked) },
    { name: "Dindik", rows: criteriaSheetRows([["Y", "T"], ["A", "B", "C", "A", "E"], ["B"], ["Y", "Y"], ["A"], ["C", "D"], ["Y"], ["B"], ["A"], ["T"], ["A"], ["E"]]) },
    // Text that Excel would read as a formula, a number or a boolean if written carelessly.
    { name: "Bappeda", rows: gradeSheetRows(["AA", null, "B", "A", "BB", "B", "AA", "A", "BB", "A", "B", "CC"], "sakip-2021", "=HYPERLINK(\"x\") +1 @x") },
    { name: "Catatan", rows: [["Catatan rapat"], ["tidak ada"], [12.5, "=A3*2"]] },
  ]);
}

describe.each([
  ["formulas", false],
  ["values only", true],
])("add-in and CLI write identical cells (%s)", (_label, values) => {
  test("on a workbook of FORMAT.md sheets", async () => {
    const input = await fixture();
    const cli = await viaCli(input, values);
    const { snapshot, excel } = await viaAddin(input, values);
    expect(differences(cli, snapshot)).toEqual([]);
    expect(excel.stats.syncs).toBe(4);
    // The comparison compares something: scores and the undo sheet were written.
    const dinkes = snapshot.sheets.find((s) => s.name === "Dinkes")!;
    expect(dinkes.values.flat()).toContain(77.1);
    expect(snapshot.sheets.map((s) => s.name)).toContain("LKE_State");
  });

  test("on the real workbooks in ../shared/lke-real (when present)", async () => {
    if (!fs.existsSync(realDir)) {
      console.log(`skipped: ${realDir} is not here (a fresh clone has no ../shared)`);
      return;
    }
    const dir = tempDir("lke-parity-real-");
    // The t-SEMAR reference tables hold no evaluation: `score` refuses them (test/cli/lampiran.test.ts).
    for (const file of fs.readdirSync(realDir).filter((f) => f.endsWith(".xlsx") && !f.startsWith("tsemar_"))) {
      const input = path.join(dir, file);
      fs.copyFileSync(path.join(realDir, file), input);
      const cli = await viaCli(input, values);
      const { snapshot } = await viaAddin(input, values);
      expect({ file, differences: differences(cli, snapshot).slice(0, 20) }).toEqual({ file, differences: [] });
    }
  });
});
