/**
 * The ribbon's one-click command: Hitung Predikat scores every indicator sheet (live
 * formulas), exactly as the task pane's Hitung does, reports the result in a small dialog
 * (Dialog API 1.1; a function command has no window of its own), and always calls
 * `event.completed()`. The outcome is also kept in the document's settings, and the task pane
 * shows it the next time it opens, so it is not lost where no dialog can be shown.
 *
 * The id passed to Office.actions.associate must equal the FunctionName of the
 * ExecuteFunction button in manifest.xml.
 */
import { currentHost } from "../excel/host";
import { LkeAddin } from "../excel/lke";
import { languageFor } from "../taskpane/strings";
import { noticeOf, noticeQuery, type Notice } from "./notice";
import { saveRibbonOutcome } from "./outcome";
import { scoreWorkbook } from "./ribbon";

/** A dialog left open is closed after this, so the command always completes. */
const noticeTimeoutMs = 120_000;

function showNotice(notice: Notice): Promise<void> {
  return new Promise((resolve) => {
    try {
      if (!Office.context.requirements.isSetSupported("DialogApi", "1.1")) return resolve();
      const url = new URL(`notice.html${noticeQuery(notice)}`, window.location.href).href;
      Office.context.ui.displayDialogAsync(url, { height: 35, width: 30, displayInIframe: true }, (result) => {
        if (result.status !== Office.AsyncResultStatus.Succeeded) return resolve();
        const dialog = result.value;
        const done = () => {
          clearTimeout(timer);
          try {
            dialog.close();
          } catch {
            // Already closed by the user.
          }
          resolve();
        };
        const timer = setTimeout(done, noticeTimeoutMs);
        dialog.addEventHandler(Office.EventType.DialogMessageReceived, done);
        dialog.addEventHandler(Office.EventType.DialogEventReceived, done);
      });
    } catch {
      resolve();
    }
  });
}

async function hitungPredikat(event: Office.AddinCommands.Event): Promise<void> {
  try {
    const host = currentHost();
    const outcome = await scoreWorkbook(host ? new LkeAddin(host) : null);
    await saveRibbonOutcome(outcome);
    await showNotice(noticeOf(outcome, languageFor(Office.context.displayLanguage)));
  } finally {
    event.completed();
  }
}

Office.onReady(() => {
  Office.actions.associate("hitungPredikat", hitungPredikat);
});
