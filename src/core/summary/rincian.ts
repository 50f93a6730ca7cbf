/**
 * The `Rincian` sheet: every unit's sub-component scores side by side, grouped by component
 * (each group ends with its live sum), weights in a header row, and a key to the codes.
 */
import { a1 } from "../address";
import type { SheetSpec } from "../plan/writePlan";
import type { ComponentColumn } from "./columns";
import { summaryLabels } from "./labels";
import { titleBlock, yearCell, type RecapInfo } from "./ringkasan";
import { formats, SheetBuilder } from "./sheetBuilder";
import type { RankedUnit } from "./units";

export interface RincianLayout {
  groupRow: number;
  codeRow: number;
  weightRow: number;
  firstBodyRow: number;
  /** Per component: the columns of its sub-components and of its sum. */
  groups: { subcomponents: number[]; sum: number }[];
  total: number;
  file: number;
  sheet: number;
}

export function rincianLayout(components: readonly ComponentColumn[]): RincianLayout {
  let col = 2;
  const groups = components.map((component) => {
    const subcomponents = component.subcomponents.map(() => col++);
    return { subcomponents, sum: col++ };
  });
  return { groupRow: 4, codeRow: 5, weightRow: 6, firstBodyRow: 7, groups, total: col, file: col + 1, sheet: col + 2 };
}

function subScore(unit: RankedUnit, componentCode: string, subCode: string): number | null {
  const component = unit.report.components.find((c) => c.code === componentCode);
  return component?.subcomponents.find((s) => s.code === subCode)?.score ?? null;
}

export function rincianSheet(name: string, replace: boolean, units: readonly RankedUnit[], components: readonly ComponentColumn[], info: RecapInfo & { ownTitle?: string }): SheetSpec {
  const b = new SheetBuilder();
  const labels = summaryLabels(info.lang);
  const layout = rincianLayout(components);
  const { groupRow, codeRow, weightRow, firstBodyRow } = layout;

  b.put(0, 0, info.ownTitle ?? labels.rincianTitle, { bold: true, measure: false });
  titleBlock(b, [
    [labels.year, yearCell(info.year)],
    [labels.date, info.date],
  ]);

  const spanning: [number, string][] = [
    [0, labels.no],
    [1, labels.unit],
    [layout.total, labels.total],
    [layout.file, labels.file],
    [layout.sheet, labels.sheet],
  ];
  for (const [col, text] of spanning) {
    b.put(groupRow, col, text, { bold: true, center: col !== 1 && col !== layout.file && col !== layout.sheet });
    b.merge(groupRow, col, codeRow, col);
  }
  b.put(weightRow, 1, labels.weight, { bold: true });

  components.forEach((component, i) => {
    const group = layout.groups[i];
    const first = group.subcomponents[0] ?? group.sum;
    b.put(groupRow, first, component.name, { bold: true, measure: false, center: true });
    b.merge(groupRow, first, groupRow, group.sum);
    component.subcomponents.forEach((sub, j) => {
      b.put(codeRow, group.subcomponents[j], sub.code, { bold: true, center: true });
      b.put(weightRow, group.subcomponents[j], sub.weight, { numberFormat: formats.score });
    });
    b.put(codeRow, group.sum, labels.subtotal, { bold: true, center: true });
    b.put(weightRow, group.sum, component.weight, { numberFormat: formats.score });
  });

  units.forEach((unit, i) => {
    const row = firstBodyRow + i;
    b.put(row, 0, i + 1, { center: true });
    b.put(row, 1, unit.report.unit);
    components.forEach((component, c) => {
      const group = layout.groups[c];
      let any = false;
      component.subcomponents.forEach((sub, j) => {
        const score = subScore(unit, component.code, sub.code);
        if (score === null) return;
        any = true;
        b.put(row, group.subcomponents[j], score, { numberFormat: formats.score });
      });
      const own = unit.report.components.find((x) => x.code === component.code);
      if (!own) return;
      if (any && group.subcomponents.length > 0) {
        // Joined, not concatenated: one flat string a row rather than a tree of pieces kept until written.
        const formula = ["=SUM(", a1(row, group.subcomponents[0]), ":", a1(row, group.subcomponents[group.subcomponents.length - 1]), ")"].join("");
        b.put(row, group.sum, own.score, { formula, numberFormat: formats.score });
      } else {
        b.put(row, group.sum, own.score, { numberFormat: formats.score });
      }
    });
    if (unit.report.total !== null) b.put(row, layout.total, unit.report.total, { numberFormat: formats.score });
    b.put(row, layout.file, unit.file);
    b.put(row, layout.sheet, unit.sheet);
  });

  const legendRow = firstBodyRow + Math.max(units.length, 1) + 1;
  b.put(legendRow, 0, labels.legend, { bold: true, measure: false });
  let row = legendRow + 1;
  for (const component of components) {
    b.put(row, 0, component.code, { bold: true });
    b.put(row++, 1, component.name, { bold: true, measure: false });
    for (const sub of component.subcomponents) {
      b.put(row, 0, sub.code);
      b.put(row++, 1, sub.name, { measure: false });
    }
  }
  b.merge(0, 0, 0, b.usedColumns - 1);
  return b.spec(name, replace, { freezeRows: firstBodyRow });
}
