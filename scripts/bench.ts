/**
 * Benchmarks: `npm run bench` prints a readable report; `npm run bench -- --json` also prints
 * the figures as one JSON object on the last line of stdout. Progress goes to stderr.
 *
 *   core      validate + score + plan (analyzeWorkbook + planScore) of a province-sized
 *             snapshot in the pure engine: 1710 sakip-2021-kriteria sheets x 80 criteria
 *   cli       `lke score` (runScore, in process) on a 100-sheet workbook, against a bare
 *             ExcelJS read + write of the same file (the floor); ratio of the medians
 *   syncs     context.sync() calls of check, score and summary on the fake Excel host,
 *             for 1, 10 and 100 sheets (null where the host or the fake is not available)
 *   libreofficeRecalcMs  LibreOffice recalculating the 100-sheet scored workbook (null
 *             without soffice)
 *   longSheet `lke score` and `lke check` (in process) on one sakip-2021-kriteria sheet of
 *             100,000 criteria: the patcher and the reader must stay linear in its rows
 *   taskpaneGzipKb       gzip size (level 9) of the task pane bundle in dist/web (built when
 *             missing, or always with --build; null when the build fails)
 *   province  38 regency workbooks x 45 unit sheets, generated into a temporary folder: the
 *             inflate-and-find-cells floor, a bare ExcelJS read and `lke summary` (the compiled
 *             CLI, compiled first), each a child process with its peak memory; again at 114
 *             files (scripts/bench/province.ts; at most 3 runs)
 *
 * Options: --json, --runs <n> (timed runs per measurement, default 5), --only <parts> (comma-
 * separated: core, cli, long, syncs, libreoffice, bundle, province; the others are reported as null),
 * --skip-libreoffice, --build (rebuild dist/web first), --skip-build (never build).
 */
import { spawnSync } from "child_process";
import ExcelJS from "exceljs";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { performance } from "perf_hooks";
import * as zlib from "zlib";
import { runCheck } from "../src/cli/commands/check";
import { runScore } from "../src/cli/commands/score";
import type { Output } from "../src/cli/output";
import { analyzeWorkbook } from "../src/core/engine";
import { planScore } from "../src/core/plan/scorePlan";
import { sheetFromRows, type SheetSnapshot, type WorkbookSnapshot } from "../src/core/snapshot";
import { criteriaSheetRows } from "../test/helpers/sakipRows";
import { workbookFromRows } from "../test/helpers/xlsxFromRows";
import { benchProvince, provinceLines, type ProvinceFigure } from "./bench/province";
import { criteriaAnswers, criteriaPerSheet, random } from "./bench/sakipAnswers";

const root = path.resolve(__dirname, "..");

/** What the issue asks for; the report marks each figure against these. */
const targets = {
  criteriaPerSecond: 500_000,
  cliOverheadRatio: 1.5,
  syncs: { check: 3, score: 4, summary: 4 } as Record<SyncCommand, number>,
};

const coreSheets = 1710;
const cliSheets = 100;
const syncSheetCounts = [1, 10, 100] as const;
type SyncCommand = "check" | "score" | "summary";
const syncCommands: SyncCommand[] = ["check", "score", "summary"];

type Part = "core" | "cli" | "long" | "syncs" | "libreoffice" | "bundle" | "province";
const parts: Part[] = ["core", "cli", "long", "syncs", "libreoffice", "bundle", "province"];
const longSheetCriteria = 100_000;

interface Options {
  json: boolean;
  only: Set<Part>;
  runs: number;
  skipLibreoffice: boolean;
  skipBuild: boolean;
  build: boolean;
}

/** The JSON document; a figure that was not measured (skipped, or not possible here) is null. */
interface Report {
  core: { sheets: number; criteria: number; ms: number | null; criteriaPerSecond: number | null };
  cli: { file: string; lkeMs: number | null; exceljsRoundTripMs: number | null; overheadRatio: number | null };
  longSheet: { criteria: number; scoreMs: number | null; checkMs: number | null };
  syncs: Record<SyncCommand, Record<string, number | null>>;
  libreofficeRecalcMs: number | null;
  taskpaneGzipKb: number | null;
  province: ProvinceFigure | null;
}

/** A bad command line: reported without a stack trace. */
class UsageError extends Error {}

function parseOptions(argv: string[]): Options {
  const options: Options = { json: false, only: new Set(parts), runs: 5, skipLibreoffice: false, skipBuild: false, build: false };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === "--json") options.json = true;
    else if (arg === "--skip-libreoffice") options.skipLibreoffice = true;
    else if (arg === "--skip-build") options.skipBuild = true;
    else if (arg === "--build") options.build = true;
    else if (arg === "--runs") options.runs = Math.max(1, Number(argv[++i]) || 1);
    else if (arg === "--only") {
      const wanted = (argv[++i] ?? "").split(",").filter(Boolean);
      const unknown = wanted.filter((p) => !parts.includes(p as Part));
      if (unknown.length || !wanted.length) throw new UsageError(`--only takes some of ${parts.join(",")}`);
      options.only = new Set(wanted as Part[]);
    } else throw new UsageError(`unknown option ${arg} (expected --json, --runs <n>, --only <parts>, --skip-libreoffice, --build, --skip-build)`);
  }
  return options;
}

const progress = (text: string) => process.stderr.write(`bench: ${text}\n`);

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

const round = (value: number, decimals = 1) => Math.round(value * 10 ** decimals) / 10 ** decimals;

async function timeIt(task: () => unknown): Promise<number> {
  const start = performance.now();
  await task();
  return performance.now() - start;
}

/** Wall-clock and CPU milliseconds of a synchronous task (CPU time shows how much of the wall time was waiting for a busy machine). */
function timeSync(task: () => unknown): { ms: number; cpuMs: number } {
  const cpu = process.cpuUsage();
  const start = performance.now();
  task();
  const ms = performance.now() - start;
  const used = process.cpuUsage(cpu);
  return { ms, cpuMs: (used.user + used.system) / 1000 };
}

function sheetRows(count: number, seed: number) {
  const next = random(seed);
  return Array.from({ length: count }, (_, i) => ({ name: `Unit ${i + 1}`, rows: criteriaSheetRows(criteriaAnswers(next), `Unit Kerja ${i + 1}`) }));
}

const coreCriteria = coreSheets * criteriaPerSheet;

async function benchCore(options: Options): Promise<{ core: Report["core"]; note: string }> {
  progress(`core: generating ${coreSheets} sheets x ${criteriaPerSheet} criteria`);
  const sheets: SheetSnapshot[] = sheetRows(coreSheets, 2021).map(({ name, rows }) => sheetFromRows(name, rows));
  const snapshot: WorkbookSnapshot = { name: "provinsi.xlsx", sheets };
  const at = "2024-01-01T00:00:00.000Z";
  const once = () => {
    const analysis = analyzeWorkbook(snapshot);
    const plan = planScore(snapshot, analysis, "formulas", at);
    return { analysis, plan };
  };
  const { analysis } = once();
  const scored = analysis.sheets.filter((s) => s.score).length;
  if (scored !== coreSheets) throw new Error(`core: only ${scored} of ${coreSheets} sheets were scored`);
  once(); // warm-up
  const times: number[] = [];
  const cpuTimes: number[] = [];
  for (let i = 0; i < options.runs; i++) {
    const { ms, cpuMs } = timeSync(once);
    times.push(ms);
    cpuTimes.push(cpuMs);
    progress(`core: run ${i + 1}/${options.runs} ${round(ms)} ms (cpu ${round(cpuMs)} ms)`);
  }
  const ms = median(times);
  const note = `median of ${options.runs} after warm-up; fastest ${round(Math.min(...times))} ms; median CPU time ${round(median(cpuTimes))} ms`;
  return { core: { sheets: coreSheets, criteria: coreCriteria, ms: round(ms), criteriaPerSecond: Math.round(coreCriteria / (ms / 1000)) }, note };
}

/** An Output that formats like the console but keeps nothing. */
function discardOutput(): Output {
  return { print: () => undefined, json: (value) => void JSON.stringify(value, null, 2), error: () => undefined };
}

function benchDir(): string {
  const dir = path.join(os.tmpdir(), "lke-bench");
  fs.mkdirSync(dir, { recursive: true });
  return dir;
}

interface CliFiles {
  file: string;
  scoredFile: string;
  lke: () => Promise<void>;
}

/** Writes the 100-sheet workbook and scores it once with `lke score` (the run also warms up). */
async function prepareCli(): Promise<CliFiles> {
  const dir = benchDir();
  const file = path.join(dir, `lke-${cliSheets}.xlsx`);
  const scoredFile = path.join(dir, `lke-${cliSheets}.dinilai.xlsx`);
  progress(`cli: writing ${file} (${cliSheets} sheets)`);
  await workbookFromRows(sheetRows(cliSheets, 88)).xlsx.writeFile(file);
  const lke = async () => {
    // 1 only means the findings include errors; the scored copy is written all the same.
    const code = await runScore([file], { output: scoredFile, force: true, lang: "id" }, discardOutput());
    if (code > 1) throw new Error(`lke score exited ${code}`);
  };
  await lke();
  return { file, scoredFile, lke };
}

async function benchCli({ file, lke }: CliFiles, options: Options): Promise<Report["cli"]> {
  const floorFile = path.join(benchDir(), `lke-${cliSheets}.exceljs.xlsx`);
  const floor = async () => {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(file);
    await workbook.xlsx.writeFile(floorFile);
  };
  await floor(); // warm-up (lke ran once in prepareCli)
  const lkeTimes: number[] = [];
  const floorTimes: number[] = [];
  // Interleaved, so drift (GC, caches, other load) hits both alike.
  for (let i = 0; i < options.runs; i++) {
    lkeTimes.push(await timeIt(lke));
    floorTimes.push(await timeIt(floor));
    progress(`cli: run ${i + 1}/${options.runs} lke ${round(lkeTimes[i])} ms, exceljs ${round(floorTimes[i])} ms`);
  }
  const lkeMs = median(lkeTimes);
  const exceljsRoundTripMs = median(floorTimes);
  return { file, lkeMs: round(lkeMs), exceljsRoundTripMs: round(exceljsRoundTripMs), overheadRatio: round(lkeMs / exceljsRoundTripMs, 2) };
}

/** One sheet of `longSheetCriteria` criteria, spread over the scheme's 12 sub-components. */
async function benchLongSheet(options: Options): Promise<Report["longSheet"]> {
  const dir = benchDir();
  const file = path.join(dir, "lke-long-sheet.xlsx");
  const scored = path.join(dir, "lke-long-sheet.dinilai.xlsx");
  progress(`long: writing ${file} (one sheet, ${longSheetCriteria.toLocaleString("en-US")} criteria)`);
  const next = random(100);
  const perSub = Math.ceil(longSheetCriteria / 12);
  const answers = Array.from({ length: 12 }, (_, i) => {
    const letters = i % 3 === 0 ? ["Y", "T"] : ["A", "B", "C", "D", "E"];
    return Array.from({ length: Math.min(perSub, longSheetCriteria - i * perSub) }, () => letters[Math.floor(next() * letters.length)]);
  });
  await workbookFromRows([{ name: "Unit 1", rows: criteriaSheetRows(answers, "Unit Kerja 1") }]).xlsx.writeFile(file);
  const score = async () => {
    const code = await runScore([file], { output: scored, force: true, lang: "id" }, discardOutput());
    if (code > 1) throw new Error(`lke score exited ${code}`);
  };
  const check = async () => {
    const code = await runCheck([file], { lang: "id" }, discardOutput());
    if (code > 1) throw new Error(`lke check exited ${code}`);
  };
  const runs = Math.min(options.runs, 3);
  const scoreTimes: number[] = [];
  const checkTimes: number[] = [];
  for (let i = 0; i < runs; i++) {
    scoreTimes.push(await timeIt(score));
    checkTimes.push(await timeIt(check));
    progress(`long: run ${i + 1}/${runs} score ${round(scoreTimes[i])} ms, check ${round(checkTimes[i])} ms`);
  }
  return { criteria: longSheetCriteria, scoreMs: round(median(scoreTimes)), checkMs: round(median(checkTimes)) };
}

function nullSyncs(): Report["syncs"] {
  const row = () => Object.fromEntries(syncSheetCounts.map((n) => [String(n), null])) as Record<string, number | null>;
  return { check: row(), score: row(), summary: row() };
}

/**
 * Counts context.sync() calls of each add-in command on the strict fake Excel (the one the host
 * tests use), each on a fresh copy of a workbook of n sakip-2021-kriteria sheets plus a notes
 * sheet. Null where the host or the fake cannot be loaded or the command fails.
 */
async function benchSyncs(): Promise<{ syncs: Report["syncs"]; note: string }> {
  const syncs = nullSyncs();
  let modules;
  try {
    modules = await Promise.all([import("../test/io/office/fake/excel"), import("../test/io/office/fake/snapshot"), import("../src/io/office/lke"), import("../src/io/office/host")]);
  } catch (error) {
    return { syncs, note: `fake Excel host not available: ${error instanceof Error ? error.message.split("\n")[0] : String(error)}` };
  }
  const [{ FakeExcel }, { fakeFromSnapshot }, { LkeAddin }, { RunQueue }] = modules;
  const failures: string[] = [];
  const now = () => new Date("2024-01-01T00:00:00.000Z");
  for (const n of syncSheetCounts) {
    const snapshot: WorkbookSnapshot = {
      sheets: [...sheetRows(n, 1000 + n).map(({ name, rows }) => sheetFromRows(name, rows)), sheetFromRows("Catatan", [["Catatan rapat"], ["tidak ada"]])],
    };
    for (const command of syncCommands) {
      const excel = new FakeExcel(fakeFromSnapshot(snapshot), { documentName: "bench.xlsx" });
      const addin = new LkeAddin(excel.host(), { queue: new RunQueue(), now });
      try {
        const started = performance.now();
        if (command === "check") await addin.check();
        else if (command === "score") await addin.score("formulas");
        else await addin.summary({ title: "Bench", year: "2024" });
        syncs[command][String(n)] = excel.stats.syncs;
        progress(`syncs: ${command} on ${n} sheet(s): ${excel.stats.syncs} syncs (${round(performance.now() - started)} ms on the fake)`);
      } catch (error) {
        failures.push(`${command}/${n}: ${error instanceof Error ? error.message.split("\n")[0] : String(error)}`);
      }
    }
  }
  const note = failures.length ? `failed: ${failures.join("; ")}` : `fresh fake workbook per command, ${criteriaPerSheet} criteria per sheet`;
  return { syncs, note };
}

async function benchLibreoffice(scoredFile: string, options: Options): Promise<{ ms: number | null; note: string }> {
  const { recalculate, sofficeVersion } = await import("../test/interop/libreoffice");
  const version = sofficeVersion();
  if (!version) return { ms: null, note: "soffice not found" };
  const outDir = path.join(benchDir(), "libreoffice");
  const runs = Math.min(options.runs, 3);
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    times.push(await timeIt(() => recalculate(scoredFile, { outDir })));
    progress(`libreoffice: run ${i + 1}/${runs} ${round(times[i])} ms`);
  }
  return { ms: round(median(times), 0), note: `${version}; median of ${runs}, including start-up` };
}

function taskpaneBundle(): string | null {
  const web = path.join(root, "dist", "web");
  if (!fs.existsSync(web)) return null;
  const name = fs.readdirSync(web).find((f) => /^taskpane(\.[0-9a-f]+)?\.js$/.test(f));
  return name ? path.join(web, name) : null;
}

/** Why the last build failed, when it did. */
let buildFailure: string | null = null;

/**
 * Builds dist/web when it has no task pane bundle, or always with --build. Runs before anything
 * is timed, so webpack never competes with a measurement.
 */
function prebuildBundle(force: boolean): void {
  if (!force && taskpaneBundle() !== null) return;
  progress(force ? "bundle: --build; running npm run build" : "bundle: no task pane bundle in dist/web; running npm run build");
  const build = spawnSync("npm", ["run", "build"], { cwd: root, encoding: "utf8", shell: process.platform === "win32" });
  if (build.status !== 0) {
    buildFailure = `npm run build failed: ${`${build.stdout ?? ""}${build.stderr ?? ""}`.trim().split("\n").slice(-10).join(" | ")}`;
  }
}

function benchBundle(): { kb: number | null; note: string } {
  if (buildFailure) return { kb: null, note: buildFailure };
  const bundle = taskpaneBundle();
  if (!bundle) return { kb: null, note: "no task pane bundle in dist/web" };
  const raw = fs.readFileSync(bundle);
  const gzip = zlib.gzipSync(raw, { level: 9 });
  const built = fs.statSync(bundle).mtime.toISOString().replace(/\.\d+Z$/, "Z");
  return { kb: round(gzip.length / 1024), note: `${path.relative(root, bundle)} of ${built}, ${round(raw.length / 1024)} KB before gzip -9` };
}

function mark(ok: boolean | null): string {
  return ok === null ? "n/a" : ok ? "ok" : "MISSED";
}

const show = (value: number | null, unit = "") => (value === null ? "-" : `${value.toLocaleString("en-US")}${unit}`);

function printReport(report: Report, notes: Record<Part, string>): void {
  const lines: string[] = [];
  const { core, cli, syncs } = report;
  lines.push(`LKE benchmarks (node ${process.version}, ${os.cpus().length} x ${os.cpus()[0]?.model ?? "cpu"}, load ${os.loadavg()[0].toFixed(1)})`);
  lines.push("");
  lines.push(`Engine   validate + score + plan, ${core.sheets} sheets, ${core.criteria.toLocaleString("en-US")} criteria: ${show(core.ms, " ms")}`);
  lines.push(`         ${show(core.criteriaPerSecond)} criteria/s   target >= ${targets.criteriaPerSecond.toLocaleString("en-US")}   ${mark(core.criteriaPerSecond === null ? null : core.criteriaPerSecond >= targets.criteriaPerSecond)}`);
  lines.push(`         (${notes.core})`);
  lines.push(`CLI      lke score, ${cliSheets} sheets: ${show(cli.lkeMs, " ms")}; bare ExcelJS read + write: ${show(cli.exceljsRoundTripMs, " ms")}`);
  lines.push(`         ratio ${show(cli.overheadRatio)}   target <= ${targets.cliOverheadRatio}   ${mark(cli.overheadRatio === null ? null : cli.overheadRatio <= targets.cliOverheadRatio)}`);
  lines.push(`         (${notes.cli}; ${cli.file})`);
  const long = report.longSheet;
  lines.push(`Long     one sheet of ${long.criteria.toLocaleString("en-US")} criteria: lke score ${show(long.scoreMs, " ms")}, lke check ${show(long.checkMs, " ms")}`);
  lines.push(`         (${notes.long})`);
  lines.push(`Syncs    sheets:    ${syncSheetCounts.map((n) => String(n).padStart(5)).join("")}   target`);
  for (const command of syncCommands) {
    const counts = syncSheetCounts.map((n) => syncs[command][String(n)]);
    const known = counts.filter((c): c is number => c !== null);
    const ok = known.length ? known.every((c) => c <= targets.syncs[command]) : null;
    lines.push(`         ${command.padEnd(9)} ${counts.map((c) => String(c ?? "-").padStart(5)).join("")}   <= ${targets.syncs[command]}   ${mark(ok)}`);
  }
  lines.push(`         (${notes.syncs})`);
  lines.push(`LibreOffice recalculation of the scored ${cliSheets}-sheet workbook: ${show(report.libreofficeRecalcMs, " ms")} (${notes.libreoffice})`);
  lines.push(`Task pane bundle: ${show(report.taskpaneGzipKb, " KB")} gzipped (${notes.bundle})`);
  lines.push(...provinceLines(report.province, notes.province, mark));
  process.stdout.write(`${lines.join("\n")}\n`);
}

async function run(): Promise<void> {
  const options = parseOptions(process.argv.slice(2));
  if (options.skipLibreoffice) options.only.delete("libreoffice");
  if (options.only.has("bundle") && !options.skipBuild) prebuildBundle(options.build);
  const skipped = "skipped";
  const notes: Record<Part, string> = { core: skipped, cli: skipped, long: skipped, syncs: skipped, libreoffice: skipped, bundle: skipped, province: skipped };
  const report: Report = {
    core: { sheets: coreSheets, criteria: coreCriteria, ms: null, criteriaPerSecond: null },
    cli: { file: path.join(benchDir(), `lke-${cliSheets}.xlsx`), lkeMs: null, exceljsRoundTripMs: null, overheadRatio: null },
    longSheet: { criteria: longSheetCriteria, scoreMs: null, checkMs: null },
    syncs: nullSyncs(),
    libreofficeRecalcMs: null,
    taskpaneGzipKb: null,
    province: null,
  };
  if (options.only.has("core")) ({ core: report.core, note: notes.core } = await benchCore(options));
  const files = options.only.has("cli") || options.only.has("libreoffice") ? await prepareCli() : null;
  if (files && options.only.has("cli")) {
    report.cli = await benchCli(files, options);
    notes.cli = `median of ${options.runs}, the two interleaved, after a warm-up`;
  }
  if (options.only.has("long")) {
    report.longSheet = await benchLongSheet(options);
    notes.long = `median of ${Math.min(options.runs, 3)}, the two interleaved; the first run included`;
  }
  if (options.only.has("syncs")) ({ syncs: report.syncs, note: notes.syncs } = await benchSyncs());
  if (files && options.only.has("libreoffice")) ({ ms: report.libreofficeRecalcMs, note: notes.libreoffice } = await benchLibreoffice(files.scoredFile, options));
  if (options.only.has("bundle")) ({ kb: report.taskpaneGzipKb, note: notes.bundle } = benchBundle());
  if (options.only.has("province")) {
    const runs = Math.min(options.runs, 3);
    report.province = await benchProvince(runs, progress);
    notes.province = `the four interleaved, each a child process; a shared machine's load moves wall times, CPU time much less`;
  }
  printReport(report, notes);
  if (options.json) process.stdout.write(`${JSON.stringify(report)}\n`);
}

run().catch((error) => {
  const text = error instanceof UsageError ? error.message : error instanceof Error ? (error.stack ?? error.message) : String(error);
  process.stderr.write(`bench: ${text}\n`);
  process.exitCode = error instanceof UsageError ? 2 : 1;
});
