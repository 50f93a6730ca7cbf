/** lke schemes: the built-in schemes, answer scales, predicate scales, layouts and forms, with their sources, in one language. */
import { localDecimal, type Lang, builtinFormProfiles, builtinProfiles, standardLayoutId, type PredicateScale, builtinRegistry, bandName, localized, yearsText } from "../../core";
import type { Output } from "../output";

interface SchemesTexts {
  schemes: string;
  answerScales: string;
  predicateScales: string;
  layouts: string;
  standardLayout: string;
  forms: string;
  indices: string;
  noPredicate: string;
  years: string;
  predicateScale: string;
  source: string;
  confidence: Record<PredicateScale["confidence"], string>;
}

const texts: Record<Lang, SchemesTexts> = {
  id: {
    schemes: "Skema penilaian",
    answerScales: "Skala jawaban",
    predicateScales: "Skala predikat",
    layouts: "Tata letak daerah (--layout)",
    standardLayout: "hanya format LKE (docs/format.md)",
    forms: "Formulir KemenPANRB (dikenali otomatis; --layout-file untuk formulir sendiri)",
    indices: "Indeks",
    noPredicate: "tanpa predikat",
    years: "tahun",
    predicateScale: "Skala predikat",
    source: "Sumber",
    confidence: { verified: "terverifikasi", sourced: "dari sumber sekunder", uncertain: "belum pasti" },
  },
  en: {
    schemes: "Scoring schemes",
    answerScales: "Answer scales",
    predicateScales: "Predicate scales",
    layouts: "Regency layouts (--layout)",
    standardLayout: "the LKE format only (docs/format.md)",
    forms: "KemenPANRB forms (detected; --layout-file for your own)",
    indices: "Indices",
    noPredicate: "no predicate",
    years: "years",
    predicateScale: "Predicate scale",
    source: "Source",
    confidence: { verified: "verified", sourced: "sourced", uncertain: "uncertain" },
  },
};


export function runSchemes(options: { json?: boolean; lang?: Lang }, out: Output): number {
  const lang = options.lang ?? "id";
  const registry = builtinRegistry();
  const schemes = [...registry.schemes.values()];
  const answerScales = [...registry.answerScales.values()];
  const predicateScales = [...registry.predicateScales.values()];
  const layouts = [...builtinProfiles().values()];
  const forms = [...builtinFormProfiles().values()];
  if (options.json) {
    // The fields as written, plus their translations: a script picks the language it wants.
    out.json({
      schemes: schemes.map((s) => ({
        id: s.id,
        name: s.name,
        description: s.description,
        predicateScale: s.predicateScale,
        confidence: s.confidence,
        source: s.source,
        ...(s.translations ? { translations: s.translations } : {}),
        components: s.components.map((c) => ({ code: c.code, name: c.name, weight: Number(c.weight), subcomponents: c.subcomponents.map((x) => ({ code: x.code, weight: Number(x.weight) })) })),
      })),
      answerScales,
      predicateScales,
      layouts: layouts.map((l) => ({ id: l.id, name: l.name, description: l.description, source: l.source, predicateScale: l.predicateScale, ...(l.translations ? { translations: l.translations } : {}) })),
      forms: forms.map((f) => ({
        id: f.id,
        name: f.name,
        description: f.description,
        source: f.source,
        ...(f.translations ? { translations: f.translations } : {}),
        indices: f.indices.map(({ id, name, predicateScale }) => ({ id, name, predicateScale })),
      })),
    });
    return 0;
  }
  const t = texts[lang];
  const lines: string[] = [t.schemes];
  for (const s of schemes) {
    lines.push(`  ${s.id}  ${localized(s, "name", lang)}  [${t.confidence[s.confidence]}]`);
    const description = localized(s, "description", lang);
    if (description) lines.push(`      ${description}`);
    lines.push(`      ${s.components.map((c) => `${c.code} ${c.name} ${c.weight}`).join("; ")}`);
    lines.push(`      ${t.predicateScale}: ${s.predicateScale}. ${t.source}: ${localized(s, "source", lang)}`);
  }
  lines.push("", t.answerScales);
  for (const a of answerScales) {
    const choices = a.kind === "choice" ? a.choices.map((c) => `${c.answer}=${localDecimal(c.value, lang)}`).join(" ") : `${localDecimal(a.min, lang)}..${localDecimal(a.max, lang)}`;
    const source = localized(a, "source", lang);
    lines.push(`  ${a.id.padEnd(10)} ${localized(a, "name", lang)}: ${choices}`);
    if (source) lines.push(`      ${t.source}: ${source}`);
  }
  lines.push("", t.predicateScales);
  for (const p of predicateScales) {
    const op = p.lowerBound === "exclusive" ? ">" : ">=";
    const bands = p.bands.map((b) => `${b.predicate} ${b.min === undefined ? "" : `${op}${localDecimal(b.min, lang)} `}${bandName(b, lang)}`).join("; ");
    const note = localized(p, "note", lang);
    const years = yearsText(p);
    lines.push(`  ${p.id.padEnd(10)} ${localized(p, "name", lang)}${years ? ` (${t.years} ${years})` : ""} [${t.confidence[p.confidence]}]`);
    lines.push(`      ${bands}`);
    lines.push(`      ${t.source}: ${localized(p, "source", lang)}${note ? ` (${note})` : ""}`);
  }
  lines.push("", t.layouts);
  lines.push(`  ${standardLayoutId.padEnd(15)} ${t.standardLayout}`);
  for (const l of layouts) {
    lines.push(`  ${l.id.padEnd(15)} ${localized(l, "name", lang)}`);
    const description = localized(l, "description", lang);
    if (description) lines.push(`      ${description}`);
  }
  lines.push("", t.forms);
  for (const f of forms) {
    lines.push(`  ${f.id.padEnd(15)} ${localized(f, "name", lang)}`);
    lines.push(`      ${localized(f, "description", lang)}`);
    lines.push(`      ${t.indices}: ${f.indices.map((i) => `${i.id} (${i.predicateScale ?? t.noPredicate})`).join(", ")}. ${t.source}: ${localized(f, "source", lang)}`);
  }
  out.print(lines.join("\n"));
  return 0;
}
