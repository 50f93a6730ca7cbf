/**
 * The schemes and scales LKE knows: the built-ins, plus any custom scheme a user brings.
 * A custom scheme is checked with zod on the way in and reported field by field; the built-ins
 * are used as written (see builtinData.ts), their cross-references checked here.
 */
import { z } from "zod";
import type { Lang } from "../messages/number";
import { asWritten } from "../builtinData";
import { issueTextIn } from "../issueTexts";
import { answerScaleSchema, type AnswerScale } from "../scale/answerScale";
import { predicateScaleSchema, type PredicateScale } from "../scale/predicateScale";
import { schemeSchema, type Scheme } from "./schemeSchema";
import builtinAnswerScales from "../scale/builtin/answer-scales.json";
import builtinPredicateScales from "../scale/builtin/predicate-scales.json";
import sakip2021 from "./builtin/sakip-2021.json";
import sakip2021Kriteria from "./builtin/sakip-2021-kriteria.json";

export interface SchemeRegistry {
  schemes: ReadonlyMap<string, Scheme>;
  answerScales: ReadonlyMap<string, AnswerScale>;
  predicateScales: ReadonlyMap<string, PredicateScale>;
}

/** One problem of a scheme: the field, e.g. "components[0].weight", and what is wrong, in each language. */
export interface SchemeIssue {
  /** The field; "" for the document as a whole. */
  path: string;
  /** In English, as the error's own message. */
  message: string;
  text: Record<Lang, string>;
}

function issue(path: string, text: Record<Lang, string>): SchemeIssue {
  return { path, message: text.en, text };
}

/** A scheme or scale that failed its checks: each issue names the field. */
export class SchemeError extends Error {
  constructor(
    readonly source: string,
    readonly issues: SchemeIssue[],
  ) {
    super(`${source}: ${issues.map((i) => `${i.path || "(root)"}: ${i.message}`).join("; ")}`);
    this.name = "SchemeError";
  }
}

export function issuePath(path: readonly PropertyKey[]): string {
  return path.reduce<string>((text, key) => {
    if (typeof key === "number") return `${text}[${key}]`;
    return text ? `${text}.${String(key)}` : String(key);
  }, "");
}

/** Checks data against a schema; a failure is a SchemeError naming each field. */
export function parseOrThrow<T>(schema: z.ZodType<T>, data: unknown, source: string): T {
  const result = schema.safeParse(data);
  if (!result.success) {
    // Only a failure is parsed again, for the texts in Bahasa Indonesia.
    const indonesian = schema.safeParse(data, { error: z.locales.id().localeError });
    const idTexts = indonesian.success ? [] : indonesian.error.issues.map((i) => i.message);
    throw new SchemeError(
      source,
      result.error.issues.map((found, i) => issue(issuePath(found.path), { en: issueTextIn(found.message, "en"), id: issueTextIn(idTexts[i] ?? found.message, "id") })),
    );
  }
  return result.data;
}

/** Cross-references zod cannot see: scale ids that must exist, codes that must nest. */
function checkReferences(scheme: Scheme, registry: SchemeRegistry, source: string): void {
  const issues: SchemeIssue[] = [];
  const scaleKnown = (id: string | undefined) =>
    id === undefined || registry.answerScales.has(id) || scheme.scales.some((s) => s.id === id);
  if (!registry.predicateScales.has(scheme.predicateScale)) {
    issues.push(issue("predicateScale", { en: `unknown predicate scale "${scheme.predicateScale}"`, id: `skala predikat "${scheme.predicateScale}" tidak dikenal` }));
  }
  for (const field of ["subcomponentScale", "criterionScale"] as const) {
    if (!scaleKnown(scheme[field])) issues.push(issue(field, { en: `unknown answer scale "${scheme[field]}"`, id: `skala jawaban "${scheme[field]}" tidak dikenal` }));
  }
  const codes = new Set<string>();
  scheme.components.forEach((component, ci) => {
    if (codes.has(component.code)) issues.push(issue(`components[${ci}].code`, { en: `duplicate code ${component.code}`, id: `kode ${component.code} ganda` }));
    codes.add(component.code);
    component.subcomponents.forEach((sub, si) => {
      const path = `components[${ci}].subcomponents[${si}]`;
      if (!sub.code.startsWith(`${component.code}.`)) {
        issues.push(issue(`${path}.code`, { en: `${sub.code} is not under component ${component.code}`, id: `${sub.code} tidak berada di bawah komponen ${component.code}` }));
      }
      if (codes.has(sub.code)) issues.push(issue(`${path}.code`, { en: `duplicate code ${sub.code}`, id: `kode ${sub.code} ganda` }));
      codes.add(sub.code);
      for (const field of ["subcomponentScale", "criterionScale"] as const) {
        if (!scaleKnown(sub[field])) issues.push(issue(`${path}.${field}`, { en: `unknown answer scale "${sub[field]}"`, id: `skala jawaban "${sub[field]}" tidak dikenal` }));
      }
      const aggregation = sub.aggregation ?? scheme.aggregation;
      if (aggregation === "grade" && !(sub.subcomponentScale ?? scheme.subcomponentScale)) {
        issues.push(issue(`${path}.subcomponentScale`, { en: 'aggregation "grade" needs a subcomponentScale', id: 'agregasi "grade" memerlukan subcomponentScale' }));
      }
      if (aggregation !== "grade" && !(sub.criterionScale ?? scheme.criterionScale)) {
        issues.push(issue(`${path}.criterionScale`, { en: `aggregation "${aggregation}" needs a criterionScale`, id: `agregasi "${aggregation}" memerlukan criterionScale` }));
      }
    });
  });
  if (issues.length > 0) throw new SchemeError(source, issues);
}

/** The built-in data as files, each with the schema it is written to (builtinData.ts). */
export const builtinSchemeData = {
  answerScales: { schema: answerScaleSchema, items: builtinAnswerScales as unknown[] },
  predicateScales: { schema: predicateScaleSchema, items: builtinPredicateScales as unknown[] },
  schemes: { schema: schemeSchema, items: [sakip2021, sakip2021Kriteria] as unknown[] },
};

function buildBuiltins(): SchemeRegistry {
  const answerScales = new Map<string, AnswerScale>();
  for (const scale of asWritten<AnswerScale[]>(builtinSchemeData.answerScales.items)) answerScales.set(scale.id, scale);
  const predicateScales = new Map<string, PredicateScale>();
  for (const scale of asWritten<PredicateScale[]>(builtinSchemeData.predicateScales.items)) predicateScales.set(scale.id, scale);
  const registry: SchemeRegistry = { schemes: new Map(), answerScales, predicateScales };
  const schemes = new Map<string, Scheme>();
  for (const scheme of asWritten<Scheme[]>(builtinSchemeData.schemes.items)) {
    checkReferences(scheme, registry, `built-in scheme ${scheme.id}`);
    schemes.set(scheme.id, scheme);
  }
  return { ...registry, schemes };
}

let builtins: SchemeRegistry | undefined;

export function builtinRegistry(): SchemeRegistry {
  builtins ??= buildBuiltins();
  return builtins;
}

/** Checks a custom scheme (from a JSON file or a workbook) and returns a registry that includes it. */
export function withCustomScheme(registry: SchemeRegistry, data: unknown, source: string): { registry: SchemeRegistry; scheme: Scheme } {
  const scheme = parseOrThrow(schemeSchema, data, source);
  checkReferences(scheme, registry, source);
  const schemes = new Map(registry.schemes);
  schemes.set(scheme.id, scheme);
  const answerScales = new Map(registry.answerScales);
  for (const scale of scheme.scales) answerScales.set(scale.id, scale);
  return { registry: { ...registry, schemes, answerScales }, scheme };
}

export function answerScaleOf(registry: SchemeRegistry, id: string | undefined): AnswerScale | undefined {
  return id === undefined ? undefined : registry.answerScales.get(id);
}
