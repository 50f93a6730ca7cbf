/**
 * What `lke summary` keeps of each input once read: the recap's rows, never the workbook, so
 * memory does not grow with the number of files. Checked on the structure kept (no timing, no
 * garbage collector): nothing reachable from the result is file bytes, an ExcelJS model or a
 * sheet snapshot.
 */
import ExcelJS from "exceljs";
import { spawnSync } from "node:child_process";
import * as path from "node:path";
import { fileKey } from "../../src/cli/files/identity";
import { readForRecap } from "../../src/cli/readForRecap";
import { reachableObjects } from "../helpers/reachable";
import { gradeSheetRows } from "../helpers/sakipRows";
import { tempDir, writeRows } from "../helpers/xlsxFromRows";

const worked = ["AA", "BB", "B", "A", "BB", "B", "AA", "A", "BB", "A", "B", "CC"];

/** Rows of values by column, as a snapshot holds a sheet. */
const isSheetSnapshot = (object: object) => Array.isArray((object as { values?: unknown }).values) && Array.isArray((object as { formulas?: unknown }).formulas);

function workbookParts(result: unknown): string[] {
  const found: string[] = [];
  for (const object of reachableObjects(result)) {
    if (ArrayBuffer.isView(object) || object instanceof ArrayBuffer) found.push(`bytes (${(object as ArrayBufferLike).byteLength})`);
    else if (object instanceof ExcelJS.Workbook) found.push("an ExcelJS workbook");
    else if (isSheetSnapshot(object)) found.push(`the snapshot of sheet ${(object as { name?: string }).name}`);
  }
  return found;
}

describe("one input of lke summary, read for the recap", () => {
  let file: string;
  beforeAll(async () => {
    const dir = tempDir();
    file = await writeRows(path.join(dir, "kab-a.xlsx"), [
      { name: "Dinkes", rows: gradeSheetRows(worked, "sakip-2021", "Dinas Kesehatan") },
      { name: "Dindik", rows: gradeSheetRows(worked, "sakip-2021", "Dinas Pendidikan") },
      { name: "Indeks", rows: [["Kabupaten/Kota", "Nilai SAKIP"], ["Kabupaten A", 71.2]] },
    ]);
  });

  test("keeps the units and Indeks rows, and nothing of the workbook", async () => {
    const result = await readForRecap({ path: file, label: "kab-a.xlsx" }, { year: "2024" }, new Set([fileKey(file)]));
    expect(result.recap.sheets.map((s) => [s.name, s.unit.report.unit, s.unit.report.total])).toEqual([
      ["Dinkes", "Dinas Kesehatan", 77.1],
      ["Dindik", "Dinas Pendidikan", 77.1],
    ]);
    expect(result.recap.indices?.rows.map((r) => r.unit)).toEqual(["Kabupaten A"]);
    expect(result.readable).toBe(true);
    expect(result.derived).toBeNull();
    expect(workbookParts(result)).toEqual([]);
  });

  test("the walk that proves it finds a workbook kept by mistake", async () => {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(file);
    const result = await readForRecap({ path: file, label: "kab-a.xlsx" }, {}, new Set());
    expect(workbookParts({ ...result, workbook, bytes: Buffer.from("PK") })).toEqual(expect.arrayContaining(["an ExcelJS workbook", "bytes (2)"]));
    expect(workbookParts({ ...result, sheet: { name: "Dinkes", values: [[]], formulas: [[]] } })).toEqual(["the snapshot of sheet Dinkes"]);
  });
});

describe("the texts a recap keeps", () => {
  // A table of 3,000 notes (about 250 KB) beside the units: read twenty times, what is kept of
  // each file must not hold its table. Measured after collections, in a process of its own.
  let file: string;
  beforeAll(async () => {
    const notes = Array.from({ length: 3000 }, (_, i) => [`Catatan evaluator nomor ${i}: bukti dukung belum diunggah lengkap`]);
    file = await writeRows(path.join(tempDir(), "kab-b.xlsx"), [
      { name: "Dinkes", rows: gradeSheetRows(worked, "sakip-2021", "Dinas Kesehatan") },
      { name: "Catatan", rows: notes },
    ]);
  });

  test("hold nothing of the workbook's shared string table", () => {
    const script = `
      const { readForRecap } = require(${JSON.stringify(require.resolve("../../src/cli/readForRecap"))});
      const input = { path: ${JSON.stringify(file)}, label: "kab-b.xlsx" };
      (async () => {
        await readForRecap(input, {}, new Set());
        global.gc();
        const before = process.memoryUsage().heapUsed;
        const kept = [];
        for (let i = 0; i < 20; i++) kept.push((await readForRecap(input, {}, new Set())).recap);
        global.gc();
        const perFile = (process.memoryUsage().heapUsed - before) / kept.length;
        process.stdout.write(JSON.stringify({ units: kept.map((r) => r.sheets.map((s) => s.unit.report.unit).join()), perFile }));
      })();
    `;
    const child = spawnSync(process.execPath, ["--expose-gc", "-r", require.resolve("../../scripts/ts-require.js"), "-e", script], { encoding: "utf8" });
    expect(child.stderr).toBe("");
    const { units, perFile } = JSON.parse(child.stdout) as { units: string[]; perFile: number };
    expect(units).toEqual(Array.from({ length: 20 }, () => "Dinas Kesehatan"));
    // Each file's table is about 250 KB as text; the unit's own rows are a few KB.
    expect(perFile).toBeLessThan(100 * 1024);
  });
});
