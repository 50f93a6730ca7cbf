import { builtinRegistry, SchemeError, withCustomScheme } from "../../../src/core/scheme/registry";
import { sum, exact } from "../../../src/core/exact";

const registry = builtinRegistry();

test.each(["sakip-2021", "sakip-2021-kriteria"])("%s: components weigh 30/30/15/25", (id) => {
  expect(registry.schemes.get(id)!.components.map((c) => c.weight)).toEqual(["30", "30", "15", "25"]);
});

test.each(["sakip-2021", "sakip-2021-kriteria"])("%s: each component splits 20/30/50", (id) => {
  const ratios = registry.schemes.get(id)!.components.map((c) => c.subcomponents.map((s) => exact(s.weight).div(exact(c.weight)).valueOf()));
  expect(ratios.every((r) => r[0] === 0.2 && r[1] === 0.3 && r[2] === 0.5)).toBe(true);
});

test("sub-component weights sum to 100", () => {
  const all = registry.schemes.get("sakip-2021")!.components.flatMap((c) => c.subcomponents.map((s) => exact(s.weight)));
  expect(sum(all).equals(exact(100))).toBe(true);
});

test("the template's criteria texts are there: 80 criteria", () => {
  const count = registry.schemes.get("sakip-2021")!.components.flatMap((c) => c.subcomponents.flatMap((s) => s.criteria)).length;
  expect(count).toBe(80);
});

const minimal = {
  id: "kustom-1",
  name: "Kustom",
  predicateScale: "sakip",
  aggregation: "grade",
  subcomponentScale: "grade-88",
  components: [{ code: "1", name: "Satu", weight: 100, subcomponents: [{ code: "1.a", name: "A", weight: 100 }] }],
};

test("a valid custom scheme is accepted", () => {
  expect(withCustomScheme(registry, minimal, "kustom.json").registry.schemes.has("kustom-1")).toBe(true);
});

function issuesOf(data: unknown): string[] {
  try {
    withCustomScheme(registry, data, "kustom.json");
    return [];
  } catch (error) {
    return (error as SchemeError).issues.map((i) => i.path);
  }
}

test("a bad weight is named by its field", () => {
  const bad = { ...minimal, components: [{ ...minimal.components[0], weight: "banyak" }] };
  expect(issuesOf(bad)).toContain("components[0].weight");
});

test("an unknown predicate scale is named", () => {
  expect(issuesOf({ ...minimal, predicateScale: "nope" })).toContain("predicateScale");
});

test("an unknown answer scale is named", () => {
  expect(issuesOf({ ...minimal, subcomponentScale: "nope" })).toContain("subcomponentScale");
});

test("a sub-component under the wrong component is named", () => {
  const bad = { ...minimal, components: [{ ...minimal.components[0], subcomponents: [{ code: "2.a", name: "A", weight: 100 }] }] };
  expect(issuesOf(bad)).toContain("components[0].subcomponents[0].code");
});

test("a scheme may bring its own answer scale", () => {
  const withScale = {
    ...minimal,
    aggregation: "sum",
    criterionScale: "poin",
    scales: [{ kind: "choice", id: "poin", name: "Poin", choices: [{ answer: "Ya", value: 1.5 }, { answer: "Tidak", value: 0 }] }],
  };
  expect(withCustomScheme(registry, withScale, "kustom.json").registry.answerScales.has("poin")).toBe(true);
});
