/**
 * The ribbon's one-click command: Hitung Predikat scores every indicator sheet (live
 * formulas), exactly as the task pane's Hitung does, reports the result in a small dialog
 * (Dialog API 1.1; a function command has no window of its own), and always calls
 * `event.completed()`. The outcome is kept in the document's settings, and published to the
 * task pane when it shares this runtime, so the pane shows it at once.
 *
 * The command is registered by the task pane's page, which the manifest also names as the
 * function file: with SharedRuntime 1.1 the ribbon and the pane run in one runtime, one queue,
 * so their runs never interleave. Where Office lacks it, Office loads the same page as a
 * separate function file, as before.
 *
 * The id passed to Office.actions.associate must equal the FunctionName of the
 * ExecuteFunction button in manifest.xml.
 */
import type { WriteResult } from "../../io/office/lke";
import { currentHost } from "../../io/office/host";
import { LkeAddin } from "../../io/office/lke";
import { languageFor } from "../strings";
import { noticeOf, noticeQuery, type Notice } from "./notice";
import { publishRibbonOutcome, saveRibbonOutcome } from "./outcome";
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

function displayLanguage(): string | undefined {
  try {
    return Office.context?.displayLanguage;
  } catch {
    return undefined;
  }
}

/** Hitung Predikat, as Office calls it from the ribbon. */
export async function hitungPredikat(event: Pick<Office.AddinCommands.Event, "completed">): Promise<void> {
  try {
    const host = currentHost();
    let scored: WriteResult | null = null;
    const outcome = await scoreWorkbook(host ? new LkeAddin(host) : null, undefined, (result) => (scored = result));
    await saveRibbonOutcome(outcome);
    publishRibbonOutcome(outcome, scored);
    await showNotice(noticeOf(outcome, languageFor(displayLanguage())));
  } finally {
    event.completed();
  }
}

/** Registers the ribbon's commands with Office; called once Office.js is ready. */
export function registerRibbonCommands(): void {
  Office.actions.associate("hitungPredikat", hitungPredikat);
}
