/**
 * What a check is. Each check is one small module that declares the finding codes it may
 * report (with their severities and the params their messages quote) and how it finds them.
 * The catalogue (checks/index.ts) lists them; the runner (validate.ts) runs them all.
 */
import type { EngineRun } from "../run";
import type { SchemeRegistry } from "../scheme/registry";
import type { IndicatorSheet } from "../sheet/model";
import type { SheetScore } from "../score/scoreSheet";
import type { SheetSnapshot } from "../snapshot";
import type { FindingParams, Severity } from "./finding";
import type { DetectedBroken } from "./types";

declare const paramsOfCode: unique symbol;

/** A finding code's declaration: its severity, and (as a type only) the params its message quotes. */
export interface CodeSpec<P extends FindingParams = FindingParams> {
  readonly severity: Severity;
  /** Never set: carries the params type to the message catalogue. */
  readonly [paramsOfCode]?: P;
}

/** Declares a finding code: `code<{ code: string }>("error")`. */
export function code<P extends FindingParams>(severity: Severity): CodeSpec<P> {
  return { severity };
}

export type CodeSpecs = Record<string, CodeSpec>;

export type ParamsOf<S> = S extends CodeSpec<infer P> ? P : never;

/** A cell, 0-based, as the model stores it; the runner turns it into an A1 address. */
export interface CellRef {
  row: number;
  col: number;
}

/** Reports one finding of one of the check's own codes; without `at` it is sheet-wide. */
export type Reporter<C extends CodeSpecs> = <K extends keyof C & string>(code: K, params: ParamsOf<C[K]>, at?: CellRef) => void;

/** A sheet meant to be an indicator sheet whose header misses required roles. */
export interface BrokenInput {
  sheet: SheetSnapshot;
  layout: DetectedBroken;
}

/** An indicator sheet as read, and its score when its scheme is known. */
export interface IndicatorInput {
  sheet: IndicatorSheet;
  score?: SheetScore;
  registry: SchemeRegistry;
  /** The run the sheet is checked in, whose caches the checks share. */
  run: EngineRun;
  /** The unit's self-assessment on the same sheet, where it has one. */
  self?: { indicator: IndicatorSheet; score?: SheetScore };
}

export interface Check<C extends CodeSpecs = CodeSpecs> {
  /** A short stable name, for tests and docs. */
  id: string;
  codes: C;
  /** Runs on sheets whose header is broken (layout kind "broken"). */
  broken?(input: BrokenInput, report: Reporter<C>): void;
  /** Runs on indicator sheets. */
  indicator?(input: IndicatorInput, report: Reporter<C>): void;
}

/** Keeps the literal code names and params of a check's declaration. */
export function defineCheck<C extends CodeSpecs>(check: Check<C>): Check<C> {
  return check;
}
