/**
 * A recap counts each unit once: the same unit of the same year in two input files (a
 * workbook sent twice, a copy under another name) keeps its first sheet, and each later one is
 * reported, since ranking and the distribution would count it twice.
 */
import { normalizeLabel } from "../layout/text";
import { sheetReport, type SheetReport } from "../report";
import type { RecapFile } from "./recapFile";
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
  const { kept, duplicates } = keptSheets(inputs.map((input) => ({ file: input.file, sheets: input.analysis.sheets.map((sheet) => ({ name: sheet.name, report: sheetReport(sheet) })) })));
  const trimmed = inputs.map((input, i) => {
    const sheets = input.analysis.sheets.filter((_, j) => kept[i][j]);
    return sheets.length === input.analysis.sheets.length ? input : { ...input, analysis: { ...input.analysis, sheets } };
  });
  return { inputs: trimmed, duplicates };
}

/** The same over what was kept of each input once read (`recapFile`). */
export function withoutDuplicateRecapUnits(files: readonly RecapFile[]): { files: RecapFile[]; duplicates: DuplicateUnit[] } {
  const { kept, duplicates } = keptSheets(files.map((file) => ({ file: file.file, sheets: file.sheets.map((sheet) => ({ name: sheet.name, report: sheet.unit.report })) })));
  const trimmed = files.map((file, i) => {
    const sheets = file.sheets.filter((_, j) => kept[i][j]);
    return sheets.length === file.sheets.length ? file : { ...file, sheets };
  });
  return { files: trimmed, duplicates };
}

/** Which sheets of each input the recap keeps (by input, then sheet), and the ones it leaves out. */
function keptSheets(inputs: readonly { file: string; sheets: readonly { name: string; report: Pick<SheetReport, "unit" | "year"> }[] }[]): { kept: boolean[][]; duplicates: DuplicateUnit[] } {
  const first = new Map<string, { file: string; sheet: string }>();
  const duplicates: DuplicateUnit[] = [];
  const kept = inputs.map((input) => {
    const own = new Map<string, { file: string; sheet: string }>();
    const keep = input.sheets.map(({ name, report }) => {
      const key = unitKey(report.unit, report.year);
      const earlier = first.get(key);
      if (earlier) {
        duplicates.push({ unit: report.unit, year: report.year, file: input.file, sheet: name, keptFile: earlier.file, keptSheet: earlier.sheet });
        return false;
      }
      // Two sheets of one workbook for one unit are the workbook's own business, checked there.
      if (!own.has(key)) own.set(key, { file: input.file, sheet: name });
      return true;
    });
    for (const [key, place] of own) first.set(key, place);
    return keep;
  });
  return { kept, duplicates };
}
