/**
 * The Office.js host against the fake Excel: a fixed number of syncs whatever the workbook's
 * size, whole-block writes, nothing written when anything would fail, the undo record first,
 * and clear messages for what the user can fix.
 */
import ExcelJS from "exceljs";
import type { WritePlan } from "../../../src/core/plan/writePlan";
import { readState, stateSheetName } from "../../../src/core/state/lkeState";
import { sheetFromRows, type WorkbookSnapshot } from "../../../src/core/snapshot";
import { applyPlan } from "../../../src/io/office/apply";
import { LkeHostError } from "../../../src/io/office/errors";
import { RunQueue, type ExcelHost } from "../../../src/io/office/host";
import { LkeAddin } from "../../../src/io/office/lke";
import { readWorkbook } from "../../../src/io/office/read";
import { sheetSnapshot } from "../../../src/io/xlsx/snapshot";
import { gradeSheetRows } from "../../helpers/sakipRows";
import { FakeExcel } from "./fake/excel";
import { fakeFromExcelJS, fakeToExcelJS } from "./fake/exceljs";
import { findSheet, getCell } from "./fake/model";
import { snapshotOfFake } from "./fake/snapshot";
import { fixedNow, setup, workbookWith, worked } from "./helpers";
import { PlanCells } from "../../../src/core/plan/planCells";

async function failure(promise: Promise<unknown>): Promise<LkeHostError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof LkeHostError) return error;
    throw error;
  }
  throw new Error("expected the command to fail");
}

/** Sheets without LKE's state sheet, for "the workbook is as it was" comparisons. */
function userSheets(snapshot: WorkbookSnapshot): WorkbookSnapshot {
  return { sheets: snapshot.sheets.filter((s) => s.name !== stateSheetName) };
}

describe("a fixed number of syncs, whatever the workbook's size", () => {
  const measured: Record<string, number[]> = { check: [], score: [], summary: [], undo: [] };
  const ranges: [number, number][] = [];

  test.each([1, 10, 100])("%i indicator sheets", async (n) => {
    const { excel, addin } = setup(workbookWith(n));
    await addin.check();
    measured.check.push(excel.stats.syncs);
    excel.resetStats();
    const scored = await addin.score();
    measured.score.push(excel.stats.syncs);
    ranges.push([n, excel.stats.ranges]);
    expect(scored.reports).toHaveLength(n);
    expect(scored.applied!.cellsWritten).toBeGreaterThanOrEqual(20 * n);
    expect(excel.stats.calculationSuspended).toBeGreaterThan(0);
    excel.resetStats();
    const summary = await addin.summary();
    measured.summary.push(excel.stats.syncs);
    expect(summary.summarySheets).toEqual(["Ringkasan", "Rincian"]);
    excel.resetStats();
    await addin.undo();
    measured.undo.push(excel.stats.syncs);
  });

  test("check 2, score 4, summary 4, undo 4 for 1, 10 and 100 sheets", () => {
    expect(measured).toEqual({ check: [2, 2, 2], score: [4, 4, 4], summary: [4, 4, 4], undo: [4, 4, 4] });
  });

  test("whole blocks, not cells: a few range proxies per sheet", () => {
    // Per sheet: a used range, the whole sheet and its merged areas, and at most two blocks;
    // plus the other sheets and LKE_State.
    for (const [n, count] of ranges) expect(count).toBeLessThanOrEqual(5 * n + 7);
  });
});

describe("score", () => {
  test("writes the scores, the footer and the undo record; a second run writes nothing", async () => {
    const { excel, addin } = setup(workbookWith(2));
    const first = await addin.score();
    expect(first.reports.map((r) => [r.sheet, r.total, r.predicate])).toEqual([
      ["Unit 1", 77.1, "BB"],
      ["Unit 2", expect.any(Number), expect.any(String)],
    ]);
    expect(first.lastRun).toEqual({ command: "score", at: fixedNow().toISOString() });
    const sheet = findSheet(excel.workbook, "Unit 1")!;
    expect(getCell(sheet, 6, 4)).toMatchObject({ formula: "=SUM(E8,E9,E10)", value: 23.7, numberFormat: "0.00" });
    expect(findSheet(excel.workbook, stateSheetName)?.visibility).toBe("VeryHidden");
    excel.resetStats();
    const again = await addin.score();
    expect(again.applied).toBeNull();
    expect(excel.stats.syncs).toBe(2);
  });

  test("values only: numbers and text, no formulas", async () => {
    const { excel, addin } = setup(workbookWith(1));
    await addin.score("values");
    const sheet = findSheet(excel.workbook, "Unit 1")!;
    const cells = [...sheet.cells.values()];
    expect(cells.some((c) => c.formula !== null)).toBe(false);
    expect(getCell(sheet, 6, 4)?.value).toBe(23.7);
  });

  test("the formulas Excel computes agree with the engine's values", async () => {
    const { excel, addin } = setup(workbookWith(6));
    const result = await addin.score();
    for (const report of result.reports) {
      const sheet = findSheet(excel.workbook, report.sheet)!;
      const values = [...sheet.cells.values()].map((c) => c.value);
      expect(values).toContain(report.total);
      expect(values).toContain(report.predicate);
    }
  });
});

describe("nothing is written when anything would fail", () => {
  test("a protected indicator sheet aborts the run before any write", async () => {
    const { excel, addin } = setup(workbookWith(3), { protectedSheets: ["Unit 2"] });
    const before = snapshotOfFake(excel.workbook);
    const error = await failure(addin.score());
    expect(error.kind).toBe("protectedSheet");
    expect(error.text("id")).toMatch(/Lembar "Unit 2" diproteksi.*Tidak ada yang ditulis/);
    expect(error.text("en")).toMatch(/Sheet "Unit 2" is protected/);
    expect(snapshotOfFake(excel.workbook)).toEqual(before);
    expect(excel.stats.syncs).toBe(2);
    expect(excel.stats.writes).toBe(0);
  });

  test("a user's sheet under LKE's record sheet's name stops every command, as on the command line", async () => {
    const taken = workbookWith(1);
    taken.sheets.push(sheetFromRows(stateSheetName, [["catatan saya sendiri"]]));
    const { excel, addin } = setup(taken);
    const before = snapshotOfFake(excel.workbook);
    const errors = [await failure(addin.check()), await failure(addin.score()), await failure(addin.summary())];
    expect(errors.map((e) => e.kind)).toEqual(["stateSheetTaken", "stateSheetTaken", "stateSheetTaken"]);
    expect(errors[0].text("id")).toMatch(/Lembar "LKE_State" memakai nama tempat LKE menyimpan catatannya/);
    expect(snapshotOfFake(excel.workbook)).toEqual(before);
  });

  test("a protected workbook structure aborts a run that adds sheets", async () => {
    const { excel, addin } = setup(workbookWith(2), { structureProtected: true });
    const before = snapshotOfFake(excel.workbook);
    expect((await failure(addin.summary())).kind).toBe("protectedWorkbook");
    expect(snapshotOfFake(excel.workbook)).toEqual(before);
  });

  test("a sheet LKE did not make is never replaced", async () => {
    const { excel } = setup(workbookWith(1));
    const plan: WritePlan = { writes: [], deleteSheets: [], sheets: [{ name: "Catatan", visibility: "visible", replace: false, cells: PlanCells.of([{ row: 0, col: 0, value: "x" }]) }] };
    const error = await failure(
      excel.run(async (context) => {
        const read = await readWorkbook(context, { workbookProtection: true });
        await applyPlan(context, plan, read, { stateOrder: "first", pageLayout: true });
      }),
    );
    expect(error.kind).toBe("sheetExists");
    expect(excel.stats.syncs).toBe(2);
  });

  test.each([
    ["a write to a sheet that is not there", { writes: [{ sheet: "Nope", row: 0, col: 0, value: 1 }], sheets: [], deleteSheets: [] }],
    ["a cell written twice", { writes: [{ sheet: "Catatan", row: 0, col: 0, value: 1 }, { sheet: "Catatan", row: 0, col: 0, value: 2 }], sheets: [], deleteSheets: [] }],
    ["a formula without '='", { writes: [{ sheet: "Catatan", row: 0, col: 0, value: 1, formula: "SUM(A2)" }], sheets: [], deleteSheets: [] }],
    ["a bad sheet name", { writes: [], sheets: [{ name: "a/b", visibility: "visible", replace: false, cells: PlanCells.of([]) }], deleteSheets: [] }],
  ] as [string, WritePlan][])("the plan is checked as a whole first: %s", async (_label, plan) => {
    const { excel } = setup(workbookWith(1));
    const before = snapshotOfFake(excel.workbook);
    const error = await failure(
      excel.run(async (context) => {
        const read = await readWorkbook(context, { workbookProtection: true });
        await applyPlan(context, plan, read, { stateOrder: "first", pageLayout: true });
      }),
    );
    expect(error.kind).toBe("invalidPlan");
    expect(snapshotOfFake(excel.workbook)).toEqual(before);
    expect(excel.stats.syncs).toBe(2);
  });
});

describe("the undo record comes first", () => {
  test("when the cell writes fail, the record is already in the workbook and undo works", async () => {
    // The user protects a sheet while the run is between its reads and its writes.
    const { excel, addin } = setup(workbookWith(2), {
      beforeSync: (n, fake) => {
        if (n === 4) findSheet(fake.workbook, "Unit 2")!.protected = true;
      },
    });
    const before = userSheets(snapshotOfFake(excel.workbook));
    expect((await failure(addin.score())).kind).toBe("accessDenied");
    const state = readState(snapshotOfFake(excel.workbook));
    expect(state.undo?.command).toBe("score");
    findSheet(excel.workbook, "Unit 2")!.protected = false;
    await addin.undo();
    expect(userSheets(snapshotOfFake(excel.workbook))).toEqual(before);
  });
});

describe("undo", () => {
  test("restores what score overwrote, exactly", async () => {
    const { excel, addin } = setup(workbookWith(3));
    const before = userSheets(snapshotOfFake(excel.workbook));
    await addin.score();
    expect(userSheets(snapshotOfFake(excel.workbook))).not.toEqual(before);
    const undo = await addin.undo();
    expect(undo.undone).toEqual({ command: "score", at: fixedNow().toISOString() });
    expect(userSheets(snapshotOfFake(excel.workbook))).toEqual(before);
    expect(findSheet(excel.workbook, stateSheetName)?.visibility).toBe("VeryHidden");
    const nothing = await addin.undo();
    expect(nothing.undone).toBeNull();
  });

  test("works after the workbook was saved, closed and reopened", async () => {
    const { excel, addin } = setup(workbookWith(2));
    const before = userSheets(snapshotOfFake(excel.workbook));
    await addin.score();
    const buffer = await fakeToExcelJS(excel.workbook).xlsx.writeBuffer();
    const reopened = new ExcelJS.Workbook();
    await reopened.xlsx.load(buffer as ArrayBuffer);
    const excel2 = new FakeExcel(fakeFromExcelJS(reopened));
    const addin2 = new LkeAddin(excel2.host(), { queue: new RunQueue(), now: fixedNow });
    expect((await addin2.check()).lastRun?.command).toBe("score");
    await addin2.undo();
    expect(userSheets(snapshotOfFake(excel2.workbook))).toEqual(before);
  });

  test("removes the summary sheets the last run created", async () => {
    const { excel, addin } = setup(workbookWith(2));
    await addin.summary();
    expect(excel.workbook.sheets.map((s) => s.name)).toContain("Ringkasan");
    await addin.undo();
    expect(excel.workbook.sheets.map((s) => s.name)).toEqual(["Unit 1", "Unit 2", "Catatan", stateSheetName]);
  });
});

describe("summary", () => {
  test("creates Ringkasan and Rincian with the chart and print settings; re-running replaces them in place", async () => {
    const { excel, addin } = setup(workbookWith(4));
    const first = await addin.summary({ title: "Kabupaten Contoh" });
    expect(first.applied?.sheetsCreated).toEqual(["Ringkasan", "Rincian"]);
    const ringkasan = findSheet(excel.workbook, "Ringkasan")!;
    // The core's charts, native: the distribution in columns, each component's average in bars, placed cell to cell.
    const [distribution, averages] = ringkasan.charts;
    expect(ringkasan.charts.map((c) => [c.type, c.title, c.seriesBy, c.legendVisible])).toEqual([
      ["ColumnClustered", "Sebaran Predikat", "Columns", false],
      ["BarClustered", "Rata-rata Nilai per Komponen", "Rows", false],
    ]);
    const rowOf = (address: string) => Number(/\d+/.exec(address)![0]) - 1;
    const [top, bottom] = /^C(\d+):C(\d+)$/.exec(distribution.source)!.slice(1).map(Number);
    expect(Array.from({ length: bottom - top + 1 }, (_, i) => getCell(ringkasan, top - 1 + i, 0)?.value)).toEqual(["AA", "A", "BB", "B", "CC", "C", "D"]);
    expect(distribution.xAxisValues).toBe(`A${top}:A${bottom}`);
    expect([averages.source, averages.xAxisValues]).toEqual([`C${rowOf(averages.source) + 1}:F${rowOf(averages.source) + 1}`, "C7:F7"]);
    expect(getCell(ringkasan, rowOf(averages.source), 1)?.value).toBe("Rata-rata");
    expect(getCell(ringkasan, 6, 2)?.value).toBe("Perencanaan Kinerja");
    // Beside the distribution's title row, 15 rows tall; the averages' chart a row under it.
    expect([distribution.position, distribution.end, averages.position]).toEqual([`E${top - 2}`, expect.stringMatching(new RegExp(`^[E-Z]${top + 12}$`)), `E${top + 14}`]);
    expect(ringkasan.printArea).toBeTruthy();
    expect(ringkasan.freezeRows).toBeGreaterThan(0);
    expect(ringkasan.merges.length).toBeGreaterThan(0);
    expect(getCell(ringkasan, 0, 0)).toMatchObject({ value: "Kabupaten Contoh", bold: true });
    // Someone moves Ringkasan to the front; a second run regenerates it there.
    excel.workbook.sheets.splice(excel.workbook.sheets.indexOf(ringkasan), 1);
    excel.workbook.sheets.unshift(ringkasan);
    const second = await addin.summary({ title: "Kabupaten Contoh" });
    expect(second.summarySheets).toEqual(["Ringkasan", "Rincian"]);
    expect(excel.workbook.sheets.map((s) => s.name)).toEqual(["Ringkasan", "Unit 1", "Unit 2", "Unit 3", "Unit 4", "Catatan", stateSheetName, "Rincian"]);
  });

  test("a sheet named Ringkasan that LKE did not make is kept", async () => {
    const snapshot = workbookWith(2);
    snapshot.sheets.push(sheetFromRows("Ringkasan", [["catatan sendiri"]]));
    const { excel, addin } = setup(snapshot);
    const result = await addin.summary();
    expect(result.summarySheets[0]).toBe("Ringkasan (2)");
    expect(getCell(findSheet(excel.workbook, "Ringkasan")!, 0, 0)?.value).toBe("catatan sendiri");
  });

  test("without ExcelApi 1.9 the print settings are skipped, the rest is written", async () => {
    const { excel, addin } = setup(workbookWith(2), { apiVersion: "1.8" });
    const result = await addin.summary();
    expect(result.applied?.skipped).toEqual(["print"]);
    expect(findSheet(excel.workbook, "Ringkasan")!.printArea).toBeNull();
  });
});

describe("summary with other workbooks picked", () => {
  async function picked(name: string, units: string[]) {
    const workbook = new ExcelJS.Workbook();
    units.forEach((unit, i) => {
      const sheet = workbook.addWorksheet(`OPD ${i + 1}`);
      gradeSheetRows(Array(12).fill("A"), "sakip-2021", unit).forEach((row, r) => row.forEach((v, c) => v !== null && v !== undefined && (sheet.getCell(r + 1, c + 1).value = v as ExcelJS.CellValue)));
    });
    const read = new ExcelJS.Workbook();
    await read.xlsx.load(await workbook.xlsx.writeBuffer());
    return { file: name, snapshot: { name, sheets: read.worksheets.map(sheetSnapshot) } };
  }

  test("recaps their units beside the open workbook's, named by file, and copies none of their sheets", async () => {
    const { excel, addin } = setup(workbookWith(2));
    const others = [await picked("kabupaten-a.xlsx", ["Dinas A1", "Dinas A2"]), await picked("kabupaten-b.xlsx", ["Dinas B1"])];
    const result = await addin.summary({ title: "Provinsi" }, others);
    const snapshot = snapshotOfFake(excel.workbook);
    const ringkasan = snapshot.sheets.find((s) => s.name === "Ringkasan")!;
    const texts = ringkasan.values.flat().filter((v): v is string => typeof v === "string");
    expect([result.summarySheets, ["Dinas A1", "Dinas A2", "Dinas B1", "kabupaten-a.xlsx", "kabupaten-b.xlsx"].every((t) => texts.includes(t))]).toEqual([["Ringkasan", "Rincian"], true]);
    expect(excel.workbook.sheets.map((s) => s.name)).toEqual(["Unit 1", "Unit 2", "Catatan", stateSheetName, "Ringkasan", "Rincian"]);
  });

  test("costs the same syncs as a summary of the open workbook alone", async () => {
    const { excel, addin } = setup(workbookWith(2));
    await addin.summary({}, [await picked("a.xlsx", ["X"]), await picked("b.xlsx", ["Y"]), await picked("c.xlsx", ["Z"])]);
    expect(excel.stats.syncs).toBe(4);
  });
});

describe("insert template", () => {
  test("adds an LKE sheet under a free name, activates it, and check finds it", async () => {
    const { excel, addin } = setup(workbookWith(1));
    const first = await addin.insertTemplate("sakip-2021-kriteria", "Dinas Baru", "2025");
    const second = await addin.insertTemplate("sakip-2021-kriteria", "Dinas Baru", "2025");
    expect([first.sheet, second.sheet]).toEqual(["Dinas Baru", "Dinas Baru (2)"]);
    const sheet = findSheet(excel.workbook, "Dinas Baru")!;
    expect(excel.workbook.activeSheetId).toBe(findSheet(excel.workbook, "Dinas Baru (2)")!.id);
    expect(sheet.validations.length).toBeGreaterThan(0);
    expect(sheet.validations.length).toBeLessThan(20);
    expect(sheet.freezeRows).toBe(6);
    expect(sheet.columnWidths.get(1)).toBeGreaterThan(300);
    const check = await addin.check();
    expect(check.reports.map((r) => [r.sheet, r.unit, r.scheme])).toContainEqual(["Dinas Baru", "Dinas Baru", "sakip-2021-kriteria"]);
    await addin.undo();
    expect(findSheet(excel.workbook, "Dinas Baru (2)")).toBeUndefined();
  });
});

describe("insert template, refused", () => {
  test("a unit named like LKE's record sheet is refused, and nothing is added", async () => {
    const { excel, addin } = setup(workbookWith(1));
    const before = snapshotOfFake(excel.workbook);
    const error = await failure(addin.insertTemplate("sakip-2021", "lke_state", "2025"));
    expect([error.kind, error.text("en")]).toEqual(["unitNameReserved", `The unit name "lke_state" is the name of LKE's own record sheet; use another name.`]);
    expect(snapshotOfFake(excel.workbook)).toEqual(before);
  });
});

describe("text stays text", () => {
  test.each(["en-US", "id-ID"] as const)("strings Excel would parse are written as text (%s)", async (locale) => {
    const texts = ["=HYPERLINK(\"x\")", "+1", "-2", "@x", "70,5", "1.100", "TRUE", "BENAR", "'quoted", "1/2/2024", "#N/A", "50%", " padded "];
    const { excel } = setup({ sheets: [sheetFromRows("S", [["a"]])] }, { locale });
    await excel.run(async (context) => {
      const read = await readWorkbook(context, { workbookProtection: true });
      const writes = texts.map((value, row) => ({ sheet: "S", row: row + 1, col: 0, value }));
      await applyPlan(context, { writes: [...writes, { sheet: "S", row: 1, col: 1, value: { error: "#N/A" } }], sheets: [], deleteSheets: [] }, read, { stateOrder: "first", pageLayout: true });
    });
    const sheet = findSheet(excel.workbook, "S")!;
    expect(texts.map((_, row) => getCell(sheet, row + 1, 0)?.value)).toEqual(texts);
    expect(texts.map((_, row) => getCell(sheet, row + 1, 0)?.formula)).toEqual(texts.map(() => null));
    expect(getCell(sheet, 1, 1)?.value).toEqual({ error: "#N/A" });
    // ... and they read back as the same text.
    const snapshot = await excel.run(async (context) => (await readWorkbook(context, { workbookProtection: true })).snapshot);
    expect(texts.map((_, row) => snapshot.sheets[0].values[row + 1][0])).toEqual(texts);
  });

  test("a unit named like a formula is scored as text and shown as text", async () => {
    const unit = '=HYPERLINK("http://x","klik")';
    const snapshot = { sheets: [sheetFromRows("Dinkes", gradeSheetRows(worked))] };
    snapshot.sheets[0].values[2][1] = unit;
    snapshot.sheets[0].formulas[2][1] = null;
    const { excel, addin } = setup(snapshot);
    const result = await addin.summary();
    expect(result.reports[0].unit).toBe(unit);
    const ringkasan = findSheet(excel.workbook, "Ringkasan")!;
    const texts = [...ringkasan.cells.values()].filter((c) => c.value === unit);
    expect(texts.length).toBeGreaterThan(0);
    expect(texts.every((c) => c.formula === null)).toBe(true);
  });
});

describe("messages for what the user can fix", () => {
  test("a missing requirement set: no run at all", async () => {
    const { excel, addin } = setup(workbookWith(1), { apiVersion: "1.7" });
    const error = await failure(addin.check());
    expect(error.kind).toBe("requirement");
    expect(error.text("id")).toMatch(/ExcelApi 1\.8/);
    expect(excel.stats.runs).toBe(0);
  });

  test("cell-edit mode", async () => {
    const { excel } = setup(workbookWith(1), { cellEditMode: true });
    // A host that does not ask Excel to wait for the edit to finish.
    const impatient: ExcelHost = { ...excel.host(), run: (batch) => excel.run(batch) };
    const addin = new LkeAddin(impatient, { queue: new RunQueue() });
    const error = await failure(addin.check());
    expect(error.kind).toBe("cellEdit");
    expect(error.text("id")).toMatch(/mode edit sel/);
    expect(error.text("en")).toMatch(/cell-edit mode/);
    // The add-in's own host waits, so the same run succeeds.
    const patient = new LkeAddin(excel.host(), { queue: new RunQueue() });
    await expect(patient.check()).resolves.toBeDefined();
  });

  test("a request over Excel on the web's limit is sent again in halves, with the same result", async () => {
    const { excel, addin } = setup(workbookWith(20), { payloadLimit: 60_000 });
    await addin.score();
    const plain = setup(workbookWith(20));
    await plain.addin.score();
    expect(snapshotOfFake(excel.workbook)).toEqual(snapshotOfFake(plain.excel.workbook));
    expect(excel.stats.syncs).toBeGreaterThan(4);
  });

  test("a request no split can bring under the limit: the payload message", async () => {
    const { addin } = setup(workbookWith(2), { payloadLimit: 700 });
    const error = await failure(addin.score());
    expect(error.kind).toBe("payload");
    expect(error.text("id")).toMatch(/5 MB/);
    expect(error.text("en")).toMatch(/5 MB/);
  });
});

describe("large workbooks under the payload limit", () => {
  test("reads in slices and writes in chunks when one request would be too large, with the same result", async () => {
    const big = setup(workbookWith(30), { payloadLimit: 40_000 });
    const addin = new LkeAddin(big.excel.host(), { queue: new RunQueue(), now: fixedNow, budget: 30_000 });
    await addin.score();
    const plain = setup(workbookWith(30));
    await plain.addin.score();
    expect(snapshotOfFake(big.excel.workbook)).toEqual(snapshotOfFake(plain.excel.workbook));
    expect(big.excel.stats.syncs).toBeGreaterThan(4);
    for (const bytes of big.excel.stats.requestBytes) expect(bytes).toBeLessThanOrEqual(40_000);
  });
});

describe("one queue", () => {
  test("commands started together run one after another", async () => {
    const { excel } = setup(workbookWith(3));
    const log: string[] = [];
    let running = 0;
    const host: ExcelHost = {
      ...excel.host(),
      run: async (batch) => {
        running++;
        log.push(`start ${running}`);
        try {
          return await excel.run({ delayForCellEdit: true }, batch);
        } finally {
          running--;
          log.push("end");
        }
      },
    };
    const addin = new LkeAddin(host, { queue: new RunQueue(), now: fixedNow });
    const results = await Promise.allSettled([addin.check(), addin.score(), addin.summary(), addin.undo()]);
    expect(results.map((r) => r.status)).toEqual(["fulfilled", "fulfilled", "fulfilled", "fulfilled"]);
    expect(log).toEqual(["start 1", "end", "start 1", "end", "start 1", "end", "start 1", "end"]);
  });

  test("a failed command does not block the next", async () => {
    const { addin } = setup(workbookWith(1), { protectedSheets: ["Unit 1"] });
    const [a, b] = await Promise.allSettled([addin.score(), addin.check()]);
    expect([a.status, b.status]).toEqual(["rejected", "fulfilled"]);
  });
});

describe("select a finding's cell", () => {
  test("activates the sheet and selects the cell in one sync", async () => {
    const { excel, addin } = setup(workbookWith(2));
    await addin.selectCell("Unit 2", "D12");
    expect(excel.workbook.selection).toEqual({ sheet: "Unit 2", address: "D12" });
    expect(excel.workbook.activeSheetId).toBe(findSheet(excel.workbook, "Unit 2")!.id);
    expect(excel.stats.syncs).toBe(1);
  });
});

describe("one read per click: score and summary report what a fresh check would", () => {
  test("findings the write set right are gone from score's reports, others stay", async () => {
    const { excel, addin } = setup(workbookWith(2));
    await addin.score();
    // The user types over a score and clears a criterion's answer, leaving its value behind.
    const unit1 = findSheet(excel.workbook, "Unit 1")!;
    Object.assign(getCell(unit1, 6, 4)!, { value: 99, formula: null, live: false });
    const criteria = snapshotOfFake(excel.workbook).sheets.find((s) => s.name === "Unit 2")!;
    const answered = criteria.values.findIndex((row, r) => r > 7 && row[3] === "Y");
    Object.assign(getCell(findSheet(excel.workbook, "Unit 2")!, answered, 3)!, { value: null });
    Object.assign(getCell(findSheet(excel.workbook, "Unit 2")!, answered, 4)!, { value: 1, formula: null, live: false });
    const before = await addin.check();
    const codes = before.reports.flatMap((r) => r.findings.map((f) => f.code));
    expect(codes).toEqual(expect.arrayContaining(["score-cell-mismatch", "stale-score"]));

    excel.resetStats();
    const scored = await addin.score();
    expect(excel.stats.syncs).toBe(4);
    const fresh = await addin.check();
    expect(scored.reports).toEqual(fresh.reports);
    expect(scored.reports.flatMap((r) => r.findings.map((f) => f.code))).not.toContain("score-cell-mismatch");
  });

  test("summary's reports are those of a check after it", async () => {
    const { addin } = setup(workbookWith(3));
    const summary = await addin.summary({ title: "Kabupaten Contoh" });
    expect(summary.reports).toEqual((await addin.check()).reports);
  });
});
