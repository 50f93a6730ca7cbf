/** Reading .xlsx files safely: every way a file can be wrong gets one clear line. */
import type ExcelJS from "exceljs";
import * as fs from "node:fs";
import * as path from "node:path";
import { LeanRefused } from "../io/xlsx/lean/leanRefused";
import { isOle, oleKind } from "../io/xlsx/oleKind";
import type { ZipParts } from "../io/xlsx/zip/zipParts";
import { ZipRefused } from "../io/xlsx/zip/zipRefused";
import { CliError, type Said } from "./cliError";
import type { CliTexts } from "./locales/texts";
import { PackageDamaged, SheetRefused } from "../io/xlsx/package/packageDamage";
import { readCheckedWorkbook, type CheckedWorkbook } from "../io/xlsx/package/readCheckedWorkbook";
import { nodeIsAscii, readPackageParts } from "../io/xlsx/nodeZip";
// Larger files are not evaluation workbooks and would exhaust memory: refused before reading, as in the pane.
import { maxWorkbookBytes } from "../io/xlsx/zipLimits";

export async function readWorkbook(file: string): Promise<ExcelJS.Workbook> {
  return (await readWorkbookFile(file)).excelWorkbook();
}

/** What a zip that is not SpreadsheetML holds, told by its parts' names. */
function foreignKind(names: readonly string[]): keyof CliTexts["packageKinds"] | null {
  const has = (name: string) => names.some((n) => n.toLowerCase() === name.toLowerCase());
  if (has("xl/workbook.xml")) return null;
  if (has("mimetype") && has("content.xml")) return "ods";
  if (has("xl/workbook.bin")) return "xlsb";
  if (has("word/document.xml")) return "docx";
  if (has("ppt/presentation.xml")) return "pptx";
  return null;
}

/**
 * The file's bytes, read through one descriptor whose own status says it is a regular file of
 * an acceptable size: a link to a device, or a file swapped after a check, is never read.
 */
function readRegularFile(file: string): Buffer {
  let fd: number;
  try {
    fd = fs.openSync(file, fs.constants.O_RDONLY | (fs.constants.O_NONBLOCK ?? 0));
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === "ENOENT" || code === "ENOTDIR") throw new CliError((w) => w.notFound(file));
    if (code === "EISDIR") throw new CliError((w) => w.isFolder(file));
    throw new CliError((w) => w.unreadableFile(file));
  }
  try {
    const stat = fs.fstatSync(fd);
    if (stat.isDirectory()) throw new CliError((w) => w.isFolder(file));
    if (!stat.isFile()) throw new CliError((w) => w.notRegularFile(file));
    if (stat.size > maxWorkbookBytes) throw new CliError((w) => w.tooLarge(file, Math.round(stat.size / 1048576), maxWorkbookBytes / 1048576));
    const data = Buffer.alloc(stat.size);
    let read = 0;
    while (read < data.length) {
      const n = fs.readSync(fd, data, read, data.length - read, read);
      if (n === 0) break;
      read += n;
    }
    return read === data.length ? data : data.subarray(0, read);
  } catch (error) {
    if (error instanceof CliError) throw error;
    throw new CliError((w) => w.unreadableFile(file));
  } finally {
    fs.closeSync(fd);
  }
}

function zipRefusal(file: string, error: ZipRefused): Said {
  const problem = error.problem;
  switch (problem.kind) {
    case "not-zip":
      return (w) => w.notZip(file);
    case "damaged":
      return (w) => w.truncated(file);
    case "too-many-parts":
      return (w) => w.tooManyParts(file, problem.limit);
    case "duplicate-part":
      return (w) => w.damagedBecause(file, w.damage.duplicatePart(problem.part));
    case "too-large":
      return (w) => w.unpacksTooLarge(file, Math.round(problem.limit / 1048576));
    case "bomb":
      return (w) => w.zipBomb(file, problem.part, problem.ratio);
    case "unsupported-method":
      return (w) => w.damagedBecause(file, w.damage.method(problem.part, problem.method));
  }
}

function packageRefusal(file: string, error: PackageDamaged): Said {
  const damage = error.damage;
  switch (damage.kind) {
    case "not-spreadsheet":
      return (w) => w.foreignPackage(file, w.packageKinds.other);
    case "missing-part":
      return (w) => w.damagedBecause(file, w.damage.missingPart(damage.part));
    case "dangling":
      return (w) => w.damagedBecause(file, w.damage.dangling(damage.source, damage.target));
    case "shared-part":
      return (w) => w.damagedBecause(file, w.damage.sharedPart(damage.part, damage.sheets[0], damage.sheets[1]));
    case "duplicate-sheet":
      return (w) => w.damagedBecause(file, w.damage.duplicateSheet(damage.sheet));
    case "missing-shared-strings":
      return (w) => w.damagedBecause(file, w.damage.missingSharedStrings);
    case "no-sheets":
      return (w) => w.damagedBecause(file, w.damage.noSheets);
  }
}

function sheetRefusal(file: string, error: SheetRefused): Said {
  const refusal = error.refusal;
  switch (refusal.kind) {
    case "too-many-cells":
      return (w) => w.tooManyCells(file, refusal.limit);
    case "cell-out-of-range":
      return (w) => w.cellOutOfRange(file, refusal.sheet, refusal.cell);
    case "merge-too-large":
      return (w) => w.mergeTooLarge(file, refusal.sheet, refusal.range, refusal.limit);
  }
}

function leanRefusal(file: string, error: LeanRefused): Said {
  const problem = error.problem;
  switch (problem.kind) {
    case "xml":
      return (w) => w.damagedBecause(file, w.damage.badXml(problem.part));
    case "dtd":
      return (w) => w.damagedBecause(file, w.damage.dtd(problem.part));
    case "too-deep":
      return (w) => w.damagedBecause(file, w.damage.xmlTooDeep(problem.part, problem.limit));
    case "too-long":
      return (w) => w.damagedBecause(file, w.damage.xmlTooLong(problem.part, problem.limit));
    case "cell-out-of-range":
      return (w) => w.cellOutOfRange(file, problem.sheet, problem.cell);
    case "merge-too-large":
      return (w) => w.mergeTooLarge(file, problem.sheet, problem.range, problem.limit);
    case "missing-shared-strings":
      return (w) => w.damagedBecause(file, w.damage.missingSharedStrings);
    case "too-many-cells":
      return (w) => w.tooManyCells(file, problem.limit);
    case "damaged":
      return (w) => w.damaged(file);
  }
}

export interface WorkbookFile extends CheckedWorkbook {
  /** The file's bytes as read (the surgical writer edits those bytes). */
  bytes: Buffer;
  /** Its parts, unpacked under the limits. */
  parts: ZipParts;
}

/** The workbook, the bytes it was read from, and its parts as checked. */
export async function readWorkbookFile(file: string): Promise<WorkbookFile> {
  const data = readRegularFile(file);
  if (isOle(data)) {
    const kind = oleKind(data);
    if (kind === "encrypted") throw new CliError((w) => w.encrypted(file));
    if (kind === "xls") throw new CliError((w) => w.oldXls(file));
    throw new CliError((w) => w.notZip(file));
  }
  let parts: ZipParts;
  try {
    parts = readPackageParts(data);
  } catch (error) {
    if (error instanceof ZipRefused) throw new CliError(zipRefusal(file, error));
    throw error;
  }
  const foreign = foreignKind([...parts.parts.keys()]);
  if (foreign) throw new CliError((w) => w.foreignPackage(file, w.packageKinds[foreign]));
  try {
    const checked = await readCheckedWorkbook(parts, nodeIsAscii);
    // ExcelJS reads the workbook only when asked; what it cannot read is refused as damaged, as before.
    const excelWorkbook = () =>
      checked.excelWorkbook().catch(() => {
        throw new CliError((w) => w.damaged(file));
      });
    return { ...checked, excelWorkbook, bytes: data, parts };
  } catch (error) {
    if (error instanceof PackageDamaged) throw new CliError(packageRefusal(file, error));
    if (error instanceof SheetRefused) throw new CliError(sheetRefusal(file, error));
    if (error instanceof LeanRefused) throw new CliError(leanRefusal(file, error));
    if (error instanceof CliError) throw error;
    throw new CliError((w) => w.damaged(file));
  }
}

/** The workbook as .xlsx bytes, as ExcelJS writes it. */
export async function workbookBytes(workbook: ExcelJS.Workbook): Promise<Buffer> {
  // Fast deflate: a third less time than the default level, for a slightly larger file.
  const data = await workbook.xlsx.writeBuffer({ zip: { compression: "DEFLATE", compressionOptions: { level: 1 } } } as ExcelJS.XlsxWriteOptions);
  return Buffer.from(data as ArrayBuffer);
}

/** "data/Lamongan.xlsx" -> "data/Lamongan.dinilai.xlsx". */
export function besideWithSuffix(file: string, suffix: string): string {
  const ext = path.extname(file);
  return path.join(path.dirname(file), `${path.basename(file, ext)}.${suffix}${ext || ".xlsx"}`);
}
