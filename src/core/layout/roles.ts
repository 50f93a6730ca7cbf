/** The column roles of an indicator sheet's header row (FORMAT.md, "Header row"). */
import { normalizeLabel } from "./text";

export const roleNames = ["code", "text", "weight", "answer", "score", "note"] as const;
export type Role = (typeof roleNames)[number];
export const requiredRoles: readonly Role[] = ["code", "text", "weight", "answer", "score"];

/** Accepted header texts per role, in order of preference when a sheet has several. */
export const roleHeaders: Record<Role, readonly string[]> = {
  code: ["Kode", "No", "No.", "Nomor", "Code"],
  text: ["Uraian", "Komponen/Sub Komponen/Kriteria", "Komponen", "Kriteria", "Indikator", "Description"],
  weight: ["Bobot", "Bobot Maksimal", "Weight"],
  answer: ["Jawaban", "Answer"],
  score: ["Nilai", "Score"],
  note: ["Catatan", "Keterangan", "Notes"],
};

/** The header text each role shows in messages and templates. */
export const roleTitles: Record<Role, string> = {
  code: "Kode",
  text: "Uraian",
  weight: "Bobot",
  answer: "Jawaban",
  score: "Nilai",
  note: "Catatan",
};

const lookup = new Map<string, { role: Role; preference: number }>();
for (const role of roleNames) {
  roleHeaders[role].forEach((text, preference) => lookup.set(normalizeLabel(text), { role, preference }));
}

export function roleOfHeader(text: string): { role: Role; preference: number } | undefined {
  return lookup.get(normalizeLabel(text));
}

export type RoleColumns = Partial<Record<Role, number>>;

/** The roles a row names, each at its preferred (then leftmost) column. */
export function rolesInRow(cells: readonly string[]): RoleColumns {
  const best: Partial<Record<Role, { col: number; preference: number }>> = {};
  cells.forEach((text, col) => {
    if (!text) return;
    const found = roleOfHeader(text);
    if (!found) return;
    const current = best[found.role];
    if (!current || found.preference < current.preference) best[found.role] = { col, preference: found.preference };
  });
  const columns: RoleColumns = {};
  for (const role of roleNames) if (best[role]) columns[role] = best[role]!.col;
  return columns;
}
