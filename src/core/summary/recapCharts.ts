/**
 * The recap's charts as data: which cells each one plots, its title, and the cells it covers.
 * Both hosts draw these same charts: the task pane with Office.js, the command line as chart
 * parts added to the written package.
 */
import { a1, parseRange } from "../address";
import type { ChartSpec } from "../plan/writePlan";

/** Excel's width of a column nobody sized, in characters. */
const defaultColumnWidth = 8.43;
/** About 460 pixels wide and 15 rows (300 pixels) tall at the default row height. */
const chartWidth = 64;
export const chartRows = 15;

/**
 * The last column a chart starting at `col` needs to be about `chartWidth` characters wide,
 * given the sheet's column widths: a chart over wide columns takes fewer of them.
 */
export function chartLastColumn(col: number, widths: readonly { col: number; width: number }[]): number {
  const widthOf = new Map(widths.map((w) => [w.col, w.width]));
  let covered = 0;
  let last = col;
  for (; ; last++) {
    covered += widthOf.get(last) ?? defaultColumnWidth;
    if (covered >= chartWidth) return last;
  }
}

function placed(chart: Omit<ChartSpec, "anchor" | "to">, row: number, col: number, widths: readonly { col: number; width: number }[]): ChartSpec {
  return { ...chart, anchor: a1(row, col), to: a1(row + chartRows - 1, chartLastColumn(col, widths)) };
}

export interface RecapChartCells {
  /** The distribution table: its predicate codes and counts (A1 ranges, one column each). */
  predicates: string;
  counts: string;
  /** The components' names on the header row, and their averages (A1 ranges, one row each); null without scores. */
  componentNames: string | null;
  componentAverages: string | null;
  /** Where the first chart starts; the second goes under it, a row apart. */
  row: number;
  col: number;
}

/** The predicate distribution (columns), and the components' averages (bars) when there are any. */
export function recapCharts(cells: RecapChartCells, titles: { distribution: string; componentAverages: string }, widths: readonly { col: number; width: number }[]): ChartSpec[] {
  const charts = [placed({ kind: "column", title: titles.distribution, categories: cells.predicates, values: cells.counts }, cells.row, cells.col, widths)];
  if (cells.componentNames && cells.componentAverages) {
    const chart = { kind: "bar", title: titles.componentAverages, categories: cells.componentNames, values: cells.componentAverages } as const;
    charts.push(placed(chart, cells.row + chartRows + 1, cells.col, widths));
  }
  return charts;
}

/** The rows and columns the charts cover, for the print area: "A1" up to one past their corner. */
export function chartsExtent(charts: readonly ChartSpec[]): { rows: number; cols: number } {
  let rows = 0;
  let cols = 0;
  for (const chart of charts) {
    const corner = parseRange(chart.to);
    rows = Math.max(rows, corner.lastRow + 1);
    cols = Math.max(cols, corner.lastCol + 1);
  }
  return { rows, cols };
}
