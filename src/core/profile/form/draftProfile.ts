/**
 * `lke profile`: drafts a form profile from a workbook, to be reviewed and edited: the header
 * texts the workbook uses for each role, its total label, and what LKE found with them (header
 * row, columns, assessments, total cells, answer types). Roles it could not find keep the
 * built-in texts and are listed as missing.
 */
import { a1, columnLetters } from "../../address";
import { cellText, columnCount, type WorkbookSnapshot } from "../../snapshot";
import { readFormLayout, headerRoleOf } from "./formRead";
import { formRoles, type FormProfile, type FormRole } from "./formSchema";

export interface ProfileDraft {
  /** The drafted profile, ready to save as JSON (or paste into a "Profil LKE" sheet). */
  profile: FormProfile;
  /** What the draft reads in the workbook, for review. */
  found: {
    sheet: string;
    headerRow: number;
    columns: Partial<Record<FormRole, string>>;
    assessments: { heading: string; answer: string; value: string; total: string | null }[];
    answerTypes: string[];
  } | null;
  /** Roles no header was found for (the draft keeps the built-in texts for them). */
  missing: FormRole[];
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
const exactly = (text: string) => `^${escape(text.replace(/\s+/g, " ").trim())}$`;

export function draftFormProfile(snapshot: WorkbookSnapshot, base: FormProfile, id: string): ProfileDraft {
  const name = snapshot.name ?? "workbook";
  for (const sheet of snapshot.sheets) {
    const layout = readFormLayout(sheet, base);
    if (!layout) continue;
    const columns: Partial<Record<FormRole, number>> = { text: layout.textCol, weight: layout.weightCol };
    const first = layout.assessments[0];
    if (first.choices !== undefined) columns.choices = first.choices;
    columns.answer = first.answer;
    columns.value = first.value;
    if (first.percent !== undefined) columns.percent = first.percent;
    const headers = { ...base.headers };
    for (const role of formRoles) {
      const col = columns[role];
      if (col === undefined) continue;
      // The header may stand on the row above (merged down): take the nearest text with the role.
      for (let r = layout.headerRow; r >= Math.max(0, layout.headerRow - 2); r--) {
        const text = cellText(sheet, r, col);
        if (text && headerRoleOf(base, text) === role) {
          headers[role] = [exactly(text), ...base.headers[role].filter((p) => p.toLowerCase() !== exactly(text).toLowerCase())];
          break;
        }
      }
    }
    const totalText = layout.totalRow !== null ? (layout.rows.find((r) => r.row === layout.totalRow)?.text ?? "") : "";
    const types = new Set<string>();
    if (first.choices !== undefined) for (const row of layout.rows) {
      const type = cellText(sheet, row.row, first.choices);
      if (type) types.add(type);
    }
    return {
      profile: {
        ...base,
        id,
        name: `${base.name}: ${name} / ${sheet.name}`,
        description: `Drafted by lke profile from ${name}, sheet ${sheet.name}; review the header texts and total labels`,
        source: name,
        headers,
        totalLabels: totalText ? [exactly(totalText), ...base.totalLabels.filter((p) => p.toLowerCase() !== exactly(totalText).toLowerCase())] : base.totalLabels,
      },
      found: {
        sheet: sheet.name,
        headerRow: layout.headerRow + 1,
        columns: Object.fromEntries(Object.entries(columns).map(([role, col]) => [role, columnLetters(col as number)])),
        assessments: layout.assessments.map((a) => ({
          heading: a.heading,
          answer: columnLetters(a.answer),
          value: columnLetters(a.value),
          total: layout.totalRow !== null ? a1(layout.totalRow, a.value) : null,
        })),
        answerTypes: [...types],
      },
      missing: formRoles.filter((role) => columns[role] === undefined && role !== "difference"),
    };
  }
  // Not the form as LKE knows it: say which roles' headers were seen anywhere near the top.
  const seen = new Set<FormRole>();
  for (const sheet of snapshot.sheets) {
    for (let r = 0; r < Math.min(base.headerSearchRows, sheet.values.length); r++) {
      for (let c = 0; c < columnCount(sheet); c++) {
        const role = headerRoleOf(base, cellText(sheet, r, c));
        if (role) seen.add(role);
      }
    }
  }
  return { profile: { ...base, id, name: `${base.name}: ${name}`, source: name }, found: null, missing: formRoles.filter((role) => !seen.has(role) && role !== "difference") };
}
