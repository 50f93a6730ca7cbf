/** Finds an indicator sheet's metadata, header roles, body rows and footer (docs/format.md). */
import { cellText, columnCount, rowCount, type SheetSnapshot } from "../snapshot";
import { readMetadata, type Metadata } from "./metadata";
import { requiredRoles, rolesInRow, type OptionalRole, type RequiredRole, type Role, type RoleColumns } from "./roles";
import { normalizeLabel } from "./text";

/** The header row must stand within the first rows of the sheet. */
export const headerSearchRows = 30;
/** Roles a header row must name before a sheet counts as meant to be an indicator sheet. */
export const indicatorRoleThreshold = 3;

export const footerLabels = { total: "Nilai Akhir", predicate: "Predikat" } as const;

export interface IndicatorLayout {
  headerRow: number;
  columns: Record<RequiredRole, number> & Partial<Record<OptionalRole, number>>;
  metadata: Metadata;
  /** Body rows are [bodyStart, bodyEnd). */
  bodyStart: number;
  bodyEnd: number;
  /** Existing footer rows, when the sheet has them. */
  footer: { totalRow: number | null; predicateRow: number | null };
  width: number;
}

export type LayoutResult =
  | { kind: "none" }
  /** Meant to be an indicator sheet, but its header misses required roles. */
  | { kind: "broken"; headerRow: number | null; found: RoleColumns; missing: Role[]; metadata: Metadata }
  | { kind: "indicator"; layout: IndicatorLayout };

export function detectLayout(sheet: SheetSnapshot): LayoutResult {
  const rows = rowCount(sheet);
  const width = columnCount(sheet);
  let best: { row: number; found: RoleColumns; count: number } | null = null;
  for (let row = 0; row < Math.min(rows, headerSearchRows); row++) {
    const texts: string[] = [];
    for (let col = 0; col < width; col++) texts.push(cellText(sheet, row, col));
    const found = rolesInRow(texts);
    const count = requiredRoles.filter((role) => found[role] !== undefined).length;
    if (count === requiredRoles.length) {
      return { kind: "indicator", layout: completeLayout(sheet, row, found, width, rows) };
    }
    if (count > 0 && (!best || count > best.count)) best = { row, found, count };
  }
  const metadata = readMetadata(sheet, Math.min(rows, headerSearchRows), width);
  const meant = metadata.scheme !== undefined || (best !== null && best.count >= indicatorRoleThreshold);
  if (!meant) return { kind: "none" };
  const found = best?.found ?? {};
  return {
    kind: "broken",
    headerRow: best && best.count >= indicatorRoleThreshold ? best.row : null,
    found,
    missing: requiredRoles.filter((role) => found[role] === undefined),
    metadata,
  };
}

/**
 * The first letters of the footer labels, lower case. Normalising only lowers case, drops
 * spacing and a trailing ':', so a trimmed text that normalises to a footer label starts with
 * that label's first letter: every other row is passed over without being normalised.
 */
const footerInitials = new Set(Object.values(footerLabels).map((label) => label.charCodeAt(0) | 0x20));

function mayBeFooterLabel(text: string): boolean {
  return text.length > 0 && footerInitials.has(text.charCodeAt(0) | 0x20);
}

function completeLayout(sheet: SheetSnapshot, headerRow: number, found: RoleColumns, width: number, rows: number): IndicatorLayout {
  const columns = {
    code: found.code!,
    text: found.text!,
    weight: found.weight!,
    answer: found.answer!,
    score: found.score!,
    ...(found.note !== undefined ? { note: found.note } : {}),
    ...(found.recommendation !== undefined ? { recommendation: found.recommendation } : {}),
    // A self-assessment is scored only where it has both its answer and its score column.
    ...(found.selfAnswer !== undefined && found.selfScore !== undefined ? { selfAnswer: found.selfAnswer, selfScore: found.selfScore } : {}),
  };
  const total = normalizeLabel(footerLabels.total);
  const predicate = normalizeLabel(footerLabels.predicate);
  let totalRow: number | null = null;
  let predicateRow: number | null = null;
  for (let row = headerRow + 1; row < rows; row++) {
    const text = cellText(sheet, row, columns.text);
    const label = mayBeFooterLabel(text) ? normalizeLabel(text) : "";
    if (totalRow === null && label === total) totalRow = row;
    else if (totalRow !== null && label === predicate) {
      predicateRow = row;
      break;
    }
  }
  return {
    headerRow,
    columns,
    metadata: readMetadata(sheet, headerRow, width),
    bodyStart: headerRow + 1,
    bodyEnd: totalRow ?? rows,
    footer: { totalRow, predicateRow },
    width,
  };
}
