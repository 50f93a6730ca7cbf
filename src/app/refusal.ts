/**
 * Why a use case will not run on a workbook, as data: each host says it in its own words
 * (the command line through its catalogues, the add-in through its host errors).
 */
import type { SchemeIssue } from "../core";

export type Refusal =
  /** A scheme (the workbook's own sheet, or a file the user gave) does not pass its schema. */
  | { kind: "scheme-invalid"; source: string; issues: readonly SchemeIssue[] }
  /** --scheme names no scheme or predicate scale LKE knows. */
  | { kind: "scheme-unknown"; scheme: string; known: readonly string[] }
  /** A layout or form profile does not pass its schema. */
  | { kind: "layout-invalid"; source: string; reason: string }
  /** The layout asked for matches no sheet of the workbook. */
  | { kind: "layout-not-found"; file: string; layout: string }
  /** A user's sheet has the name of LKE's own record sheet. */
  | { kind: "state-sheet-taken"; file: string; sheet: string }
  /** A unit would get the name of LKE's own record sheet. */
  | { kind: "unit-name-reserved"; unit: string };

export class UseCaseRefusal extends Error {
  constructor(readonly refusal: Refusal) {
    super(refusal.kind);
    this.name = "UseCaseRefusal";
  }
}

export function refuse(refusal: Refusal): never {
  throw new UseCaseRefusal(refusal);
}
