/** The command line's own words and number style, in Bahasa Indonesia and English. */
export type Lang = "id" | "en";

export function parseLang(value: string | undefined): Lang {
  return value === "en" ? "en" : "id";
}

/** 77.1 -> "77,10" (id) or "77.10" (en). */
export function formatNumber(value: number, lang: Lang, decimals = 2): string {
  const text = value.toFixed(decimals);
  return lang === "id" ? text.replace(".", ",") : text;
}

const words = {
  id: {
    unit: "Unit",
    sheet: "Lembar",
    total: "Nilai Akhir",
    predicate: "Predikat",
    findings: "Temuan",
    complete: "Lengkap",
    yes: "ya",
    no: "belum",
    errors: "galat",
    warnings: "peringatan",
    infos: "info",
    written: "Ditulis",
    noIndicator: "tidak ada lembar indikator (lembar LKE) di berkas ini",
    noFindings: "tidak ada temuan",
    unchanged: "tidak ada sel yang berubah (sudah dinilai)",
    cellsWritten: "sel ditulis",
  },
  en: {
    unit: "Unit",
    sheet: "Sheet",
    total: "Total",
    predicate: "Predicate",
    findings: "Findings",
    complete: "Complete",
    yes: "yes",
    no: "no",
    errors: "errors",
    warnings: "warnings",
    infos: "info",
    written: "Written",
    noIndicator: "no indicator (LKE) sheets in this file",
    noFindings: "no findings",
    unchanged: "no cell changed (already scored)",
    cellsWritten: "cells written",
  },
} as const;

export function t(lang: Lang): (typeof words)["id"] | (typeof words)["en"] {
  return words[lang];
}

/** A plain text table with padded columns. */
export function table(header: string[], rows: string[][]): string {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? "").length)));
  const line = (cells: string[]) => cells.map((c, i) => c.padEnd(widths[i])).join("  ").trimEnd();
  return [line(header), widths.map((w) => "-".repeat(w)).join("  "), ...rows.map(line)].join("\n");
}
