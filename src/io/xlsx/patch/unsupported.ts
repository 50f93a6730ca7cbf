/**
 * Why the patcher does not edit a workbook in place, or does not apply a plan to it, as data: the
 * command line says each in the run's language (`patchProblem` in src/cli/locales).
 */
export type PatchProblem =
  /** The package, or the part the patcher needs, is not what a workbook is made of. */
  | { kind: "not-zip" }
  | { kind: "zip"; detail: string }
  | { kind: "part-missing"; part: string }
  | { kind: "not-utf8"; part: string }
  | { kind: "no-workbook-part" }
  | { kind: "strict-ooxml" }
  | { kind: "not-spreadsheetml"; part: string }
  | { kind: "no-root"; part: string; root: string }
  /** Elements written as `<x:c>`: read by LKE, not edited. */
  | { kind: "namespace-prefix"; part: string }
  | { kind: "not-a-list"; part: string }
  | { kind: "no-sheets-listed" }
  | { kind: "no-styles-part" }
  | { kind: "styles-empty" }
  | { kind: "no-cell-styles" }
  | { kind: "style-missing"; style: number }
  /** A sheet's cells as Excel never writes them. */
  | { kind: "no-sheet-data"; part: string }
  | { kind: "row-without-number" }
  | { kind: "rows-out-of-order" }
  | { kind: "cell-without-address" }
  | { kind: "cells-out-of-order" }
  | { kind: "no-worksheet-end" }
  /** What writing would break: an array or data table formula spans the cell; a shared formula. */
  | { kind: "formula-without-range"; formula: "array" | "data-table" }
  | { kind: "in-spanning-formula"; cell: string; formula: "array" | "data-table"; range: string }
  | { kind: "shared-formula-twice" }
  | { kind: "shared-formula-outside" }
  | { kind: "not-storable-number"; value: string }
  /** What the plan asks that the patcher leaves to a rewrite. */
  | { kind: "deleting-sheets" }
  | { kind: "sheet-missing"; sheet: string }
  | { kind: "not-worksheet-part"; sheet: string }
  | { kind: "sheet-not-lkes"; sheet: string }
  | { kind: "sheet-has-parts"; sheet: string }
  | { kind: "sheet-has-drawing"; sheet: string | null }
  | { kind: "new-sheet"; sheet: string }
  | { kind: "sheet-layout"; sheet: string; settings: string[] }
  | { kind: "number-format"; sheet: string }
  | { kind: "unexpected"; detail: string };

/** Thrown where a workbook or a plan is outside what the patcher edits safely. */
export class Unsupported extends Error {
  constructor(readonly problem: PatchProblem) {
    const { kind, ...details } = problem;
    super(Object.keys(details).length > 0 ? `${kind} ${JSON.stringify(details)}` : kind);
    this.name = "Unsupported";
  }
}

export function unsupportedIf(condition: boolean, problem: PatchProblem): void {
  if (condition) throw new Unsupported(problem);
}
