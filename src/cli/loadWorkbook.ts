/** One input workbook read (and, for check and summary, checked). */
import type ExcelJS from "exceljs";
import * as path from "node:path";
import { foreignStateSheet, type WorkbookAnalysis, type WorkbookSnapshot } from "../core";
import { check, type Checked } from "../app";
import { CliError } from "./cliError";
import { readSettings, type SchemeOptions } from "./schemeOptions";
import type { CheckedWorkbook } from "../io/xlsx/package/readCheckedWorkbook";
import { readWorkbookFile } from "./workbookFile";
import type { ZipParts } from "../io/xlsx/zip/zipParts";

/** One input workbook as read: its bytes, its parts and its snapshot. */
export interface ReadInput {
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
}

/** One input workbook read and checked: what check and summary start from. */
export interface LoadedWorkbook extends ReadInput {
  analysis: WorkbookAnalysis;
  /** The check use case's result: reports and file-level findings. */
  checked: Checked;
}

/** `label`: how reports name the file (its name, unless two inputs share it). */
export async function readInput(file: string, label = path.basename(file)): Promise<ReadInput> {
  const { lean, excelWorkbook, bytes, parts, leftOut, package: pkg } = await readWorkbookFile(file);
  const snapshot: WorkbookSnapshot = { name: label, sheets: lean.sheets };
  return { file, label, excelWorkbook, protectedSheets: lean.protectedSheets, bytes, parts, leftOut, structureLocked: pkg.structureLocked, snapshot };
}

export async function loadWorkbook(file: string, options: SchemeOptions, label = path.basename(file)): Promise<LoadedWorkbook> {
  const read = await readInput(file, label);
  const checked = check(read.snapshot, readSettings(options, label));
  return { ...read, analysis: checked.analysis, checked };
}

/** A user's sheet under LKE's own record sheet's name: nothing runs on that workbook. */
export function refuseForeignStateSheet(snapshot: WorkbookSnapshot, label: string): void {
  const taken = foreignStateSheet(snapshot);
  if (taken !== null) throw new CliError((w) => w.stateSheetTaken(label, taken));
}
