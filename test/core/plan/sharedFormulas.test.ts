import { ScopedFormulas, SharedFormulas } from "../../../src/core/plan/sharedFormulas";

test("a key already built returns the same string without building again", () => {
  const shared = new SharedFormulas();
  let builds = 0;
  const build = () => `=SUM(E${++builds})`;
  expect(shared.get("a", build)).toBe("=SUM(E1)");
  expect(shared.get("a", build)).toBe("=SUM(E1)");
  expect(builds).toBe(1);
});

test("different keys build different formulas", () => {
  const shared = new SharedFormulas();
  expect(shared.get("E9|D9", () => "=E9*D9")).toBe("=E9*D9");
  expect(shared.get("E9|0.3", () => "=E9*0.3")).toBe("=E9*0.3");
});

test("past its limit the cache starts afresh and still answers right", () => {
  const shared = new SharedFormulas(2);
  let builds = 0;
  for (const key of ["a", "b", "c", "a"]) expect(shared.get(key, () => (builds++, `=${key}`))).toBe(`=${key}`);
  expect(builds).toBe(4);
});

test("scopes keep equal keys apart", () => {
  const scoped = new ScopedFormulas<object>();
  const yt = {};
  const ae = {};
  expect(scoped.of(yt).get("k", () => "=YT")).toBe("=YT");
  expect(scoped.of(ae).get("k", () => "=AE")).toBe("=AE");
  expect(scoped.of(yt).get("k", () => "=other")).toBe("=YT");
});
