/**
 * "grade-needs-probes": a grade at or above `minGrade` (BB under 88/2021) says every criterion is
 * met, so no answered probe of that sub-component may be unfulfilled (T). A warning only: the
 * evaluator's grade stands.
 */
import { exact, roundHalfUp, toNumber, type Exact } from "../../../exact";
import type { AnswerScale } from "../../../scale/answerScale";
import { normalizeAnswer } from "../../../scale/readAnswer";
import { code } from "../../check";
import { answerCell, subcomponentsOf } from "../../helpers";
import { defineRule } from "./rule";

/** A probe is fulfilled when it has its scale's top value (Y on Y/T). */
function topValue(scale: AnswerScale): Exact {
  if (scale.kind === "number") return exact(scale.max);
  return scale.choices.map((c) => exact(c.value)).reduce((a, b) => (b.gt(a) ? b : a));
}

export const gradeNeedsProbes = defineRule({
  kind: "grade-needs-probes",
  codes: {
    /** percent: the share of answered probes fulfilled, 0-100, 2 decimals. */
    "grade-needs-probes": code<{ code: string; grade: string; minGrade: string; fulfilled: number; probes: number; percent: number }>("warning"),
  },
  check({ sheet, rule }, report) {
    for (const sub of subcomponentsOf(sheet)) {
      const { scale, answer } = sub;
      if (!scale || scale.kind !== "choice" || answer.state !== "answered") continue;
      const min = scale.choices.find((c) => normalizeAnswer(c.answer) === normalizeAnswer(rule.minGrade));
      if (!min || answer.value.lt(exact(min.value))) continue;
      const probes = sub.criteria.filter((c) => c.scale !== undefined && c.answer.state === "answered");
      if (probes.length === 0) continue;
      const fulfilled = probes.filter((c) => c.answer.state === "answered" && c.scale && c.answer.value.gte(topValue(c.scale))).length;
      if (fulfilled === probes.length) continue;
      report(
        "grade-needs-probes",
        {
          code: sub.code,
          grade: answer.answer,
          minGrade: min.answer,
          fulfilled,
          probes: probes.length,
          percent: toNumber(roundHalfUp(exact(fulfilled).mul(100).div(probes.length), 2)),
        },
        answerCell(sheet, sub.row),
      );
    }
  },
});
