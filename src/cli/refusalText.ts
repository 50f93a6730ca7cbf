/** A use case's refusal in the command line's words. */
import { issueText } from "../core";
import { UseCaseRefusal, type Refusal } from "../app";
import { CliError, type Said } from "./cliError";

function said(refusal: Refusal): Said {
  switch (refusal.kind) {
    case "scheme-invalid":
      return (w, lang) => w.invalidScheme(refusal.source, refusal.issues.map((i) => `  ${issueText(i, lang)}`).join("\n"));
    case "scheme-unknown":
      return (w) => w.unknownScheme(refusal.scheme, refusal.known.join(", "));
    case "layout-invalid":
      return (w) => w.invalidLayoutProfile(refusal.source, refusal.reason);
    case "layout-not-found":
      return (w) => w.layoutNotFound(refusal.file, refusal.layout);
    case "state-sheet-taken":
      return (w) => w.stateSheetTaken(refusal.file, refusal.sheet);
    case "unit-name-reserved":
      return (w) => w.unitNameReserved(refusal.unit);
  }
}

/** The error as the command line reports it: a refusal becomes a CliError; anything else is left as it is. */
export function asCliError(error: unknown): unknown {
  return error instanceof UseCaseRefusal ? new CliError(said(error.refusal)) : error;
}
