/** Components and sub-components the sheet has but the scheme does not, and the other way round. */
import type { ComponentNode, SubcomponentNode } from "../../sheet/model";
import { code, defineCheck } from "../check";
import { codeCell } from "../helpers";

type Kind = "component" | "subcomponent";

export const schemeCoverage = defineCheck({
  id: "scheme-coverage",
  codes: {
    "not-in-scheme": code<{ code: string; kind: Kind; scheme: string }>("warning"),
    /** The cell, for a missing sub-component, is its component's code cell. */
    "missing-from-sheet": code<{ code: string; kind: Kind; name: string; scheme: string }>("warning"),
  },
  indicator({ sheet }, report) {
    const scheme = sheet.scheme;
    if (!scheme) return;
    const components = new Map<string, ComponentNode>(sheet.components.map((c) => [c.code, c]));
    const subcomponents = new Map<string, SubcomponentNode>();
    for (const component of sheet.components) {
      if (!component.spec) {
        report("not-in-scheme", { code: component.code, kind: "component", scheme: scheme.id }, codeCell(sheet, component.row));
        continue;
      }
      for (const sub of component.subcomponents) {
        subcomponents.set(sub.code, sub);
        if (!sub.spec) report("not-in-scheme", { code: sub.code, kind: "subcomponent", scheme: scheme.id }, codeCell(sheet, sub.row));
      }
    }
    for (const spec of scheme.components) {
      const component = components.get(spec.code);
      if (!component) {
        report("missing-from-sheet", { code: spec.code, kind: "component", name: spec.name, scheme: scheme.id });
        continue;
      }
      for (const sub of spec.subcomponents) {
        if (subcomponents.has(sub.code)) continue;
        report("missing-from-sheet", { code: sub.code, kind: "subcomponent", name: sub.name, scheme: scheme.id }, codeCell(sheet, component.row));
      }
    }
  },
});
