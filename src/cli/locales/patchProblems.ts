/**
 * Why a workbook was not edited in place (the patcher's `PatchProblem`), said by each catalogue
 * (id.ts, en.ts): the technical detail of a refused write, of a rewrite (`--verbose`) and of a
 * recap left without its charts. A kind without its text in one catalogue does not compile.
 */
import type { PatchProblem } from "../../io/xlsx/patch";

export type PatchProblemTexts = { [K in PatchProblem["kind"]]: (problem: Extract<PatchProblem, { kind: K }>) => string };

/** The text of a problem in one catalogue. */
export function patchProblemSaid(texts: PatchProblemTexts): (problem: PatchProblem) => string {
  return (problem) => (texts[problem.kind] as (problem: PatchProblem) => string)(problem);
}
