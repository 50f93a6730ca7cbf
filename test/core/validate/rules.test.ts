/** Consistency rules declared by the schemes. */
import { ruleChecks } from "../../../src/core/validate/checks/rules";
import { builtinRegistry } from "../../../src/core/scheme/registry";
import { COL, cellOf, findingsOf, kriteriaRows, sakipRows, withCode } from "./fixtures";

describe("grade-needs-probes (sakip-2021: BB and above)", () => {
  test("BB while one of three answered probes is T", () => {
    const rows = sakipRows({ probes: { "1.b": ["Y", "Tidak", "Ya", "Y/T"] } });
    const findings = findingsOf(rows);
    expect(findings.map((f) => f.code)).toEqual(["grade-needs-probes"]);
    expect(findings[0]).toMatchObject({
      severity: "warning",
      cell: cellOf(rows, "1.b", COL.answer),
      params: { code: "1.b", grade: "BB", minGrade: "BB", fulfilled: 2, probes: 3, percent: 66.67 },
    });
  });

  test("a grade below BB, or all probes Y, or no probe answered: nothing to say", () => {
    expect(findingsOf(sakipRows({ probes: { "1.c": ["Y", "T"], "1.a": ["y", "ya"], "2.a": [null, "Y/T"] } }))).toEqual([]);
  });
});

describe("needs-existence (sakip-2021-kriteria: b and c need a)", () => {
  test("quality and use scored while existence scores 0", () => {
    const rows = kriteriaRows({ "2.a": ["T", "Tidak"] });
    const findings = withCode(findingsOf(rows), "needs-existence");
    expect(findings.map((f) => [f.severity, f.cell, f.params.code, f.params.requires])).toEqual([
      ["warning", cellOf(rows, "2.b", COL.score), "2.b", "2.a"],
      ["warning", cellOf(rows, "2.c", COL.score), "2.c", "2.a"],
    ]);
    expect(findings[0].params.score).toBe(7.875);
  });

  test("not when a is unanswered (reported as such), nor when b and c score 0", () => {
    const unansweredA = findingsOf(kriteriaRows({ "2.a": [null, "Y/T"] })).map((f) => f.code);
    expect(unansweredA).toEqual(["unanswered", "unanswered"]);
    expect(findingsOf(kriteriaRows({ "3.a": ["T"], "3.b": ["E"], "3.c": ["E", "E"] }))).toEqual([]);
  });
});

test("every rule kind the built-in schemes use has its check", () => {
  for (const scheme of builtinRegistry().schemes.values()) {
    for (const rule of scheme.rules) expect(ruleChecks[rule.kind].rule).toBe(rule.kind);
  }
});
