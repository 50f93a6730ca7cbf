/**
 * What a recap keeps of one input workbook once it has been read: each indicator sheet's unit
 * (report, finding counts, scale) and the rows of its `Indeks` sheet. It holds nothing of the
 * workbook itself (no snapshot, no analysis), so a host can read many files one at a time and
 * let each workbook go before the next.
 */
import type { SchemeRegistry } from "../scheme/registry";
import { builtinRegistry } from "../scheme/registry";
import { readIndexSheet, type IndexTable } from "./indices";
import { KeptValues } from "./keptValues";
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
  const kept = new KeptValues();
  const units = summaryUnits([input]);
  const sheets = input.analysis.sheets.map((sheet, i) => ({ name: kept.text(sheet.name), unit: keptUnit(units[i], kept) }));
  const indices = input.snapshot ? readIndexSheet(input.snapshot, input.file, builtinRegistry().predicateScales, recapYear(year)) : null;
  return { file: input.file, sheets, indices: indices && keptIndices(indices, kept), registry: input.analysis.registry };
}

/** The unit with every text read from the workbook kept as its own, and its sub-component rows shared with equal ones (see KeptValues). */
function keptUnit(unit: SummaryUnit, kept: KeptValues): SummaryUnit {
  const report = unit.report;
  const self = report.self;
  return {
    ...unit,
    sheet: kept.text(unit.sheet),
    report: {
      ...report,
      sheet: kept.text(report.sheet),
      ...(report.assessment !== undefined ? { assessment: kept.text(report.assessment) } : {}),
      unit: kept.text(report.unit),
      year: kept.textOrNull(report.year),
      scheme: kept.text(report.scheme),
      components: report.components.map((c) => ({
        code: kept.text(c.code),
        name: kept.text(c.name),
        weight: c.weight,
        score: c.score,
        subcomponents: c.subcomponents.map((s) => kept.subcomponent(s)),
      })),
      ...(self ? { self: { ...self, components: self.components.map((c) => ({ code: kept.text(c.code), score: c.score })) } } : {}),
    },
  };
}

function keptIndices(table: IndexTable, kept: KeptValues): IndexTable {
  const rows = table.rows.map((row) => ({ ...row, sheet: kept.text(row.sheet), unit: kept.text(row.unit), values: row.values.map((v) => ({ ...v, text: kept.text(v.text) })) }));
  return { ...table, rows };
}

/** The recap's year as a number, for index scales that follow the year. */
function recapYear(year: string | undefined): number | null {
  const match = /\b(19|20)\d{2}\b/.exec(year ?? "");
  return match ? Number(match[0]) : null;
}
