/**
 * Last year beside this year: each unit's earlier total and predicate, from last year's recap
 * (its Ringkasan sheet, in either language) or from last year's workbooks, matched to this
 * year's units by name (letter case and spacing ignored). Units on one side only are listed,
 * since a unit renamed between years would otherwise lose its history without a word.
 */
import { exact, roundHalfUp, toNumber } from "../exact";
import { normalizeLabel } from "../layout/text";
import { cellText, rowCount, columnCount, type WorkbookSnapshot } from "../snapshot";
import { summaryLabels, summarySheetNames } from "./labels";
import type { RankedUnit } from "./units";

export interface PreviousResult {
  unit: string;
  total: number | null;
  predicate: string | null;
  /** The file it came from. */
  file: string;
}

export interface UnitChange {
  previous: PreviousResult;
  /** This year's total minus last year's, to 2 decimals; null where either is missing. */
  change: number | null;
}

export interface PreviousMatch {
  /** By this year's unit (the recap's row objects). */
  changes: Map<RankedUnit, UnitChange>;
  /** This year's units that match nothing of last year, and last year's that match nothing now. */
  newUnits: RankedUnit[];
  goneUnits: PreviousResult[];
}

/** Last year's results from an LKE recap's Ringkasan sheet; null when the workbook has none. */
export function previousFromRecap(snapshot: WorkbookSnapshot, file: string): PreviousResult[] | null {
  const sheet = snapshot.sheets.find((s) => s.name === summarySheetNames.ringkasan);
  if (!sheet) return null;
  const wanted = (["id", "en"] as const).map((lang) => summaryLabels(lang)).map((l) => ({ unit: normalizeLabel(l.unit), total: normalizeLabel(l.total), predicate: normalizeLabel(l.predicate) }));
  const rows = rowCount(sheet);
  const width = columnCount(sheet);
  for (let row = 0; row < Math.min(rows, 30); row++) {
    const texts = Array.from({ length: width }, (_, col) => normalizeLabel(cellText(sheet, row, col)));
    for (const w of wanted) {
      const unitCol = texts.indexOf(w.unit);
      const totalCol = texts.indexOf(w.total);
      const predicateCol = texts.indexOf(w.predicate);
      if (unitCol < 0 || totalCol < 0 || predicateCol < 0) continue;
      const results: PreviousResult[] = [];
      // The table ends at its first row without a unit (the statistics below name no unit number).
      for (let r = row + 1; r < rows && cellText(sheet, r, unitCol) !== "" && typeof sheet.values[r]?.[0] === "number"; r++) {
        const total = sheet.values[r]?.[totalCol];
        const predicate = cellText(sheet, r, predicateCol);
        results.push({ unit: cellText(sheet, r, unitCol), total: typeof total === "number" ? total : null, predicate: predicate || null, file });
      }
      return results;
    }
  }
  return null;
}

export function matchPrevious(units: readonly RankedUnit[], previous: readonly PreviousResult[]): PreviousMatch {
  const byName = new Map<string, PreviousResult>();
  for (const p of previous) if (!byName.has(normalizeLabel(p.unit))) byName.set(normalizeLabel(p.unit), p);
  const changes = new Map<RankedUnit, UnitChange>();
  const newUnits: RankedUnit[] = [];
  const matched = new Set<PreviousResult>();
  for (const unit of units) {
    const found = byName.get(normalizeLabel(unit.report.unit));
    if (!found) {
      newUnits.push(unit);
      continue;
    }
    matched.add(found);
    const now = unit.report.total;
    const change = now === null || found.total === null ? null : toNumber(roundHalfUp(exact(now).sub(exact(found.total)), 2));
    changes.set(unit, { previous: found, change });
  }
  return { changes, newUnits, goneUnits: previous.filter((p) => !matched.has(p)) };
}
