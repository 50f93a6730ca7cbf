/** Checks on answers: on the scale, where they belong, present. */
import { builtinRegistry, withCustomScheme } from "../../../src/core/scheme/registry";
import { COL, cellOf, findingsOf, insertAfter, kriteriaRows, only, rowOf, sakipRows, setCell, withCode } from "./fixtures";
import { a1 } from "../../../src/core/address";

describe("answer-not-on-scale", () => {
  test("a grade that is not on the 88/2021 scale", () => {
    const rows = setCell(sakipRows(), "2.b", COL.answer, " ZZ ");
    const findings = findingsOf(rows);
    expect(findings.map((f) => f.code)).toEqual(["answer-not-on-scale"]);
    expect(findings[0]).toMatchObject({
      severity: "error",
      cell: cellOf(rows, "2.b", COL.answer),
      params: { code: "2.b", value: "ZZ", allowed: "AA, A, BB, B, CC, C, D, E" },
    });
  });

  test("a probe that is not Y/T", () => {
    const rows = sakipRows({ probes: { "1.c": ["Y", "mungkin"] } });
    const finding = only(findingsOf(rows), "answer-not-on-scale");
    expect(finding).toMatchObject({ cell: cellOf(rows, "1.c.2", COL.answer), params: { value: "mungkin", allowed: "Y, T" } });
  });

  test("a criterion answer under sakip-2021-kriteria", () => {
    const rows = kriteriaRows({ "2.b": ["A", "F"] });
    const finding = only(findingsOf(rows), "answer-not-on-scale");
    expect(finding).toMatchObject({ cell: cellOf(rows, "2.b.2", COL.answer), params: { code: "2.b.2", value: "F", allowed: "A, B, C, D, E" } });
  });
});

describe("answer-not-expected", () => {
  test("on a component row", () => {
    const rows = setCell(sakipRows(), "1", COL.answer, "A");
    const finding = only(findingsOf(rows), "answer-not-expected");
    expect(finding).toMatchObject({ severity: "error", cell: cellOf(rows, "1", COL.answer), params: { code: "1", value: "A", where: "component" } });
  });

  test("on a free-text row without a code", () => {
    const rows = insertAfter(sakipRows(), "1.a", [null, "catatan evaluator", null, "Y"]);
    const finding = only(findingsOf(rows), "answer-not-expected");
    expect(finding).toMatchObject({ cell: a1(rowOf(rows, "1.a") + 1, COL.answer), params: { code: "", value: "Y", where: "free" } });
  });

  test("on a sub-component row whose value comes from its criteria", () => {
    const rows = setCell(kriteriaRows(), "1.b", COL.answer, "BB");
    const finding = only(findingsOf(rows), "answer-not-expected");
    expect(finding).toMatchObject({ cell: cellOf(rows, "1.b", COL.answer), params: { code: "1.b", where: "subcomponent", scheme: "sakip-2021-kriteria" } });
  });

  test("on a criterion the scheme gives no scale", () => {
    const { registry } = withCustomScheme(
      builtinRegistry(),
      { id: "tanpa-probe", name: "Tanpa probe", predicateScale: "sakip", aggregation: "grade", subcomponentScale: "grade-88", components: [{ code: "1", name: "K", weight: 100, subcomponents: [{ code: "1.a", name: "S", weight: 100 }] }] },
      "test",
    );
    const rows = [["Skema", "tanpa-probe"], ["Kode", "Uraian", "Bobot", "Jawaban", "Nilai"], ["1", "K", 100], ["1.a", "S", 100, "A"], ["1.a.1", "Kriteria", null, "Y"]];
    const finding = only(findingsOf(rows, { registry }), "answer-not-expected");
    expect(finding).toMatchObject({ cell: "D5", params: { code: "1.a.1", where: "criterion", value: "Y" } });
  });

  test("blank text is no answer", () => {
    const rows = insertAfter(setCell(sakipRows(), "1", COL.answer, "  "), "1.a", [null, "teks", null, ""]);
    expect(findingsOf(rows)).toEqual([]);
  });
});

describe("no-criteria", () => {
  test("a sub-component scored from criteria without any", () => {
    const rows = kriteriaRows({ "3.b": [] });
    const findings = findingsOf(rows);
    expect(findings.map((f) => f.code)).toEqual(["no-criteria"]);
    expect(findings[0]).toMatchObject({ severity: "warning", cell: cellOf(rows, "3.b", COL.code), params: { code: "3.b" } });
  });

  test("not under sakip-2021, where criteria are optional probes", () => {
    expect(findingsOf(sakipRows())).toEqual([]);
  });
});

describe("unanswered", () => {
  test("an empty grade: counts 0", () => {
    const rows = setCell(sakipRows(), "3.c", COL.answer, null);
    const findings = findingsOf(rows);
    expect(findings.map((f) => f.code)).toEqual(["unanswered"]);
    expect(findings[0]).toMatchObject({ severity: "warning", cell: cellOf(rows, "3.c", COL.answer), params: { code: "3.c", value: "", allowed: "AA, A, BB, B, CC, C, D, E" } });
  });

  test("a placeholder that lists the choices", () => {
    const rows = setCell(sakipRows(), "3.c", COL.answer, "AA/A/BB/B/CC/C/D/E");
    expect(only(findingsOf(rows), "unanswered").params.value).toBe("AA/A/BB/B/CC/C/D/E");
  });

  test("every unanswered criterion under sakip-2021-kriteria, but not probes under sakip-2021", () => {
    const rows = kriteriaRows({ "1.a": ["Y", "Y / T"], "1.b": [null, "A"] });
    const findings = withCode(findingsOf(rows), "unanswered");
    expect(findings.map((f) => [f.cell, f.params.value])).toEqual([
      [cellOf(rows, "1.a.2", COL.answer), "Y / T"],
      [cellOf(rows, "1.b.1", COL.answer), ""],
    ]);
    expect(findingsOf(sakipRows({ probes: { "1.a": ["Y", "Y/T", null] } }))).toEqual([]);
  });
});
