/** A scheme chosen when running LKE differs from the one the sheet names. */
import { code, defineCheck } from "../check";

export const schemeOverridden = defineCheck({
  id: "scheme-overridden",
  codes: {
    "scheme-overridden": code<{ scheme: string; sheetScheme: string }>("info"),
  },
  indicator({ sheet }, report) {
    const named = sheet.layout.metadata.scheme;
    if (sheet.schemeSource !== "option" || !named) return;
    if (named.value.trim().toLowerCase() === sheet.schemeId) return;
    report("scheme-overridden", { scheme: sheet.schemeId, sheetScheme: named.value }, named);
  },
});
