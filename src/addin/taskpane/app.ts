/**
 * The task pane: a thin UI over the add-in's commands (src/io/office). It lists the indicator
 * sheets with their scheme, unit, total and predicate, and the findings grouped by sheet;
 * a finding's button selects its cell. Every button is disabled while a run is in flight.
 */
import { formatFinding, formatFixed as formatScore, type SheetReport, builtinRegistry, countBySeverity, type Finding, type Severity } from "../../core";
import { classifyError } from "../../io/office/errors";
import type { CheckResult, LastRun, LkeAddin } from "../../io/office/lke";
import type { RibbonOutcome } from "../commands/outcome";
import { readPickedWorkbooks } from "./pickedWorkbooks";
import { fill, h } from "./dom";
import { formatWhen, strings, type Lang, type Strings } from "../strings";

type Busy = keyof Strings["busy"];
type Text = (s: Strings, lang: Lang) => string;

export interface TaskpaneOptions {
  lang: Lang;
  /** Where the language choice is remembered. */
  storage?: Pick<Storage, "getItem" | "setItem"> | null;
  ribbon?: RibbonOutcome | null;
  /** Years offered for a new template. */
  now?: () => Date;
}

const languageKey = "lke.lang";
const severities: Severity[] = ["error", "warning", "info"];

export class TaskpaneApp {
  private lang: Lang;
  private busy: Busy | null = null;
  private reports: SheetReport[] | null = null;
  private lastRun: LastRun | null = null;
  private status: Text | null = null;
  private error: Text | null = null;
  private templateOpen = false;
  /** What the ribbon's Hitung Predikat last did, shown as a note. */
  private ribbon: RibbonOutcome | null;
  /** Finding groups the user closed (by sheet), kept closed across renders. */
  private readonly closedGroups = new Set<string>();
  private readonly schemes = [...builtinRegistry().schemes.values()].map((s) => ({ id: s.id, name: s.name }));

  // Controls kept across renders (their state must survive re-rendering the results).
  private valuesOnly = false;
  private summaryTitle = "";
  /** Other workbooks picked for the recap (read only, never copied in). */
  private summaryFiles: File[] = [];
  private templateScheme: string;
  private templateUnit = "";
  private templateYear: string;

  private readonly main: HTMLElement;
  private controls: (HTMLButtonElement | HTMLInputElement | HTMLSelectElement)[] = [];

  constructor(
    private readonly root: HTMLElement,
    private readonly addin: LkeAddin | null,
    private readonly options: TaskpaneOptions,
  ) {
    this.ribbon = options.ribbon ?? null;
    const stored = safeGet(options.storage, languageKey);
    this.lang = stored === "en" || stored === "id" ? stored : options.lang;
    this.templateScheme = this.schemes[0]?.id ?? "";
    this.templateYear = String((options.now?.() ?? new Date()).getFullYear());
    this.main = h("main", { className: "app", "aria-busy": "false" });
    root.replaceChildren(this.main);
  }

  private get s(): Strings {
    return strings[this.lang];
  }

  /** A pane that cannot start because Office.js did not load: it says so. */
  static showOfficeMissing(root: HTMLElement, lang: Lang, storage: TaskpaneOptions["storage"]): TaskpaneApp {
    const app = new TaskpaneApp(root, null, { lang, storage });
    app.error = (s) => s.officeMissing;
    app.render();
    return app;
  }

  /** Renders, then checks the workbook once so the sheets are listed. */
  async start(): Promise<void> {
    this.render();
    if (!this.addin) {
      this.error = (s) => s.notInExcel;
      this.render();
      return;
    }
    await this.check();
  }

  // ---- commands -------------------------------------------------------------------------

  check(): Promise<void> {
    return this.command("check", async (addin) => {
      await this.refresh(addin);
      const all = (this.reports ?? []).flatMap((r) => r.findings);
      const counts = countBySeverity(all);
      const sheets = this.reports?.length ?? 0;
      this.status = (s) => s.done.check(sheets, counts.error, counts.warning);
    });
  }

  score(): Promise<void> {
    return this.command("score", async (addin) => {
      const result = await addin.score(this.valuesOnly ? "values" : "formulas");
      const scored = result.reports.filter((r) => r.total !== null).length;
      const cells = result.applied?.cellsWritten ?? 0;
      this.status = (s) => (result.applied ? s.done.score(cells, scored) : s.done.scoreUnchanged);
      this.show(result);
    });
  }

  summary(): Promise<void> {
    return this.command("summary", async (addin) => {
      const picked = await readPickedWorkbooks(this.summaryFiles);
      const result = await addin.summary({ title: this.summaryTitle.trim() || undefined, lang: this.lang }, picked);
      const names = result.summarySheets.join(", ");
      const skipped = result.applied?.skipped.includes("print") ?? false;
      this.status = (s) => (names ? s.done.summary(names) + (skipped ? ` ${s.done.printSkipped}` : "") : s.done.summaryNothing);
      this.show(result);
    });
  }

  report(): Promise<void> {
    return this.command("report", async (addin) => {
      const result = await addin.report(this.lang);
      const names = result.reportSheets.join(", ");
      this.status = (s) => (names ? s.done.report(names) : s.done.reportNothing);
      this.show(result);
    });
  }

  undo(): Promise<void> {
    return this.command("undo", async (addin) => {
      const result = await addin.undo();
      const undone = result.undone;
      this.status = (s, lang) => (undone ? s.done.undo(`${s.commandNames[undone.command] ?? undone.command} (${formatWhen(undone.at, lang)})`) : s.done.undoNothing);
      await this.refresh(addin);
    });
  }

  insertTemplate(): Promise<void> {
    return this.command("template", async (addin) => {
      const result = await addin.insertTemplate(this.templateScheme, this.templateUnit, this.templateYear.trim() || String(new Date().getFullYear()));
      this.templateOpen = false;
      this.templateUnit = "";
      this.status = (s) => s.done.template(result.sheet);
      await this.refresh(addin);
    });
  }

  selectCell(sheet: string, cell: string): Promise<void> {
    return this.command("select", (addin) => addin.selectCell(sheet, cell), { keepStatus: true });
  }

  /**
   * The ribbon's Hitung Predikat has run: its note, and (when it ran in this runtime) the
   * sheets as it left them. A newer outcome only; the pane's own run in flight shows its own.
   */
  ribbonChanged(outcome: RibbonOutcome, result: CheckResult | null): void {
    if (this.ribbon && this.ribbon.at >= outcome.at) return;
    this.ribbon = outcome;
    if (result && this.busy === null) this.show(result);
    this.render();
  }

  private async refresh(addin: LkeAddin): Promise<void> {
    this.show(await addin.check());
  }

  /** The sheets and findings of a run's own read: Hitung and Ringkasan need no second read. */
  private show(result: CheckResult): void {
    this.reports = result.reports;
    this.lastRun = result.lastRun;
  }

  private async command(kind: Busy, run: (addin: LkeAddin) => Promise<void>, options: { keepStatus?: boolean } = {}): Promise<void> {
    const addin = this.addin;
    if (!addin || this.busy) return;
    const focused = document.activeElement instanceof HTMLElement ? document.activeElement.id : "";
    this.busy = kind;
    this.error = null;
    if (!options.keepStatus) this.status = null;
    this.render();
    try {
      await run(addin);
    } catch (error) {
      const hostError = classifyError(error);
      this.error = (_s, lang) => hostError.text(lang);
    } finally {
      this.busy = null;
      this.render();
      // Keyboard users stay where they were.
      if (focused) document.getElementById(focused)?.focus();
    }
  }

  private setLanguage(lang: Lang): void {
    this.lang = lang;
    safeSet(this.options.storage, languageKey, lang);
    this.render();
    document.getElementById("lang")?.focus();
  }

  // ---- rendering ------------------------------------------------------------------------

  render(): void {
    const s = this.s;
    document.documentElement.lang = this.lang;
    document.title = s.title;
    this.controls = [];
    this.main.setAttribute("aria-busy", String(this.busy !== null));
    fill(
      this.main,
      this.header(s),
      this.toolbar(s),
      this.templateOpen ? this.templateForm(s) : null,
      this.progress(s),
      this.messages(s),
      this.sheetsSection(s),
      this.differencesSection(s),
      this.findingsSection(s),
    );
    const disabled = this.busy !== null || !this.addin;
    for (const control of this.controls) control.disabled = disabled || control.dataset.off === "true";
  }

  private button(id: string, label: string, hint: string, onClick: (() => void) | null, options: { primary?: boolean; off?: boolean; expanded?: boolean } = {}): HTMLButtonElement {
    const button = h("button", {
      id,
      type: onClick ? "button" : "submit",
      className: options.primary ? "btn primary" : "btn",
      title: hint,
      "aria-expanded": options.expanded === undefined ? undefined : String(options.expanded),
      "data-off": options.off ? "true" : undefined,
    }, label);
    if (onClick) button.addEventListener("click", onClick);
    this.controls.push(button);
    return button;
  }

  private header(s: Strings): HTMLElement {
    const lang = h("button", { id: "lang", type: "button", className: "link", "aria-label": s.switchLanguageLabel, lang: this.lang === "id" ? "en" : "id" }, s.switchLanguage);
    lang.addEventListener("click", () => this.setLanguage(this.lang === "id" ? "en" : "id"));
    return h("header", { className: "header" }, h("h1", {}, s.title), lang);
  }

  private toolbar(s: Strings): HTMLElement {
    const undoHint = this.lastRun ? s.undoHintOf(s.commandNames[this.lastRun.command] ?? this.lastRun.command, formatWhen(this.lastRun.at, this.lang)) : s.undoHint;
    const values = h("input", { id: "values-only", type: "checkbox", checked: this.valuesOnly });
    values.addEventListener("change", () => (this.valuesOnly = values.checked));
    this.controls.push(values);
    const title = h("input", { id: "summary-title", type: "text", value: this.summaryTitle, placeholder: s.summaryTitlePlaceholder, autocomplete: "off" });
    title.addEventListener("input", () => (this.summaryTitle = title.value));
    this.controls.push(title);
    const files = h("input", { id: "summary-files", type: "file", multiple: true, accept: ".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" });
    files.addEventListener("change", () => {
      this.summaryFiles = [...(files.files ?? [])];
      this.render();
    });
    this.controls.push(files);
    return h(
      "section",
      { className: "toolbar", "aria-label": s.actions },
      h(
        "div",
        { className: "buttons" },
        this.button("btn-check", s.check, s.checkHint, () => void this.check(), { primary: true }),
        this.button("btn-score", s.score, s.scoreHint, () => void this.score()),
        this.button("btn-summary", s.summary, s.summaryHint, () => void this.summary()),
        this.button("btn-report", s.report, s.reportHint, () => void this.report()),
        this.button("btn-undo", s.undo, undoHint, () => void this.undo(), { off: !this.lastRun }),
        this.button("btn-template", s.insertTemplate, s.insertTemplateHint, () => this.toggleTemplate(), { expanded: this.templateOpen }),
      ),
      h("label", { className: "check", for: "values-only" }, values, h("span", {}, s.valuesOnly)),
      h("label", { className: "field", for: "summary-title" }, h("span", {}, s.summaryTitle), title),
      h("label", { className: "field", for: "summary-files" }, h("span", {}, s.summaryFiles), files),
      // The pane is redrawn after each run; the picked files are kept, and named here.
      this.summaryFiles.length > 0 && h("p", { id: "summary-files-chosen", className: "hint" }, this.summaryFiles.map((f) => f.name).join(", ")),
    );
  }

  private toggleTemplate(): void {
    this.templateOpen = !this.templateOpen;
    this.render();
    document.getElementById(this.templateOpen ? "template-unit" : "btn-template")?.focus();
  }

  private templateForm(s: Strings): HTMLElement {
    const scheme = h("select", { id: "template-scheme" }, ...this.schemes.map((x) => h("option", { value: x.id, selected: x.id === this.templateScheme }, `${x.id} – ${x.name}`)));
    scheme.addEventListener("change", () => (this.templateScheme = scheme.value));
    const unit = h("input", { id: "template-unit", type: "text", value: this.templateUnit, placeholder: s.templateUnitPlaceholder, autocomplete: "off" });
    unit.addEventListener("input", () => (this.templateUnit = unit.value));
    const year = h("input", { id: "template-year", type: "text", inputmode: "numeric", value: this.templateYear, size: 6 });
    year.addEventListener("input", () => (this.templateYear = year.value));
    this.controls.push(scheme, unit, year);
    const form = h(
      "form",
      { id: "template-form", className: "panel", "aria-label": s.insertTemplate },
      h("label", { className: "field", for: "template-scheme" }, h("span", {}, s.templateScheme), scheme),
      h("label", { className: "field", for: "template-unit" }, h("span", {}, s.templateUnit), unit),
      h("label", { className: "field", for: "template-year" }, h("span", {}, s.templateYear), year),
      h(
        "div",
        { className: "buttons" },
        this.button("template-insert", s.templateInsert, s.insertTemplateHint, null, { primary: true }),
        this.button("template-close", s.templateCancel, s.templateCancel, () => this.toggleTemplate()),
      ),
    );
    form.addEventListener("submit", (event) => {
      event.preventDefault();
      void this.insertTemplate();
    });
    return form;
  }

  private progress(s: Strings): HTMLElement {
    return h(
      "div",
      { id: "progress", className: "progress", role: "status", "aria-live": "polite", hidden: this.busy === null },
      h("div", { className: "bar", "aria-hidden": "true" }, h("div", { className: "bar-fill" })),
      h("span", { className: "progress-text" }, this.busy ? s.busy[this.busy] : ""),
    );
  }

  private messages(s: Strings): HTMLElement {
    const ribbon = this.ribbon;
    const ribbonText = ribbon ? s.ribbonLast(formatWhen(ribbon.at, this.lang), ribbon.ok ? s.ribbonDone(ribbon.sheets ?? 0) : (ribbon.error?.[this.lang] ?? "")) : null;
    return h(
      "div",
      { className: "messages" },
      h("p", { id: "status", className: "status", role: "status", "aria-live": "polite" }, this.status ? this.status(s, this.lang) : ""),
      this.error ? h("p", { id: "error", className: "error", role: "alert" }, this.error(s, this.lang)) : null,
      ribbonText ? h("p", { id: "ribbon-note", className: ribbon?.ok ? "note" : "error" }, ribbonText) : null,
    );
  }

  private schemeName(id: string): string {
    return this.schemes.find((x) => x.id === id)?.name ?? id;
  }

  private sheetsSection(s: Strings): HTMLElement | null {
    if (this.reports === null) return null;
    const heading = h("h2", { id: "sheets-heading" }, s.sheetsHeading);
    if (this.reports.length === 0) return h("section", { id: "sheets", "aria-labelledby": "sheets-heading" }, heading, h("p", { className: "empty" }, s.noSheets));
    const rows = this.reports.map((r) =>
      h(
        "tr",
        { "data-sheet": r.sheet },
        h("th", { scope: "row" }, r.sheet),
        h("td", { className: "unit" }, h("span", { className: "unit-name" }, r.unit), h("span", { className: "scheme", title: this.schemeName(r.scheme) }, r.scheme || "—")),
        h(
          "td",
          { className: "num total" },
          r.total === null ? s.notScored : formatScore(r.total, this.lang),
          !r.complete && r.total !== null ? h("span", { className: "hint" }, s.incomplete) : null,
          r.self?.total != null ? h("span", { className: "hint self" }, s.selfResult(formatScore(r.self.total, this.lang), r.self.predicate ?? "")) : null,
        ),
        h("td", { className: "predicate", title: r.predicateName ?? "" }, r.predicate ?? s.notScored),
      ),
    );
    return h(
      "section",
      { id: "sheets", "aria-labelledby": "sheets-heading" },
      heading,
      h(
        "table",
        { className: "grid" },
        h(
          "thead",
          {},
          h("tr", {}, h("th", { scope: "col" }, s.colSheet), h("th", { scope: "col" }, s.colUnit), h("th", { scope: "col", className: "num" }, s.colTotal), h("th", { scope: "col" }, s.colPredicate)),
        ),
        h("tbody", {}, ...rows),
      ),
    );
  }

  /** Selisih: the rows where the unit's own answer and the evaluator's differ, under their unit's sheet, each going to its cell. */
  private differencesSection(s: Strings): HTMLElement | null {
    const groups = (this.reports ?? []).map((r) => ({ sheet: r.sheet, differences: r.findings.filter((f) => f.code === "answers-differ") })).filter((g) => g.differences.length > 0);
    if (groups.length === 0) return null;
    let item = 0;
    return h(
      "section",
      { id: "differences", "aria-labelledby": "differences-heading" },
      h("h2", { id: "differences-heading" }, s.differencesHeading),
      h("p", { className: "hint" }, s.differencesIntro),
      ...groups.map(({ sheet, differences }) =>
        h(
          "div",
          { className: "group", "data-sheet": sheet },
          h("h3", { className: "group-name" }, sheet),
          h("ul", { className: "findings" }, ...differences.map((f) => h("li", {}, this.findingItem(s, f, `difference-${item++}`)))),
        ),
      ),
    );
  }

  private findingsSection(s: Strings): HTMLElement | null {
    if (this.reports === null || this.reports.length === 0) return null;
    const groups = this.reports.filter((r) => r.findings.length > 0);
    const heading = h("h2", { id: "findings-heading" }, s.findingsHeading);
    if (groups.length === 0) return h("section", { id: "findings", "aria-labelledby": "findings-heading" }, heading, h("p", { className: "empty" }, s.noFindings));
    return h(
      "section",
      { id: "findings", "aria-labelledby": "findings-heading" },
      heading,
      ...groups.map((report) => this.findingGroup(s, report)),
    );
  }

  private findingGroup(s: Strings, report: SheetReport): HTMLElement {
    const counts = countBySeverity(report.findings);
    const sorted = [...report.findings].sort((a, b) => severities.indexOf(a.severity) - severities.indexOf(b.severity));
    const group = this.reports?.indexOf(report) ?? 0;
    const details = h(
      "details",
      { className: "group", open: !this.closedGroups.has(report.sheet), "data-sheet": report.sheet },
      h("summary", {}, h("span", { className: "group-name" }, report.sheet), h("span", { className: "counts" }, s.counts(counts.error, counts.warning, counts.info))),
      h("ul", { className: "findings" }, ...sorted.map((f, i) => h("li", {}, this.findingItem(s, f, `finding-${group}-${i}`)))),
    );
    details.addEventListener("toggle", () => {
      if (details.open) this.closedGroups.delete(report.sheet);
      else this.closedGroups.add(report.sheet);
    });
    return details;
  }

  private findingItem(s: Strings, finding: Finding, id: string): HTMLElement {
    const text = formatFinding(finding, this.lang);
    const parts = [
      h("span", { className: `badge ${finding.severity}` }, s.severity[finding.severity]),
      h("span", { className: "cell" }, finding.cell ?? s.wholeSheet),
      h("span", { className: "text" }, text),
    ];
    if (!finding.cell) return h("div", { className: `finding ${finding.severity}` }, ...parts);
    const cell = finding.cell;
    const button = h("button", { id, type: "button", className: `finding ${finding.severity}`, title: s.goToCell(cell), "data-cell": cell }, ...parts);
    button.addEventListener("click", () => void this.selectCell(finding.sheet, cell));
    this.controls.push(button);
    return button;
  }
}

function safeGet(storage: TaskpaneOptions["storage"], key: string): string | null {
  try {
    return storage?.getItem(key) ?? null;
  } catch {
    return null;
  }
}

function safeSet(storage: TaskpaneOptions["storage"], key: string, value: string): void {
  try {
    storage?.setItem(key, value);
  } catch {
    // Storage may be unavailable (private mode, locked-down Office); the choice then lasts while the pane is open.
  }
}
