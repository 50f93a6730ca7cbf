/** Texts of data in both languages: the built-ins carry Indonesian, custom data without translations reads as before. */
import { builtinProfiles } from "../../../src/core/profile/registry";
import { builtinRegistry, withCustomScheme } from "../../../src/core/scheme/registry";
import { localized } from "../../../src/core/translations";

const registry = builtinRegistry();
const builtins = [
  ...[...registry.schemes.values()].map((s) => ["scheme", s] as const),
  ...[...registry.answerScales.values()].map((s) => ["answer scale", s] as const),
  ...[...registry.predicateScales.values()].map((s) => ["predicate scale", s] as const),
  ...[...builtinProfiles().values()].map((p) => ["layout", p] as const),
];

test.each(builtins.map(([kind, entity]) => [kind, entity.id, entity] as const))("%s %s has its source in Bahasa Indonesia", (_kind, _id, entity) => {
  expect(entity.source).toBeTruthy();
  expect(localized(entity, "source", "id")).not.toBe(entity.source);
  expect(localized(entity, "source", "en")).toBe(entity.source);
});

test.each([...registry.predicateScales.values()].filter((s) => s.note).map((s) => [s.id, s] as const))("predicate scale %s has its note in Bahasa Indonesia", (_id, scale) => {
  expect(localized(scale, "note", "id")).not.toBe(scale.note);
  expect(localized(scale, "note", "en")).toBe(scale.note);
});

test.each([...registry.schemes.values(), ...builtinProfiles().values()].map((s) => [s.id, s] as const))("%s has its description in Bahasa Indonesia", (_id, entity) => {
  expect(localized(entity, "description", "id")).not.toBe(entity.description);
});

test("a name written in Bahasa Indonesia has its English one", () => {
  const scheme = registry.schemes.get("sakip-2021")!;
  expect([localized(scheme, "name", "id"), localized(scheme, "name", "en")]).toEqual(["SAKIP PermenPANRB 88/2021 (nilai per sub-komponen)", "SAKIP PermenPANRB 88/2021 (grade per sub-component)"]);
});

const custom = {
  id: "kustom-1",
  name: "Evaluasi internal",
  description: "Skema sendiri",
  predicateScale: "sakip",
  aggregation: "grade",
  subcomponentScale: "grade-88",
  components: [{ code: "1", name: "Satu", weight: 100, subcomponents: [{ code: "1.a", name: "A", weight: 100 }] }],
};

test("a custom scheme without translations parses as before and shows its own texts in both languages", () => {
  const { scheme } = withCustomScheme(registry, custom, "kustom.json");
  expect("translations" in scheme).toBe(false);
  expect([localized(scheme, "name", "id"), localized(scheme, "name", "en"), localized(scheme, "description", "en")]).toEqual(["Evaluasi internal", "Evaluasi internal", "Skema sendiri"]);
});

test("a custom scheme's translation is used in its language only", () => {
  const { scheme } = withCustomScheme(registry, { ...custom, translations: { en: { name: "Internal evaluation" } } }, "kustom.json");
  expect([localized(scheme, "name", "id"), localized(scheme, "name", "en"), localized(scheme, "description", "en")]).toEqual(["Evaluasi internal", "Internal evaluation", "Skema sendiri"]);
});

test("a translation that is not text is reported by its field", () => {
  expect(() => withCustomScheme(registry, { ...custom, translations: { en: { name: 5 } } }, "kustom.json")).toThrow(/translations\.en\.name/);
});
