/**
 * The units of a recap: one per indicator sheet of every input workbook, with its report,
 * its finding counts and the predicate scale its total was read on.
 */
import type { WorkbookAnalysis } from "../engine";
import { reportWithoutRemarks, type SheetReport } from "../report";
import type { PredicateScale } from "../scale/predicateScale";
import type { WorkbookSnapshot } from "../snapshot";
import { countBySeverity, type Severity } from "../validate/finding";

/** One input workbook: its label (file name), its analysis and, for the index recap, its snapshot. */
export interface SummaryInput {
  file: string;
  analysis: WorkbookAnalysis;
  /** The input's own snapshot, where an `Indeks` sheet is read from; absent means none. */
  snapshot?: WorkbookSnapshot;
}

/**
 * What a recap shows of a sheet's report: its findings and remarks stay with the sheet (the
 * recap counts the findings), so a province's thousands of units keep only their scores.
 */
export type UnitReport = Omit<SheetReport, "findings" | "remarks">;

export interface SummaryUnit {
  file: string;
  sheet: string;
  report: UnitReport;
  counts: Record<Severity, number>;
  /** The scale the sheet's predicate comes from; absent when the sheet could not be scored. */
  scale?: PredicateScale;
}

/** A unit with its place in the recap. */
export interface RankedUnit extends SummaryUnit {
  /** Competition rank on the rounded total (1, 2, 2, 4); null when not scored. */
  rank: number | null;
}

export function summaryUnits(inputs: readonly SummaryInput[]): SummaryUnit[] {
  const units: SummaryUnit[] = [];
  for (const input of inputs) {
    for (const sheet of input.analysis.sheets) {
      const { findings: _findings, remarks: _remarks, ...report } = reportWithoutRemarks(sheet);
      units.push({
        file: input.file,
        // Assessments side by side on one sheet are told apart by their headings.
        sheet: sheet.form ? `${sheet.name} [${sheet.form.assessment}]` : sheet.name,
        report,
        counts: countBySeverity(sheet.findings),
        ...(sheet.score ? { scale: sheet.score.scale } : sheet.profile ? { scale: sheet.profile.scale } : sheet.form?.scale ? { scale: sheet.form.scale } : {}),
      });
    }
  }
  return units;
}

/**
 * Competition ranking ("1224"): the highest value is 1, equal values share a rank and the
 * next rank skips as many places as were shared. Nulls are not ranked. This is what Excel's
 * RANK(x, range, 0) gives, so the recap's RANK formulas agree with it.
 */
export function competitionRanks(values: readonly (number | null)[]): (number | null)[] {
  // Sorted once, highest first: a province's thousands of units are ranked in n log n, not n².
  // Doubles order as the decimals they stand for (each is the double nearest its decimal), so
  // they are compared as they are.
  const present = values.flatMap((value, index) => (value === null ? [] : [{ index, value }]));
  present.sort((a, b) => b.value - a.value);
  const ranks: (number | null)[] = values.map(() => null);
  present.forEach((entry, place) => {
    const previous = present[place - 1];
    ranks[entry.index] = previous && previous.value === entry.value ? ranks[previous.index] : place + 1;
  });
  return ranks;
}

const compareKeys = (x: string, y: string): number => (x < y ? -1 : x > y ? 1 : 0);

/**
 * The units in recap order: by rank (ties by unit name, then file and sheet, ignoring case),
 * the units that could not be scored last, in input order.
 */
export function rankUnits(units: readonly SummaryUnit[]): RankedUnit[] {
  const ranks = competitionRanks(units.map((u) => u.report.total));
  // Names lower-cased once per unit: a province's sort compares them tens of thousands of times.
  const entries = units.map((unit, index) => ({
    unit,
    rank: ranks[index],
    index,
    name: unit.report.unit.toLowerCase(),
    file: unit.file.toLowerCase(),
    sheet: unit.sheet.toLowerCase(),
  }));
  entries.sort((a, b) => {
    if (a.rank === null || b.rank === null) {
      if (a.rank === b.rank) return a.index - b.index;
      return a.rank === null ? 1 : -1;
    }
    return a.rank - b.rank || compareKeys(a.name, b.name) || compareKeys(a.file, b.file) || compareKeys(a.sheet, b.sheet) || a.index - b.index;
  });
  return entries.map(({ unit, rank }) => rankedUnit(unit, rank));
}

/**
 * A unit with its rank, written out field by field: spread into a new object, each of a
 * province's thousands of units got a hidden class of its own (about 0.3 KB each, and every
 * read of a unit's field then looked it up the slow way).
 */
function rankedUnit(unit: SummaryUnit, rank: number | null): RankedUnit {
  const { file, sheet, report, counts, scale } = unit;
  return scale === undefined ? { file, sheet, report, counts, rank } : { file, sheet, report, counts, scale, rank };
}
