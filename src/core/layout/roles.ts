/** The column roles of an indicator sheet's header row (docs/format.md, "Header row"). */
import { normalizeLabel } from "./text";

export const roleNames = ["code", "text", "weight", "answer", "score", "note", "selfAnswer", "selfScore", "recommendation"] as const;
export type Role = (typeof roleNames)[number];
export const requiredRoles = ["code", "text", "weight", "answer", "score"] as const satisfies readonly Role[];
export type RequiredRole = (typeof requiredRoles)[number];
export type OptionalRole = Exclude<Role, RequiredRole>;

/** Accepted header texts per role, in order of preference when a sheet has several. */
export const roleHeaders: Record<Role, readonly string[]> = {
  code: ["Kode", "No", "No.", "Nomor", "Code"],
  text: ["Uraian", "Komponen/Sub Komponen/Kriteria", "Komponen", "Kriteria", "Indikator", "Description"],
  weight: ["Bobot", "Bobot Maksimal", "Weight"],
  answer: ["Jawaban", "Answer", "Jawaban Evaluator", "Penilaian Evaluator", "Nilai Evaluator"],
  score: ["Nilai", "Score"],
  note: ["Catatan", "Keterangan", "Notes"],
  /** The unit's own answer (penilaian mandiri), scored beside the evaluator's. */
  selfAnswer: ["Jawaban PM", "Penilaian Mandiri", "PM", "Jawaban Unit", "Self-assessment"],
  selfScore: ["Nilai PM", "Nilai Penilaian Mandiri", "Self score"],
  recommendation: ["Rekomendasi", "Saran", "Recommendation"],
};

/** The header text each role shows in messages and templates. */
export const roleTitles: Record<Role, string> = {
  code: "Kode",
  text: "Uraian",
  weight: "Bobot",
  answer: "Jawaban",
  score: "Nilai",
  note: "Catatan",
  selfAnswer: "Jawaban PM",
  selfScore: "Nilai PM",
  recommendation: "Rekomendasi",
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
