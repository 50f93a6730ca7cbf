/**
 * A custom scheme carried inside the workbook: a sheet named "Skema LKE" whose column A holds
 * the scheme's JSON (split over as many cells as needed, read top to bottom).
 */
import { cellText, type WorkbookSnapshot } from "../snapshot";

export const schemeSheetName = "Skema LKE";

/** The JSON text of the workbook's own scheme, or null when it has none. */
export function workbookSchemeText(snapshot: WorkbookSnapshot): string | null {
  const sheet = snapshot.sheets.find((s) => s.name.trim().toLowerCase() === schemeSheetName.toLowerCase());
  if (!sheet) return null;
  let text = "";
  for (let row = 0; row < sheet.values.length; row++) text += cellText(sheet, row, 0);
  return text.trim() ? text : null;
}
