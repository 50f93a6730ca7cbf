import fc from "fast-check";
import { analyzeWorkbook } from "../../../src/core/engine";
import { sheetFromRows } from "../../../src/core/snapshot";
import { criteriaSheetRows, gradeSheetRows, type Row } from "../../helpers/sakipRows";

const grade = fc.constantFrom("AA", "A", "BB", "B", "CC", "C", "D", "E", "aa", " b ", "Y/T", "X", "", null);
const criterion = fc.constantFrom("Y", "T", "A", "B", "C", "D", "E", "Ya", "tidak", "A/B/C/D", "?", null);

function analyze(rows: Row[]) {
  return analyzeWorkbook({ sheets: [sheetFromRows("S", rows)] }).sheets[0].score!;
}

test("every sub-component scores within [0, its weight]; components within [0, weight]", () => {
  fc.assert(
    fc.property(fc.array(grade, { minLength: 12, maxLength: 12 }), (grades) => {
      const score = analyze(gradeSheetRows(grades));
      return score.components.every(
        (c) => c.score.gte(0) && c.score.lte(c.weight) && c.subcomponents.every((s) => s.score.gte(0) && s.score.lte(s.weight)),
      );
    }),
  );
});

test("criterion-scored sheets stay within [0, 100]", () => {
  fc.assert(
    fc.property(fc.array(fc.array(criterion, { maxLength: 8 }), { minLength: 12, maxLength: 12 }), (answers) => {
      const score = analyze(criteriaSheetRows(answers));
      return score.totalPoints.gte(0) && score.totalPoints.lte(100) && score.components.every((c) => c.score.lte(c.weight));
    }),
  );
});

test("the total never depends on column order", () => {
  fc.assert(
    fc.property(fc.array(grade, { minLength: 12, maxLength: 12 }), fc.shuffledSubarray([0, 1, 2, 3, 4, 5], { minLength: 6, maxLength: 6 }), (grades, order) => {
      const rows = gradeSheetRows(grades);
      const shuffled = rows.map((row, i) => (i < 5 ? row : order.map((c) => row[c] ?? null)));
      return analyze(rows).totalPoints.equals(analyze(shuffled).totalPoints);
    }),
  );
});

test("the total never depends on the order of components in the sheet", () => {
  fc.assert(
    fc.property(fc.array(grade, { minLength: 12, maxLength: 12 }), (grades) => {
      const rows = gradeSheetRows(grades);
      const body = rows.slice(6);
      const blocks = [0, 1, 2, 3].map((c) => body.slice(c * 4, c * 4 + 4));
      const reordered = [...rows.slice(0, 6), ...blocks.reverse().flat()];
      return analyze(rows).totalPoints.equals(analyze(reordered).totalPoints);
    }),
  );
});
