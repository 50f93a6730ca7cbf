/** One input workbook read and analysed: what check, score and summary all start from. */
import type ExcelJS from "exceljs";
import * as path from "node:path";
import { analyzeWorkbook, type WorkbookAnalysis } from "../core/engine";
import type { WorkbookSnapshot } from "../core/snapshot";
import { registryFor, type SchemeOptions } from "./schemeOptions";
import { readWorkbook } from "./workbookFile";
import { workbookSnapshot } from "./xlsxSnapshot";

export interface LoadedWorkbook {
  file: string;
  label: string;
  workbook: ExcelJS.Workbook;
  snapshot: WorkbookSnapshot;
  analysis: WorkbookAnalysis;
}

export async function loadWorkbook(file: string, options: SchemeOptions): Promise<LoadedWorkbook> {
  const workbook = await readWorkbook(file);
  const label = path.basename(file);
  const snapshot = workbookSnapshot(workbook, label);
  const registry = registryFor(snapshot, options, label);
  const analysis = analyzeWorkbook(snapshot, { registry, schemeId: options.scheme });
  return { file, label, workbook, snapshot, analysis };
}
