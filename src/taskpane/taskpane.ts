/** Task pane entry point: the add-in over Office.js (or the stand-in the browser tests inject). */
import { readRibbonOutcome } from "../commands/outcome";
import { currentHost } from "../excel/host";
import { LkeAddin } from "../excel/lke";
import { TaskpaneApp } from "./app";
import { languageFor } from "./strings";

function storage(): Storage | null {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
}

Office.onReady(() => {
  const root = document.getElementById("app");
  if (!root) return;
  const host = currentHost();
  const lang = languageFor(host?.displayLanguage());
  const app = new TaskpaneApp(root, host ? new LkeAddin(host) : null, { lang, storage: storage(), ribbon: readRibbonOutcome() });
  void app.start();
});
