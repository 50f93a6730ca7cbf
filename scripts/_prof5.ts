import { readWorkbook } from "../src/cli/workbookFile";
import { workbookSnapshot } from "../src/cli/xlsxSnapshot";
import { analyzeWorkbook } from "../src/core/engine";
import { planScore } from "../src/core/plan/scorePlan";
(async () => {
  const wb = await readWorkbook("/tmp/lke-bench/lke-100.xlsx");
  const snap = workbookSnapshot(wb);
  console.log(snap.sheets.length, snap.sheets[0].values.length, snap.sheets[0].values[0]);
  for (let i = 0; i < 8; i++) {
    let t = performance.now();
    const an = analyzeWorkbook(snap);
    const a = performance.now() - t; t = performance.now();
    planScore(snap, an, "formulas", "x");
    console.log({ analyze: a | 0, plan: (performance.now() - t) | 0 });
  }
})();
