/**
 * A strict in-memory fake of the part of the Excel JavaScript API the add-in uses.
 *
 * Like Office.js: every object is a proxy; reading a property that was not loaded and synced
 * throws PropertyNotLoaded; writes and loads are queued and run in order at `context.sync()`;
 * a failing operation stops the batch (earlier ones stay applied); 2-D arrays must match the
 * range's size (InvalidArgument); protected sheets refuse writes (AccessDenied); requests and
 * responses over the payload limit are refused. Formulas are recalculated after each sync.
 * It counts syncs, writes and range proxies, so tests can hold the host to its budget.
 */
import { columnIndex, columnLetters } from "../../../../src/core/address";
import type { ExcelHost } from "../../../../src/io/office/host";
import { FormulaSyntaxError, parseFormula } from "./formula";
import { cellFor, findSheet, getCell, newSheet, recalculate, usedBounds, type FakeSheet, type FakeVisibility, type FakeWorkbook } from "./model";
import { parseInput } from "./parse";

export class FakeOfficeError extends Error {
  readonly debugInfo: { code: string; message: string };
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = "RichApi.Error";
    this.debugInfo = { code, message };
  }
}

export interface FakeExcelOptions {
  /** Highest ExcelApi version supported, e.g. "1.8" (default "1.13"). */
  apiVersion?: string;
  /** Request and response limit in bytes (Excel on the web: 5 MB). */
  payloadLimit?: number;
  /** The user is typing in a cell: a run without delayForCellEdit fails. */
  cellEditMode?: boolean;
  /** Office's display language. */
  displayLanguage?: string;
  /** The document's file name. */
  documentName?: string;
  /** Ranges with more cells than this refuse to load their values, formulas, formats or types (RangeExceedsLimit). */
  rangeCellLimit?: number;
  /** Ranges with more cells than this load null instead of those arrays, as Excel does for very large reads. */
  nullArraysAbove?: number;
  /** Called before each sync runs (1-based count): lets a test change the workbook under a run, as a user could. */
  beforeSync?: (sync: number, excel: FakeExcel) => void;
}

export interface FakeStats {
  runs: number;
  syncs: number;
  /** Property sets on ranges (values, formulas, numberFormat, formats, validation) and merges. */
  writes: number;
  /** Range proxies created (getRange*, used ranges). */
  ranges: number;
  loads: number;
  /** Request size of each sync, in bytes. */
  requestBytes: number[];
  calculationSuspended: number;
}

function newStats(): FakeStats {
  return { runs: 0, syncs: 0, writes: 0, ranges: 0, loads: 0, requestBytes: [], calculationSuspended: 0 };
}

function versionAtLeast(have: string, want: string): boolean {
  const [a, b] = have.split(".").map(Number);
  const [c, d] = want.split(".").map(Number);
  return a > c || (a === c && b >= d);
}

function jsonSize(value: unknown): number {
  return new TextEncoder().encode(JSON.stringify(value) ?? "").length;
}

function notLoaded(name: string): FakeOfficeError {
  return new FakeOfficeError(
    "PropertyNotLoaded",
    `The property '${name}' is not available. Before reading the property's value, call the load method on the containing object and call "context.sync()" on the associated request context.`,
  );
}

function invalidArgument(message: string): FakeOfficeError {
  return new FakeOfficeError("InvalidArgument", message);
}

/** A load reads the model when its turn comes, and is delivered only if the whole response fits. */
type Delivery = { bytes: number; deliver: () => void };
type Entry = { kind: "load"; bytes: 0; run: () => Delivery } | { kind: "op"; bytes: number; run: () => void };

/** Parses "A1", "$A$1:$B$2" into a rectangle (0-based). */
function parseAddress(address: string): { row: number; col: number; rows: number; cols: number } {
  const parts = address.split(":");
  const cells = parts.map((p) => /^\$?([A-Za-z]{1,3})\$?(\d+)$/.exec(p.trim()));
  if (parts.length > 2 || cells.some((m) => !m)) throw invalidArgument(`The argument is invalid or missing or has an incorrect format: ${address}`);
  const [a, b = a] = cells.map((m) => ({ row: Number(m![2]) - 1, col: columnIndex(m![1]) }));
  const row = Math.min(a.row, b.row);
  const col = Math.min(a.col, b.col);
  return { row, col, rows: Math.abs(a.row - b.row) + 1, cols: Math.abs(a.col - b.col) + 1 };
}

function addressOf(rect: { row: number; col: number; rows: number; cols: number }): string {
  const start = `${columnLetters(rect.col)}${rect.row + 1}`;
  const end = `${columnLetters(rect.col + rect.cols - 1)}${rect.row + rect.rows}`;
  return start === end ? start : `${start}:${end}`;
}

/** Property names of a load call: "a,b", ["a", "b"] or { select: "a,b" }. */
function loadPaths(spec: unknown): string[] {
  let list: string[];
  if (typeof spec === "string") list = spec.split(",");
  else if (Array.isArray(spec)) list = spec.flatMap((s) => String(s).split(","));
  else if (spec && typeof spec === "object" && typeof (spec as { select?: unknown }).select === "string") list = (spec as { select: string }).select.split(",");
  else throw new Error("The fake Excel API supports only explicit loads (load(\"a,b\")): an empty load loads everything and is slow.");
  const paths = list.map((s) => s.trim()).filter(Boolean);
  if (paths.length === 0) throw new Error("Empty load.");
  return paths;
}

export class FakeContext {
  readonly workbook: FakeWorkbookObject;
  readonly application: FakeApplication;
  private queue: Entry[] = [];

  constructor(
    readonly excel: FakeExcel,
    readonly delayForCellEdit: boolean,
  ) {
    this.workbook = new FakeWorkbookObject(this);
    this.application = new FakeApplication(this);
  }

  get model(): FakeWorkbook {
    return this.excel.workbook;
  }

  get pending(): number {
    return this.queue.length;
  }

  enqueue(entry: Entry): void {
    this.queue.push(entry);
  }

  op(bytes: number, run: () => void): void {
    this.queue.push({ kind: "op", bytes: bytes + 100, run });
  }

  requireApi(version: string, what: string): void {
    if (!this.excel.isSetSupported("ExcelApi", version)) {
      throw new FakeOfficeError("ApiNotFound", `${what} needs ExcelApi ${version}; this Excel has ${this.excel.apiVersion}.`);
    }
  }

  async sync(): Promise<void> {
    const stats = this.excel.stats;
    stats.syncs++;
    const entries = this.queue;
    this.queue = [];
    await Promise.resolve();
    this.excel.options.beforeSync?.(stats.syncs, this.excel);
    if (this.excel.options.cellEditMode && !this.delayForCellEdit) {
      throw new FakeOfficeError("InvalidOperationInCellEditMode", "Excel is in cell-editing mode. Please exit the edit mode by pressing ENTER or TAB or selecting another cell, and then try again.");
    }
    const request = entries.reduce((n, e) => n + e.bytes, 0);
    stats.requestBytes.push(request);
    const limit = this.excel.payloadLimit;
    if (request > limit) throw new FakeOfficeError("RequestPayloadSizeLimitExceeded", "The request payload size has exceeded the limit.");
    const deliveries: Delivery[] = [];
    try {
      for (const entry of entries) {
        if (entry.kind === "load") deliveries.push(entry.run());
        else entry.run();
      }
    } finally {
      recalculate(this.model);
    }
    if (deliveries.reduce((n, d) => n + d.bytes, 0) > limit) {
      throw new FakeOfficeError("ResponsePayloadSizeLimitExceeded", "The response payload size has exceeded the limit.");
    }
    for (const delivery of deliveries) delivery.deliver();
  }
}

/** Base of every proxy: loaded values as of the last sync, reads checked. */
abstract class FakeObject {
  protected loaded = new Map<string, unknown>();

  constructor(readonly context: FakeContext) {}

  /** Values of `props` now, from the model. */
  protected abstract readProps(props: string[]): Record<string, unknown>;

  /** The child proxy a navigation path goes through ("protection" in "protection/protected"). */
  protected child(name: string): FakeObject {
    throw new Error(`The fake Excel API cannot load "${name}/..." on ${this.constructor.name}.`);
  }

  protected loadable(): readonly string[] {
    return [];
  }

  load(spec?: unknown): this {
    const direct: string[] = [];
    const nested = new Map<string, string[]>();
    for (const path of loadPaths(spec)) {
      const [head, ...rest] = path.split("/");
      if (rest.length > 0) nested.set(head, [...(nested.get(head) ?? []), rest.join("/")]);
      else direct.push(head);
    }
    for (const name of direct) {
      if (!this.loadable().includes(name)) throw new Error(`The fake Excel API cannot load "${name}" on ${this.constructor.name}.`);
    }
    for (const [head, rest] of nested) this.child(head).load(rest);
    if (direct.length > 0) {
      this.context.excel.stats.loads++;
      this.context.enqueue({
        kind: "load",
        bytes: 0,
        run: () => {
          const values = this.readProps(direct);
          return { bytes: jsonSize(values), deliver: () => this.deliver(values) };
        },
      });
    }
    return this;
  }

  /** Makes loaded values readable (after the sync that loaded them). */
  deliver(values: Record<string, unknown>): void {
    for (const [name, value] of Object.entries(values)) this.loaded.set(name, value);
  }

  protected get<T>(name: string): T {
    if (!this.loaded.has(name)) throw notLoaded(name);
    return this.loaded.get(name) as T;
  }
}

export class FakeApplication {
  constructor(private readonly context: FakeContext) {}

  suspendApiCalculationUntilNextSync(): void {
    this.context.requireApi("1.6", "suspendApiCalculationUntilNextSync");
    this.context.excel.stats.calculationSuspended++;
  }
}

export class FakeWorkbookObject {
  readonly worksheets: FakeWorksheetCollection;
  private protectionObject: FakeWorkbookProtection | null = null;

  constructor(private readonly context: FakeContext) {
    this.worksheets = new FakeWorksheetCollection(context);
  }

  get protection(): FakeWorkbookProtection {
    this.context.requireApi("1.7", "workbook.protection");
    return (this.protectionObject ??= new FakeWorkbookProtection(this.context));
  }
}

export class FakeWorkbookProtection extends FakeObject {
  protected override loadable() {
    return ["protected"];
  }
  protected readProps() {
    return { protected: this.context.model.structureProtected };
  }
  get protected(): boolean {
    return this.get("protected");
  }
}

interface SheetRef {
  sheet?: FakeSheet;
  name?: string;
  pendingAdd?: boolean;
}

export class FakeWorksheetCollection extends FakeObject {
  protected override loadable() {
    return [];
  }
  protected readProps() {
    return {};
  }

  override load(spec?: unknown): this {
    const itemProps: string[] = [];
    for (const path of loadPaths(spec)) {
      if (!path.startsWith("items/")) throw new Error(`The fake Excel API loads worksheets only as "items/...", not "${path}".`);
      itemProps.push(path.slice("items/".length));
    }
    this.context.excel.stats.loads++;
    this.context.enqueue({
      kind: "load",
      bytes: 0,
      run: () => {
        const items = this.context.model.sheets.map((sheet) => new FakeWorksheet(this.context, { sheet }));
        const deliveries = items.map((item) => item.readNow(itemProps));
        return {
          bytes: deliveries.reduce((n, d) => n + d.bytes, 0),
          deliver: () => {
            for (const d of deliveries) d.deliver();
            this.deliver({ items });
          },
        };
      },
    });
    return this;
  }

  get items(): FakeWorksheet[] {
    return this.get("items");
  }

  getItem(name: Parameters<Excel.WorksheetCollection["getItem"]>[0]): FakeWorksheet {
    return new FakeWorksheet(this.context, { name });
  }

  add(name?: Parameters<Excel.WorksheetCollection["add"]>[0]): FakeWorksheet {
    const ref: SheetRef = { pendingAdd: true };
    const proxy = new FakeWorksheet(this.context, ref);
    this.context.op(100, () => {
      const model = this.context.model;
      if (model.structureProtected) throw new FakeOfficeError("AccessDenied", "The workbook's structure is protected.");
      let sheetName = name;
      if (sheetName === undefined) {
        let n = model.sheets.length + 1;
        while (findSheet(model, `Sheet${n}`)) n++;
        sheetName = `Sheet${n}`;
      }
      if (!sheetName || sheetName.length > 31 || /[:\\/?*[\]]/.test(sheetName) || /^'|'$/.test(sheetName)) throw invalidArgument(`Invalid sheet name: ${sheetName}`);
      if (findSheet(model, sheetName)) throw new FakeOfficeError("ItemAlreadyExists", `A sheet named "${sheetName}" already exists.`);
      ref.sheet = newSheet(model, sheetName);
      ref.pendingAdd = false;
    });
    return proxy;
  }
}

export class FakeWorksheet extends FakeObject {
  private protectionObject: FakeWorksheetProtection | null = null;
  private freezePanesObject: FakeFreezePanes | null = null;
  private pageLayoutObject: FakePageLayout | null = null;
  private chartsObject: FakeChartCollection | null = null;

  constructor(
    context: FakeContext,
    private readonly ref: SheetRef,
  ) {
    super(context);
  }

  /** The sheet this proxy stands for, when an operation runs. */
  resolve(): FakeSheet {
    if (this.ref.pendingAdd) throw new FakeOfficeError("ItemNotFound", "The worksheet was never added.");
    if (!this.ref.sheet) {
      const found = findSheet(this.context.model, this.ref.name ?? "");
      if (!found) throw new FakeOfficeError("ItemNotFound", `The requested resource doesn't exist: worksheet "${this.ref.name}".`);
      this.ref.sheet = found;
    }
    if (this.ref.sheet.deleted) throw new FakeOfficeError("ItemNotFound", `The worksheet "${this.ref.sheet.name}" was deleted.`);
    return this.ref.sheet;
  }

  protected override loadable() {
    return ["name", "visibility", "position"];
  }

  protected readProps(props: string[]) {
    const sheet = this.resolve();
    const out: Record<string, unknown> = {};
    for (const p of props) {
      if (p === "name") out.name = sheet.name;
      if (p === "visibility") out.visibility = sheet.visibility;
      if (p === "position") out.position = this.context.model.sheets.indexOf(sheet);
    }
    return out;
  }

  protected override child(name: string): FakeObject {
    if (name === "protection") return this.protection;
    return super.child(name);
  }

  /** Reads at once (for the collection's load, which runs inside a sync). */
  readNow(paths: string[]): Delivery {
    const direct = paths.filter((p) => !p.includes("/"));
    for (const name of direct) if (!this.loadable().includes(name)) throw new Error(`The fake Excel API cannot load items/${name}.`);
    const values = this.readProps(direct);
    const parts: Delivery[] = [{ bytes: jsonSize(values), deliver: () => this.deliver(values) }];
    for (const path of paths.filter((p) => p.includes("/"))) {
      if (path !== "protection/protected") throw new Error(`The fake Excel API cannot load items/${path}.`);
      parts.push(this.protection.readNow());
    }
    return { bytes: parts.reduce((n, p) => n + p.bytes, 0), deliver: () => parts.forEach((p) => p.deliver()) };
  }

  get name(): string {
    return this.get("name");
  }

  get visibility(): Excel.Worksheet["visibility"] {
    return this.get("visibility");
  }

  set visibility(value: Excel.Worksheet["visibility"]) {
    this.context.op(50, () => {
      const sheet = this.resolve();
      const model = this.context.model;
      const v = value as FakeVisibility;
      if (!["Visible", "Hidden", "VeryHidden"].includes(v)) throw invalidArgument(`visibility ${value}`);
      if (v !== "Visible" && sheet.visibility === "Visible" && model.sheets.filter((s) => s.visibility === "Visible").length === 1) {
        throw new FakeOfficeError("InvalidOperation", "A workbook must contain at least one visible worksheet.");
      }
      sheet.visibility = v;
    });
  }

  get position(): number {
    return this.get("position");
  }

  set position(value: number) {
    this.context.op(50, () => {
      const sheet = this.resolve();
      const sheets = this.context.model.sheets;
      if (!Number.isInteger(value) || value < 0 || value >= sheets.length) throw invalidArgument(`position ${value}`);
      sheets.splice(sheets.indexOf(sheet), 1);
      sheets.splice(value, 0, sheet);
    });
  }

  get protection(): FakeWorksheetProtection {
    return (this.protectionObject ??= new FakeWorksheetProtection(this.context, this));
  }

  get freezePanes(): FakeFreezePanes {
    this.context.requireApi("1.7", "worksheet.freezePanes");
    return (this.freezePanesObject ??= new FakeFreezePanes(this.context, this));
  }

  get pageLayout(): FakePageLayout {
    this.context.requireApi("1.9", "worksheet.pageLayout");
    return (this.pageLayoutObject ??= new FakePageLayout(this.context, this));
  }

  get charts(): FakeChartCollection {
    return (this.chartsObject ??= new FakeChartCollection(this.context, this));
  }

  getRangeByIndexes(...[startRow, startColumn, rowCount, columnCount]: Parameters<Excel.Worksheet["getRangeByIndexes"]>): FakeRange {
    return new FakeRange(this.context, this, () => {
      if (![startRow, startColumn, rowCount, columnCount].every(Number.isInteger) || startRow < 0 || startColumn < 0 || rowCount < 1 || columnCount < 1) {
        throw invalidArgument(`getRangeByIndexes(${startRow}, ${startColumn}, ${rowCount}, ${columnCount})`);
      }
      return { row: startRow, col: startColumn, rows: rowCount, cols: columnCount };
    });
  }

  getRange(...[address]: Parameters<Excel.Worksheet["getRange"]>): FakeRange {
    // No address: the whole sheet.
    if (address === undefined) return new FakeRange(this.context, this, () => ({ row: 0, col: 0, rows: sheetRows, cols: sheetColumns }));
    return new FakeRange(this.context, this, () => parseAddress(address));
  }

  getUsedRangeOrNullObject(...[valuesOnly]: Parameters<Excel.Worksheet["getUsedRangeOrNullObject"]>): FakeRange {
    return new FakeRange(this.context, this, () => usedBounds(this.resolve(), Boolean(valuesOnly)), true);
  }

  delete(): void {
    this.context.op(50, () => {
      const sheet = this.resolve();
      const model = this.context.model;
      if (model.structureProtected) throw new FakeOfficeError("AccessDenied", "The workbook's structure is protected.");
      if (sheet.visibility === "VeryHidden") throw new FakeOfficeError("InvalidOperation", "A very hidden worksheet cannot be deleted; make it hidden or visible first.");
      if (sheet.visibility === "Visible" && model.sheets.filter((s) => s.visibility === "Visible").length === 1) {
        throw new FakeOfficeError("InvalidOperation", "A workbook must contain at least one visible worksheet.");
      }
      sheet.deleted = true;
      model.sheets.splice(model.sheets.indexOf(sheet), 1);
      if (model.activeSheetId === sheet.id) model.activeSheetId = model.sheets.find((s) => s.visibility === "Visible")?.id ?? null;
    });
  }

  activate(): void {
    this.context.op(50, () => {
      const sheet = this.resolve();
      if (sheet.visibility !== "Visible") throw new FakeOfficeError("InvalidOperation", "A hidden worksheet cannot be activated.");
      this.context.model.activeSheetId = sheet.id;
    });
  }
}

export class FakeWorksheetProtection extends FakeObject {
  constructor(
    context: FakeContext,
    private readonly worksheet: FakeWorksheet,
  ) {
    super(context);
  }
  protected override loadable() {
    return ["protected"];
  }
  protected readProps() {
    return { protected: this.worksheet.resolve().protected };
  }
  readNow(): Delivery {
    const values = this.readProps();
    return { bytes: jsonSize(values), deliver: () => this.deliver(values) };
  }
  get protected(): boolean {
    return this.get("protected");
  }
}

type Rect = { row: number; col: number; rows: number; cols: number };

const sheetRows = 1048576;
const sheetColumns = 16384;

function overlaps(a: Rect, b: Rect): boolean {
  return a.row < b.row + b.rows && b.row < a.row + a.rows && a.col < b.col + b.cols && b.col < a.col + a.cols;
}

function holds(outer: Rect, inner: Rect): boolean {
  return inner.row >= outer.row && inner.col >= outer.col && inner.row + inner.rows <= outer.row + outer.rows && inner.col + inner.cols <= outer.col + outer.cols;
}

/**
 * Excel refuses to change part of a merged area: a write that meets one must hold all of it,
 * or be just its top-left cell; and a write holding one puts nothing in its other cells.
 */
function mergeSafe(sheet: FakeSheet, rect: Rect, grid: unknown[][]): void {
  for (const merge of sheet.merges.map(parseAddress)) {
    if (!overlaps(rect, merge)) continue;
    const topLeftOnly = rect.rows === 1 && rect.cols === 1 && rect.row === merge.row && rect.col === merge.col;
    if (topLeftOnly) continue;
    if (!holds(rect, merge)) throw new FakeOfficeError("InvalidOperation", `Cannot change part of a merged cell (${addressOf(merge)}).`);
    for (let r = 0; r < merge.rows; r++) {
      for (let c = 0; c < merge.cols; c++) {
        if ((r > 0 || c > 0) && grid[merge.row - rect.row + r][merge.col - rect.col + c] !== null) {
          throw new FakeOfficeError("InvalidOperation", `Cannot change part of a merged cell (${addressOf(merge)}).`);
        }
      }
    }
  }
}

/** Address of a sheet in a reference: quoted unless it is a plain name, as Excel writes it. */
function sheetReference(name: string): string {
  return /^[A-Za-z_][A-Za-z0-9_.]*$/.test(name) ? name : `'${name.replace(/'/g, "''")}'`;
}

function writable(sheet: FakeSheet): void {
  if (sheet.protected) throw new FakeOfficeError("AccessDenied", `The cell or chart you're trying to change is on a protected sheet ("${sheet.name}").`);
}

function checkGrid(value: unknown, rect: Rect, what: string, element: (v: unknown) => boolean): unknown[][] {
  if (!Array.isArray(value) || value.length !== rect.rows || value.some((row) => !Array.isArray(row) || row.length !== rect.cols)) {
    throw invalidArgument(`The number of rows or columns in the input array doesn't match the size or dimensions of the range (${what}: ${rect.rows}x${rect.cols}).`);
  }
  for (const row of value as unknown[][]) for (const v of row) if (!element(v)) throw invalidArgument(`${what}: unsupported entry ${JSON.stringify(v)}`);
  return value as unknown[][];
}

const plainEntry = (v: unknown) => v === null || typeof v === "string" || typeof v === "boolean" || (typeof v === "number" && Number.isFinite(v));

export class FakeRange extends FakeObject {
  private formatObject: FakeRangeFormat | null = null;
  private validationObject: FakeDataValidation | null = null;

  constructor(
    context: FakeContext,
    readonly worksheet: FakeWorksheet,
    private readonly rectOf: () => Rect | null,
    private readonly nullable = false,
  ) {
    super(context);
    context.excel.stats.ranges++;
  }

  /** The rectangle, when an operation runs; a null used range is an error unless read as isNullObject. */
  rect(): Rect {
    const rect = this.rectOf();
    if (!rect) throw new FakeOfficeError("ItemNotFound", "The range is a null object.");
    return rect;
  }

  protected override loadable() {
    return ["values", "formulas", "numberFormat", "valueTypes", "rowIndex", "columnIndex", "rowCount", "columnCount", "address", "isNullObject"];
  }

  protected readProps(props: string[]) {
    const sheet = this.worksheet.resolve();
    const rect = this.rectOf();
    if (!rect) {
      if (!this.nullable) throw new FakeOfficeError("ItemNotFound", "The range does not exist.");
      return { isNullObject: true };
    }
    const out: Record<string, unknown> = { isNullObject: false };
    const cells = rect.rows * rect.cols;
    const arrays = props.filter((p) => ["values", "formulas", "numberFormat", "valueTypes"].includes(p));
    const options = this.context.excel.options;
    if (arrays.length > 0 && options.rangeCellLimit !== undefined && cells > options.rangeCellLimit) {
      throw new FakeOfficeError("RangeExceedsLimit", "The number of cells in the range has exceeded the maximum supported number.");
    }
    const nulls = options.nullArraysAbove !== undefined && cells > options.nullArraysAbove;
    const grid = <T>(f: (row: number, col: number) => T): T[][] | null =>
      nulls ? null : Array.from({ length: rect.rows }, (_, r) => Array.from({ length: rect.cols }, (_, c) => f(rect.row + r, rect.col + c)));
    for (const p of props) {
      switch (p) {
        case "values":
          out.values = grid((r, c) => {
            const v = getCell(sheet, r, c)?.value ?? null;
            return v === null ? "" : typeof v === "object" ? v.error : v;
          });
          break;
        case "formulas":
          out.formulas = grid((r, c) => {
            const cell = getCell(sheet, r, c);
            if (cell?.formula) return cell.formula;
            const v = cell?.value ?? null;
            return v === null ? "" : typeof v === "object" ? v.error : v;
          });
          break;
        case "numberFormat":
          out.numberFormat = grid((r, c) => getCell(sheet, r, c)?.numberFormat ?? "General");
          break;
        case "valueTypes":
          out.valueTypes = grid((r, c) => {
            const v = getCell(sheet, r, c)?.value ?? null;
            if (v === null || v === "") return "Empty";
            if (typeof v === "number") return "Double";
            if (typeof v === "boolean") return "Boolean";
            if (typeof v === "string") return "String";
            return "Error";
          });
          break;
        case "rowIndex":
          out.rowIndex = rect.row;
          break;
        case "columnIndex":
          out.columnIndex = rect.col;
          break;
        case "rowCount":
          out.rowCount = rect.rows;
          break;
        case "columnCount":
          out.columnCount = rect.cols;
          break;
        case "address":
          out.address = `${sheet.name}!${addressOf(rect)}`;
          break;
      }
    }
    return out;
  }

  get isNullObject(): boolean {
    return this.get("isNullObject");
  }
  get values(): Excel.Range["values"] {
    return this.get("values");
  }
  get formulas(): Excel.Range["formulas"] {
    return this.get("formulas");
  }
  get numberFormat(): Excel.Range["numberFormat"] {
    return this.get("numberFormat");
  }
  get valueTypes(): Excel.Range["valueTypes"] {
    return this.get("valueTypes");
  }
  get rowIndex(): number {
    return this.get("rowIndex");
  }
  get columnIndex(): number {
    return this.get("columnIndex");
  }
  get rowCount(): number {
    return this.get("rowCount");
  }
  get columnCount(): number {
    return this.get("columnCount");
  }
  get address(): string {
    return this.get("address");
  }

  private write(what: string, value: unknown, apply: (sheet: FakeSheet, rect: Rect, grid: unknown[][]) => void, element: (v: unknown) => boolean): void {
    this.context.excel.stats.writes++;
    this.context.op(jsonSize(value), () => {
      const sheet = this.worksheet.resolve();
      const rect = this.rect();
      const grid = checkGrid(value, rect, what, element);
      writable(sheet);
      mergeSafe(sheet, rect, grid);
      apply(sheet, rect, grid);
    });
  }

  set values(value: Excel.Range["values"]) {
    this.write("values", value, (sheet, rect, grid) => this.put(sheet, rect, grid, false), plainEntry);
  }

  set formulas(value: Excel.Range["formulas"]) {
    this.write("formulas", value, (sheet, rect, grid) => this.put(sheet, rect, grid, true), plainEntry);
  }

  set numberFormat(value: Excel.Range["numberFormat"]) {
    this.write(
      "numberFormat",
      value,
      (sheet, rect, grid) =>
        grid.forEach((row, r) =>
          row.forEach((v, c) => {
            if (v !== null) cellFor(sheet, rect.row + r, rect.col + c).numberFormat = v as string;
          }),
        ),
      (v) => v === null || typeof v === "string",
    );
  }

  /** Writes entries as Excel does when they are typed (values) or given as formulas. */
  private put(sheet: FakeSheet, rect: Rect, grid: unknown[][], asFormulas: boolean): void {
    // Refuse the whole array before changing anything, as Excel does for a bad formula.
    for (const row of grid) {
      for (const v of row) {
        if (typeof v !== "string" || v === "") continue;
        const parsed = parseInput(v, this.context.model.locale);
        if (parsed.formula !== null) {
          try {
            parseFormula(parsed.formula);
          } catch (error) {
            if (error instanceof FormulaSyntaxError) throw invalidArgument(`There's a problem with this formula: ${v}`);
            throw error;
          }
        }
      }
    }
    void asFormulas;
    grid.forEach((row, r) =>
      row.forEach((v, c) => {
        if (v === null) return;
        const cell = cellFor(sheet, rect.row + r, rect.col + c);
        if (typeof v === "number" || typeof v === "boolean") {
          Object.assign(cell, { value: v, formula: null, quotePrefix: false, live: false });
          return;
        }
        const text = v as string;
        if (text === "") {
          Object.assign(cell, { value: null, formula: null, quotePrefix: false, live: false });
          return;
        }
        const parsed = parseInput(text, this.context.model.locale);
        Object.assign(cell, { value: parsed.value, formula: parsed.formula, quotePrefix: parsed.quotePrefix, live: parsed.formula !== null });
        if (parsed.numberFormat && cell.numberFormat === "General") cell.numberFormat = parsed.numberFormat;
      }),
    );
  }

  get format(): FakeRangeFormat {
    return (this.formatObject ??= new FakeRangeFormat(this.context, this));
  }

  get dataValidation(): FakeDataValidation {
    this.context.requireApi("1.8", "range.dataValidation");
    return (this.validationObject ??= new FakeDataValidation(this.context, this));
  }

  /** The merged areas whose top-left cell lies in this range (ExcelApi 1.13), as Excel reports them. */
  getMergedAreasOrNullObject(): FakeRangeAreas {
    this.context.requireApi("1.13", "Range.getMergedAreasOrNullObject");
    this.context.excel.stats.ranges++;
    return new FakeRangeAreas(this.context, () => {
      const sheet = this.worksheet.resolve();
      const rect = this.rect();
      const inside = sheet.merges.map(parseAddress).filter((m) => m.row >= rect.row && m.row < rect.row + rect.rows && m.col >= rect.col && m.col < rect.col + rect.cols);
      return inside.length === 0 ? null : inside.map((m) => `${sheetReference(sheet.name)}!${addressOf(m).replace(/([A-Z]+)(\d+)/g, "$$$1$$$2")}`).join(", ");
    });
  }

  merge(...[across]: Parameters<Excel.Range["merge"]>): void {
    this.context.excel.stats.writes++;
    this.context.op(50, () => {
      const sheet = this.worksheet.resolve();
      const rect = this.rect();
      writable(sheet);
      if (across) throw new Error("The fake Excel API merges whole areas only.");
      for (let r = 0; r < rect.rows; r++) {
        for (let c = 0; c < rect.cols; c++) {
          if (r === 0 && c === 0) continue;
          const cell = getCell(sheet, rect.row + r, rect.col + c);
          if (cell) Object.assign(cell, { value: null, formula: null });
        }
      }
      sheet.merges.push(addressOf(rect));
    });
  }

  select(): void {
    this.context.op(50, () => {
      const sheet = this.worksheet.resolve();
      const rect = this.rect();
      if (sheet.visibility !== "Visible") throw new FakeOfficeError("InvalidOperation", "A range on a hidden sheet cannot be selected.");
      this.context.model.activeSheetId = sheet.id;
      this.context.model.selection = { sheet: sheet.name, address: addressOf(rect) };
    });
  }
}

export class FakeRangeAreas extends FakeObject {
  constructor(
    context: FakeContext,
    private readonly addressOf: () => string | null,
  ) {
    super(context);
  }
  protected override loadable() {
    return ["address", "isNullObject"];
  }
  protected readProps() {
    const address = this.addressOf();
    return address === null ? { isNullObject: true } : { isNullObject: false, address };
  }
  get isNullObject(): boolean {
    return this.get("isNullObject");
  }
  get address(): string {
    return this.get("address");
  }
}

export class FakeRangeFormat {
  readonly font: FakeRangeFont;
  constructor(
    private readonly context: FakeContext,
    private readonly range: FakeRange,
  ) {
    this.font = new FakeRangeFont(context, range);
  }

  set columnWidth(points: number) {
    this.context.excel.stats.writes++;
    this.context.op(50, () => {
      const sheet = this.range.worksheet.resolve();
      const rect = this.range.rect();
      writable(sheet);
      if (!(points >= 0)) throw invalidArgument(`columnWidth ${points}`);
      for (let c = 0; c < rect.cols; c++) sheet.columnWidths.set(rect.col + c, points);
    });
  }

  set horizontalAlignment(value: Excel.HorizontalAlignment | `${Excel.HorizontalAlignment}`) {
    this.context.excel.stats.writes++;
    this.context.op(50, () => {
      const sheet = this.range.worksheet.resolve();
      const rect = this.range.rect();
      writable(sheet);
      for (let r = 0; r < rect.rows; r++) for (let c = 0; c < rect.cols; c++) cellFor(sheet, rect.row + r, rect.col + c).centered = value === "Center";
    });
  }
}

export class FakeRangeFont {
  constructor(
    private readonly context: FakeContext,
    private readonly range: FakeRange,
  ) {}

  set bold(value: boolean) {
    this.context.excel.stats.writes++;
    this.context.op(50, () => {
      const sheet = this.range.worksheet.resolve();
      const rect = this.range.rect();
      writable(sheet);
      for (let r = 0; r < rect.rows; r++) for (let c = 0; c < rect.cols; c++) cellFor(sheet, rect.row + r, rect.col + c).bold = value;
    });
  }
}

export class FakeDataValidation {
  constructor(
    private readonly context: FakeContext,
    private readonly range: FakeRange,
  ) {}

  set rule(rule: Excel.DataValidationRule) {
    this.context.excel.stats.writes++;
    this.context.op(jsonSize(rule), () => {
      const sheet = this.range.worksheet.resolve();
      const rect = this.range.rect();
      writable(sheet);
      const list = rule.list;
      if (!list || typeof list.source !== "string" || list.source.length > 255) throw invalidArgument("The fake Excel API supports list validations with a text source of at most 255 characters.");
      sheet.validations.push({ range: addressOf(rect), rule: JSON.parse(JSON.stringify(rule)) });
    });
  }
}

export class FakeFreezePanes {
  constructor(
    private readonly context: FakeContext,
    private readonly worksheet: FakeWorksheet,
  ) {}

  freezeRows(...[count]: Parameters<Excel.WorksheetFreezePanes["freezeRows"]>): void {
    this.context.op(50, () => {
      const sheet = this.worksheet.resolve();
      if (count === undefined || !Number.isInteger(count) || count < 0) throw invalidArgument(`freezeRows(${count})`);
      sheet.freezeRows = count;
    });
  }
}

export class FakePageLayout {
  constructor(
    private readonly context: FakeContext,
    private readonly worksheet: FakeWorksheet,
  ) {}

  setPrintArea(...[area]: Parameters<Excel.PageLayout["setPrintArea"]>): void {
    this.context.op(50, () => {
      const sheet = this.worksheet.resolve();
      if (typeof area !== "string") throw new Error("The fake Excel API takes print areas as A1 text.");
      parseAddress(area);
      sheet.printArea = area;
    });
  }

  set orientation(value: Excel.PageLayout["orientation"]) {
    this.context.op(50, () => {
      const sheet = this.worksheet.resolve();
      if (value !== "Portrait" && value !== "Landscape") throw invalidArgument(`orientation ${value}`);
      sheet.orientation = value;
    });
  }

  set zoom(value: Excel.PageLayoutZoomOptions) {
    this.context.op(50, () => {
      this.worksheet.resolve().zoom = { ...value };
    });
  }

  set paperSize(value: Excel.PageLayout["paperSize"]) {
    this.context.op(50, () => {
      if (typeof value !== "string" || !/^[A-Z][A-Za-z0-9]*$/.test(value)) throw invalidArgument(`paperSize ${String(value)}`);
      this.worksheet.resolve().paperSize = value;
    });
  }

  get headersFooters(): { defaultForAllPages: { centerHeader: string; centerFooter: string } } {
    const context = this.context;
    const worksheet = this.worksheet;
    const set = (field: "centerHeader" | "centerFooter", value: string) =>
      context.op(50, () => {
        if (typeof value !== "string") throw invalidArgument(`${field} ${String(value)}`);
        worksheet.resolve()[field] = value;
      });
    return {
      defaultForAllPages: {
        set centerHeader(value: string) {
          set("centerHeader", value);
        },
        set centerFooter(value: string) {
          set("centerFooter", value);
        },
        get centerHeader(): string {
          throw new Error("The fake Excel API does not read page headers back.");
        },
        get centerFooter(): string {
          throw new Error("The fake Excel API does not read page footers back.");
        },
      },
    };
  }
}

export class FakeChartCollection {
  constructor(
    private readonly context: FakeContext,
    private readonly worksheet: FakeWorksheet,
  ) {}

  add(type: string, sourceData: FakeRange, seriesBy?: string): FakeChart {
    const chart = new FakeChart(this.context, this.worksheet);
    this.context.op(100, () => {
      const sheet = this.worksheet.resolve();
      writable(sheet);
      if (sourceData.worksheet.resolve() !== sheet) throw new Error("The fake Excel API charts data on the chart's own sheet only.");
      const rect = sourceData.rect();
      // One series: by columns a single column, by rows a single row (Excel would make one series per column or row).
      if (seriesBy === "Columns" ? rect.cols !== 1 : seriesBy === "Rows" ? rect.rows !== 1 : true) throw new Error(`The fake Excel API charts one series, not ${addressOf(rect)} by ${seriesBy ?? "Auto"}.`);
      const model = { type, source: addressOf(rect), seriesBy: seriesBy ?? "Auto", title: null, legendVisible: true, xAxisValues: null, position: null, end: null };
      sheet.charts.push(model);
      chart.bind(model);
    });
    return chart;
  }
}

type ChartModel = FakeSheet["charts"][number];

export class FakeChart {
  private model: ChartModel | null = null;
  readonly title: { text: string };
  readonly legend: { visible: boolean };
  readonly series: { getItemAt(index: number): { setXAxisValues(range: FakeRange): void } };

  constructor(
    private readonly context: FakeContext,
    worksheet: FakeWorksheet,
  ) {
    void worksheet;
    const chart = () => {
      if (!this.model) throw new FakeOfficeError("ItemNotFound", "The chart was never added.");
      return this.model;
    };
    const op = (f: () => void) => context.op(50, f);
    this.title = {
      set text(value: string) {
        op(() => (chart().title = value));
      },
    } as { text: string };
    this.legend = {
      set visible(value: boolean) {
        op(() => (chart().legendVisible = value));
      },
    } as { visible: boolean };
    this.series = {
      getItemAt: (index: number) => ({
        setXAxisValues: (range: FakeRange) => {
          context.requireApi("1.7", "ChartSeries.setXAxisValues");
          op(() => {
            if (index !== 0) throw new Error("The fake Excel API charts one series.");
            const values = parseAddress(chart().source);
            const categories = range.rect();
            if (categories.rows * categories.cols !== values.rows * values.cols) throw new Error("The series' categories and values differ in length.");
            chart().xAxisValues = addressOf(categories);
          });
        },
      }),
    };
  }

  bind(model: ChartModel): void {
    this.model = model;
  }

  setPosition(startCell: string, endCell?: string): void {
    this.context.op(50, () => {
      if (!this.model) throw new FakeOfficeError("ItemNotFound", "The chart was never added.");
      parseAddress(startCell);
      if (endCell !== undefined) parseAddress(endCell);
      this.model.position = startCell;
      this.model.end = endCell ?? null;
    });
  }
}

/** The fake Excel: a workbook model, `run` as `Excel.run`, and counters. */
export class FakeExcel {
  stats: FakeStats = newStats();

  constructor(
    public workbook: FakeWorkbook,
    readonly options: FakeExcelOptions = {},
  ) {}

  get apiVersion(): string {
    return this.options.apiVersion ?? "1.13";
  }

  get payloadLimit(): number {
    return this.options.payloadLimit ?? 5 * 1024 * 1024;
  }

  isSetSupported(name: string, version: string): boolean {
    return name === "ExcelApi" && versionAtLeast(this.apiVersion, version);
  }

  resetStats(): void {
    this.stats = newStats();
  }

  /** `Excel.run(batch)` or `Excel.run({ delayForCellEdit }, batch)`. */
  async run<T>(optionsOrBatch: Excel.RunOptions | ((context: Excel.RequestContext) => Promise<T>), maybeBatch?: (context: Excel.RequestContext) => Promise<T>): Promise<T> {
    const batch = typeof optionsOrBatch === "function" ? optionsOrBatch : maybeBatch!;
    const delay = typeof optionsOrBatch === "function" ? false : Boolean(optionsOrBatch.delayForCellEdit);
    this.stats.runs++;
    const context = new FakeContext(this, delay);
    const result = await batch(context as unknown as Excel.RequestContext);
    // Excel.run flushes what the batch left queued.
    if (context.pending > 0) await context.sync();
    return result;
  }

  /** The host the add-in uses, as `officeHost()` builds it in Excel. */
  host(): ExcelHost {
    return {
      run: (batch) => this.run({ delayForCellEdit: true }, batch),
      isSetSupported: (name, version) => this.isSetSupported(name, version),
      displayLanguage: () => this.options.displayLanguage,
      documentName: () => this.options.documentName,
    };
  }
}

// Compile-time check: the fake's properties have the types @types/office-js gives Excel's.
type Props<T, K extends keyof T> = { [P in K]: T[P] };
export type RangeSubset = Props<Excel.Range, "values" | "formulas" | "numberFormat" | "valueTypes" | "rowIndex" | "columnIndex" | "rowCount" | "columnCount" | "address" | "isNullObject">;
export type WorksheetSubset = Props<Excel.Worksheet, "name" | "visibility" | "position">;
export const rangeTypesMatch: (r: FakeRange) => RangeSubset = (r) => r;
export const rangeAreasTypesMatch: (r: FakeRangeAreas) => Pick<Excel.RangeAreas, "address" | "isNullObject"> = (r) => r;
export const worksheetTypesMatch: (w: FakeWorksheet) => WorksheetSubset = (w) => w;
export const selectMatches: (r: FakeRange) => Pick<Excel.Range, "select"> = (r) => r;
export const deleteMatches: (w: FakeWorksheet) => Pick<Excel.Worksheet, "delete" | "activate"> = (w) => w;
