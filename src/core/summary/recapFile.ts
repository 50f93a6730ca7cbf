/**
 * What a recap keeps of one input workbook once it has been read: each indicator sheet's unit
 * (report, finding counts, scale) and the rows of its `Indeks` sheet. It holds nothing of the
 * workbook itself (no snapshot, no analysis), so a host can read many files one at a time and
 * let each workbook go before the next.
 */
import type { SchemeRegistry } from "../scheme/registry";
import { builtinRegistry } from "../scheme/registry";
import { readIndexSheet, type IndexTable } from "./indices";
import { summaryUnits, type SummaryInput, type SummaryUnit } from "./units";

/** One indicator sheet (or one assessment of a sheet) as the recap sees it. */
export interface RecapSheet {
  /** The sheet's own name, without the assessment that `unit.sheet` adds for side-by-side forms. */
  name: string;
  unit: SummaryUnit;
}

export interface RecapFile {
  file: string;
  /** In the workbook's sheet order. */
  sheets: RecapSheet[];
  /** The workbook's `Indeks` sheet; null when it has none (or none this reader understands). */
  indices: IndexTable | null;
  /** The registry the workbook was analysed with: the recap's fallback predicate scale comes from the first file's. */
  registry: SchemeRegistry;
}

/** `year`: the recap's year as the user gave it, for index scales that follow the year. */
export function recapFile(input: SummaryInput, year?: string): RecapFile {
  const units = summaryUnits([input]);
  const sheets = input.analysis.sheets.map((sheet, i) => ({ name: sheet.name, unit: units[i] }));
  const indices = input.snapshot ? readIndexSheet(input.snapshot, input.file, builtinRegistry().predicateScales, recapYear(year)) : null;
  return { file: input.file, sheets, indices, registry: input.analysis.registry };
}

/** The recap's year as a number, for index scales that follow the year. */
function recapYear(year: string | undefined): number | null {
  const match = /\b(19|20)\d{2}\b/.exec(year ?? "");
  return match ? Number(match[0]) : null;
}
