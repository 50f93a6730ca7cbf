/** The recap's charts as data: the same description for the task pane and the command line. */
import { buildSummary } from "../../../src/core/summary/summaryPlan";
import { chartLastColumn, chartsExtent, recapCharts } from "../../../src/core/summary/recapCharts";
import { all, at, date, gradeSheet, input, sheetOf } from "./fixtures";

const cells = { predicates: "A21:A27", counts: "C21:C27", componentNames: "C7:F7", componentAverages: "C15:F15", row: 18, col: 4 };
const titles = { distribution: "Sebaran", componentAverages: "Rata-rata" };

test("a chart is about 64 characters wide: over wide columns it takes fewer of them", () => {
  expect(chartLastColumn(4, [])).toBe(11); // eight columns of Excel's 8.43
  expect(chartLastColumn(4, [{ col: 4, width: 40 }, { col: 5, width: 30 }])).toBe(5);
  expect(chartLastColumn(4, [{ col: 4, width: 70 }])).toBe(4);
});

test("the averages' chart stands under the distribution's, a row apart, both 15 rows tall", () => {
  const [distribution, averages] = recapCharts(cells, titles, []);
  expect([distribution.anchor, distribution.to, averages.anchor, averages.to]).toEqual(["E19", "L33", "E35", "L49"]);
  expect(chartsExtent([distribution, averages])).toEqual({ rows: 49, cols: 12 });
});

test("without averages there is one chart", () => {
  expect(recapCharts({ ...cells, componentNames: null, componentAverages: null }, titles, []).map((c) => c.title)).toEqual(["Sebaran"]);
});

test("the titles follow the run's language", () => {
  const recap = (lang: "id" | "en") => buildSummary({ sheets: [] }, [input("a.xlsx", [gradeSheet("Dinkes", "Dinas Kesehatan", all("A"))])], { date, at, lang });
  expect(sheetOf(recap("en").plan, "Ringkasan").charts!.map((c) => c.title)).toEqual(["Predicate Distribution", "Average Score per Component"]);
  expect(sheetOf(recap("id").plan, "Ringkasan").charts!.map((c) => c.title)).toEqual(["Sebaran Predikat", "Rata-rata Nilai per Komponen"]);
});
