/**
 * Built-in data is used as written (src/core/builtinData.ts), so each file must be exactly what
 * its schema makes of it: valid, every default spelled out (its keys may stand in any order).
 */
import { z } from "zod";
import { builtinSchemeData, builtinRegistry } from "../../src/core/scheme/registry";
import { builtinProfileData, builtinProfiles } from "../../src/core/profile/registry";
import { builtinFormData, builtinFormProfiles } from "../../src/core/profile/form";
import { builtinFormRegulations, builtinRegulationData } from "../../src/core/profile/form/regulation";

const files: [string, { schema: z.ZodType; items: unknown[] }][] = [
  ["answer scales", builtinSchemeData.answerScales],
  ["predicate scales", builtinSchemeData.predicateScales],
  ["schemes", builtinSchemeData.schemes],
  ["layout profiles", builtinProfileData],
  ["form profiles", builtinFormData],
  ["form regulations", builtinRegulationData],
];

const cases = files.flatMap(([kind, { schema, items }]) => items.map((item, i) => [`${kind} #${i + 1}`, schema, item] as const));

test.each(cases)("%s is written as its schema makes it", (_label, schema, item) => {
  expect(schema.parse(item)).toStrictEqual(item);
});

test("a default left out of a built-in file is caught", () => {
  const [scale] = builtinSchemeData.answerScales.items as { choices: { aliases?: string[] }[] }[];
  const shortened = { ...scale, choices: scale.choices.map(({ aliases: _, ...choice }) => choice) };
  expect(builtinSchemeData.answerScales.schema.parse(shortened)).not.toStrictEqual(shortened);
});

test("the registries hold the files as written", () => {
  expect([
    [...builtinRegistry().answerScales.values()],
    [...builtinRegistry().predicateScales.values()],
    [...builtinRegistry().schemes.values()],
    [...builtinProfiles().values()],
    [...builtinFormProfiles().values()],
    builtinFormRegulations(),
  ]).toEqual(files.map(([, { items }]) => items));
});
