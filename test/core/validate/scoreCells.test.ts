/** Output cells that no longer match the engine, and values left behind. */
import { footerPlace, scoreOutputs } from "../../../src/core/plan/scoreOutputs";
import {
  COL,
  analyzeRows,
  analyzeSheet,
  applyWrites,
  asFractions,
  cellOf,
  findingsOf,
  kriteriaRows,
  only,
  rowOf,
  sakipRows,
  setCell,
  sheetOf,
  withCode,
  type Row,
} from "./fixtures";
import { a1 } from "../../../src/core/address";
import { EngineRun } from "../../../src/core/run";

const cases: [string, Row[]][] = [
  ["sakip-2021 with probes", sakipRows({ probes: { "1.a": ["Y", "T"], "2.c": ["Ya"] } })],
  ["sakip-2021 in fractions", asFractions(sakipRows())],
  ["sakip-2021-kriteria", kriteriaRows()],
];

describe("a sheet LKE has just scored has no score findings", () => {
  test.each(cases)("%s, formulas and values", (_name, rows) => {
    for (const mode of ["formulas", "values"] as const) {
      const sheet = sheetOf(rows);
      const score = analyzeSheet(sheet).score!;
      const scored = applyWrites(sheet, scoreOutputs(score, mode, new EngineRun()));
      const codes = analyzeSheet(scored).findings.map((f) => f.code);
      expect(codes.filter((c) => c === "score-cell-mismatch" || c === "stale-score")).toEqual([]);
    }
  });
});

describe("a sheet not yet scored", () => {
  // The check builds no outputs for a sheet whose score cells are all empty: it relies on this.
  test.each(cases)("%s: every output with a formula stands in the score column of a coded row or the footer", (_name, rows) => {
    const sheet = sheetOf(rows);
    const { score } = analyzeSheet(sheet);
    const treeRows = new Set(score!.sheet.rows.filter((r) => r.inTree).map((r) => r.row));
    const outside = scoreOutputs(score!, "formulas", new EngineRun()).filter((w) => w.formula !== undefined && (w.col !== COL.score || !treeRows.has(w.row)));
    const footer = footerPlace(score!);
    expect(outside.map((w) => w.row)).toEqual([footer.totalRow, footer.predicateRow]);
  });

  test("one score typed in is still compared", () => {
    const rows = setCell(kriteriaRows(), "2.b", COL.score, 1);
    expect(only(findingsOf(rows), "score-cell-mismatch")).toMatchObject({ params: { code: "2.b", found: 1 } });
  });

  test("a total typed in the footer alone is still compared", () => {
    const rows: Row[] = [...sakipRows(), [], [null, "Nilai Akhir", null, null, 12], [null, "Predikat"]];
    expect(only(findingsOf(rows), "score-cell-mismatch").params).toMatchObject({ code: "Nilai Akhir", found: 12 });
  });
});

describe("score-cell-mismatch", () => {
  test("a score typed over", () => {
    const rows = setCell(sakipRows(), "1.b", COL.score, 5);
    const finding = only(findingsOf(rows), "score-cell-mismatch");
    expect(finding).toMatchObject({ severity: "warning", cell: cellOf(rows, "1.b", COL.score), params: { code: "1.b", found: 5, expected: 7.2 } });
    expect(finding.params.formula).toMatch(/^=IFERROR\(SUMPRODUCT/);
  });

  test("a formula that is not the engine's", () => {
    const rows = setCell(sakipRows(), "1", COL.score, "=SUM(E6:E7)");
    const finding = only(findingsOf(rows), "score-cell-mismatch");
    const [first, last] = [rowOf(rows, "1.a"), rowOf(rows, "1.c")];
    expect(finding).toMatchObject({
      cell: cellOf(rows, "1", COL.score),
      params: { code: "1", found: "=SUM(E6:E7)", expected: 23.7, formula: `=SUM(${[first, first + 1, last].map((r) => a1(r, COL.score)).join(",")})` },
    });
  });

  test("the engine's formula written differently (case, spaces, $) is fine", () => {
    const [a, b, c] = ["1.a", "1.b", "1.c"].map((code) => rowOf(sakipRows(), code) + 1);
    const rows = setCell(sakipRows(), "1", COL.score, `=sum( $E$${a}, E${b} ,e${c})`);
    expect(findingsOf(rows)).toEqual([]);
  });

  test("a value within 1e-9 of the engine's is fine; an empty cell is not computed yet", () => {
    const rows = setCell(setCell(sakipRows(), "1.b", COL.score, 7.2 + 1e-12), "1.c", COL.score, "");
    expect(findingsOf(rows)).toEqual([]);
  });

  test("the footer: total and predicate", () => {
    const rows: Row[] = [...sakipRows(), [], [null, "Nilai Akhir", null, null, 77.1], [null, "Predikat", null, null, "A"]];
    const finding = only(findingsOf(rows), "score-cell-mismatch");
    expect(finding).toMatchObject({ cell: a1(rows.length - 1, COL.score), params: { code: "Predikat", found: "A", expected: "BB" } });
  });

  test("an error value in a score cell", () => {
    const rows = setCell(sakipRows(), "2", COL.score, { error: "#REF!" });
    expect(only(findingsOf(rows), "score-cell-mismatch").params.found).toBe("#REF!");
  });
});

describe("stale-score", () => {
  test("an unanswered probe whose score cell still holds a number", () => {
    const rows = setCell(sakipRows({ probes: { "1.a": ["Y", null] } }), "1.a.2", COL.score, 1);
    const finding = only(findingsOf(rows), "stale-score");
    expect(finding).toMatchObject({ severity: "warning", cell: cellOf(rows, "1.a.2", COL.score), params: { code: "1.a.2", value: 1 } });
  });

  test("a live formula there is fine", () => {
    const rows = setCell(sakipRows({ probes: { "1.a": ["Y", null] } }), "1.a.2", COL.score, "=SUMPRODUCT(D8)");
    expect(withCode(analyzeRows(rows).findings, "stale-score")).toEqual([]);
  });
});
