import { a1 } from "../../../src/core/address";
import { analyzeWorkbook } from "../../../src/core/engine";
import { undoPlan } from "../../../src/core/plan/finalize";
import { planScore } from "../../../src/core/plan/scorePlan";
import { sheetFromRows, type WorkbookSnapshot } from "../../../src/core/snapshot";
import { readState, stateSheetName } from "../../../src/core/state/lkeState";
import { applyToSnapshot } from "../../helpers/applyToSnapshot";
import { criteriaSheetRows, gradeSheetRows, type Row } from "../../helpers/sakipRows";

const worked = ["AA", "BB", "B", "A", "BB", "B", "AA", "A", "BB", "A", "B", "CC"];
const at = "2024-05-01T00:00:00.000Z";

function workbook(rows: Row[]): WorkbookSnapshot {
  return { sheets: [sheetFromRows("Dinkes", rows)] };
}

function plan(snapshot: WorkbookSnapshot, mode: "formulas" | "values" = "formulas") {
  return planScore(snapshot, analyzeWorkbook(snapshot), mode, at);
}

function written(snapshot: WorkbookSnapshot, mode: "formulas" | "values" = "formulas") {
  return new Map(plan(snapshot, mode).writes.map((w) => [a1(w.row, w.col), w]));
}

// gradeSheetRows: header on row 6; 1 on row 7, 1.a..1.c rows 8-10, 2 on row 11 ... 4.c on row 22.
describe("the cells score writes", () => {
  const cells = written(workbook(gradeSheetRows(worked)));

  test("sub-component 1.a holds its grade x weight, live", () => {
    expect(cells.get("E8")!.formula).toBe('=IFERROR(SUMPRODUCT((UPPER(TRIM(D8))={"AA","A","BB","B","CC","C","D","E"})*{1,0.9,0.8,0.7,0.6,0.5,0.3,0})*C8,0)');
  });

  test("sub-component 1.b caches 7.2", () => {
    expect(cells.get("E9")!.value).toBe(7.2);
  });

  test("component 1 sums its sub-components", () => {
    expect(cells.get("E7")!.formula).toBe("=SUM(E8,E9,E10)");
  });

  test("the footer goes one blank row below the last body row", () => {
    expect([cells.get("B24")!.value, cells.get("B25")!.value]).toEqual(["Nilai Akhir", "Predikat"]);
  });

  test("the total is rounded to 2 decimals", () => {
    expect(cells.get("E24")!.formula).toBe("=ROUND(SUM(E7,E11,E15,E19),2)");
  });

  test("the total caches 77.1", () => {
    expect(cells.get("E24")!.value).toBe(77.1);
  });

  test("the predicate is taken from the rounded total with lower-exclusive bands", () => {
    expect(cells.get("E25")!.formula).toBe('=IF(E24>90,"AA",IF(E24>80,"A",IF(E24>70,"BB",IF(E24>60,"B",IF(E24>50,"CC",IF(E24>30,"C","D"))))))');
  });

  test("the predicate caches BB", () => {
    expect(cells.get("E25")!.value).toBe("BB");
  });

  test("scores get a 0.00 format where the cell had none", () => {
    expect(cells.get("E8")!.numberFormat).toBe("0.00");
  });

  test("only score and footer cells are written", () => {
    const allowed = new Set(["E", "B"]);
    expect([...cells.keys()].every((address) => allowed.has(address[0]) && (address[0] === "E" || Number(address.slice(1)) >= 24))).toBe(true);
  });
});

describe("criterion-scored sheets", () => {
  const snapshot = { sheets: [sheetFromRows("Dindik", criteriaSheetRows([["Y", "T", null], ["A", "B"]]))] };
  const cells = written(snapshot);

  test("an answered criterion holds its value on its scale", () => {
    expect(cells.get("E6")!.value).toBe(1);
  });

  test("an unanswered criterion is not written", () => {
    expect(cells.has("E8")).toBe(false);
  });

  test("the sub-component averages its criteria, unanswered counting 0", () => {
    expect(cells.get("E5")!.formula).toBe('=IFERROR((SUMPRODUCT((UPPER(TRIM(D6:D8))={"Y","YA","YES","T","TIDAK","TDK","NO"})*{1,1,1,0,0,0,0}))/3*C5,0)');
  });

  test("the sub-component caches 2 (1 of 3 Y x 6)", () => {
    expect(cells.get("E5")!.value).toBe(2);
  });
});

describe("a sheet's own layout is respected", () => {
  test("an existing footer is reused", () => {
    const rows = gradeSheetRows(worked);
    rows.push([], [], [null, "nilai akhir"], [null, "PREDIKAT"]);
    const cells = written(workbook(rows));
    expect([cells.has("B25"), cells.get("E25")!.value, cells.get("E26")!.value]).toEqual([false, 77.1, "BB"]);
  });

  test("the footer moves down past a row a user filled", () => {
    const rows = gradeSheetRows(worked);
    rows.push([], [null, "Mengetahui, Kepala Dinas"]);
    const cells = written(workbook(rows));
    expect(cells.get("B25")!.value).toBe("Nilai Akhir");
  });

  test("a number format the user set is kept", () => {
    const snapshot = workbook(gradeSheetRows(worked));
    snapshot.sheets[0].numberFormats = [];
    snapshot.sheets[0].numberFormats[7] = [null, null, null, null, "0.000"];
    expect(written(snapshot).get("E8")!.numberFormat).toBeUndefined();
  });

  test("fraction weights get percent scores and a 4-decimal rounding", () => {
    const rows = gradeSheetRows(worked).map((row, i) => (i > 5 && typeof row[2] === "number" ? [row[0], row[1], row[2] / 100, ...row.slice(3)] : row));
    const cells = written(workbook(rows));
    expect([cells.get("E24")!.formula, cells.get("E24")!.numberFormat, cells.get("E24")!.value]).toEqual(["=ROUND(SUM(E7,E11,E15,E19),4)", "0.00%", 0.771]);
  });

  test("fraction predicates compare with fractions", () => {
    const rows = gradeSheetRows(worked).map((row, i) => (i > 5 && typeof row[2] === "number" ? [row[0], row[1], row[2] / 100, ...row.slice(3)] : row));
    expect(written(workbook(rows)).get("E25")!.formula).toContain("IF(E24>0.8,");
  });
});

describe("values mode", () => {
  test("writes the value without a formula", () => {
    expect(written(workbook(gradeSheetRows(worked)), "values").get("E24")!.formula).toBeUndefined();
  });
});

describe("re-running and undo", () => {
  const original = workbook(gradeSheetRows(worked));
  const once = applyToSnapshot(original, plan(original));

  test("scoring twice changes nothing the second time", () => {
    expect(plan(once).writes).toHaveLength(0);
  });

  test("the run keeps an undo record in a very hidden sheet", () => {
    expect(once.sheets.find((s) => s.name === stateSheetName)!.visibility).toBe("veryHidden");
  });

  test("the undo record lists every overwritten cell", () => {
    expect(readState(once).undo!.cells).toHaveLength(plan(original).writes.length);
  });

  test("undo restores every cell of the sheet", () => {
    const undone = applyToSnapshot(once, undoPlan(once)!);
    const sheet = undone.sheets.find((s) => s.name === "Dinkes")!;
    const before = original.sheets[0];
    const same = before.values.every((row, r) => row.every((v, c) => (sheet.values[r]?.[c] ?? null) === v)) &&
      sheet.formulas.every((row) => row.every((f) => f === null));
    expect(same).toBe(true);
  });

  test("undo forgets the record so it cannot run twice", () => {
    const undone = applyToSnapshot(once, undoPlan(once)!);
    expect(undoPlan(undone)).toBeNull();
  });

  test("a changed answer rewrites only the cells that change", () => {
    const changed = structuredClone(once);
    changed.sheets[0].values[7][3] = "A"; // 1.a AA -> A
    const cells = plan(changed).writes.map((w) => a1(w.row, w.col));
    expect(cells.sort()).toEqual(["E24", "E7", "E8"].sort());
  });
});

describe("the undo record", () => {
  test("survives a space at the edge of a stored chunk", () => {
    const rows = gradeSheetRows(worked);
    // A long text of spaces in the score cell of 1.a (the first cell saved): the stored JSON's
    // chunk edges (every 30,000 characters) fall inside it, and it must come back exactly.
    rows[7][4] = `x${" ".repeat(70000)}x`;
    const original = workbook(rows);
    const once = applyToSnapshot(original, plan(original));
    const undone = applyToSnapshot(once, undoPlan(once)!);
    expect(undone.sheets.find((s) => s.name === "Dinkes")!.values[7][4]).toBe(rows[7][4]);
  });

  test("stores a blank cell as three numbers", () => {
    const original = workbook(gradeSheetRows(worked));
    const once = applyToSnapshot(original, plan(original));
    const json = once.sheets.find((s) => s.name === stateSheetName)!.values.map((r) => r[0]).join("");
    expect(json).toContain("[0,6,4]");
  });
});
