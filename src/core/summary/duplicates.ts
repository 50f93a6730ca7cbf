/**
 * A recap counts each unit once: the same unit of the same year in two input files (a
 * workbook sent twice, a copy under another name) keeps its first sheet, and each later one is
 * reported, since ranking and the distribution would count it twice.
 */
import { normalizeLabel } from "../layout/text";
import { sheetReport } from "../report";
import type { SummaryInput } from "./units";

export interface DuplicateUnit {
  unit: string;
  year: string | null;
  /** The sheet left out. */
  file: string;
  sheet: string;
  /** The sheet the recap holds. */
  keptFile: string;
  keptSheet: string;
}

function unitKey(unit: string, year: string | null): string {
  return `${normalizeLabel(unit)}\u0000${(year ?? "").trim()}`;
}

export function withoutDuplicateUnits(inputs: readonly SummaryInput[]): { inputs: SummaryInput[]; duplicates: DuplicateUnit[] } {
  const first = new Map<string, { file: string; sheet: string }>();
  const duplicates: DuplicateUnit[] = [];
  const kept = inputs.map((input) => {
    const own = new Map<string, { file: string; sheet: string }>();
    const sheets = input.analysis.sheets.filter((sheet) => {
      const report = sheetReport(sheet);
      const key = unitKey(report.unit, report.year);
      const earlier = first.get(key);
      if (earlier) {
        duplicates.push({ unit: report.unit, year: report.year, file: input.file, sheet: sheet.name, keptFile: earlier.file, keptSheet: earlier.sheet });
        return false;
      }
      // Two sheets of one workbook for one unit are the workbook's own business, checked there.
      if (!own.has(key)) own.set(key, { file: input.file, sheet: sheet.name });
      return true;
    });
    for (const [key, place] of own) first.set(key, place);
    return sheets.length === input.analysis.sheets.length ? input : { ...input, analysis: { ...input.analysis, sheets } };
  });
  return { inputs: kept, duplicates };
}
