/** The ribbon's Hitung Predikat: scores like the task pane's Hitung, and reports instead of throwing. */
import { noticeOf, noticeQuery, noticeUnitLimit, readNoticeQuery } from "../../../src/addin/commands/notice";
import { scoreWorkbook } from "../../../src/addin/commands/ribbon";
import { findSheet, getCell } from "./fake/model";
import { RunQueue, type ExcelHost } from "../../../src/io/office/host";
import { LkeAddin, type WriteResult } from "../../../src/io/office/lke";
import { fixedNow, setup, workbookWith } from "./helpers";

test("scores every indicator sheet and reports how many", async () => {
  const { excel, addin } = setup(workbookWith(3));
  const outcome = await scoreWorkbook(addin, fixedNow);
  expect(outcome).toMatchObject({ at: fixedNow().toISOString(), ok: true, sheets: 3 });
  expect(outcome.units?.map((u) => u.unit)).toEqual(["Dinas 1", "Badan 2", "Dinas 3"]);
  expect(getCell(findSheet(excel.workbook, "Unit 1")!, 6, 4)?.formula).toBe("=SUM(E8,E9,E10)");
  expect(excel.stats.syncs).toBe(4);
});

test("a protected sheet: nothing written, the reason in both languages", async () => {
  const { excel, addin } = setup(workbookWith(2), { protectedSheets: ["Unit 1"] });
  const outcome = await scoreWorkbook(addin, fixedNow);
  expect(outcome.ok).toBe(false);
  expect(outcome.error?.id).toMatch(/diproteksi/);
  expect(outcome.error?.en).toMatch(/protected/);
  expect(findSheet(excel.workbook, "LKE_State")).toBeUndefined();
});

test("outside Excel", async () => {
  const outcome = await scoreWorkbook(null, fixedNow);
  expect(outcome.ok).toBe(false);
  expect(outcome.error?.id).toMatch(/di dalam Excel/);
});

describe("the notice Hitung Predikat shows", () => {
  const units = Array.from({ length: 14 }, (_, i) => ({ unit: `Dinas ${i + 1}`, total: 77.1, predicate: "BB" }));

  test("lists each unit with its total and predicate, in Bahasa Indonesia", () => {
    expect(noticeOf({ at: "", ok: true, sheets: 1, units: units.slice(0, 1) }, "id")).toEqual({ title: "Nilai dan predikat dihitung", lines: ["Dinas 1: 77,10 (BB)"], close: "Tutup" });
  });

  test("counts the units past its limit", () => {
    expect(noticeOf({ at: "", ok: true, sheets: 14, units }, "en").lines.slice(-1)).toEqual([`… and ${14 - noticeUnitLimit} more sheets.`]);
  });

  test("says why nothing was written", () => {
    expect(noticeOf({ at: "", ok: false, error: { id: "Lembar diproteksi", en: "Sheet protected" } }, "en")).toMatchObject({ title: "Nothing was written", lines: ["Sheet protected"] });
  });

  test("travels to the dialog page in its address, text intact", () => {
    const notice = noticeOf({ at: "", ok: true, sheets: 1, units: [{ unit: "<img src=x onerror=alert(1)> & ?n=", total: 1, predicate: "D" }] }, "id");
    expect(readNoticeQuery(noticeQuery(notice))).toEqual(notice);
  });

  test("a malformed address shows nothing", () => {
    expect([readNoticeQuery("?n=%7Bnope"), readNoticeQuery(""), readNoticeQuery('?n={"title":1}')]).toEqual([null, null, null]);
  });
});

describe("ribbon and pane in one runtime", () => {
  /** A host that logs when each run starts and ends. */
  function loggingHost(excel: ReturnType<typeof setup>["excel"], log: string[]): ExcelHost {
    let running = 0;
    return {
      ...excel.host(),
      run: async (batch) => {
        log.push(`start ${++running}`);
        try {
          return await excel.run({ delayForCellEdit: true }, batch);
        } finally {
          running--;
          log.push("end");
        }
      },
    };
  }

  test("the ribbon's Hitung Predikat and the pane's Ringkasan, clicked together, run one after the other", async () => {
    const { excel } = setup(workbookWith(3));
    const log: string[] = [];
    const host = loggingHost(excel, log);
    // Both made as the ribbon command and the pane make them: on the runtime's one queue.
    const ribbon = new LkeAddin(host, { now: fixedNow });
    const pane = new LkeAddin(host, { now: fixedNow });
    const [outcome, summary] = await Promise.all([scoreWorkbook(ribbon, fixedNow), pane.summary()]);
    expect(log).toEqual(["start 1", "end", "start 1", "end"]);
    expect([outcome.ok, summary.summarySheets]).toEqual([true, ["Ringkasan", "Rincian"]]);
    // The pane's run read what the ribbon wrote: its reports carry the ribbon's scores.
    expect(summary.reports.map((r) => r.total)).toEqual(outcome.units?.map((u) => u.total));
  });

  test("two runtimes, two queues: the runs would interleave (what the shared runtime prevents)", async () => {
    const { excel } = setup(workbookWith(3));
    const log: string[] = [];
    const host = loggingHost(excel, log);
    await Promise.allSettled([new LkeAddin(host, { queue: new RunQueue() }).score(), new LkeAddin(host, { queue: new RunQueue() }).summary()]);
    expect(log.slice(0, 2)).toEqual(["start 1", "start 2"]);
  });

  test("the ribbon hands its full result to whoever listens in the runtime", async () => {
    const { addin } = setup(workbookWith(2));
    let handed: WriteResult | null = null;
    const outcome = await scoreWorkbook(addin, fixedNow, (result) => (handed = result));
    expect(handed!.reports.map((r) => r.unit)).toEqual(outcome.units?.map((u) => u.unit));
  });
});
