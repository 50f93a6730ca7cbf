/** One input workbook read and analysed: what check, score and summary all start from. */
import type ExcelJS from "exceljs";
import * as path from "node:path";
import { analyzeWorkbook, type WorkbookAnalysis } from "../core/engine";
import { standardLayoutId } from "../core/profile/registry";
import type { WorkbookSnapshot } from "../core/snapshot";
import { foreignStateSheet } from "../core/state/lkeState";
import { CliError } from "./cliError";
import { formsFor, layoutsFor } from "./layoutFile";
import { registryFor, type SchemeOptions } from "./schemeOptions";
import type { CheckedWorkbook } from "./package/readCheckedWorkbook";
import { readWorkbookFile } from "./workbookFile";
import type { ZipParts } from "../xlsx/zip/zipParts";

export interface LoadedWorkbook {
  file: string;
  label: string;
  /** ExcelJS's reading of the workbook, made on first call: only a rewrite needs it. */
  excelWorkbook(): Promise<ExcelJS.Workbook>;
  /** Sheets the user protected, by name. */
  protectedSheets: readonly string[];
  /** The file's bytes as read. */
  bytes: Buffer;
  /** Its parts, unpacked under the limits (what the surgical writer edits). */
  parts: ZipParts;
  /** What ExcelJS was not given to read (a rewrite by ExcelJS would lose it). */
  leftOut: CheckedWorkbook["leftOut"];
  /** The user protected the workbook's structure (no sheet may be added). */
  structureLocked: boolean;
  snapshot: WorkbookSnapshot;
  analysis: WorkbookAnalysis;
}

/** `label`: how reports name the file (its name, unless two inputs share it). */
export async function loadWorkbook(file: string, options: SchemeOptions, label = path.basename(file)): Promise<LoadedWorkbook> {
  const { lean, excelWorkbook, bytes, parts, leftOut, package: pkg } = await readWorkbookFile(file);
  const snapshot: WorkbookSnapshot = { name: label, sheets: lean.sheets };
  refuseForeignStateSheet(snapshot, label);
  const registry = registryFor(snapshot, options, label);
  const profiles = layoutsFor(options.layoutFile);
  const forms = formsFor(snapshot, options.layoutFile);
  const analysis = analyzeWorkbook(snapshot, { registry, schemeId: options.scheme, layout: options.layout, forms, profiles });
  if (options.layout !== undefined && options.layout !== standardLayoutId && !analysis.sheets.some((s) => s.profile)) {
    const { layout } = options;
    throw new CliError((w) => w.layoutNotFound(label, layout));
  }
  return { file, label, excelWorkbook, protectedSheets: lean.protectedSheets, bytes, parts, leftOut, structureLocked: pkg.structureLocked, snapshot, analysis };
}

/** A user's sheet under LKE's own record sheet's name: nothing runs on that workbook. */
export function refuseForeignStateSheet(snapshot: WorkbookSnapshot, label: string): void {
  const taken = foreignStateSheet(snapshot);
  if (taken !== null) throw new CliError((w) => w.stateSheetTaken(label, taken));
}
