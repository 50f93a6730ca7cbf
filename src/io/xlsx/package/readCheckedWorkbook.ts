/**
 * Reads .xlsx parts only after they were unpacked under the limits and checked as a workbook
 * package: the lean reader makes the snapshot; ExcelJS reads the workbook only when something
 * asks for it (a rewrite, or a recap written into an existing workbook). ExcelJS is then handed a
 * rebuilt, uncompressed copy of the checked parts, so a bomb never reaches its inflate, and
 * sheets whose data validations are too wide for it to expand reach it without them (said in
 * `leftOut`, so a rewrite by ExcelJS is refused; the lean reader leaves out the same ones).
 */
import type ExcelJS from "exceljs";
import { excelJs } from "../excelJs";
import { readLeanWorkbook, type LeanWorkbook } from "../../xlsx/lean/readWorkbook";
import { storedZip } from "../../xlsx/zip/storedZip";
import type { ZipParts } from "../../xlsx/zip/zipParts";
import { PackageDamaged, SheetRefused } from "./packageDamage";
import { scanSheet, sheetLimits, withoutValidations } from "./sheetLimits";
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

export async function readCheckedWorkbook(zip: ZipParts): Promise<CheckedWorkbook> {
  const pkg = checkWorkbookPackage(zip);
  const forExcelJs = new Map(zip.parts);
  const leftOut: CheckedWorkbook["leftOut"] = [];
  let cells = 0;
  const encoder = new TextEncoder();
  for (const sheet of pkg.sheets) {
    if (sheet.part === null) continue;
    const xml = pkg.text(sheet.part);
    if (xml === null) continue;
    const scan = scanSheet(xml, sheet.name);
    cells += scan.cells;
    if (cells > sheetLimits.maxCells) throw new SheetRefused({ kind: "too-many-cells", limit: sheetLimits.maxCells });
    if (scan.usesSharedStrings && (pkg.sharedStringsPart === null || pkg.text(pkg.sharedStringsPart) === null)) {
      throw new PackageDamaged({ kind: "missing-shared-strings" });
    }
    if (scan.wideValidations) {
      const name = [...zip.parts.keys()].find((n) => n.toLowerCase() === sheet.part!.toLowerCase())!;
      forExcelJs.set(name, encoder.encode(withoutValidations(xml)));
      leftOut.push({ sheet: sheet.name, what: "validations" });
    }
  }
  const lean = readLeanWorkbook(zip.parts);
  let loading: Promise<ExcelJS.Workbook> | null = null;
  const excelWorkbook = () => (loading ??= loadExcelJs(forExcelJs));
  return { lean, excelWorkbook, package: pkg, leftOut };
}

async function loadExcelJs(parts: ReadonlyMap<string, Uint8Array>): Promise<ExcelJS.Workbook> {
  const workbook = new (await excelJs()).Workbook();
  const copy = storedZip(parts);
  await workbook.xlsx.load(Buffer.from(copy.buffer, copy.byteOffset, copy.byteLength) as unknown as ArrayBuffer);
  return workbook;
}
