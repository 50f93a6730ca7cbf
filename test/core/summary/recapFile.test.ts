import fc from "fast-check";
import { sheetFromRows, type SheetSnapshot, type WorkbookSnapshot } from "../../../src/core/snapshot";
import { withoutDuplicateRecapUnits, withoutDuplicateUnits } from "../../../src/core/summary/duplicates";
import { reportWithoutRemarks } from "../../../src/core/report";
import { recapFile } from "../../../src/core/summary/recapFile";
import { buildSummary, buildSummaryOf } from "../../../src/core/summary/summaryPlan";
import type { SummaryInput } from "../../../src/core/summary/units";
import { reachableObjects } from "../../helpers/reachable";
import { all, at, brokenSheet, date, gradeSheet, input, worked } from "./fixtures";

const indeks = () =>
  sheetFromRows("Indeks", [
    ["Kabupaten/Kota", "Tahun", "Nilai SAKIP", "MCP"],
    ["Kabupaten Lamongan", 2024, 82.64, 96.83],
    ["Kabupaten Contoh", 2023, "83,18", "belum ada"],
  ]);

/** Everything of the workbook a recap must not hold on to: the snapshot down to its rows, and the analysis down to each sheet's reading. */
function workbookObjects(summaryInput: SummaryInput): Set<object> {
  const held = new Set<object>();
  const snapshot = summaryInput.snapshot!;
  held.add(snapshot).add(snapshot.sheets);
  for (const sheet of snapshot.sheets) {
    held.add(sheet).add(sheet.values).add(sheet.formulas);
    for (const row of [...sheet.values, ...sheet.formulas]) held.add(row);
  }
  const { analysis } = summaryInput;
  held.add(analysis).add(analysis.sheets);
  for (const sheet of analysis.sheets) {
    held.add(sheet);
    if (sheet.indicator) held.add(sheet.indicator).add(sheet.indicator.rows);
    if (sheet.score) held.add(sheet.score);
  }
  return held;
}

describe("what a recap keeps of one workbook", () => {
  const summaryInput = input("kab-a.xlsx", [gradeSheet("Dinkes", "Dinas Kesehatan", worked), brokenSheet("Rusak"), gradeSheet("Dindik", "Dinas Pendidikan", all("A")), indeks()]);
  const kept = recapFile(summaryInput, "2024");

  test("holds nothing of its snapshot or its analysis, so the workbook can go once it is read", () => {
    const held = workbookObjects(summaryInput);
    expect(held.size).toBeGreaterThan(50);
    const leaked = [...reachableObjects(kept)].filter((object) => held.has(object));
    expect(leaked).toEqual([]);
  });

  test("holds each indicator sheet's unit, under the sheet's own name, and the Indeks rows", () => {
    expect(kept.sheets.map((s) => [s.name, s.unit.report.unit, s.unit.report.total])).toEqual([
      ["Dinkes", "Dinas Kesehatan", 77.1],
      ["Rusak", "Rusak", null],
      ["Dindik", "Dinas Pendidikan", expect.any(Number)],
    ]);
    expect(kept.indices?.rows.map((r) => r.unit)).toEqual(["Kabupaten Lamongan", "Kabupaten Contoh"]);
  });

  test("holds each unit's report as the analysis gives it", () => {
    const reports = summaryInput.analysis.sheets.map((sheet) => reportWithoutRemarks(sheet)).map(({ findings: _f, remarks: _r, ...report }) => report);
    expect(kept.sheets.map((s) => s.unit.report)).toStrictEqual(reports);
  });

  test("shares a sub-component row between units only where code, name, weight and score are all the same", () => {
    // The same form: Dindik is graded A throughout, Dinkes A on three sub-components only.
    const [dinkes, , dindik] = kept.sheets.map((s) => s.unit.report.components.flatMap((c) => c.subcomponents));
    const shared = dinkes.map((row, i) => row === dindik[i]);
    expect(shared).toEqual(dinkes.map((row, i) => row.score === dindik[i].score));
    expect(shared).toContain(true);
    expect(shared).toContain(false);
  });

  test("the walk that proves it sees a snapshot kept inside a result", () => {
    const leaky = { ...kept, sheets: kept.sheets.map((s, i) => (i === 0 ? { ...s, kept: summaryInput.snapshot!.sheets[0] } : s)) };
    expect([...reachableObjects(leaky)].some((object) => workbookObjects(summaryInput).has(object))).toBe(true);
  });
});

/** One workbook of a few sheets drawn from a small pool of units and years, so duplicates happen. */
const workbookArbitrary = fc.record({
  sheets: fc.array(
    fc.record({
      unit: fc.constantFrom("Dinas Kesehatan", "dinas  kesehatan", "Dinas Pendidikan", "Dinas Sosial"),
      year: fc.constantFrom(2023, 2024),
      grades: fc.array(fc.constantFrom("AA", "A", "BB", "B", "CC", "C", "D", null), { minLength: 12, maxLength: 12 }),
      broken: fc.boolean(),
    }),
    { maxLength: 4 },
  ),
  indeks: fc.boolean(),
});

describe("the recap from what was kept equals the recap from whole workbooks", () => {
  test("units, duplicates, Indeks rows and the plan, on random inputs", () => {
    fc.assert(
      fc.property(fc.array(workbookArbitrary, { minLength: 1, maxLength: 5 }), fc.constantFrom(undefined, "2024", "Tahun 2023"), (books, year) => {
        const inputs = books.map((book, b) => {
          const sheets: SheetSnapshot[] = book.sheets.map((s, i) => (s.broken ? brokenSheet(`Rusak ${i}`) : gradeSheet(`Unit ${i}`, s.unit, s.grades, s.year)));
          if (book.indeks) sheets.push(indeks());
          const snapshot: WorkbookSnapshot = { name: `kab-${b}.xlsx`, sheets };
          return input(`kab-${b}.xlsx`, snapshot.sheets);
        });
        const whole = withoutDuplicateUnits(inputs);
        const small = withoutDuplicateRecapUnits(inputs.map((i) => recapFile(i, year)));
        expect(small.duplicates).toEqual(whole.duplicates);
        const options = { date, at, year, title: "Provinsi Contoh" };
        const fromWhole = buildSummary({ sheets: [] }, whole.inputs, options);
        const fromKept = buildSummaryOf({ sheets: [] }, small.files, options);
        expect(fromKept.plan).toEqual(fromWhole.plan);
        expect(fromKept.units).toEqual(fromWhole.units);
        expect(fromKept.indices).toEqual(fromWhole.indices);
      }),
      { numRuns: 40 },
    );
  });
});
