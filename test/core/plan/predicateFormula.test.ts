/** A predicate scale's bands as one nested IF over the total's cell, highest band first. */
import { predicateFormula, predicateFormulaOf } from "../../../src/core/plan/formulas";
import type { PredicateScale } from "../../../src/core/scale/predicateScale";

const scale = (lowerBound: PredicateScale["lowerBound"], mins: (string | undefined)[]): PredicateScale => ({
  id: "t",
  name: "T",
  range: ["0", "100"],
  lowerBound,
  bands: mins.map((min, i) => ({ predicate: ["A", "B", "C", "D"][i], name: `band ${i}`, ...(min === undefined ? {} : { min }) })),
  source: "test",
  confidence: "uncertain",
});

test.each([
  ["exclusive bands", scale("exclusive", ["80", "60.5", undefined]), 1, 'IF(B2>80,"A",IF(B2>60.5,"B","C"))'],
  ["inclusive bands", scale("inclusive", ["80", "60", "40", undefined]), 1, 'IF(B2>=80,"A",IF(B2>=60,"B",IF(B2>=40,"C","D")))'],
  ["a total in percent", scale("exclusive", ["80", "60", undefined]), 100, 'IF(B2>0.8,"A",IF(B2>0.6,"B","C"))'],
  ["one band", scale("exclusive", [undefined]), 1, '"A"'],
])("%s", (_label, bands, divisor, expected) => {
  expect(predicateFormula("B2", bands, divisor as 1 | 100)).toBe(expected);
});

test("the same bands give the same formula at every row", () => {
  const formulaAt = predicateFormulaOf(scale("exclusive", ["80", "60", undefined]), 1);
  expect([formulaAt("C7"), formulaAt("C8")]).toEqual(['IF(C7>80,"A",IF(C7>60,"B","C"))', 'IF(C8>80,"A",IF(C8>60,"B","C"))']);
});
