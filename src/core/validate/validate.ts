/** Runs the check catalogue over a sheet and returns its findings, sheet-wide ones first, then by cell. */
import { a1 } from "../address";
import type { SchemeRegistry } from "../scheme/registry";
import type { IndicatorSheet } from "../sheet/model";
import type { SheetScore } from "../score/scoreSheet";
import type { SheetSnapshot } from "../snapshot";
import type { BrokenInput, CellRef, Check, CodeSpecs, IndicatorInput, Reporter } from "./check";
import { checks } from "./checks";
import { forgetTreeLists } from "./helpers";
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

export function validateIndicatorSheet(sheet: IndicatorSheet, score: SheetScore | undefined, registry: SchemeRegistry): Finding[] {
  const input: IndicatorInput = { sheet, score, registry };
  try {
    return collect(sheet.name, (check, report) => check.indicator?.(input, report));
  } finally {
    forgetTreeLists();
  }
}
