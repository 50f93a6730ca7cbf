/**
 * The catalogue: every check, in the order their findings are listed for a row. Adding a check
 * is one module and one line here; its codes join FindingCode and the message catalogue then
 * fails to compile until both languages say them.
 */
import type { Check, CodeSpecs, ParamsOf } from "../check";
import type { Severity } from "../finding";
import { answerNotExpected } from "./answerNotExpected";
import { answerNotOnScale } from "./answerNotOnScale";
import { duplicateCode } from "./duplicateCode";
import { errorValue } from "./errorValue";
import { formRegulation } from "./formRegulation";
import { lampiranFormFindings } from "./lampiranForm";
import { layoutProfileFindings } from "./layoutProfile";
import { malformedCode } from "./malformedCode";
import { mergedOutput } from "./mergedOutput";
import { missingHeaderRole } from "./missingHeaderRole";
import { noCriteria } from "./noCriteria";
import { noEvaluationSheet } from "./noEvaluationSheet";
import { numberStoredAsText } from "./numberStoredAsText";
import { orphanRow } from "./orphanRow";
import { ruleChecks } from "./rules";
import { schemeCoverage } from "./schemeCoverage";
import { schemeInferred } from "./schemeInferred";
import { schemeOverridden } from "./schemeOverridden";
import { scoreCells } from "./scoreCells";
import { unanswered } from "./unanswered";
import { answersDiffer } from "./answersDiffer";
import { unknownScheme } from "./unknownScheme";
import { weightCellCheck } from "./weightCell";
import { weightDiffersFromScheme } from "./weightDiffersFromScheme";
import { weightsAddUp } from "./weightsAddUp";

export const checks = [
  missingHeaderRole,
  unknownScheme,
  schemeInferred,
  schemeOverridden,
  errorValue,
  malformedCode,
  duplicateCode,
  orphanRow,
  weightCellCheck,
  numberStoredAsText,
  weightDiffersFromScheme,
  weightsAddUp,
  schemeCoverage,
  answerNotOnScale,
  answerNotExpected,
  unanswered,
  answersDiffer,
  noCriteria,
  scoreCells,
  mergedOutput,
  ruleChecks["grade-needs-probes"],
  ruleChecks["needs-existence"],
  layoutProfileFindings,
  lampiranFormFindings,
  formRegulation,
  noEvaluationSheet,
] as const;

type UnionToIntersection<U> = (U extends unknown ? (x: U) => void : never) extends (x: infer I) => void ? I : never;
type CodesOfCheck<T> = T extends { codes: infer C } ? C : never;

/** Every code of every check, with its declaration. */
type CodeTable = UnionToIntersection<CodesOfCheck<(typeof checks)[number]>>;

/** The stable kebab-case code of a finding. */
export type FindingCode = keyof CodeTable & string;

/** The params a finding of this code carries (and its message quotes). */
export type FindingParamsOf<K extends FindingCode> = ParamsOf<CodeTable[K]>;

export interface CodeInfo {
  code: FindingCode;
  severity: Severity;
  /** The check that reports it. */
  check: string;
}

function buildCatalogue(): CodeInfo[] {
  const infos: CodeInfo[] = [];
  const seen = new Set<string>();
  for (const check of checks as readonly Check<CodeSpecs>[]) {
    for (const [code, spec] of Object.entries(check.codes)) {
      if (seen.has(code)) throw new Error(`Finding code ${code} is declared twice`);
      seen.add(code);
      infos.push({ code: code as FindingCode, severity: spec.severity, check: check.id });
    }
  }
  return infos;
}

/** Every finding code with its severity, in catalogue order (for docs and the CLI). */
export const findingCodes: readonly CodeInfo[] = buildCatalogue();

export const severityOf: Readonly<Record<FindingCode, Severity>> = Object.fromEntries(
  findingCodes.map((info) => [info.code, info.severity]),
) as Record<FindingCode, Severity>;

export function isFindingCode(code: string): code is FindingCode {
  return Object.prototype.hasOwnProperty.call(severityOf, code);
}
