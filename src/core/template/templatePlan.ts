/** A new, empty LKE sheet per unit in the docs/format.md layout, with answer lists. */
import { a1 } from "../address";
import { allowedAnswers } from "../scale/readAnswer";
import { answerScaleOf, type SchemeRegistry } from "../scheme/registry";
import { scoringOf, type Scheme } from "../scheme/schemeSchema";
import { aggregations } from "../score/aggregations";
import { exact } from "../exact";
import { PlanCells } from "../plan/planCells";
import type { DataValidationSpec, SheetSpec } from "../plan/writePlan";
import { roleTitles } from "../layout/roles";
import type { AnswerScale } from "../scale/answerScale";

export const templateTitle = "LEMBAR KERJA EVALUASI";

/** Excel's rules for sheet names: at most 31 characters, none of : \ / ? * [ ]. */
export function sanitizeSheetName(name: string): string {
  const cleaned = name.replace(/[:\\/?*[\]]/g, " ").replace(/\s+/g, " ").trim().replace(/^'+|'+$/g, "");
  return (cleaned || "Sheet").slice(0, 31).trim();
}

/** A name not yet taken (case-insensitively), adding " (2)", " (3)" ... within 31 characters. */
export function uniqueSheetName(wanted: string, taken: Iterable<string>): string {
  const used = new Set([...taken].map((n) => n.toLowerCase()));
  const base = sanitizeSheetName(wanted);
  if (!used.has(base.toLowerCase())) return base;
  for (let i = 2; ; i++) {
    const suffix = ` (${i})`;
    const name = base.slice(0, 31 - suffix.length).trim() + suffix;
    if (!used.has(name.toLowerCase())) return name;
  }
}

function answerList(scale: AnswerScale | undefined): string[] | null {
  return scale && scale.kind === "choice" ? allowedAnswers(scale) : null;
}

export function templateSheet(scheme: Scheme, registry: SchemeRegistry, unit: string, year: string, name: string): SheetSpec {
  const cells = new PlanCells();
  const validations: DataValidationSpec[] = [];
  const put = (row: number, col: number, value: string | number, numberFormat?: string) => cells.add(row, col, value, undefined, numberFormat);
  put(0, 0, `${templateTitle} – ${scheme.name}`);
  put(1, 0, "Skema");
  put(1, 1, scheme.id);
  put(2, 0, "Unit");
  put(2, 1, unit);
  put(3, 0, "Tahun");
  put(3, 1, year);
  const header = 5;
  (["code", "text", "weight", "answer", "score", "note"] as const).forEach((role, col) => put(header, col, roleTitles[role]));
  let row = header + 1;
  const listFor = (r: number, list: string[] | null) => {
    if (list) validations.push({ range: a1(r, 3), list });
  };
  for (const component of scheme.components) {
    put(row, 0, component.code);
    put(row, 1, component.name);
    put(row, 2, Number(component.weight), "0.00");
    row++;
    for (const sub of component.subcomponents) {
      const scoring = scoringOf(scheme, sub);
      put(row, 0, sub.code);
      put(row, 1, sub.name);
      put(row, 2, exact(sub.weight).valueOf(), "0.00");
      const subScale = scoring.aggregation === "grade" ? answerScaleOf(registry, scoring.subcomponentScale) : undefined;
      if (aggregations[scoring.aggregation].answersOn === "subcomponent") listFor(row, answerList(subScale));
      row++;
      const criterionScale = answerScaleOf(registry, scoring.criterionScale);
      sub.criteria.forEach((text, i) => {
        put(row, 0, `${sub.code}.${i + 1}`);
        put(row, 1, text);
        listFor(row, answerList(criterionScale));
        row++;
      });
    }
  }
  return {
    name,
    visibility: "visible",
    replace: false,
    cells,
    columnWidths: [
      { col: 0, width: 9 },
      { col: 1, width: 70 },
      { col: 2, width: 9 },
      { col: 3, width: 10 },
      { col: 4, width: 10 },
      { col: 5, width: 30 },
    ],
    bold: [`A1`, `A${header + 1}:F${header + 1}`],
    freezeRows: header + 1,
    validations,
  };
}
