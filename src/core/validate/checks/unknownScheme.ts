/** The sheet's Skema (or the scheme option) names no scheme LKE knows: the sheet cannot be scored. */
import { code, defineCheck } from "../check";

export const unknownScheme = defineCheck({
  id: "unknown-scheme",
  codes: {
    "unknown-scheme": code<{ scheme: string; known: string; source: "sheet" | "option" | "inferred" }>("error"),
  },
  indicator({ sheet, registry }, report) {
    if (sheet.scheme) return;
    const cell = sheet.layout.metadata.scheme;
    const known = [...registry.schemes.keys()].sort().join(", ");
    report("unknown-scheme", { scheme: sheet.schemeId, known, source: sheet.schemeSource }, sheet.schemeSource === "sheet" && cell ? cell : undefined);
  },
});
