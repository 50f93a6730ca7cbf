/**
 * The built task pane in headless Chromium, with the fake Excel injected: Periksa, a
 * finding's cell, Hitung, Ringkasan, Batalkan and Sisipkan Templat, asserted on the page and
 * on the fake workbook. office.js comes from node_modules instead of Microsoft's CDN; any
 * other request to the network fails the test. Screenshots for docs/panduan.md go to docs/img/.
 *
 * Needs Debian's chromium (/usr/bin/chromium, or CHROMIUM_PATH). Without it the test is
 * skipped with the reason printed, except under CI=true, where it fails.
 * LKE_WEB_DIST=dist/web tests an existing production build instead of building one.
 */
import { noticeOf, noticeQuery } from "../../src/addin/commands/notice";
import * as fs from "node:fs";
import * as http from "node:http";
import type { AddressInfo } from "node:net";
import * as os from "node:os";
import * as path from "node:path";
import ExcelJS from "exceljs";
import { chromium, type BrowserContext, type Page } from "playwright-core";
import { sheetFromRows, type WorkbookSnapshot } from "../../src/core/snapshot";
import { workbookSnapshot } from "../../src/io/xlsx/snapshot";
import { analyzeWorkbook } from "../../src/core/engine";
import { sheetReport } from "../../src/core/report";
import { workbookRegistry } from "../../src/app";
import { criteriaSheetRows, gradeSheetRows, selfAssessmentRows } from "../helpers/sakipRows";
import { workbookWith } from "../io/office/helpers";
import { builtWeb, ROOT, webpack } from "./webBuild";

const CHROMIUM = process.env.CHROMIUM_PATH || "/usr/bin/chromium";
const OFFICE_DIST = path.join(ROOT, "node_modules/@microsoft/office-js/dist");
const IMG = path.join(ROOT, "docs/img");
const hostile = "<img src=x onerror=alert(1)>";

const available = fs.existsSync(CHROMIUM);
if (!available) {
  const reason = `the browser test needs Chromium at ${CHROMIUM} (Debian: apt-get install chromium), or CHROMIUM_PATH`;
  if (process.env.CI === "true") throw new Error(`${reason}; CI=true, so this is a failure.`);
  console.warn(`skipped: ${reason}`);
}
const suite = available ? describe : describe.skip;

const types: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".png": "image/png",
  ".map": "application/json",
  ".xml": "application/xml",
};

function serve(dir: string): Promise<http.Server> {
  const server = http.createServer((req, res) => {
    const url = new URL(req.url ?? "/", "http://localhost");
    const file = path.join(dir, decodeURIComponent(url.pathname));
    if (!file.startsWith(dir + path.sep) || !fs.existsSync(file) || !fs.statSync(file).isFile()) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { "Content-Type": types[path.extname(file)] ?? "application/octet-stream" });
    fs.createReadStream(file).pipe(res);
  });
  return new Promise((resolve) => server.listen(0, "127.0.0.1", () => resolve(server)));
}

function workbook(): WorkbookSnapshot {
  const worked = ["AA", "BB", "B", "A", "BB", "B", "AA", "A", "BB", "A", "B", "CC"];
  // A grade off the scale and one left unanswered, so there are findings to list.
  const flawed = ["AA", "ZZ", "B", "A", null, "B", "AA", "A", "BB", "A", "B", "CC"];
  return {
    sheets: [
      sheetFromRows("Dinkes", gradeSheetRows(worked)),
      sheetFromRows("Dindik", criteriaSheetRows([["Y", "T"], ["A", "B", "C", "A", "E"], ["B"], ["Y", "Y"], ["A"], ["C", "D"], ["Y"], ["B"], ["A"], ["T"], ["A"], ["E"]])),
      sheetFromRows("Uji", gradeSheetRows(flawed, "sakip-2021", hostile)),
      // The unit's own grades beside the evaluator's: three sub-components differ.
      sheetFromRows("PM", selfAssessmentRows(["AA", "AA", "B", "A", "BB", "A", "AA", "A", "BB", "A", "B", "BB"], worked, "Dinas Sosial")),
      sheetFromRows("Catatan", [["Catatan rapat"], ["tidak ada"]]),
    ],
  };
}

suite("task pane in Chromium with the fake Excel", () => {
  let out: string;
  let fake: string;
  let server: http.Server;
  let context: BrowserContext;
  let page: Page;
  const external: string[] = [];
  const problems: string[] = [];
  const dialogs: string[] = [];
  const blockedOfficeJs: string[] = [];

  beforeAll(async () => {
    out = fs.mkdtempSync(path.join(os.tmpdir(), "lke-browser-"));
    fake = path.join(out, "fake");
    const [web] = await Promise.all([builtWeb(), webpack(fake, "test/browser/webpack.fake.config.js")]);
    if (!fs.existsSync(path.join(web, "taskpane.html"))) throw new Error(`no taskpane.html in ${web}`);
    server = await serve(web);

    context = await chromium.launchPersistentContext(fs.mkdtempSync(path.join(os.tmpdir(), "lke-chromium-")), {
      executablePath: CHROMIUM,
      headless: true,
      args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
      viewport: { width: 400, height: 900 },
      locale: "id-ID",
    });
    await context.route("**/*", async (route) => {
      const url = new URL(route.request().url());
      if (url.hostname === "appsforoffice.microsoft.com") {
        const file = path.join(OFFICE_DIST, url.pathname.replace(/^\/lib\/1\/hosted\//, ""));
        if (file.startsWith(OFFICE_DIST) && fs.existsSync(file)) return route.fulfill({ path: file, contentType: "text/javascript; charset=utf-8" });
        return route.fulfill({ status: 404 });
      }
      if (url.hostname === "127.0.0.1") return route.continue();
      // office.js's own telemetry frame, which the dialog page's CSP allows (Office needs it):
      // Microsoft's request, not LKE's; refused here all the same.
      if (url.hostname === "telemetryservice.firstpartyapps.oaspapps.com") {
        blockedOfficeJs.push(url.href);
        return route.abort();
      }
      external.push(url.href);
      return route.abort();
    });
    page = context.pages()[0] ?? (await context.newPage());
    page.on("pageerror", (error) => problems.push(`page error: ${error.message}`));
    page.on("console", (message) => {
      const text = message.text();
      if (message.type() !== "error" && !/Content Security Policy/i.test(text)) return;
      // office.js outside Office tries a telemetry frame (with an inline style); the page's CSP
      // blocks both, as it should: LKE makes no remote calls besides loading office.js.
      const fromOfficeJs = new URL(message.location().url || "about:blank").hostname === "appsforoffice.microsoft.com" || /Framing 'https:\/\/telemetryservice\./.test(text);
      (fromOfficeJs ? blockedOfficeJs : problems).push(`console: ${text} @ ${message.location().url}:${message.location().lineNumber}`);
    });
    page.on("dialog", (dialog) => {
      dialogs.push(dialog.message());
      void dialog.dismiss();
    });
    await page.addInitScript((data) => {
      (window as unknown as { __LKE_WORKBOOK__: unknown }).__LKE_WORKBOOK__ = data;
    }, { snapshot: workbook() });
    await page.addInitScript({ path: path.join(fake, "fake-host.js") });
    fs.mkdirSync(IMG, { recursive: true });
    const { port } = server.address() as AddressInfo;
    await page.goto(`http://127.0.0.1:${port}/taskpane.html`);
  });

  afterAll(async () => {
    await context?.close();
    await new Promise((resolve) => (server ? server.close(resolve) : resolve(undefined)));
    if (out) fs.rmSync(out, { recursive: true, force: true });
  });

  const test_ = <T>(name: string) => page.evaluate(`window.__LKE_TEST__.${name}`) as Promise<T>;
  const status = () => page.locator("#status");

  test("Periksa runs on open: the sheets with scheme and unit, findings grouped by sheet", async () => {
    await page.locator("#sheets table").waitFor();
    await page.locator("#status", { hasText: "Pemeriksaan selesai" }).waitFor();
    const rows = await page.locator("#sheets tbody tr").evaluateAll((trs) =>
      trs.map((tr) => [tr.querySelector("th")?.textContent, tr.querySelector(".unit-name")?.textContent, tr.querySelector(".scheme")?.textContent]),
    );
    expect(rows).toEqual([
      ["Dinkes", "Dinas Kesehatan", "sakip-2021"],
      ["Dindik", "Dinas Pendidikan", "sakip-2021-kriteria"],
      ["Uji", hostile, "sakip-2021"],
      ["PM", "Dinas Sosial", "sakip-2021"],
    ]);
    const groups = await page.locator("#findings details").evaluateAll((ds) => ds.map((d) => d.getAttribute("data-sheet")));
    expect(groups).toContain("Uji");
    const uji = page.locator('#findings details[data-sheet="Uji"]');
    expect(await uji.locator("summary").textContent()).toMatch(/\d+ kesalahan, \d+ peringatan/);
    expect(await uji.locator("button.finding").count()).toBeGreaterThan(0);
    expect((await test_<{ syncs: number }>("stats()")).syncs).toBe(2);
    // The pane fits its width: nothing scrolls sideways.
    expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
  });

  test("a unit name that looks like HTML is shown as text", async () => {
    expect(await page.locator("img").count()).toBe(0);
    expect(await page.locator(".unit-name", { hasText: hostile }).count()).toBe(1);
    expect(dialogs).toEqual([]);
  });

  test("a finding selects its cell, by keyboard too", async () => {
    const finding = page.locator('#findings details[data-sheet="Uji"] button.finding').first();
    const cell = await finding.getAttribute("data-cell");
    await finding.focus();
    await page.keyboard.press("Enter");
    await page.waitForFunction((c) => JSON.stringify((window as any).__LKE_TEST__.selection()) === JSON.stringify({ sheet: "Uji", address: c }), cell);
    expect(await test_("activeSheet()")).toBe("Uji");
  });

  test("Selisih: the rows where the unit's own answer differs from the evaluator's, under their unit's sheet, each going to its cell", async () => {
    const items = page.locator("#differences button.finding");
    expect(await items.evaluateAll((bs) => bs.map((b) => b.getAttribute("data-cell")))).toEqual(["F8", "F13", "F21"]);
    expect(await page.locator("#differences .group").evaluateAll((gs) => gs.map((g) => [g.querySelector("h3")!.textContent, g.querySelectorAll("button.finding").length]))).toEqual([["PM", 3]]);
    await items.nth(1).click();
    await page.waitForFunction(() => JSON.stringify((window as any).__LKE_TEST__.selection()) === JSON.stringify({ sheet: "PM", address: "F13" }));
    expect(await test_("activeSheet()")).toBe("PM");
  });

  test("Hitung: buttons disabled while it runs, then totals and predicates per unit", async () => {
    await page.evaluate("window.__LKE_TEST__.resetStats(); window.__LKE_TEST__.setDelay(600)");
    await page.locator("#btn-score").click();
    const during = await page.evaluate(() => ({
      disabled: [...document.querySelectorAll("button:not(#lang), input, select")].every((b) => (b as HTMLButtonElement).disabled),
      progress: !document.getElementById("progress")!.hidden,
      busy: document.querySelector("main")!.getAttribute("aria-busy"),
    }));
    expect(during).toEqual({ disabled: true, progress: true, busy: "true" });
    await status().filter({ hasText: "Nilai dan predikat ditulis" }).waitFor();
    await page.evaluate("window.__LKE_TEST__.setDelay(0)");
    const dinkes = page.locator('#sheets tr[data-sheet="Dinkes"]');
    expect(await dinkes.locator("td.total").textContent()).toBe("77,10");
    expect(await dinkes.locator("td.predicate").textContent()).toBe("BB");
    // Beside the evaluator's result, the unit's own.
    expect(await page.locator('#sheets tr[data-sheet="PM"] td.total .self').textContent()).toBe("Penilaian mandiri: 84,40 A");
    // One run: read, undo record, cells. The list comes from the run's own read.
    expect(await test_("stats()")).toMatchObject({ runs: 1, syncs: 4 });
    const snapshot = await test_<WorkbookSnapshot>("snapshot()");
    const sheet = snapshot.sheets.find((s) => s.name === "Dinkes")!;
    expect(sheet.formulas[6][4]).toBe("=SUM(E8,E9,E10)");
    expect(sheet.values.flat()).toEqual(expect.arrayContaining([77.1, "BB", "Nilai Akhir", "Predikat"]));
    expect(await page.locator("#btn-undo").isEnabled()).toBe(true);
  });

  test("Ringkasan: the summary sheets with their charts are created", async () => {
    await page.locator("#summary-title").fill("Kabupaten Contoh");
    await page.locator("#btn-summary").click();
    await status().filter({ hasText: "Ringkasan disusun" }).waitFor();
    const sheets = await test_<{ name: string; charts: number }[]>("sheets()");
    expect(sheets.map((s) => s.name)).toEqual(expect.arrayContaining(["Ringkasan", "Rincian", "LKE_State"]));
    expect(sheets.find((s) => s.name === "Ringkasan")!.charts).toBe(2);
    const ringkasan = (await test_<WorkbookSnapshot>("snapshot()")).sheets.find((s) => s.name === "Ringkasan")!;
    expect(ringkasan.values[0][0]).toBe("Kabupaten Contoh");
    expect(ringkasan.values.flat()).toContain(hostile);
  });

  test("Batalkan: the summary sheets are gone, the scored sheets stay as Hitung left them", async () => {
    const before = (await test_<WorkbookSnapshot>("snapshot()")).sheets.filter((s) => !["Ringkasan", "Rincian", "LKE_State"].includes(s.name));
    await page.locator("#btn-undo").click();
    await status().filter({ hasText: "Dibatalkan: Ringkasan" }).waitFor();
    const after = await test_<WorkbookSnapshot>("snapshot()");
    expect(after.sheets.map((s) => s.name)).toEqual(["Dinkes", "Dindik", "Uji", "PM", "Catatan", "LKE_State"]);
    expect(after.sheets.filter((s) => s.name !== "LKE_State")).toEqual(before);
    expect(await page.locator("#btn-undo").isDisabled()).toBe(true);
  });

  test("Nilai saja, then Batalkan: the formulas come back", async () => {
    const withFormulas = await test_<WorkbookSnapshot>("snapshot()");
    await page.locator("#values-only").check();
    await page.locator("#btn-score").click();
    await status().filter({ hasText: "Nilai dan predikat ditulis" }).waitFor();
    const values = (await test_<WorkbookSnapshot>("snapshot()")).sheets.find((s) => s.name === "Dinkes")!;
    expect(values.formulas.flat().filter(Boolean)).toEqual([]);
    await page.locator("#btn-undo").click();
    await status().filter({ hasText: "Dibatalkan" }).waitFor();
    const restored = await test_<WorkbookSnapshot>("snapshot()");
    expect(restored.sheets.filter((s) => s.name !== "LKE_State")).toEqual(withFormulas.sheets.filter((s) => s.name !== "LKE_State"));
    await page.locator("#values-only").uncheck();
  });

  test("Sisipkan Templat: a new LKE sheet, activated and listed", async () => {
    await page.locator("#btn-template").click();
    await page.locator("#template-unit").fill("Dinas Baru");
    await page.locator("#template-unit").press("Enter");
    await status().filter({ hasText: "Dinas Baru" }).waitFor();
    expect(await test_("activeSheet()")).toBe("Dinas Baru");
    expect((await test_<{ name: string; validations: number }[]>("sheets()")).find((s) => s.name === "Dinas Baru")!.validations).toBeGreaterThan(0);
    expect(await page.locator('#sheets tr[data-sheet="Dinas Baru"]').count()).toBe(1);
  });

  test("Laporan (LHE): each unit's report and the Rekomendasi sheet, printed on A4", async () => {
    await page.locator("#btn-report").click();
    await status().filter({ hasText: "Laporan ditulis" }).waitFor();
    const sheets = (await test_<{ name: string }[]>("sheets()")).map((s) => s.name);
    expect(sheets).toEqual(expect.arrayContaining(["LHE Dinkes", "LHE PM", "Rekomendasi"]));
    const lhe = (await test_<WorkbookSnapshot>("snapshot()")).sheets.find((s) => s.name === "LHE PM")!;
    expect(lhe.values.flat()).toEqual(expect.arrayContaining(["LAPORAN HASIL EVALUASI", "Selisih penilaian mandiri dan evaluator"]));
  });

  test("English by the switch", async () => {
    await page.locator("#lang").click();
    expect(await page.locator("h1").textContent()).toBe("LKE – Performance Evaluation");
    expect(await page.locator("#btn-check").textContent()).toBe("Check");
    expect(await page.locator("html").getAttribute("lang")).toBe("en");
    await page.locator("#btn-check").click();
    await status().filter({ hasText: "Check done" }).waitFor();
    expect(await page.locator('#findings details[data-sheet="Uji"] summary').textContent()).toMatch(/errors/);
    expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
    await page.locator("#lang").click();
  });

  test("Ringkasan with another workbook picked: its units join the recap, named by file", async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet("OPD");
    gradeSheetRows(Array(12).fill("A"), "sakip-2021", "Dinas Dipilih").forEach((row, r) =>
      row.forEach((v, c) => v !== null && v !== undefined && (sheet.getCell(r + 1, c + 1).value = v as ExcelJS.CellValue)),
    );
    const file = path.join(out, "kabupaten-lain.xlsx");
    await workbook.xlsx.writeFile(file);
    // The picked workbook is read by the pane's own lean reader: no further script (no ExcelJS chunk) is fetched.
    const scripts: string[] = [];
    const onRequest = (request: { url(): string }) => void (/\.js(\?|$)/.test(request.url()) && scripts.push(request.url()));
    page.on("request", onRequest);
    await page.locator("#summary-files").setInputFiles(file);
    await page.locator("#summary-files-chosen").filter({ hasText: "kabupaten-lain.xlsx" }).waitFor();
    await page.locator("#btn-summary").click();
    await status().filter({ hasText: "Ringkasan disusun" }).waitFor();
    page.off("request", onRequest);
    expect(scripts).toEqual([]);
    const ringkasan = (await test_<WorkbookSnapshot>("snapshot()")).sheets.find((s) => s.name === "Ringkasan")!;
    expect(ringkasan.values.flat()).toEqual(expect.arrayContaining(["Dinas Dipilih", "kabupaten-lain.xlsx"]));
    const sheets = await test_<{ name: string }[]>("sheets()");
    expect(sheets.map((s) => s.name)).not.toContain("OPD");
  });

  test("Ringkasan over a province picked at once (38 workbooks of 45 units) completes, loading no further script", async () => {
    const files: string[] = [];
    for (let regency = 1; regency <= 38; regency++) {
      const workbook = new ExcelJS.Workbook();
      for (let unit = 1; unit <= 45; unit++) {
        const sheet = workbook.addWorksheet(`OPD ${unit}`);
        const grades = Array.from({ length: 12 }, (_, i) => ["AA", "A", "BB", "B", "CC", "C"][(regency + unit + i) % 6]);
        gradeSheetRows(grades, "sakip-2021", `Dinas ${unit} Kab ${regency}`).forEach((row, r) =>
          row.forEach((v, c) => v !== null && v !== undefined && (sheet.getCell(r + 1, c + 1).value = v as ExcelJS.CellValue)),
        );
      }
      const file = path.join(out, `provinsi-${String(regency).padStart(2, "0")}.xlsx`);
      await workbook.xlsx.writeFile(file);
      files.push(file);
    }
    const scripts: string[] = [];
    const onRequest = (request: { url(): string }) => void (/\.js(\?|$)/.test(request.url()) && scripts.push(request.url()));
    page.on("request", onRequest);
    await page.locator("#summary-files").setInputFiles(files);
    await page.locator("#summary-files-chosen").filter({ hasText: "provinsi-38.xlsx" }).waitFor();
    await page.locator("#btn-summary").click();
    await status().filter({ hasText: "Ringkasan disusun" }).waitFor({ timeout: 240_000 });
    page.off("request", onRequest);
    await page.locator("#summary-files").setInputFiles([]);
    const ringkasan = (await test_<WorkbookSnapshot>("snapshot()")).sheets.find((s) => s.name === "Ringkasan")!;
    const cells = ringkasan.values.flat();
    expect([scripts, cells.includes("Dinas 45 Kab 38"), cells.includes("provinsi-01.xlsx")]).toEqual([[], true, true]);
  }, 300_000);

  test("Hitung Predikat's dialog shows its notice as text", async () => {
    const notice = noticeOf({ at: "", ok: true, sheets: 2, units: [{ unit: "Dinas Kesehatan", total: 77.1, predicate: "BB" }, { unit: "<img src=x onerror=alert(1)>", total: 36.85, predicate: "C" }] }, "id");
    const { port } = server.address() as AddressInfo;
    await page.setViewportSize({ width: 420, height: 260 });
    await page.goto(`http://127.0.0.1:${port}/notice.html${noticeQuery(notice)}`);
    await page.locator("#close").filter({ hasText: "Tutup" }).waitFor();
    expect(await page.locator("#lines li").allTextContents()).toEqual(["Dinas Kesehatan: 77,10 (BB)", "<img src=x onerror=alert(1)>: 36,85 (C)"]);
    expect(await page.locator("#lines img").count()).toBe(0);
  });

  describe("syncs per click, counted from the click, at 1, 10 and 100 indicator sheets", () => {
    const counted: Record<string, number[]> = { Periksa: [], Hitung: [], Ringkasan: [] };

    test.each([1, 10, 100])("%i sheets", async (n) => {
      const sized = await context.newPage();
      sized.on("pageerror", (error) => problems.push(`page error: ${error.message}`));
      await sized.addInitScript((data) => {
        (window as unknown as { __LKE_WORKBOOK__: unknown }).__LKE_WORKBOOK__ = data;
      }, { snapshot: workbookWith(n) });
      await sized.addInitScript({ path: path.join(fake, "fake-host.js") });
      const { port } = server.address() as AddressInfo;
      await sized.goto(`http://127.0.0.1:${port}/taskpane.html`);
      await sized.locator("#status", { hasText: "Pemeriksaan selesai" }).waitFor();
      const click = async (button: string, done: string, label: string) => {
        await sized.evaluate("window.__LKE_TEST__.resetStats()");
        await sized.locator(button).click();
        await sized.locator("#status", { hasText: done }).waitFor();
        counted[label].push(await sized.evaluate("window.__LKE_TEST__.stats().syncs") as number);
      };
      await click("#btn-check", "Pemeriksaan selesai", "Periksa");
      await click("#btn-score", "Nilai dan predikat ditulis", "Hitung");
      await click("#btn-summary", "Ringkasan disusun", "Ringkasan");
      expect(await sized.locator("#sheets tbody tr").count()).toBe(n);
      await sized.close();
    });

    test("each click stays within 5 syncs, the same for every size", () => {
      for (const counts of Object.values(counted)) {
        expect(counts).toHaveLength(3);
        expect(new Set(counts).size).toBe(1);
        expect(counts[0]).toBeLessThanOrEqual(5);
      }
      expect(counted).toEqual({ Periksa: [2, 2, 2], Hitung: [4, 4, 4], Ringkasan: [4, 4, 4] });
    });
  });

  test("Hitung Predikat from the ribbon, in the pane's runtime: the pane shows its result at once, without reading again", async () => {
    const shared = await context.newPage();
    shared.on("pageerror", (error) => problems.push(`page error: ${error.message}`));
    await shared.addInitScript((data) => {
      (window as unknown as { __LKE_WORKBOOK__: unknown }).__LKE_WORKBOOK__ = data;
    }, { snapshot: workbookWith(2) });
    await shared.addInitScript({ path: path.join(fake, "fake-host.js") });
    const { port } = server.address() as AddressInfo;
    await shared.goto(`http://127.0.0.1:${port}/taskpane.html`);
    await shared.locator("#status", { hasText: "Pemeriksaan selesai" }).waitFor();
    expect(await shared.locator("#btn-undo").isDisabled()).toBe(true);
    await shared.evaluate("window.__LKE_TEST__.resetStats()");
    const completed = await shared.evaluate(async () => {
      let done = false;
      await (window as unknown as { __LKE_RIBBON__: (e: { completed(): void }) => Promise<void> }).__LKE_RIBBON__({ completed: () => (done = true) });
      return done;
    });
    expect(completed).toBe(true);
    await shared.locator("#ribbon-note", { hasText: "Hasil terakhir tombol Hitung Predikat" }).waitFor();
    expect(await shared.locator("#ribbon-note").textContent()).toMatch(/2 lembar dinilai/);
    expect(await shared.locator('#sheets tr[data-sheet="Unit 1"] td.total').textContent()).toBe("77,10");
    // The pane took the ribbon's run as its own last run: Batalkan would undo it.
    expect(await shared.locator("#btn-undo").isEnabled()).toBe(true);
    expect(await shared.evaluate("window.__LKE_TEST__.stats()")).toMatchObject({ runs: 1, syncs: 4 });
    await shared.close();
  });

  test("screenshots for the user guide, of the bundled sample workbook (Kabupaten Sukamaju)", async () => {
    const sample = new ExcelJS.Workbook();
    await sample.xlsx.readFile(path.join(ROOT, "examples/kabupaten-sukamaju-2024.xlsx"));
    const guide = await context.newPage();
    guide.on("pageerror", (error) => problems.push(`page error: ${error.message}`));
    await guide.addInitScript((data) => {
      (window as unknown as { __LKE_WORKBOOK__: unknown }).__LKE_WORKBOOK__ = data;
    }, { snapshot: workbookSnapshot(sample), options: { documentName: "kabupaten-sukamaju-2024.xlsx" } });
    await guide.addInitScript({ path: path.join(fake, "fake-host.js") });
    const { port } = server.address() as AddressInfo;
    const shot = (name: string) => guide.screenshot({ path: path.join(IMG, `panduan-${name}.png`), fullPage: true });
    await guide.goto(`http://127.0.0.1:${port}/taskpane.html`);
    await guide.locator("#status", { hasText: "Pemeriksaan selesai" }).waitFor();
    expect(await guide.locator("#sheets tbody tr .unit-name").allTextContents()).toEqual(["Dinas Kesehatan", "Dinas Pendidikan", "Dinas PUPR", "Bappeda", "Kecamatan Sukamaju", "Dinas Sosial"]);
    await shot("periksa");
    // Selisih: where Dinas Sosial's own answers differ from the evaluator's; a click goes to the cell.
    const differences = guide.locator("#differences button.finding");
    expect(await differences.evaluateAll((bs) => bs.map((b) => b.getAttribute("data-cell")))).toEqual(["D16", "D49", "D87"]);
    expect(await guide.locator("#differences h3").allTextContents()).toEqual(["Dinas Sosial"]);
    await differences.nth(1).click();
    await guide.waitForFunction(() => JSON.stringify((window as any).__LKE_TEST__.selection()) === JSON.stringify({ sheet: "Dinas Sosial", address: "D49" }));
    await guide.locator("#differences").screenshot({ path: path.join(IMG, "panduan-selisih.png") });
    await guide.locator("#btn-score").click();
    await guide.locator("#status", { hasText: "Nilai dan predikat ditulis" }).waitFor();
    await shot("hitung");
    await guide.locator("#summary-title").fill("Kabupaten Sukamaju");
    await guide.locator("#btn-summary").click();
    await guide.locator("#status", { hasText: "Ringkasan disusun" }).waitFor();
    await shot("ringkasan");
    await guide.locator("#btn-report").click();
    await guide.locator("#status", { hasText: "Laporan ditulis" }).waitFor();
    const lhe = (await guide.evaluate("window.__LKE_TEST__.snapshot()") as WorkbookSnapshot).sheets.find((s) => s.name === "LHE Dinas Sosial")!;
    // The report reads the unit's sheet: its recommendations (column I) by live reference.
    expect(lhe.values.flat()).toEqual(expect.arrayContaining(["LAPORAN HASIL EVALUASI", "Selisih penilaian mandiri dan evaluator", "Rekomendasi"]));
    expect(lhe.formulas.flat().filter((f) => typeof f === "string" && /'Dinas Sosial'!\$?I\$?\d+/.test(f))).toHaveLength(4);
    await shot("laporan");
    await guide.locator("#btn-template").click();
    await guide.locator("#template-unit").fill("Dinas Perhubungan");
    await shot("templat");
    await guide.locator("#template-close").click();
    await guide.locator("#lang").click();
    await guide.locator("#btn-check").click();
    await guide.locator("#status", { hasText: "Check done" }).waitFor();
    await shot("english");
    // The choice is remembered across pages of this origin: back to Bahasa Indonesia.
    await guide.locator("#lang").click();
    // Hitung Predikat's dialog, with the sample's own units, totals and predicates.
    const snapshot = workbookSnapshot(sample);
    const units = analyzeWorkbook(snapshot, { registry: workbookRegistry(snapshot, "sample") })
      .sheets.map(sheetReport)
      .flatMap((r) => (r.total !== null && r.predicate !== null ? [{ unit: r.unit, total: r.total, predicate: r.predicate }] : []));
    expect(units).toHaveLength(6);
    await guide.setViewportSize({ width: 420, height: 300 });
    await guide.goto(`http://127.0.0.1:${port}/notice.html${noticeQuery(noticeOf({ at: "", ok: true, sheets: units.length, units }, "id"))}`);
    await guide.locator("#close").filter({ hasText: "Tutup" }).waitFor();
    await guide.screenshot({ path: path.join(IMG, "panduan-notice.png") });
    await guide.close();
  });

  test("office.js cannot load (offline, blocked): the pane says so within a few seconds", async () => {
    const offline = await context.newPage();
    offline.on("pageerror", (error) => problems.push(`page error: ${error.message}`));
    await offline.route((url) => url.hostname === "appsforoffice.microsoft.com", (route) => route.abort());
    const { port } = server.address() as AddressInfo;
    const started = Date.now();
    await offline.goto(`http://127.0.0.1:${port}/taskpane.html`);
    await offline.locator("#error").waitFor({ timeout: 5000 });
    expect(await offline.locator("#error").textContent()).toMatch(/^Office\.js tidak dapat dimuat/);
    expect(Date.now() - started).toBeLessThan(5000);
    expect(await offline.locator("#btn-score").isDisabled()).toBe(true);
    await offline.close();
  });

  test("no request left the machine, no script error, no CSP violation by LKE's own code", () => {
    expect(external).toEqual([]);
    expect(problems).toEqual([]);
    if (blockedOfficeJs.length > 0) console.log(`office.js outside Office: ${blockedOfficeJs.length} telemetry attempt(s) blocked by the page's CSP`);
  });
});
