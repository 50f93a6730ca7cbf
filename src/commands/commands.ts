/**
 * The ribbon's one-click command: Hitung Predikat scores every indicator sheet (live
 * formulas), exactly as the task pane's Hitung does, and always calls `event.completed()`.
 *
 * A function command has no window, and Excel (ExcelApi 1.8) offers function commands no
 * notification API. So the result shows where it belongs: the scores and predicates appear
 * in the sheets. The outcome (sheets scored, or why nothing was written) is also kept in the
 * document's settings, and the task pane shows it the next time it opens. No dialog.
 *
 * The id passed to Office.actions.associate must equal the FunctionName of the
 * ExecuteFunction button in manifest.xml.
 */
import { currentHost } from "../excel/host";
import { LkeAddin } from "../excel/lke";
import { saveRibbonOutcome } from "./outcome";
import { scoreWorkbook } from "./ribbon";

async function hitungPredikat(event: Office.AddinCommands.Event): Promise<void> {
  try {
    const host = currentHost();
    const outcome = await scoreWorkbook(host ? new LkeAddin(host) : null);
    await saveRibbonOutcome(outcome);
  } finally {
    event.completed();
  }
}

Office.onReady(() => {
  Office.actions.associate("hitungPredikat", hitungPredikat);
});
