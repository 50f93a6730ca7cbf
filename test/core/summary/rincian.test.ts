import { detectLayout } from "../../../src/core/layout/detect";
import { buildSummary } from "../../../src/core/summary/summaryPlan";
import { all, at, brokenSheet, cellsOf, date, gradeSheet, input, rowValues, sheetOf, specSnapshot, worked } from "./fixtures";

const result = buildSummary(
  { sheets: [] },
  [input("a.xlsx", [gradeSheet("Worked", "Dinas Kesehatan", worked), gradeSheet("Dinkes", "Dinas Kesehatan", all("AA")), brokenSheet("Rusak")])],
  { date, at, title: "Kabupaten Lamongan" },
);
const sheet = sheetOf(result.plan, "Rincian");
const cells = cellsOf(sheet);

// Layout: title rows 1-3, component row 5, code row 6, weight row 7, units from row 8
// (Dinkes, Worked, Rusak), then the key to the codes from row 12 (component 1 on row 13, 1.a on row 14).
describe("Rincian", () => {
  test("names the sheet after the recap's title", () => {
    expect(cells.get("A1")!.value).toBe("Kabupaten Lamongan – Rincian Nilai per Sub-komponen");
  });

  test("groups the sub-component codes by component, each group ending with its sum", () => {
    expect(rowValues(sheet, 5).slice(2)).toEqual(["1.a", "1.b", "1.c", "Jumlah", "2.a", "2.b", "2.c", "Jumlah", "3.a", "3.b", "3.c", "Jumlah", "4.a", "4.b", "4.c", "Jumlah"]);
  });

  test("names each component over its group", () => {
    expect(sheet.merges).toEqual(expect.arrayContaining(["C5:F5", "O5:R5"]));
  });

  test("shows the weights in a header row", () => {
    expect(rowValues(sheet, 6).slice(1)).toEqual(["Bobot", 6, 9, 15, 30, 6, 9, 15, 30, 3, 4.5, 7.5, 15, 5, 7.5, 12.5, 25]);
  });

  test("shows every sub-component score of a unit side by side", () => {
    expect(rowValues(sheet, 8).slice(2, 18)).toEqual([6, 7.2, 10.5, 23.7, 5.4, 7.2, 10.5, 23.1, 3, 4.05, 6, 13.05, 4.5, 5.25, 7.5, 17.25]);
  });

  test("orders the units as Ringkasan does", () => {
    expect([8, 9, 10].map((r) => cells.get(`U${r}`)!.value)).toEqual(["Dinkes", "Worked", "Rusak"]);
  });

  test("sums each component with a live formula", () => {
    expect(cells.get("F9")).toMatchObject({ formula: "=SUM(C9:E9)", value: 23.7 });
  });

  test("shows the total", () => {
    expect(cells.get("S9")!.value).toBe(77.1);
  });

  test("leaves the scores of an unscored sheet empty", () => {
    expect(rowValues(sheet, 9).slice(2, 19).every((v) => v === undefined)).toBe(true);
  });

  test("explains the codes below the table", () => {
    expect(rowValues(sheet, 13)).toEqual(["1.a", "Sub-komponen 1.a"]);
  });

  test("freezes the rows down to the weights", () => {
    expect(sheet.freezeRows).toBe(7);
  });

  test("prints landscape, one page wide", () => {
    expect(sheet.print).toMatchObject({ landscape: true, fitToWidth: true });
  });

  test("is not mistaken for an indicator sheet when read back", () => {
    expect(detectLayout(specSnapshot(sheet)).kind).toBe("none");
  });
});
