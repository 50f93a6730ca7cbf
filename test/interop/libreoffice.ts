/**
 * Interop harness: LibreOffice Calc recalculates a workbook LKE wrote, so tests can compare
 * its results with the values LKE cached next to its formulas.
 *
 * LibreOffice runs headless with a fresh user profile per call whose configuration forces
 * a full recalculation on load (by default it trusts the cached results of .xlsx files,
 * which would make any comparison pointless).
 */
import { spawn, spawnSync } from "child_process";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { pathToFileURL } from "url";
import ExcelJS from "exceljs";

/** The LibreOffice binary: $SOFFICE, else `soffice` on PATH. */
export const SOFFICE = process.env.SOFFICE || "soffice";

const CONVERT_TIMEOUT_MS = 180_000;

/** LibreOffice's version line, or null when it cannot be run. */
export function sofficeVersion(): string | null {
  const probe = spawnSync(SOFFICE, ["--version"], { encoding: "utf8", timeout: 60_000 });
  if (probe.error || probe.status !== 0) return null;
  return probe.stdout.trim() || "LibreOffice (unknown version)";
}

/**
 * Recalculation on load: 0 = always, 1 = never, 2 = ask. Both for OOXML (.xlsx) and ODF.
 */
const REGISTRY_MODIFICATIONS = `<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value></prop></item>
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="ODFRecalcMode" oor:op="fuse"><value>0</value></prop></item>
</oor:items>
`;

export interface RecalculateOptions {
  /** Where to write the recalculated copy; a fresh temporary folder by default. */
  outDir?: string;
  /** Leave LibreOffice's own setting alone (for demonstrating that forcing matters). */
  keepCachedValues?: boolean;
}

function run(command: string, args: string[], env: NodeJS.ProcessEnv): Promise<{ code: number | null; output: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { env, stdio: ["ignore", "pipe", "pipe"] });
    let output = "";
    child.stdout.on("data", (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on("data", (chunk: Buffer) => (output += chunk.toString()));
    const timer = setTimeout(() => {
      child.kill("SIGKILL");
      reject(new Error(`${command} timed out after ${CONVERT_TIMEOUT_MS / 1000} s\n${output}`));
    }, CONVERT_TIMEOUT_MS);
    child.on("error", (error) => {
      clearTimeout(timer);
      reject(error);
    });
    child.on("close", (code) => {
      clearTimeout(timer);
      resolve({ code, output });
    });
  });
}

/**
 * Opens xlsxPath in headless LibreOffice with recalculation forced on load and saves it as
 * .xlsx again; returns the path of the recalculated copy (the input is not touched).
 */
export async function recalculate(xlsxPath: string, options: RecalculateOptions = {}): Promise<string> {
  const input = path.resolve(xlsxPath);
  if (!fs.existsSync(input)) throw new Error(`no such workbook: ${input}`);
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), "lke-lo-profile-"));
  const outDir = options.outDir ?? fs.mkdtempSync(path.join(os.tmpdir(), "lke-lo-out-"));
  fs.mkdirSync(outDir, { recursive: true });
  try {
    if (!options.keepCachedValues) {
      fs.mkdirSync(path.join(profile, "user"), { recursive: true });
      fs.writeFileSync(path.join(profile, "user", "registrymodifications.xcu"), REGISTRY_MODIFICATIONS);
    }
    const args = [
      "--headless",
      "--norestore",
      "--nolockcheck",
      `-env:UserInstallation=${pathToFileURL(profile).href}`,
      "--convert-to",
      "xlsx:Calc MS Excel 2007 XML",
      "--outdir",
      outDir,
      input,
    ];
    const { code, output } = await run(SOFFICE, args, { ...process.env, HOME: profile });
    const result = path.join(outDir, `${path.parse(input).name}.xlsx`);
    if (code !== 0 || !fs.existsSync(result)) {
      throw new Error(`LibreOffice did not convert ${input} (exit ${code}):\n${output}`);
    }
    return result;
  } finally {
    fs.rmSync(profile, { recursive: true, force: true });
  }
}

export type CellValue = number | string | boolean | Date | { error: string } | null;

export interface CellReading {
  /** The value shown: a formula cell's cached result, or the constant. */
  value: CellValue;
  /** The formula without "=", when the cell has one. */
  formula?: string;
}

/** sheet name -> A1 address -> reading, for every non-empty cell. */
export type WorkbookCells = Record<string, Record<string, CellReading>>;

function plain(value: ExcelJS.CellValue | undefined): CellValue {
  if (value === null || value === undefined) return null;
  if (typeof value === "number" || typeof value === "string" || typeof value === "boolean") return value;
  if (value instanceof Date) return value;
  if (typeof value === "object") {
    if ("error" in value) return { error: String(value.error) };
    if ("richText" in value) return value.richText.map((run) => run.text).join("");
    if ("text" in value && "hyperlink" in value) return String(value.text);
    if ("formula" in value || "sharedFormula" in value) return plain(value.result as ExcelJS.CellValue);
  }
  return String(value);
}

/** Reads every non-empty cell's value and formula with ExcelJS. */
export async function readCells(xlsxPath: string): Promise<WorkbookCells> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(xlsxPath);
  const out: WorkbookCells = {};
  workbook.eachSheet((sheet) => {
    const cells: Record<string, CellReading> = {};
    sheet.eachRow({ includeEmpty: false }, (row) => {
      row.eachCell({ includeEmpty: false }, (cell) => {
        const isFormula = cell.type === ExcelJS.ValueType.Formula;
        // cell.value drops a falsy cached result (0, "", false); cell.result keeps it.
        const reading: CellReading = { value: isFormula ? plain(cell.result as ExcelJS.CellValue) : plain(cell.value) };
        if (isFormula) reading.formula = cell.formula;
        cells[cell.address] = reading;
      });
    });
    out[sheet.name] = cells;
  });
  return out;
}

/** Prints xlsxPath to PDF with headless LibreOffice (every sheet, its print settings applied); returns the PDF's path. */
export async function printToPdf(xlsxPath: string, outDir: string): Promise<string> {
  return convertTo(xlsxPath, outDir, "pdf");
}

/** Converts xlsxPath with headless LibreOffice to `format` ("fods": flat OpenDocument, charts included); returns the new file's path. */
export async function convertTo(xlsxPath: string, outDir: string, format: "pdf" | "fods"): Promise<string> {
  const input = path.resolve(xlsxPath);
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), "lke-lo-profile-"));
  fs.mkdirSync(outDir, { recursive: true });
  try {
    const args = ["--headless", "--norestore", "--nolockcheck", `-env:UserInstallation=${pathToFileURL(profile).href}`, "--convert-to", format, "--outdir", outDir, input];
    const { code, output } = await run(SOFFICE, args, { ...process.env, HOME: profile });
    const result = path.join(outDir, `${path.parse(input).name}.${format}`);
    if (code !== 0 || !fs.existsSync(result)) throw new Error(`LibreOffice did not convert ${input} to ${format} (exit ${code}):\n${output}`);
    return result;
  } finally {
    fs.rmSync(profile, { recursive: true, force: true });
  }
}

/** Each page's size in points ([width, height]), in page order, from the page objects LibreOffice writes. */
export function pdfPageSizes(pdfPath: string): [number, number][] {
  const text = fs.readFileSync(pdfPath).toString("latin1");
  const sizes: [number, number][] = [];
  for (const match of text.matchAll(/\d+ 0 obj\s*<<(.*?)>>\s*(?:stream|endobj)/gs)) {
    const dict = match[1];
    if (!/\/Type\s*\/Page\b(?!s)/.test(dict)) continue;
    const box = /\/MediaBox\s*\[\s*([\d.]+)\s+([\d.]+)\s+([\d.]+)\s+([\d.]+)\s*\]/.exec(dict);
    if (box) sizes.push([Number(box[3]) - Number(box[1]), Number(box[4]) - Number(box[2])]);
  }
  return sizes;
}
