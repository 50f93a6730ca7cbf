/** An output cell inside a merged area: LKE cannot write it without touching the merged value. */
import { a1 } from "../../address";
import { coveredByMerge } from "../../merges";
import { allScoreOutputs } from "../../plan/scoreOutputs";
import { code, defineCheck } from "../check";

export const mergedOutput = defineCheck({
  id: "merged-output",
  codes: {
    /** range: the merged area the cell lies in. */
    "output-cell-merged": code<{ cell: string; range: string }>("error"),
  },
  indicator({ sheet, score, run }, report) {
    const merges = sheet.snapshot.merges ?? [];
    if (!score || merges.length === 0) return;
    const tests = merges.map((range) => ({ range, covers: coveredByMerge({ name: "", values: [], formulas: [], merges: [range] }) }));
    for (const cell of allScoreOutputs(score, "formulas", run)) {
      const merge = tests.find((t) => t.covers(cell.row, cell.col));
      if (merge) report("output-cell-merged", { cell: a1(cell.row, cell.col), range: merge.range }, { row: cell.row, col: cell.col });
    }
  },
});
