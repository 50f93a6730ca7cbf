/** A fake workbook from an engine snapshot (2-D literals), and back. Browser-safe. */
import type { SheetSnapshot, WorkbookSnapshot } from "../../../../src/core/snapshot";
import { cellFor, emptyWorkbook, key, newSheet, type FakeSheet, type FakeVisibility, type FakeWorkbook } from "./model";
import type { FakeLocale } from "./parse";

export interface FromSnapshotOptions {
  locale?: FakeLocale;
  /** Names of sheets to protect. */
  protectedSheets?: string[];
  structureProtected?: boolean;
}

const visibilities: Record<NonNullable<SheetSnapshot["visibility"]>, FakeVisibility> = { visible: "Visible", hidden: "Hidden", veryHidden: "VeryHidden" };

export function addSnapshotSheet(workbook: FakeWorkbook, sheet: SheetSnapshot): FakeSheet {
  const fake = newSheet(workbook, sheet.name);
  fake.visibility = visibilities[sheet.visibility ?? "visible"];
  fake.merges = [...(sheet.merges ?? [])];
  // A snapshot is sparse: a row it skips is a hole, or null once it has been through JSON.
  sheet.values.forEach((row, r) => {
    const width = Math.max(row?.length ?? 0, sheet.formulas[r]?.length ?? 0, sheet.numberFormats?.[r]?.length ?? 0);
    for (let c = 0; c < width; c++) {
      const value = row?.[c] ?? null;
      const formula = sheet.formulas[r]?.[c] ?? null;
      const format = sheet.numberFormats?.[r]?.[c] ?? null;
      if (value === null && formula === null && format === null) continue;
      const cell = cellFor(fake, r, c);
      cell.value = value;
      cell.formula = formula;
      if (format) cell.numberFormat = format;
    }
  });
  return fake;
}

export function fakeFromSnapshot(snapshot: WorkbookSnapshot, options: FromSnapshotOptions = {}): FakeWorkbook {
  const workbook = emptyWorkbook(options.locale);
  for (const sheet of snapshot.sheets) addSnapshotSheet(workbook, sheet).protected = options.protectedSheets?.includes(sheet.name) ?? false;
  workbook.structureProtected = options.structureProtected ?? false;
  workbook.activeSheetId = workbook.sheets.find((s) => s.visibility === "Visible")?.id ?? null;
  return workbook;
}

/** The fake workbook as the engine would read it (values from row 0, "General" as null). */
export function snapshotOfFake(workbook: FakeWorkbook): WorkbookSnapshot {
  return {
    sheets: workbook.sheets.map((sheet) => {
      const values: SheetSnapshot["values"] = [];
      const formulas: SheetSnapshot["formulas"] = [];
      const numberFormats: (string | null)[][] = [];
      let rows = 0;
      let cols = 0;
      for (const [k, cell] of sheet.cells) {
        // An empty, unformatted cell is not there (as in Excel's used range).
        if (cell.value === null && cell.formula === null && cell.numberFormat === "General") continue;
        const [r, c] = k.split(",").map(Number);
        rows = Math.max(rows, r + 1);
        cols = Math.max(cols, c + 1);
      }
      for (let r = 0; r < rows; r++) {
        values.push([]);
        formulas.push([]);
        numberFormats.push([]);
        for (let c = 0; c < cols; c++) {
          const cell = sheet.cells.get(key(r, c));
          values[r].push(cell?.value ?? null);
          formulas[r].push(cell?.formula ?? null);
          numberFormats[r].push(cell && cell.numberFormat !== "General" ? cell.numberFormat : null);
        }
      }
      const visibility = sheet.visibility === "VeryHidden" ? "veryHidden" : sheet.visibility === "Hidden" ? "hidden" : "visible";
      return { name: sheet.name, values, formulas, numberFormats, visibility };
    }),
  };
}
