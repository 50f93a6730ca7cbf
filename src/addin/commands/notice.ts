/**
 * What Hitung Predikat reports in its small dialog: the units scored with their totals and
 * predicates, or why nothing was written. Pure, so it is tested without Office; the dialog
 * page reads it back from its address.
 */
import type { Lang } from "../../core";
import type { RibbonOutcome } from "./outcome";

export interface Notice {
  title: string;
  lines: string[];
  close: string;
}

/** Units listed by name in the dialog; the rest are counted. */
export const noticeUnitLimit = 12;

const words = {
  id: { done: "Nilai dan predikat dihitung", failed: "Tidak ada yang ditulis", none: "Tidak ada lembar indikator yang dinilai.", more: (n: number) => `… dan ${n} lembar lain.`, close: "Tutup" },
  en: { done: "Scores and predicates computed", failed: "Nothing was written", none: "No indicator sheet was scored.", more: (n: number) => `… and ${n} more sheets.`, close: "Close" },
} as const;

function score(value: number, lang: Lang): string {
  const text = value.toFixed(2);
  return lang === "id" ? text.replace(".", ",") : text;
}

export function noticeOf(outcome: RibbonOutcome, lang: Lang): Notice {
  const w = words[lang];
  if (!outcome.ok) return { title: w.failed, lines: [outcome.error?.[lang] ?? ""], close: w.close };
  const units = outcome.units ?? [];
  if (units.length === 0) return { title: w.done, lines: [w.none], close: w.close };
  const lines = units.slice(0, noticeUnitLimit).map((u) => `${u.unit}: ${score(u.total, lang)} (${u.predicate})`);
  if (units.length > noticeUnitLimit) lines.push(w.more(units.length - noticeUnitLimit));
  return { title: w.done, lines, close: w.close };
}

/** The dialog page's query string: the notice itself, so the page needs no other channel. */
export function noticeQuery(notice: Notice): string {
  return `?n=${encodeURIComponent(JSON.stringify(notice))}`;
}

/** The notice in a page's query string, or null when it is missing or malformed. */
export function readNoticeQuery(search: string): Notice | null {
  try {
    const text = new URLSearchParams(search).get("n");
    if (!text) return null;
    const value: unknown = JSON.parse(text);
    if (typeof value !== "object" || value === null) return null;
    const v = value as Record<string, unknown>;
    const strings = (x: unknown): x is string[] => Array.isArray(x) && x.every((s) => typeof s === "string");
    if (typeof v.title !== "string" || typeof v.close !== "string" || !strings(v.lines)) return null;
    return { title: v.title, lines: v.lines, close: v.close };
  } catch {
    return null;
  }
}
