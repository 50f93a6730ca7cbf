/**
 * Reads .xlsx parts only after they were unpacked under the limits and checked as a workbook
 * package: the lean reader makes the snapshot; ExcelJS reads the workbook only when something
 * asks for it (a rewrite, or a recap written into an existing workbook). ExcelJS is then handed a
 * rebuilt, uncompressed copy of the checked parts, so a bomb never reaches its inflate, and
 * sheets whose data validations are too wide for it to expand reach it without them (said in
 * `leftOut`, so a rewrite by ExcelJS is refused; the lean reader leaves out the same ones).
 *
 * Each sheet's XML is read once, by the lean reader: it applies the sheet limits as it goes
 * (cells, their addresses, merged areas) and notes the wide validations and the use of shared
 * strings, and its refusals of those are told as the package check's own.
 */
import type ExcelJS from "exceljs";
import { excelJs } from "../excelJs";
import { LeanRefused } from "../lean/leanRefused";
import { readLeanWorkbook, type LeanWorkbook } from "../lean/readWorkbook";
import { PartTexts, type AsciiTest } from "../zip/partTexts";
import { storedZip } from "../zip/storedZip";
import type { ZipParts } from "../zip/zipParts";
import { PackageDamaged, SheetRefused } from "./packageDamage";
import { sheetLimits, withoutValidations } from "./sheetLimits";
import { checkWorkbookPackage, type WorkbookPackage } from "./workbookPackage";

export interface CheckedWorkbook {
  /** The sheets, protection and structure lock as the lean reader read them. */
  lean: LeanWorkbook;
  /** ExcelJS's reading of the same checked parts, made on the first call and kept. */
  excelWorkbook(): Promise<ExcelJS.Workbook>;
  package: WorkbookPackage;
  /** Sheets whose data validations ExcelJS did not read (too wide to expand). */
  leftOut: { sheet: string; what: "validations" }[];
}

/** The lean reader's refusal of what the sheet limits refuse, as the package check tells it. */
function asPackageRefusal(error: unknown): unknown {
  if (!(error instanceof LeanRefused)) return error;
  const problem = error.problem;
  switch (problem.kind) {
    case "too-many-cells":
      return new SheetRefused({ kind: "too-many-cells", limit: sheetLimits.maxCells });
    case "cell-out-of-range":
      return new SheetRefused({ kind: "cell-out-of-range", sheet: problem.sheet, cell: problem.cell });
    case "merge-too-large":
      return new SheetRefused({ kind: "merge-too-large", sheet: problem.sheet, range: problem.range, limit: sheetLimits.maxMergeCells });
    case "missing-shared-strings":
      return new PackageDamaged({ kind: "missing-shared-strings" });
    default:
      return error;
  }
}

/** `isAscii`: the host's test for parts of plain ASCII (see PartTexts), when it has a cheap one. */
export async function readCheckedWorkbook(zip: ZipParts, isAscii?: AsciiTest): Promise<CheckedWorkbook> {
  const texts = new PartTexts(zip.parts, isAscii);
  const pkg = checkWorkbookPackage(zip, texts);
  let lean: LeanWorkbook;
  try {
    lean = readLeanWorkbook(zip.parts, texts);
  } catch (error) {
    throw asPackageRefusal(error);
  }
  // The lean reader finds the table through its own reading of the relationships; the package check's must agree.
  if (lean.usesSharedStrings && (pkg.sharedStringsPart === null || !pkg.has(pkg.sharedStringsPart))) throw new PackageDamaged({ kind: "missing-shared-strings" });
  const leftOut: CheckedWorkbook["leftOut"] = lean.validationsLeftOut.map(({ sheet }) => ({ sheet, what: "validations" }));
  let loading: Promise<ExcelJS.Workbook> | null = null;
  const excelWorkbook = () => (loading ??= loadExcelJs(forExcelJs(zip.parts, lean.validationsLeftOut)));
  return { lean, excelWorkbook, package: pkg, leftOut };
}

/** The parts ExcelJS reads: the sheets with too wide validations without them. */
function forExcelJs(parts: ReadonlyMap<string, Uint8Array>, wide: LeanWorkbook["validationsLeftOut"]): Map<string, Uint8Array> {
  const copy = new Map(parts);
  const utf8 = new TextDecoder("utf-8");
  const encoder = new TextEncoder();
  for (const { part } of wide) copy.set(part, encoder.encode(withoutValidations(utf8.decode(parts.get(part)!))));
  return copy;
}

async function loadExcelJs(parts: ReadonlyMap<string, Uint8Array>): Promise<ExcelJS.Workbook> {
  const workbook = new (await excelJs()).Workbook();
  const copy = storedZip(parts);
  await workbook.xlsx.load(Buffer.from(copy.buffer, copy.byteOffset, copy.byteLength) as unknown as ArrayBuffer);
  return workbook;
}
