/**
 * Task pane entry point: the add-in over Office.js (or the stand-in the browser tests inject).
 * The manifest names this page as the ribbon's function file too: it registers Hitung
 * Predikat, and with SharedRuntime 1.1 the ribbon's runs share this page's queue and report
 * to this pane directly.
 */
import { registerRibbonCommands, hitungPredikat } from "../commands/commands";
import { readRibbonOutcome, refreshRibbonOutcome, subscribeRibbonOutcome } from "../commands/outcome";
import { currentHost } from "../../io/office/host";
import { LkeAddin } from "../../io/office/lke";
import { TaskpaneApp } from "./app";
import { officeReadiness, type OfficeLike } from "./officeReady";
import { languageFor } from "../strings";

declare global {
  interface Window {
    /** Outside Office only, beside the injected stand-in: the ribbon command, for the browser tests. */
    __LKE_RIBBON__?: typeof hitungPredikat;
  }
}

function storage(): Storage | null {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
}

function officeOrUndefined(): OfficeLike | undefined {
  return typeof Office === "undefined" ? undefined : Office;
}

function sharedRuntime(): boolean {
  try {
    return Boolean(Office.context?.requirements?.isSetSupported("SharedRuntime", "1.1"));
  } catch {
    return false;
  }
}

function start(root: HTMLElement): void {
  const host = currentHost();
  const lang = languageFor(host?.displayLanguage());
  const app = new TaskpaneApp(root, host ? new LkeAddin(host) : null, { lang, storage: storage(), ribbon: readRibbonOutcome() });
  // The ribbon in this runtime (one shared runtime, or the test stand-in) reports here at once.
  subscribeRibbonOutcome((outcome, result) => app.ribbonChanged(outcome, result));
  if (window.__LKE_FAKE_EXCEL__ && host === window.__LKE_FAKE_EXCEL__) window.__LKE_RIBBON__ = hitungPredikat;
  if (!sharedRuntime()) {
    // Separate runtimes: the ribbon's note arrives through the document's settings, read
    // again whenever the user comes back to the pane.
    window.addEventListener("focus", () => {
      void refreshRibbonOutcome().then((outcome) => outcome && app.ribbonChanged(outcome, null));
    });
  }
  void app.start();
}

async function main(): Promise<void> {
  const root = document.getElementById("app");
  // browser-check.js has already told the user this browser cannot run LKE.
  if (!root || document.documentElement.hasAttribute("data-lke-unsupported")) return;
  const office = officeOrUndefined();
  const readiness = await officeReadiness(office, (ms) => new Promise((resolve) => setTimeout(resolve, ms)));
  const ready = () => {
    registerCommands();
    start(root);
  };
  if (readiness === "ready") return ready();
  TaskpaneApp.showOfficeMissing(root, languageFor(navigator.language), storage());
  // Office.js may still come up late (a slow network): the pane starts then.
  if (readiness === "timeout" && office) void office.onReady().then(ready);
}

function registerCommands(): void {
  try {
    registerRibbonCommands();
  } catch {
    // Outside Office (a browser) there is no ribbon to register with.
  }
}

void main();
