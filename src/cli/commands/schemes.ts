/** lke schemes: the built-in schemes, answer scales and predicate scales, with their sources. */
import { builtinFormProfiles } from "../../core/profile/form";
import { builtinProfiles, standardLayoutId } from "../../core/profile/registry";
import { builtinRegistry } from "../../core/scheme/registry";
import { yearsText } from "../../core/scale/scaleForYear";
import type { Output } from "../output";

export function runSchemes(options: { json?: boolean }, out: Output): number {
  const registry = builtinRegistry();
  const schemes = [...registry.schemes.values()];
  const answerScales = [...registry.answerScales.values()];
  const predicateScales = [...registry.predicateScales.values()];
  const layouts = [...builtinProfiles().values()];
  const forms = [...builtinFormProfiles().values()];
  if (options.json) {
    out.json({
      schemes: schemes.map((s) => ({
        id: s.id,
        name: s.name,
        description: s.description,
        predicateScale: s.predicateScale,
        confidence: s.confidence,
        source: s.source,
        components: s.components.map((c) => ({ code: c.code, name: c.name, weight: Number(c.weight), subcomponents: c.subcomponents.map((x) => ({ code: x.code, weight: Number(x.weight) })) })),
      })),
      answerScales,
      predicateScales,
      layouts: layouts.map((l) => ({ id: l.id, name: l.name, description: l.description, source: l.source, predicateScale: l.predicateScale })),
      forms: forms.map((f) => ({ id: f.id, name: f.name, description: f.description, source: f.source, indices: f.indices.map(({ id, name, predicateScale }) => ({ id, name, predicateScale })) })),
    });
    return 0;
  }
  const lines: string[] = ["Skema / Schemes"];
  for (const s of schemes) {
    lines.push(`  ${s.id}  ${s.name}  [${s.confidence}]`);
    lines.push(`      ${s.description}`);
    lines.push(`      ${s.components.map((c) => `${c.code} ${c.name} ${c.weight}`).join("; ")}`);
    lines.push(`      Predikat: ${s.predicateScale}. Sumber: ${s.source}`);
  }
  lines.push("", "Skala jawaban / Answer scales");
  for (const a of answerScales) {
    const choices = a.kind === "choice" ? a.choices.map((c) => `${c.answer}=${c.value}`).join(" ") : `${a.min}..${a.max}`;
    lines.push(`  ${a.id.padEnd(10)} ${a.name}: ${choices}`);
  }
  lines.push("", "Skala predikat / Predicate scales");
  for (const p of predicateScales) {
    const op = p.lowerBound === "exclusive" ? ">" : ">=";
    const bands = p.bands.map((b) => (b.min === undefined ? `${b.predicate} ${b.name}` : `${b.predicate} ${op}${b.min} ${b.name}`)).join("; ");
    const years = yearsText(p);
    lines.push(`  ${p.id.padEnd(10)} ${p.name}${years ? ` (tahun / years ${years})` : ""} [${p.confidence}${p.confidence !== "verified" ? ": belum pasti / uncertain" : ""}]`);
    lines.push(`      ${bands}`);
    lines.push(`      Sumber: ${p.source}${p.note ? ` (${p.note})` : ""}`);
  }
  lines.push("", "Tata letak daerah (--layout) / Regency layouts (--layout)");
  lines.push(`  ${standardLayoutId.padEnd(15)} format LKE (FORMAT.md) / the LKE format only`);
  for (const l of layouts) {
    lines.push(`  ${l.id.padEnd(15)} ${l.name}`);
    lines.push(`      ${l.description}`);
  }
  lines.push("", "Formulir KemenPANRB (dikenali otomatis, --layout-file untuk milik sendiri) / KemenPANRB forms (detected; --layout-file for your own)");
  for (const f of forms) {
    lines.push(`  ${f.id.padEnd(15)} ${f.name}`);
    lines.push(`      ${f.description}`);
    lines.push(`      Indeks: ${f.indices.map((i) => `${i.id} (${i.predicateScale ?? "tanpa predikat / no predicate"})`).join(", ")}. Sumber: ${f.source}`);
  }
  out.print(lines.join("\n"));
  return 0;
}
