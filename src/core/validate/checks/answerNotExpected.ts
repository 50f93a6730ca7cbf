/**
 * An answer where none is taken: on a component row, on a free-text row, on a sub-component
 * row whose value comes from its criteria, or on a criterion the scheme gives no scale.
 */
import { aggregations } from "../../score/aggregations";
import { isCellError, type CellValue } from "../../snapshot";
import { code, defineCheck } from "../check";
import { answerCell, criteriaOf, subcomponentsOf } from "../helpers";

type Where = "component" | "free" | "subcomponent" | "criterion";

function filled(value: CellValue): value is string | number | boolean {
  return value !== null && !isCellError(value) && String(value).trim() !== "";
}

export const answerNotExpected = defineCheck({
  id: "answer-not-expected",
  codes: {
    /** code is "" on a free-text row; scheme is the sheet's scheme id. */
    "answer-not-expected": code<{ code: string; value: string; where: Where; scheme: string }>("error"),
  },
  indicator({ sheet }, report) {
    const put = (row: number, codeText: string, where: Where, value: string | number | boolean) =>
      report("answer-not-expected", { code: codeText, value: String(value).trim(), where, scheme: sheet.schemeId }, answerCell(sheet, row));
    for (const row of sheet.rows) {
      if (row.kind === "free" && filled(row.answerRaw)) put(row.row, "", "free", row.answerRaw);
    }
    for (const component of sheet.components) {
      if (filled(component.answerRaw)) put(component.row, component.code, "component", component.answerRaw);
    }
    if (!sheet.scheme) return;
    for (const sub of subcomponentsOf(sheet)) {
      const takesAnswer = aggregations[sub.scoring.aggregation].answersOn === "subcomponent" && sub.scale !== undefined;
      if (!takesAnswer && filled(sub.answerRaw)) put(sub.row, sub.code, "subcomponent", sub.answerRaw);
    }
    for (const criterion of criteriaOf(sheet)) {
      if (!criterion.scale && filled(criterion.answerRaw)) put(criterion.row, criterion.code, "criterion", criterion.answerRaw);
    }
  },
});
