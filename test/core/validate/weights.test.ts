/** Checks on weights and on how the sheet's rows match its scheme. */
import { withCustomScheme, builtinRegistry } from "../../../src/core/scheme/registry";
import {
  COL,
  asFractions,
  cellOf,
  findingsOf,
  header,
  insertAfter,
  only,
  sakipRows,
  setCell,
  withCode,
  withoutRows,
  metadataRows,
  type Row,
} from "./fixtures";

describe("weight-missing", () => {
  test("an empty weight: LKE takes the scheme's", () => {
    const rows = setCell(sakipRows(), "1.b", COL.weight, null);
    const findings = findingsOf(rows);
    expect(findings.map((f) => f.code)).toEqual(["weight-missing"]);
    expect(findings[0]).toMatchObject({ severity: "warning", cell: cellOf(rows, "1.b", COL.weight), params: { code: "1.b", used: 9, source: "scheme", units: "points" } });
  });

  test("on a row the scheme does not know: weight 0", () => {
    const rows = insertAfter(sakipRows(), "1.c", ["1.d", "Tambahan", null, "B"]);
    expect(only(findingsOf(rows), "weight-missing").params).toMatchObject({ code: "1.d", used: 0, source: "none" });
  });
});

describe("weight-not-number", () => {
  test("text that is no number", () => {
    const rows = setCell(sakipRows(), "2", COL.weight, "tiga puluh");
    const finding = only(findingsOf(rows), "weight-not-number");
    expect(finding).toMatchObject({ severity: "error", cell: cellOf(rows, "2", COL.weight), params: { code: "2", value: "tiga puluh", used: 30 } });
  });

  test("a boolean", () => {
    const rows = setCell(sakipRows(), "2.a", COL.weight, true);
    expect(only(findingsOf(rows), "weight-not-number").params.value).toBe("true");
  });
});

describe("number-stored-as-text", () => {
  test("a weight typed as text with a decimal comma", () => {
    const rows = setCell(sakipRows(), "3.b", COL.weight, "4,5");
    const findings = findingsOf(rows);
    expect(findings.map((f) => f.code)).toEqual(["number-stored-as-text"]);
    expect(findings[0]).toMatchObject({ severity: "warning", cell: cellOf(rows, "3.b", COL.weight), params: { code: "3.b", value: "4,5", number: 4.5, column: "weight" } });
  });

  test("a numeric answer typed as text", () => {
    const { registry } = withCustomScheme(builtinRegistry(), pointsScheme, "test");
    const rows: Row[] = [...metadataRows("poin"), header, ["1", "Komponen", 100], ["1.a", "Sub", 100], ["1.a.1", "K1", null, "4,5"], ["1.a.2", "K2", null, 5]];
    const findings = findingsOf(rows, { registry });
    expect(findings.map((f) => f.code)).toEqual(["number-stored-as-text"]);
    expect(findings[0]).toMatchObject({ cell: cellOf(rows, "1.a.1", COL.answer), params: { code: "1.a.1", value: "4,5", number: 4.5, column: "answer" } });
  });
});

/** A custom scheme whose criteria take points 0-5, summed. */
const pointsScheme = {
  id: "poin",
  name: "Poin per kriteria",
  predicateScale: "sakip",
  aggregation: "sum",
  criterionScale: "poin-0-5",
  scales: [{ kind: "number", id: "poin-0-5", name: "0-5", min: 0, max: 5 }],
  components: [{ code: "1", name: "Komponen", weight: 100, subcomponents: [{ code: "1.a", name: "Sub", weight: 100 }] }],
};

describe("weight-differs-from-regulation and weight-differs-from-scheme", () => {
  test("points: a built-in scheme's weights are the regulation's, so a different one is an error", () => {
    let rows = setCell(sakipRows(), "1.a", COL.weight, 7);
    rows = setCell(rows, "1.b", COL.weight, 8);
    const findings = findingsOf(rows);
    expect(findings.map((f) => [f.code, f.severity, f.cell, f.params.weight, f.params.schemeWeight])).toEqual([
      ["weight-differs-from-regulation", "error", cellOf(rows, "1.a", COL.weight), 7, 6],
      ["weight-differs-from-regulation", "error", cellOf(rows, "1.b", COL.weight), 8, 9],
    ]);
  });

  test("a custom scheme's weights only warn, even one that copies a built-in", () => {
    const own = { ...builtinRegistry().schemes.get("sakip-2021")!, id: "sakip-daerah" };
    const { registry } = withCustomScheme(builtinRegistry(), JSON.parse(JSON.stringify(own)), "test");
    let rows = setCell(sakipRows().map((row) => (row[0] === "Skema" ? ["Skema", "sakip-daerah"] : row)), "1.a", COL.weight, 7);
    rows = setCell(rows, "1.b", COL.weight, 8);
    expect(findingsOf(rows, { registry }).map((f) => [f.code, f.severity])).toEqual([
      ["weight-differs-from-scheme", "warning"],
      ["weight-differs-from-scheme", "warning"],
    ]);
  });

  test("fractions: scheme points / 100, compared exactly", () => {
    expect(findingsOf(asFractions(sakipRows()))).toEqual([]);
    let rows = setCell(asFractions(sakipRows()), "3.b", COL.weight, 0.046);
    rows = setCell(rows, "3.c", COL.weight, 0.074);
    const findings = withCode(findingsOf(rows), "weight-differs-from-regulation");
    expect(findings.map((f) => [f.cell, f.params.weight, f.params.schemeWeight, f.params.units])).toEqual([
      [cellOf(rows, "3.b", COL.weight), 0.046, 0.045, "fraction"],
      [cellOf(rows, "3.c", COL.weight), 0.074, 0.075, "fraction"],
    ]);
  });
});

describe("weights-do-not-add-up", () => {
  test("components that do not make 100, and sub-components that do not make their component", () => {
    const rows = setCell(sakipRows(), "4", COL.weight, 20);
    const findings = withCode(findingsOf(rows), "weights-do-not-add-up");
    expect(findings.map((f) => [f.severity, f.cell, f.params.level, f.params.code, f.params.total, f.params.expected])).toEqual([
      ["error", cellOf(rows, "Kode", COL.weight), "components", "", 95, 100],
      ["error", cellOf(rows, "4", COL.weight), "subcomponents", "4", 25, 20],
    ]);
  });

  test("fractions add up to 1", () => {
    const rows = setCell(asFractions(sakipRows()), "2.c", COL.weight, 0.16);
    const findings = withCode(findingsOf(rows), "weights-do-not-add-up");
    expect(findings).toHaveLength(1);
    expect(findings[0].params).toMatchObject({ level: "subcomponents", code: "2", total: 0.31, expected: 0.3, units: "fraction" });
  });
});

describe("not-in-scheme", () => {
  test("a component and a sub-component the scheme does not have", () => {
    let rows = insertAfter(sakipRows(), "1.c", ["1.d", "Tambahan", 0, "B"]);
    rows = [...rows, ["5", "Inovasi", 0], ["5.a", "Inovasi", 0, "A"]];
    const findings = withCode(findingsOf(rows), "not-in-scheme");
    expect(findings.map((f) => [f.severity, f.cell, f.params.code, f.params.kind])).toEqual([
      ["warning", cellOf(rows, "1.d", COL.code), "1.d", "subcomponent"],
      ["warning", cellOf(rows, "5", COL.code), "5", "component"],
    ]);
  });
});

describe("missing-from-sheet", () => {
  test("a sub-component and a whole component of the scheme", () => {
    const rows = withoutRows(sakipRows(), "1.c", "4", "4.a", "4.b", "4.c");
    const findings = withCode(findingsOf(rows), "missing-from-sheet");
    expect(findings.map((f) => [f.severity, f.cell, f.params.code, f.params.kind])).toEqual([
      ["warning", undefined, "4", "component"],
      ["warning", cellOf(rows, "1", COL.code), "1.c", "subcomponent"],
    ]);
    expect(findings[0].params.name).toBe("Evaluasi Akuntabilitas Kinerja Internal");
  });
});
