/**
 * The `Ringkasan` sheet: a title block, one row per indicator sheet ordered by rank, the
 * per-component average, highest and lowest, and the distribution of predicates, with charts
 * of the distribution and of the averages. Whatever derives from the table (predicates, ranks,
 * statistics, counts) is a live formula with the engine's value cached; unit, file and sheet
 * names are plain text.
 */
import { a1, columnLetters } from "../address";
import { DecimalSum } from "../decimalSum";
import { toNumber } from "../exact";
import { predicateFormulaOf } from "../plan/formulas";
import type { SheetSpec } from "../plan/writePlan";
import type { PredicateScale } from "../scale/predicateScale";
import type { ComponentColumn } from "./columns";
import type { Lang } from "../messages/number";
import { bandName } from "../translations";
import { scaleNote, summaryLabels } from "./labels";
import { chartsExtent, recapCharts, type RecapChartCells } from "./recapCharts";
import { formats, SheetBuilder } from "./sheetBuilder";
import type { UnitChange } from "./previous";
import type { RankedUnit } from "./units";

export interface RecapInfo {
  title: string;
  year: string;
  schemes: string;
  /** The day the recap was made, as the host passes it (the core reads no clock). */
  date: string;
  /** The language of every text on the sheets. */
  lang: Lang;
  /** Input files left out, and why: listed on the sheet, never dropped silently. */
  skipped?: readonly SkippedFile[];
}

export interface SkippedFile {
  file: string;
  reason: string;
}

export interface DistributionEntry {
  predicate: string;
  name: string;
  count: number;
}

/** Predicate counts in scale order (highest first); predicates of other scales follow. Names are in `lang`. */
export function distributionOf(units: readonly RankedUnit[], scale: PredicateScale, lang: Lang = "id"): DistributionEntry[] {
  const entries: DistributionEntry[] = scale.bands.map((band) => ({ predicate: band.predicate, name: bandName(band, lang), count: 0 }));
  for (const unit of units) {
    const predicate = unit.report.predicate;
    if (predicate === null || unit.report.total === null) continue;
    let entry = entries.find((e) => e.predicate === predicate);
    if (!entry) {
      entry = { predicate, name: (lang === "en" ? unit.report.predicateNameEn : null) ?? unit.report.predicateName ?? "", count: 0 };
      entries.push(entry);
    }
    entry.count++;
  }
  return entries;
}

/** "$C$8:$C$12" */
export function absoluteRange(firstRow: number, col: number, lastRow: number): string {
  const letters = columnLetters(col);
  return `$${letters}$${firstRow + 1}:$${letters}$${lastRow + 1}`;
}

/** A year typed as digits is written as a number, anything else as text. */
export function yearCell(year: string): string | number {
  return /^\d{4}$/.test(year) ? Number(year) : year;
}

/** Label/value rows under the title (row 2 on); a row whose value is empty is left blank. */
export function titleBlock(b: SheetBuilder, rows: readonly [string, string | number][]): void {
  rows.forEach(([label, value], i) => {
    if (value === "") return;
    b.put(1 + i, 0, label, { measure: false });
    // The value stands past the wide Unit column, so the label can spill over it.
    b.put(1 + i, 2, value, { measure: false, bold: true });
  });
}

export interface ComponentStats {
  average: number;
  highest: number;
  lowest: number;
}

/** Average (exact), highest and lowest of the values present; null when there are none. */
export function statsOf(values: readonly (number | null)[]): ComponentStats | null {
  const total = new DecimalSum();
  let count = 0;
  let highest = -Infinity;
  let lowest = Infinity;
  for (const value of values) {
    if (value === null) continue;
    total.add(value);
    count++;
    highest = Math.max(highest, value);
    lowest = Math.min(lowest, value);
  }
  return count === 0 ? null : { average: toNumber(total.mean(count)), highest, lowest };
}

export function componentScore(unit: RankedUnit, code: string): number | null {
  return unit.report.components.find((c) => c.code === code)?.score ?? null;
}

/** Where things stand on the sheet (0-based), for tests and hosts. */
export interface RingkasanLayout {
  headerRow: number;
  firstBodyRow: number;
  columns: { no: number; unit: number; components: number[]; total: number; predicate: number; rank: number; errors: number; warnings: number; file: number; sheet: number };
  /** Last year's total, predicate and the change, after the contract's columns (summary --previous). */
  previousColumns: { total: number; predicate: number; change: number } | null;
  statsRow: number | null;
  notesRow: number | null;
  /** The row of the "Sebaran Predikat" title; its table header follows. */
  distributionRow: number;
}

export function ringkasanLayout(unitCount: number, componentCount: number, hasStats: boolean, noteCount: number, withPrevious = false): RingkasanLayout {
  const headerRow = 6;
  const k = componentCount;
  const firstBodyRow = headerRow + 1;
  const afterBody = firstBodyRow + Math.max(unitCount, 1) + 1;
  const statsRow = hasStats ? afterBody : null;
  const afterStats = hasStats ? afterBody + 4 : afterBody;
  const notesRow = noteCount > 0 ? afterStats : null;
  const afterNotes = noteCount > 0 ? afterStats + noteCount + 2 : afterStats;
  return {
    headerRow,
    firstBodyRow,
    columns: {
      no: 0,
      unit: 1,
      components: Array.from({ length: k }, (_, i) => 2 + i),
      total: 2 + k,
      predicate: 3 + k,
      rank: 4 + k,
      errors: 5 + k,
      warnings: 6 + k,
      file: 7 + k,
      sheet: 8 + k,
    },
    previousColumns: withPrevious ? { total: 9 + k, predicate: 10 + k, change: 11 + k } : null,
    statsRow,
    notesRow,
    distributionRow: afterNotes,
  };
}

export function ringkasanSheet(
  name: string,
  replace: boolean,
  units: readonly RankedUnit[],
  components: readonly ComponentColumn[],
  scale: PredicateScale,
  info: RecapInfo,
  /** Last year's results by unit, when the recap sets them beside this year's. */
  changes?: ReadonlyMap<RankedUnit, UnitChange>,
): SheetSpec {
  const b = new SheetBuilder();
  const labels = summaryLabels(info.lang);
  const scored = units.filter((u) => u.report.total !== null);
  const scales = [scale, ...new Map(scored.filter((u) => u.scale && u.scale.id !== scale.id).map((u) => [u.scale!.id, u.scale!])).values()];
  const notes = scales.map((s) => scaleNote(s, info.lang)).filter((n): n is string => n !== null);
  // The notes block: scale notes, then the skipped files, each under its bold heading.
  const noteLines: { text: string; bold: boolean }[] = [];
  if (notes.length > 0) noteLines.push({ text: labels.scaleNotes, bold: true }, ...notes.map((text) => ({ text, bold: false })));
  const skipped = info.skipped ?? [];
  if (skipped.length > 0) noteLines.push({ text: labels.skippedFiles, bold: true }, ...skipped.map((s) => ({ text: `${s.file}: ${s.reason}`, bold: false })));
  const layout = ringkasanLayout(units.length, components.length, scored.length > 0, Math.max(0, noteLines.length - 1), changes !== undefined);
  const previousCol = layout.previousColumns;
  const { columns: col, headerRow, firstBodyRow } = layout;
  const lastBodyRow = firstBodyRow + Math.max(units.length, 1) - 1;

  b.put(0, 0, info.title, { bold: true, measure: false });
  const block: [string, string | number][] = [
    [labels.year, yearCell(info.year)],
    [labels.scheme, info.schemes],
    [labels.date, info.date],
    [labels.unitCount, units.length],
  ];
  titleBlock(b, block);

  const headers: [number, string][] = [
    [col.no, labels.no],
    [col.unit, labels.unit],
    ...components.map((c, i): [number, string] => [col.components[i], c.name]),
    [col.total, labels.total],
    [col.predicate, labels.predicate],
    [col.rank, labels.rank],
    [col.errors, labels.errors],
    [col.warnings, labels.warnings],
    [col.file, labels.file],
    [col.sheet, labels.sheet],
    ...(previousCol
      ? ([
          [previousCol.total, labels.previousTotal],
          [previousCol.predicate, labels.previousPredicate],
          [previousCol.change, labels.change],
        ] as [number, string][])
      : []),
  ];
  for (const [c, text] of headers) b.put(headerRow, c, text, { bold: true, center: c !== col.unit && c !== col.file && c !== col.sheet });

  const totalRange = absoluteRange(firstBodyRow, col.total, lastBodyRow);
  // Units of one file share a scale: its formula's bands are read once, not once per row.
  const formulaOf = new Map<PredicateScale, (totalRef: string) => string>();
  const predicateFormulaFor = (scale: PredicateScale) => {
    let formula = formulaOf.get(scale);
    if (!formula) formulaOf.set(scale, (formula = predicateFormulaOf(scale, 1, "=")));
    return formula;
  };
  units.forEach((unit, i) => {
    const row = firstBodyRow + i;
    const report = unit.report;
    b.put(row, col.no, i + 1, { center: true });
    b.put(row, col.unit, report.unit);
    components.forEach((component, j) => {
      const score = componentScore(unit, component.code);
      if (score !== null) b.put(row, col.components[j], score, { numberFormat: formats.score });
    });
    if (report.total !== null) {
      const totalRef = a1(row, col.total);
      b.put(row, col.total, report.total, { numberFormat: formats.score });
      const predicateValue = report.predicate ?? "";
      if (unit.scale) b.put(row, col.predicate, predicateValue, { formula: predicateFormulaFor(unit.scale)(totalRef), center: true });
      else b.put(row, col.predicate, predicateValue, { center: true });
      // Joined, not concatenated: one flat string a row rather than a tree of pieces kept until written.
      b.put(row, col.rank, unit.rank, { formula: ["=RANK(", totalRef, ",", totalRange, ")"].join(""), numberFormat: formats.integer, center: true });
    }
    b.put(row, col.errors, unit.counts.error, { center: true });
    b.put(row, col.warnings, unit.counts.warning, { center: true });
    b.put(row, col.file, unit.file);
    b.put(row, col.sheet, unit.sheet);
    const before = changes?.get(unit);
    if (previousCol && before) {
      const previousRef = a1(row, previousCol.total);
      if (before.previous.total !== null) b.put(row, previousCol.total, before.previous.total, { numberFormat: formats.score });
      if (before.previous.predicate) b.put(row, previousCol.predicate, before.previous.predicate, { center: true });
      if (before.change !== null) {
        const formula = `=IF(OR(${previousRef}="",${a1(row, col.total)}=""),"",ROUND(${a1(row, col.total)}-${previousRef},2))`;
        b.put(row, previousCol.change, before.change, { formula, numberFormat: formats.change, center: true });
      }
    }
  });

  if (layout.statsRow !== null) {
    const statColumns: [number, (number | null)[]][] = [
      ...components.map((c, j): [number, (number | null)[]] => [col.components[j], units.map((u) => componentScore(u, c.code))]),
      [col.total, units.map((u) => u.report.total)],
    ];
    const rows: [string, string, keyof ComponentStats][] = [
      [labels.average, "AVERAGE", "average"],
      [labels.highest, "MAX", "highest"],
      [labels.lowest, "MIN", "lowest"],
    ];
    const stats = statColumns.map(([c, values]) => [c, statsOf(values)] as const);
    rows.forEach(([label, fn, key], i) => {
      const row = layout.statsRow! + i;
      b.put(row, col.unit, label, { bold: true });
      for (const [c, columnStats] of stats) {
        if (!columnStats) continue;
        b.put(row, c, columnStats[key], { formula: `=${fn}(${a1(firstBodyRow, c)}:${a1(lastBodyRow, c)})`, numberFormat: formats.score });
      }
    });
  }

  if (layout.notesRow !== null) {
    const first = layout.notesRow;
    noteLines.forEach((line, i) => b.put(first + i, 0, line.text, { bold: line.bold, measure: false }));
  }

  const distribution = distributionOf(units, scale, info.lang);
  const distHeader = layout.distributionRow;
  b.put(distHeader, 0, labels.distribution, { bold: true, measure: false });
  const tableHeader = distHeader + 1;
  b.put(tableHeader, 0, labels.predicate, { bold: true });
  b.put(tableHeader, 1, labels.meaning, { bold: true });
  b.put(tableHeader, 2, labels.count, { bold: true });
  const predicateRange = absoluteRange(firstBodyRow, col.predicate, lastBodyRow);
  const firstBand = tableHeader + 1;
  distribution.forEach((entry, i) => {
    const row = firstBand + i;
    b.put(row, 0, entry.predicate);
    b.put(row, 1, entry.name);
    b.put(row, 2, entry.count, { formula: `=COUNTIF(${predicateRange},${a1(row, 0)})` });
  });
  const lastBand = firstBand + distribution.length - 1;
  const sumRow = lastBand + 1;
  b.put(sumRow, 1, labels.countSum, { bold: true });
  b.put(sumRow, 2, distribution.reduce((n, e) => n + e.count, 0), { formula: `=SUM(${a1(firstBand, 2)}:${a1(lastBand, 2)})`, bold: true });

  const lastCol = b.usedColumns - 1;
  b.merge(0, 0, 0, lastCol);
  const components0 = col.components[0];
  const componentsLast = col.components[col.components.length - 1];
  const averages = layout.statsRow !== null && components.length > 0;
  const chartCells: RecapChartCells = {
    predicates: `${a1(firstBand, 0)}:${a1(lastBand, 0)}`,
    counts: `${a1(firstBand, 2)}:${a1(lastBand, 2)}`,
    componentNames: averages ? `${a1(headerRow, components0)}:${a1(headerRow, componentsLast)}` : null,
    componentAverages: averages ? `${a1(layout.statsRow!, components0)}:${a1(layout.statsRow!, componentsLast)}` : null,
    // Beside the distribution table.
    row: distHeader,
    col: 4,
  };
  const freezeRows = headerRow + 1;
  const charts = recapCharts(chartCells, labels, b.spec(name, replace, { freezeRows }).columnWidths ?? []);
  // The print area covers the charts too.
  return b.spec(name, replace, { freezeRows, charts, printArea: b.area(chartsExtent(charts)) });
}
