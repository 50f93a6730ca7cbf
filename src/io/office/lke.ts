/**
 * The add-in's commands over Office.js: check, score, summary, undo, insert template and
 * select a cell. Each is one `Excel.run`, queued behind any run in flight, and costs a fixed
 * number of syncs: check 2 (read), score/summary/undo/template 4 (read 2, state sheet 1,
 * cells and sheets 1), plus one per further 4 MB of plan on very large workbooks. Score and
 * summary return the reports of their own read: the pane needs no second read after them.
 */
import { finalizePlan, type WriteMode, reportCommand, type Lang, isEmptyPlan, type WritePlan, type SheetReport, summaryCommand } from "../../core";
import { check, lastRun, report, score, templateSheets, undo, workbookRegistry, type Checked, type LastRun, type ReadSettings } from "../../app";
import { applyPlan, type ApplyResult } from "./apply";
import { defaultPayloadBudget } from "./blocks";
import { classifyError, LkeHostError } from "./errors";
import { minimumExcelApi, RunQueue, type ExcelHost } from "./host";
import { readWorkbook, type SheetInfo, type WorkbookRead } from "./read";
import { planWorkbookSummary, type PickedWorkbook, type SummaryRequest } from "./summary";

/** The recap's "file" column for the open workbook when Office gives no document name. */
const workbookLabel = "Buku kerja ini";

/** One queue for every run of this page: commands never overlap. */
export const sharedQueue = new RunQueue();

export interface AddinOptions {
  queue?: RunQueue;
  /** The clock for undo records. */
  now?: () => Date;
  /** Request budget per sync in bytes (tests lower it to exercise chunking). */
  budget?: number;
}

export type { LastRun };

export interface CheckResult {
  reports: SheetReport[];
  sheets: SheetInfo[];
  /** What "Batalkan" would undo, or null. */
  lastRun: LastRun | null;
}

export interface WriteResult extends CheckResult {
  /** Null when nothing needed writing (already up to date). */
  applied: ApplyResult | null;
}

export interface SummaryCommandResult extends WriteResult {
  /** The recap sheets, in order (e.g. "Ringkasan", "Rincian"); empty when there was nothing to recap. */
  summarySheets: string[];
}

export interface ReportCommandResult extends WriteResult {
  /** The report sheets written: one "LHE <sheet>" per scored unit, then "Rekomendasi". */
  reportSheets: string[];
}

export interface UndoResult {
  undone: LastRun | null;
  applied: ApplyResult | null;
}

export interface TemplateResult {
  sheet: string;
  applied: ApplyResult;
}

interface Loaded extends Checked {
  read: WorkbookRead;
}

export class LkeAddin {
  private readonly queue: RunQueue;
  private readonly now: () => Date;

  constructor(
    readonly host: ExcelHost,
    private readonly options: AddinOptions = {},
  ) {
    this.queue = options.queue ?? sharedQueue;
    this.now = options.now ?? (() => new Date());
  }

  get busy(): boolean {
    return this.queue.busy;
  }

  supports(set: string, version: string): boolean {
    return this.host.isSetSupported(set, version);
  }

  /** Reads and analyses the workbook; writes nothing. */
  check(): Promise<CheckResult> {
    return this.run(async (context) => {
      return this.resultOf(await this.load(context));
    });
  }

  /** Scores every indicator sheet in place (live formulas, or values only). */
  score(mode: WriteMode = "formulas"): Promise<WriteResult> {
    return this.run(async (context) => {
      const read = await this.read(context);
      const scored = score(read.snapshot, this.settings(), { mode }, this.now);
      const applied = await this.apply(context, scored.plan, read);
      return { ...this.resultOf({ ...scored, read }, applied ? { command: "score", at: scored.at } : undefined), applied };
    });
  }

  /** Builds the summary sheets (Ringkasan ...) from every indicator sheet, and those of the workbooks picked. */
  summary(request: SummaryRequest = {}, picked: readonly PickedWorkbook[] = []): Promise<SummaryCommandResult> {
    return this.run(async (context) => {
      const loaded = await this.load(context);
      const now = this.now();
      const summary = planWorkbookSummary(loaded.read.snapshot, loaded.analysis, request, () => now, this.documentLabel(), picked);
      const applied = await this.apply(context, summary.plan, loaded.read);
      return {
        ...this.resultOf(loaded, applied ? { command: summaryCommand, at: now.toISOString() } : undefined),
        applied,
        summarySheets: summary.sheets.map((s) => s.name),
      };
    });
  }

  /**
   * Each scored unit's evaluation report (LHE) and the Rekomendasi sheet, added to this workbook;
   * the sheets are scored in the same run, so the reports' references find the engine's values.
   */
  report(lang: Lang): Promise<ReportCommandResult> {
    return this.run(async (context) => {
      const read = await this.read(context);
      const reported = report(read.snapshot, this.settings(), { lang }, this.now);
      const applied = await this.apply(context, reported.plan, read);
      const reportSheets = [...reported.sheets.map((s) => s.name), ...(reported.recommendations ? [reported.recommendations] : [])];
      return { ...this.resultOf({ ...reported, read }, applied ? { command: reportCommand, at: reported.at } : undefined), applied, reportSheets };
    });
  }

  /** Restores what the last run overwrote and removes the sheets it created. */
  undo(): Promise<UndoResult> {
    return this.run(async (context) => {
      const read = await this.read(context);
      const { undone, plan } = undo(read.snapshot);
      if (!plan) return { undone: null, applied: null };
      const applied = await this.apply(context, plan, read, "last");
      return { undone, applied };
    });
  }

  /** Adds an empty LKE sheet for one unit, under a name not yet taken, and activates it. */
  insertTemplate(schemeId: string, unit: string, year: string): Promise<TemplateResult> {
    return this.run(async (context) => {
      const read = await this.read(context);
      const registry = workbookRegistry(read.snapshot, this.documentLabel());
      const [spec] = templateSheets(registry, { scheme: schemeId, units: [unit], year, taken: read.sheets.map((s) => s.name) });
      const plan = finalizePlan(read.snapshot, [], [spec], { command: "template", at: this.now().toISOString() });
      const applied = await this.apply(context, plan, read, "first", spec.name);
      return { sheet: spec.name, applied: applied! };
    });
  }

  /** Activates a sheet and selects a cell (a finding's place). */
  selectCell(sheet: string, cell: string): Promise<void> {
    return this.run(async (context) => {
      const worksheet = context.workbook.worksheets.getItem(sheet);
      worksheet.activate();
      worksheet.getRange(cell).select();
      await context.sync();
    });
  }

  private async run<T>(batch: (context: Excel.RequestContext) => Promise<T>): Promise<T> {
    if (!this.supports("ExcelApi", minimumExcelApi)) throw new LkeHostError("requirement", { set: "ExcelApi", version: minimumExcelApi });
    return this.queue.enqueue(async () => {
      try {
        return await this.host.run(batch);
      } catch (error) {
        throw classifyError(error);
      }
    });
  }

  private read(context: Excel.RequestContext): Promise<WorkbookRead> {
    const budget = this.options.budget ?? defaultPayloadBudget;
    return readWorkbook(context, {
      workbookProtection: this.supports("ExcelApi", "1.7"),
      mergedAreas: this.supports("ExcelApi", "1.13"),
      sliceCells: Math.max(100, Math.floor(budget / 64)),
    });
  }

  private async load(context: Excel.RequestContext): Promise<Loaded> {
    const read = await this.read(context);
    return { ...check(read.snapshot, this.settings()), read };
  }

  /** How messages and the recap name the open workbook. */
  private documentLabel(): string {
    return this.host.documentName?.() || workbookLabel;
  }

  private settings(): ReadSettings {
    return { label: this.documentLabel() };
  }

  /** The reports, and the run "Batalkan" would undo: this one when it wrote, else the recorded one. */
  private resultOf(loaded: Loaded, written?: LastRun): CheckResult {
    return { reports: loaded.reports, sheets: loaded.read.sheets, lastRun: written ?? lastRun(loaded.read.snapshot) };
  }

  private async apply(context: Excel.RequestContext, plan: WritePlan, read: WorkbookRead, stateOrder: "first" | "last" = "first", activate?: string): Promise<ApplyResult | null> {
    if (isEmptyPlan(plan)) return null;
    return applyPlan(context, plan, read, {
      stateOrder,
      pageLayout: this.supports("ExcelApi", "1.9"),
      budget: this.options.budget,
      activate,
    });
  }
}
