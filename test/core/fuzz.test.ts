/**
 * Fuzzing the engine over random workbooks and mutations: no exception escapes, no write
 * lands outside the output cells, and scoring is idempotent.
 */
import fc from "fast-check";
import { analyzeWorkbook } from "../../src/core/engine";
import { planScore } from "../../src/core/plan/scorePlan";
import { sheetFromRows, type CellValue, type WorkbookSnapshot } from "../../src/core/snapshot";
import { stateSheetName } from "../../src/core/state/lkeState";
import { applyToSnapshot } from "../helpers/applyToSnapshot";
import { criteriaSheetRows, gradeSheetRows, type Row } from "../helpers/sakipRows";

const cellValue: fc.Arbitrary<CellValue> = fc.oneof(
  fc.constantFrom("AA", "A", "BB", "b", "Y", "T", "Ya", "tidak", "Y/T", "A/B/C/D", "1", "1.a", "1.a.1", "2.b.", "Nilai Akhir", "Predikat", "Skema", "Kode", "Nilai"),
  fc.constantFrom("=SUM(A1)", "+1", "-2", "@x", "<img src=x onerror=alert(1)>", "4,5", "6%", "  ", "\u00a0", "#REF!"),
  fc.double({ noNaN: true, noDefaultInfinity: true, min: -1e6, max: 1e6 }),
  fc.integer({ min: -5, max: 200 }),
  fc.boolean(),
  fc.constant({ error: "#DIV/0!" }),
  fc.constant(null),
  fc.string({ maxLength: 12 }),
);

type Mutation = { kind: "set"; row: number; col: number; value: CellValue } | { kind: "delete"; row: number } | { kind: "duplicate"; row: number } | { kind: "insert"; row: number; cells: CellValue[] };

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ kind: fc.constant("set" as const), row: fc.nat(60), col: fc.nat(7), value: cellValue }),
  fc.record({ kind: fc.constant("delete" as const), row: fc.nat(60) }),
  fc.record({ kind: fc.constant("duplicate" as const), row: fc.nat(60) }),
  fc.record({ kind: fc.constant("insert" as const), row: fc.nat(60), cells: fc.array(cellValue, { maxLength: 7 }) }),
);

function mutate(rows: Row[], mutations: Mutation[]): Row[] {
  const next = rows.map((r) => [...r]);
  for (const m of mutations) {
    const row = Math.min(m.row, next.length);
    if (m.kind === "set") {
      while (next.length <= row) next.push([]);
      next[row][m.col] = m.value;
    } else if (m.kind === "delete") next.splice(row, 1);
    else if (m.kind === "duplicate" && next[row]) next.splice(row, 0, [...next[row]]);
    else if (m.kind === "insert") next.splice(row, 0, m.cells);
  }
  return next;
}

const base = fc.oneof(
  fc.array(fc.constantFrom("AA", "A", "BB", "B", "CC", "C", "D", "E", null), { minLength: 12, maxLength: 12 }).map((g) => gradeSheetRows(g)),
  fc.array(fc.array(fc.constantFrom("Y", "T", "A", "B", "C", "E", null), { maxLength: 5 }), { minLength: 12, maxLength: 12 }).map((a) => criteriaSheetRows(a)),
);

const workbook = fc.tuple(base, fc.array(mutation, { maxLength: 12 })).map(([rows, mutations]): WorkbookSnapshot => ({ sheets: [sheetFromRows("Acak", mutate(rows, mutations))] }));

const at = "2024-01-01T00:00:00.000Z";

test("no exception escapes analysis and planning", () => {
  fc.assert(
    fc.property(workbook, (snapshot) => {
      const analysis = analyzeWorkbook(snapshot);
      planScore(snapshot, analysis, "formulas", at);
      planScore(snapshot, analysis, "values", at);
    }),
    { numRuns: 400 },
  );
});

test("every write is a score cell, or a footer label on an empty cell", () => {
  fc.assert(
    fc.property(workbook, (snapshot) => {
      const analysis = analyzeWorkbook(snapshot);
      const plan = planScore(snapshot, analysis, "formulas", at);
      const sheet = snapshot.sheets[0];
      const layout = analysis.sheets[0]?.indicator?.layout;
      return plan.writes.every((w) => {
        if (!layout) return false;
        if (w.col === layout.columns.score) return true;
        const before = sheet.values[w.row]?.[w.col] ?? null;
        return w.col === layout.columns.text && (before === null || String(before).trim() === "") && !sheet.formulas[w.row]?.[w.col];
      });
    }),
    { numRuns: 400 },
  );
});

test("no write lands on an answer, weight, code or note cell", () => {
  fc.assert(
    fc.property(workbook, (snapshot) => {
      const analysis = analyzeWorkbook(snapshot);
      const layout = analysis.sheets[0]?.indicator?.layout;
      if (!layout) return true;
      const inputs = new Set([layout.columns.answer, layout.columns.weight, layout.columns.code, layout.columns.note]);
      return planScore(snapshot, analysis, "formulas", at).writes.every((w) => !inputs.has(w.col));
    }),
    { numRuns: 400 },
  );
});

test("scoring is idempotent", () => {
  fc.assert(
    fc.property(workbook, fc.constantFrom("formulas" as const, "values" as const), (snapshot, mode) => {
      const once = applyToSnapshot(snapshot, planScore(snapshot, analyzeWorkbook(snapshot), mode, at));
      return planScore(once, analyzeWorkbook(once), mode, at).writes.length === 0;
    }),
    { numRuns: 300 },
  );
});

test("the state sheet is never taken for an indicator sheet", () => {
  fc.assert(
    fc.property(workbook, (snapshot) => {
      const once = applyToSnapshot(snapshot, planScore(snapshot, analyzeWorkbook(snapshot), "formulas", at));
      return analyzeWorkbook(once).sheets.every((s) => s.name !== stateSheetName);
    }),
    { numRuns: 100 },
  );
});
