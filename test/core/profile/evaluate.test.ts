/** The exact evaluator of a workbook's own formulas: Excel's rules for blanks, text and errors. */
import { exact } from "../../../src/core/exact";
import { cellKey, formulaReferences, isFormulaError, isNumberValue, WorkbookEvaluator, type FormulaValue } from "../../../src/core/formula/evaluate";
import { parseFormula } from "../../../src/core/formula/parse";
import { sheetFromRows, type WorkbookSnapshot } from "../../../src/core/snapshot";

function book(): WorkbookSnapshot {
  return {
    sheets: [
      sheetFromRows("S", [
        ["Y", 0.009, "=IF(A1=\"Y\",1,IF(A1=\"T\",0,\"Belum Diisi\"))", "=IFERROR(C1*B1,0)", "=C1*B1"],
        ["B", 0.009, '=IF(A2="A",1,IF(A2="B",0.66,IF(A2="C",0.33,IF(A2="D",0,"Belum Diisi"))))', "=IFERROR(C2*B2,0)", "=SUM(D1:D3)"],
        ["Y/T", 0.009, "=IF(A3=\"Y\",1,IF(A3=\"T\",0,\"Belum Diisi\"))", "=IFERROR(C3*B3,0)", "=SUM(D1:D3)/2"],
        ["AREN001", null, "=VLOOKUP(A4,'Other Sheet'!$A$1:$C$3,3,FALSE)", "=VLOOKUP(\"x\",'Other Sheet'!$A$1:$C$3,2,FALSE)", "=1/0"],
        ["=ROUND(2.345,2)", "=-B1%", '="a"&1', "=A5>2", "=D5+1"],
      ]),
      sheetFromRows("Other Sheet", [
        ["AREN01", 0.3, null],
        ["aren001", 0.06, 0.05625],
        ["AREN002", 0.09, "=B3*0.5"],
      ]),
    ],
  };
}

const value = (v: FormulaValue) => (isNumberValue(v) ? v.toString() : isFormulaError(v) ? v.error : v);

describe("evaluating formulas", () => {
  const ev = new WorkbookEvaluator(book());
  const at = (row: number, col: number, sheet = "S") => value(ev.cell(sheet, row, col));

  test("IF chains give the coefficient, or the text that stands for not answered", () => {
    expect([at(0, 2), at(1, 2), at(2, 2)]).toEqual(["1", "0.66", "Belum Diisi"]);
  });

  test("text times a number is #VALUE!, which IFERROR turns into 0", () => {
    expect([value(ev.formula("S", "=C3*B3")), at(2, 3)]).toEqual(["#VALUE!", "0"]);
  });

  test("exact: 0.66 x 0.009 is 0.00594, not a binary neighbour", () => {
    expect(ev.cell("S", 1, 3)).toEqual(exact("0.00594"));
    expect(ev.cell("S", 1, 4)).toEqual(exact("0.01494"));
    expect(ev.cell("S", 2, 4)).toEqual(exact("0.00747"));
  });

  test("VLOOKUP: exact match ignoring case, across a quoted sheet name; a blank result is 0; no match is #N/A", () => {
    expect(at(3, 2)).toBe("0.05625");
    expect(at(3, 3)).toBe("#N/A");
    expect(value(ev.formula("S", "=VLOOKUP(\"AREN002\",'Other Sheet'!A1:C3,3,FALSE)"))).toBe("0.045");
    expect(value(ev.formula("S", "=VLOOKUP(\"AREN01\",'Other Sheet'!A1:C3,3,FALSE)"))).toBe("0");
  });

  test("ROUND half away from zero, percent, concatenation, comparison, TRUE as 1, errors propagate", () => {
    expect([at(4, 0), at(4, 1), at(4, 2), at(4, 3), at(4, 4), at(3, 4)]).toEqual(["2.35", "-0.00009", "a1", true, "2", "#DIV/0!"]);
    expect(value(ev.formula("S", "=E4+1"))).toBe("#DIV/0!");
    expect([ev.formula("S", "=2^3"), ev.formula("S", "=4^0.5"), ev.formula("S", "=0^-1")].map(value)).toEqual(["8", "2", "#DIV/0!"]);
  });

  test("overrides change a cell without touching the snapshot", () => {
    const snapshot = book();
    const changed = new WorkbookEvaluator(snapshot, new Map([[cellKey("S", 2, 0), { value: "T" }], [cellKey("S", 0, 3), { formula: "=5" }]]));
    expect(value(changed.cell("S", 2, 2))).toBe("0");
    expect(value(changed.cell("S", 1, 4))).toBe("5.00594");
    expect(snapshot.sheets[0].values[2][0]).toBe("Y/T");
  });

  test("a circular reference is an error, not a hang; an unknown function is #NAME?", () => {
    const snapshot: WorkbookSnapshot = { sheets: [sheetFromRows("S", [["=B1", "=A1", "=NOSUCH(1)"]])] };
    const ev2 = new WorkbookEvaluator(snapshot);
    expect(isFormulaError(ev2.cell("S", 0, 0))).toBe(true);
    expect(value(ev2.cell("S", 0, 2))).toBe("#NAME?");
  });

  test("a long chain (a running total down 5000 rows) is evaluated without exhausting the stack", () => {
    const rows = [[1], ...Array.from({ length: 5000 }, (_, i) => [`=A${i + 1}+1`, `=SUM($A$1:A${i + 2})`])];
    const deep = new WorkbookEvaluator({ sheets: [sheetFromRows("S", rows)] });
    expect(value(deep.cell("S", 5000, 0))).toBe("5001");
    expect(value(deep.cell("S", 4999, 1))).toBe(String((5001 * 5002) / 2 - 5001));
  });

  test("references: what a formula reads, sheet by sheet", () => {
    expect(formulaReferences("=IFERROR(VLOOKUP(A5,PENILAIAN!$A$4:$Y$281,15,FALSE),0)", "RESUME")).toEqual([
      { sheet: "RESUME", row: 4, col: 0, lastRow: 4, lastCol: 0 },
      { sheet: "PENILAIAN", row: 3, col: 0, lastRow: 280, lastCol: 24 },
    ]);
    expect(() => parseFormula("=SUM(A1")).toThrow();
  });
});
