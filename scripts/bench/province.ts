/**
 * The `province` figure: a province's year (38 regency workbooks of 45 unit sheets) read three
 * ways, each in a process of its own so its peak memory is its own: the floor (every part
 * inflated with Node's zlib and each `<c` cell found), a bare ExcelJS read, and `lke summary`
 * as users run it (the compiled CLI, `bin/lke.js`, so it measures whichever reader the CLI
 * uses). Then the same at three times the files. `lke check` of the same files is measured
 * too: it reads and analyses as summary does but writes no recap, so its peak memory shows the
 * reading alone.
 */
import { spawnSync } from "child_process";
import ExcelJS from "exceljs";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { performance } from "perf_hooks";
import { previousFromRecap } from "../../src/core/summary/previous";
import { workbookSnapshot } from "../../src/io/xlsx/snapshot";
import { unitsPerRegency, writeProvince } from "./provinceCorpus";

const root = path.resolve(__dirname, "..", "..");
export const regencies = 38;
const sizes = [regencies, 3 * regencies] as const;

/** What the issue asks for. */
export const provinceTargets = { summaryToFloor: 4, peakGrowth: 1.3, peakMb: 250 };

export interface Measured {
  /** Medians over the runs. */
  wallMs: number;
  cpuMs: number;
  peakMb: number;
}

export interface ProvinceSize {
  files: number;
  floor: Measured;
  exceljs: Measured;
  summary: Measured;
  check: Measured;
}

export interface ProvinceFigure {
  regencies: number;
  sheets: number;
  /** Cells and .xlsx bytes of the 38 files, as the floor counted them. */
  cells: number;
  mb: number;
  runs: number;
  sizes: ProvinceSize[];
  /** lke summary over the floor at 38 files, on wall and on CPU time. */
  summaryToFloor: number;
  summaryToFloorCpu: number;
  /** lke summary's peak memory at 114 files over its peak at 38. */
  peakGrowth: number;
  /** How peak memory and CPU time were measured. */
  meter: string;
}

interface ChildRun extends Measured {
  stdout: string;
}

const timeBinary = "/usr/bin/time";
const usageMarker = "lke-bench-usage:";

/**
 * Runs `node <args>` and measures it: wall time here, peak memory and CPU time from
 * /usr/bin/time -v, or from the child itself through scripts/bench/peakRss.js without it.
 */
function runNode(args: string[], cwd: string): ChildRun {
  const viaTime = fs.existsSync(timeBinary);
  const command = viaTime ? timeBinary : process.execPath;
  const commandArgs = viaTime ? ["-v", process.execPath, ...args] : [path.join(__dirname, "peakRss.js"), ...args];
  const started = performance.now();
  const child = spawnSync(command, commandArgs, { cwd, encoding: "utf8", maxBuffer: 256 * 1024 * 1024 });
  const wallMs = performance.now() - started;
  const stderr = child.stderr ?? "";
  // lke exits 1 when findings include errors (unanswered criteria); 2 or a signal is a failure.
  if (child.status === null || child.status > 1) throw new Error(`node ${args.join(" ").slice(0, 200)} failed (${child.status ?? child.signal}): ${stderr.trim().split("\n").slice(-5).join(" | ")}`);
  if (viaTime) {
    const field = (name: string) => Number(new RegExp(`${name}: ([0-9.]+)`).exec(stderr)?.[1] ?? NaN);
    const cpuMs = (field("User time \\(seconds\\)") + field("System time \\(seconds\\)")) * 1000;
    return { wallMs, cpuMs, peakMb: field("Maximum resident set size \\(kbytes\\)") / 1024, stdout: child.stdout };
  }
  const line = stderr.split("\n").find((l) => l.startsWith(usageMarker));
  if (!line) throw new Error(`no usage line from node ${args[0]}`);
  const usage = JSON.parse(line.slice(usageMarker.length)) as { maxRssKb: number; cpuMs: number };
  return { wallMs, cpuMs: usage.cpuMs, peakMb: usage.maxRssKb / 1024, stdout: child.stdout };
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

const round = (value: number, decimals = 1) => Math.round(value * 10 ** decimals) / 10 ** decimals;

function medians(runs: Measured[]): Measured {
  return {
    wallMs: round(median(runs.map((r) => r.wallMs)), 0),
    cpuMs: round(median(runs.map((r) => r.cpuMs)), 0),
    peakMb: round(median(runs.map((r) => r.peakMb))),
  };
}

/** The units on the recap's Ringkasan: every sheet of every file must be there. */
async function recapUnits(recap: string): Promise<number> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(recap);
  return previousFromRecap(workbookSnapshot(workbook, path.basename(recap)), path.basename(recap))?.length ?? 0;
}

/** The CLI is compiled first, so the figure measures the sources as they are. */
function compileCli(progress: (text: string) => void): void {
  progress("province: compiling the command line (npm run prepare)");
  const build = spawnSync("npm", ["run", "prepare"], { cwd: root, encoding: "utf8", shell: process.platform === "win32" });
  if (build.status !== 0) throw new Error(`npm run prepare failed: ${`${build.stdout ?? ""}${build.stderr ?? ""}`.trim().split("\n").slice(-5).join(" | ")}`);
}

export async function benchProvince(runs: number, progress: (text: string) => void): Promise<ProvinceFigure> {
  compileCli(progress);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "lke-province-"));
  try {
    const all = await writeProvince(dir, sizes[sizes.length - 1], progress);
    const recap = path.join(dir, "rekap.xlsx");
    const lke = path.join(root, "bin", "lke.js");
    const floorScript = path.join(__dirname, "floor.js");
    const exceljsScript = path.join(__dirname, "exceljsRead.js");
    let counted: { cells: number; bytes: number } | null = null;
    const measured: ProvinceSize[] = [];
    for (const count of sizes) {
      const files = all.slice(0, count);
      const floor: Measured[] = [];
      const exceljs: Measured[] = [];
      const summary: Measured[] = [];
      const check: Measured[] = [];
      // Interleaved, so drift (other work on the machine) hits the three alike.
      for (let i = 0; i < runs; i++) {
        const floorRun = runNode([floorScript, ...files], dir);
        floor.push(floorRun);
        counted ??= JSON.parse(floorRun.stdout) as { cells: number; bytes: number };
        exceljs.push(runNode([exceljsScript, ...files], dir));
        // Each run makes a new recap, as a bureau's first recap of the year does (regenerating an
        // existing one reads it whole first, and is not this figure).
        fs.rmSync(recap, { force: true });
        summary.push(runNode([lke, "summary", ...files, "-o", recap, "--title", "Provinsi Contoh", "--year", "2024"], dir));
        check.push(runNode([lke, "check", ...files], dir));
        const said = (name: string, m: Measured[]) => `${name} ${round(m[i].wallMs / 1000, 2)} s ${round(m[i].peakMb, 0)} MB`;
        progress(`province: ${count} files, run ${i + 1}/${runs}: ${[said("floor", floor), said("exceljs", exceljs), said("lke summary", summary), said("lke check", check)].join(", ")}`);
      }
      const units = await recapUnits(recap);
      if (units !== count * unitsPerRegency) throw new Error(`province: the recap of ${count} files holds ${units} units, not ${count * unitsPerRegency}`);
      measured.push({ files: count, floor: medians(floor), exceljs: medians(exceljs), summary: medians(summary), check: medians(check) });
    }
    const [small, large] = measured;
    return {
      regencies,
      sheets: regencies * unitsPerRegency,
      cells: counted!.cells,
      mb: round(counted!.bytes / 1e6, 2),
      runs,
      sizes: measured,
      summaryToFloor: round(small.summary.wallMs / small.floor.wallMs, 1),
      summaryToFloorCpu: round(small.summary.cpuMs / small.floor.cpuMs, 1),
      peakGrowth: round(large.summary.peakMb / small.summary.peakMb, 2),
      meter: fs.existsSync(timeBinary) ? "peak RSS and CPU from /usr/bin/time -v" : "peak RSS and CPU from the child's process.resourceUsage()",
    };
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

const seconds = (ms: number) => `${(ms / 1000).toFixed(2)} s`;
const cell = (m: Measured) => `${seconds(m.wallMs)} (CPU ${seconds(m.cpuMs)}), ${Math.round(m.peakMb)} MB`.padEnd(34);

/** The report's lines for the figure; `mark` says ok, MISSED or n/a. */
export function provinceLines(figure: ProvinceFigure | null, note: string, mark: (ok: boolean | null) => string): string[] {
  if (!figure) return [`Province ${regencies} x ${unitsPerRegency} sheets: - (${note})`];
  const lines: string[] = [];
  const [small, large] = figure.sizes;
  lines.push(`Province ${figure.regencies} regencies x ${unitsPerRegency} unit sheets = ${figure.sheets.toLocaleString("en-US")} sheets, ${figure.cells.toLocaleString("en-US")} cells, ${figure.mb} MB of .xlsx`);
  lines.push(`         ${`wall (CPU), peak; median of ${figure.runs}`.padEnd(36)}${`${small.files} files`.padEnd(34)}${large.files} files`);
  const rows: [string, keyof Omit<ProvinceSize, "files">][] = [
    ["floor: zlib + find <c", "floor"],
    ["bare ExcelJS read", "exceljs"],
    ["lke summary", "summary"],
    ["lke check (reads, writes nothing)", "check"],
  ];
  for (const [label, key] of rows) lines.push(`         ${label.padEnd(36)}${cell(small[key])}${cell(large[key])}`.trimEnd());
  const t = provinceTargets;
  lines.push(`         summary / floor at ${small.files} files: ${figure.summaryToFloor}x (CPU ${figure.summaryToFloorCpu}x)   target <= ${t.summaryToFloor}x   ${mark(figure.summaryToFloor <= t.summaryToFloor)}`);
  lines.push(
    `         summary peak ${large.files} / ${small.files} files: ${figure.peakGrowth}x (${Math.round(large.summary.peakMb)} / ${Math.round(small.summary.peakMb)} MB)   target <= ${t.peakGrowth}x and < ${t.peakMb} MB   ${mark(figure.peakGrowth <= t.peakGrowth && large.summary.peakMb < t.peakMb)}`,
  );
  lines.push(`         check peak ${large.files} / ${small.files} files: ${round(large.check.peakMb / small.check.peakMb, 2)}x (${Math.round(large.check.peakMb)} / ${Math.round(small.check.peakMb)} MB): the reading alone`);
  lines.push(`         (${note}; ${figure.meter})`);
  return lines;
}
