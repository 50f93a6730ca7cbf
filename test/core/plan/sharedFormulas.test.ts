import { builtinRegistry } from "../../../src/core/scheme/registry";
import type { AnswerScale } from "../../../src/core/scale/answerScale";
import { ScoreFormulas, type CriteriaFormulaInputs } from "../../../src/core/plan/scoreFormulas";
import { FormulaKeys, SharedFormulas, type FormulaInputs } from "../../../src/core/plan/sharedFormulas";

const scale = (id: string): AnswerScale => builtinRegistry().answerScales.get(id)!;

test("a formula already built is given again without building it again", () => {
  let builds = 0;
  const shared = new SharedFormulas<{ cell: string }>(({ cell }) => `=SUM(${cell})+${++builds}`);
  expect(shared.get({ cell: "E9" })).toBe("=SUM(E9)+1");
  expect(shared.get({ cell: "E9" })).toBe("=SUM(E9)+1");
  expect(shared.get({ cell: "E10" })).toBe("=SUM(E10)+2");
  expect(builds).toBe(2);
});

test("past its limit the formulas start afresh and still come out right", () => {
  let builds = 0;
  const shared = new SharedFormulas<{ cell: string }>(({ cell }) => (builds++, `=${cell}`), new FormulaKeys(), 2);
  for (const cell of ["a", "b", "c", "a"]) expect(shared.get({ cell })).toBe(`=${cell}`);
  expect(builds).toBe(4);
});

describe("the key of a formula's inputs", () => {
  const keys = new FormulaKeys();
  const yt = scale("yt");
  const base: CriteriaFormulaInputs = { scale: yt, aggregation: "mean", weight: "D9", answerColumn: 4, count: 3, rows: [[9, 11]] };
  const changed: [string, Partial<CriteriaFormulaInputs>][] = [
    ["scale", { scale: scale("a-e") }],
    ["aggregation", { aggregation: "sum" }],
    ["weight", { weight: "0.3" }],
    ["answerColumn", { answerColumn: 5 }],
    ["count", { count: 2 }],
    ["rows", { rows: [[9, 10]] }],
    ["rows split in two runs", { rows: [[9, 9], [11, 11]] }],
  ];

  test("covers every input: the builders' input types name nothing it leaves out", () => {
    expect(Object.keys(base).sort()).toEqual(["aggregation", "answerColumn", "count", "rows", "scale", "weight"]);
    expect(changed.map(([name]) => name).filter((name) => name in base).sort()).toEqual(Object.keys(base).sort());
  });

  test.each(changed)("changes with %s", (_name, change) => {
    expect(keys.of({ ...base, ...change })).not.toBe(keys.of(base));
  });

  test("is the same for the same inputs given anew", () => {
    expect(keys.of({ ...base, rows: [[9, 11]] })).toBe(keys.of(base));
  });

  test("tells scales apart by identity, not by contents", () => {
    expect(keys.of({ ...base, scale: { ...yt } })).not.toBe(keys.of(base));
  });

  test("cannot be forged by text that looks like another input", () => {
    const pairs: [FormulaInputs, FormulaInputs][] = [
      [{ a: "x;b=1" }, { a: "x", b: 1 }],
      [{ a: "1" }, { a: 1 }],
      [{ a: "#0" }, { a: yt }],
    ];
    for (const [x, y] of pairs) expect(keys.of(x)).not.toBe(keys.of(y));
  });
});

describe("the score formulas a run shares", () => {
  test("a sub-component's formula follows each of its inputs", () => {
    const formulas = new ScoreFormulas();
    const yt = scale("yt");
    const mean = formulas.criteria.get({ scale: yt, aggregation: "mean", weight: "D9", answerColumn: 4, count: 3, rows: [[9, 11]] });
    expect(mean).toMatch(/^=IFERROR\(\(SUMPRODUCT\(.*E10:E12.*\)\)\/3\*D9,0\)$/);
    expect(formulas.criteria.get({ scale: yt, aggregation: "mean", weight: "0.3", answerColumn: 4, count: 3, rows: [[9, 11]] })).toBe(mean.replace("*D9,", "*0.3,"));
    expect(formulas.criteria.get({ scale: yt, aggregation: "mean", weight: "D9", answerColumn: 4, count: 2, rows: [[9, 9], [11, 11]] })).toMatch(/E10\)\).*\+.*E12\)\).*\/2\*D9/);
    expect(formulas.criteria.get({ scale: yt, aggregation: "mean", weight: "D9", answerColumn: 5, count: 3, rows: [[9, 11]] })).toContain("F10:F12");
  });

  test("a criterion's formula is made once per scale and cell", () => {
    const formulas = new ScoreFormulas();
    const yt = scale("yt");
    expect(formulas.criterionValue(yt)).toBe(formulas.criterionValue(yt));
    expect(formulas.criterionValue(yt).get(9, 4)).toMatch(/^=SUMPRODUCT\(\(UPPER\(TRIM\(E10\)\)=/);
    expect(formulas.criterionValue(scale("a-e")).get(9, 4)).not.toBe(formulas.criterionValue(yt).get(9, 4));
  });
});
