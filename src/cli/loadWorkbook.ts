/** One input workbook read and analysed: what check, score and summary all start from. */
import type ExcelJS from "exceljs";
import * as path from "node:path";
import { analyzeWorkbook, type WorkbookAnalysis } from "../core/engine";
import { layoutIds, standardLayoutId } from "../core/profile/registry";
import type { WorkbookSnapshot } from "../core/snapshot";
import { CliError } from "./cliError";
import { formsFor, layoutsFor } from "./layoutFile";
import { registryFor, type SchemeOptions } from "./schemeOptions";
import { readWorkbookFile } from "./workbookFile";
import { workbookSnapshot } from "../xlsx/snapshot";

export interface LoadedWorkbook {
  file: string;
  label: string;
  workbook: ExcelJS.Workbook;
  /** The file's bytes as read. */
  bytes: Buffer;
  snapshot: WorkbookSnapshot;
  analysis: WorkbookAnalysis;
}

export async function loadWorkbook(file: string, options: SchemeOptions): Promise<LoadedWorkbook> {
  const { workbook, bytes } = await readWorkbookFile(file);
  const label = path.basename(file);
  const snapshot = workbookSnapshot(workbook, label);
  const registry = registryFor(snapshot, options, label);
  const profiles = layoutsFor(options.layoutFile);
  const layouts = layoutIds(profiles);
  if (options.layout !== undefined && !layouts.includes(options.layout)) {
    throw new CliError(`--layout ${options.layout}: tata letak tidak dikenal; pilih salah satu: ${layouts.join(", ")} / unknown layout.`);
  }
  const forms = formsFor(snapshot, options.layoutFile);
  const analysis = analyzeWorkbook(snapshot, { registry, schemeId: options.scheme, layout: options.layout, forms, profiles });
  if (options.layout !== undefined && options.layout !== standardLayoutId && !analysis.sheets.some((s) => s.profile)) {
    throw new CliError(`${label}: tata letak ${options.layout} tidak ditemukan di workbook / layout ${options.layout} not found in the workbook.`);
  }
  return { file, label, workbook, bytes, snapshot, analysis };
}
