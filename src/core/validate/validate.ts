/** Runs the check catalogue over a sheet and returns its findings, sheet-wide ones first, then by cell. */
import { a1, parseA1 } from "../address";
import type { EngineRun } from "../run";
import type { SchemeRegistry } from "../scheme/registry";
import type { IndicatorSheet } from "../sheet/model";
import type { SheetScore } from "../score/scoreSheet";
import type { SheetSnapshot } from "../snapshot";
import type { BrokenInput, CellRef, Check, CodeSpecs, IndicatorInput, Reporter } from "./check";
import { checks } from "./checks";
import type { Finding, FindingParams } from "./finding";
import type { DetectedBroken } from "./types";

const catalogue = checks as readonly Check<CodeSpecs>[];

interface Located {
  finding: Finding;
  at?: CellRef;
  order: number;
}

function collect(sheetName: string, run: (check: Check<CodeSpecs>, report: Reporter<CodeSpecs>) => void): Finding[] {
  const found: Located[] = [];
  for (const check of catalogue) {
    const report = (code: string, params: FindingParams, at?: CellRef) => {
      const spec = check.codes[code];
      if (!spec) throw new Error(`Check ${check.id} reported undeclared code ${code}`);
      const finding: Finding = { code, severity: spec.severity, sheet: sheetName, ...(at ? { cell: a1(at.row, at.col) } : {}), params };
      found.push({ finding, at, order: found.length });
    };
    run(check, report as Reporter<CodeSpecs>);
  }
  found.sort((x, y) => {
    if (!x.at || !y.at) return x.at ? 1 : y.at ? -1 : x.order - y.order;
    return x.at.row - y.at.row || x.at.col - y.at.col || x.order - y.order;
  });
  return found.map((f) => f.finding);
}

export function validateBrokenLayout(sheet: SheetSnapshot, layout: DetectedBroken): Finding[] {
  const input: BrokenInput = { sheet, layout };
  return collect(sheet.name, (check, report) => check.broken?.(input, report));
}

/**
 * The findings of an indicator sheet. With a self-assessment, its own answers and score cells
 * are checked too (the findings at its columns; the rest of the sheet is the evaluator's, already
 * checked), and the checks see both.
 */
export function validateIndicatorSheet(sheet: IndicatorSheet, score: SheetScore | undefined, registry: SchemeRegistry, run: EngineRun, self?: IndicatorInput["self"]): Finding[] {
  const input: IndicatorInput = { sheet, score, registry, run, ...(self ? { self } : {}) };
  const findings = collect(sheet.name, (check, report) => check.indicator?.(input, report));
  if (!self) return findings;
  const own = new Set([self.indicator.layout.columns.answer, self.indicator.layout.columns.score]);
  const selfInput: IndicatorInput = { sheet: self.indicator, score: self.score, registry, run };
  const selfFindings = collect(sheet.name, (check, report) => check.indicator?.(selfInput, report)).filter((f) => f.cell !== undefined && own.has(parseA1(f.cell).col));
  const place = (f: Finding) => (f.cell ? parseA1(f.cell) : { row: -1, col: -1 });
  return [...findings, ...selfFindings].sort((x, y) => place(x).row - place(y).row || place(x).col - place(y).col);
}
