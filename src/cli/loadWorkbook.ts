/** One input workbook read and analysed: what check, score and summary all start from. */
import type ExcelJS from "exceljs";
import * as path from "node:path";
import { analyzeWorkbook, type WorkbookAnalysis } from "../core/engine";
import { standardLayoutId } from "../core/profile/registry";
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

/** `label`: how reports name the file (its name, unless two inputs share it). */
export async function loadWorkbook(file: string, options: SchemeOptions, label = path.basename(file)): Promise<LoadedWorkbook> {
  const { workbook, bytes } = await readWorkbookFile(file);
  const snapshot = workbookSnapshot(workbook, label);
  const registry = registryFor(snapshot, options, label);
  const profiles = layoutsFor(options.layoutFile);
  const forms = formsFor(snapshot, options.layoutFile);
  const analysis = analyzeWorkbook(snapshot, { registry, schemeId: options.scheme, layout: options.layout, forms, profiles });
  if (options.layout !== undefined && options.layout !== standardLayoutId && !analysis.sheets.some((s) => s.profile)) {
    const { layout } = options;
    throw new CliError((w) => w.layoutNotFound(label, layout));
  }
  return { file, label, workbook, bytes, snapshot, analysis };
}
