/** The sheet names no scheme, so LKE took one from what is answered where. */
import { code, defineCheck } from "../check";

export const schemeInferred = defineCheck({
  id: "scheme-inferred",
  codes: {
    "scheme-inferred": code<{ scheme: string; name: string }>("info"),
  },
  indicator({ sheet }, report) {
    if (sheet.schemeSource !== "inferred" || !sheet.scheme) return;
    report("scheme-inferred", { scheme: sheet.schemeId, name: sheet.scheme.name });
  },
});
