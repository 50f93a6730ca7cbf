/**
 * The component and sub-component columns of a recap: every code any unit has, in the order
 * they first appear. A code's name and weight come from the first unit that has it.
 */
import type { SheetReport } from "../report";

export interface SubcomponentColumn {
  code: string;
  name: string;
  weight: number;
}

export interface ComponentColumn {
  code: string;
  name: string;
  weight: number;
  subcomponents: SubcomponentColumn[];
}

export function componentColumns(reports: readonly Pick<SheetReport, "components">[]): ComponentColumn[] {
  const columns: ComponentColumn[] = [];
  const byCode = new Map<string, ComponentColumn>();
  for (const report of reports) {
    for (const component of report.components) {
      let column = byCode.get(component.code);
      if (!column) {
        column = { code: component.code, name: component.name, weight: component.weight, subcomponents: [] };
        byCode.set(component.code, column);
        columns.push(column);
      }
      for (const sub of component.subcomponents) {
        if (!column.subcomponents.some((s) => s.code === sub.code)) column.subcomponents.push({ code: sub.code, name: sub.name, weight: sub.weight });
      }
    }
  }
  return columns;
}
