/**
 * What can go wrong in the add-in, as data (a kind and its params), and the texts for it in
 * Bahasa Indonesia and English. Office.js errors are classified by their `code`.
 */
import { issueText, type Lang } from "../../core";
import { UseCaseRefusal, type Refusal } from "../../app";
import type { LeanProblem } from "../xlsx/lean/leanRefused";
import { en } from "./locales/en";
import { id } from "./locales/id";

export type HostErrorKind =
  | "notInExcel"
  | "requirement"
  | "cellEdit"
  | "payload"
  | "rangeTooLarge"
  | "protectedSheet"
  | "protectedWorkbook"
  | "sheetExists"
  | "invalidPlan"
  | "scheme"
  | "layoutProfile"
  | "stateSheetTaken"
  | "unitNameReserved"
  | "pickedFile"
  | "pickedFileRefused"
  | "summaryUnavailable"
  | "accessDenied"
  | "excel";

export type HostErrorParams = Record<string, string | number>;

export class LkeHostError extends Error {
  constructor(
    readonly kind: HostErrorKind,
    readonly params: HostErrorParams = {},
    /** The Office.js error this one explains, if any. */
    readonly cause?: unknown,
  ) {
    super(hostMessage(kind, params, "en"));
    this.name = "LkeHostError";
  }

  text(lang: Lang): string {
    return hostMessage(this.kind, this.params, lang);
  }
}

/** One language's texts of every host error. */
export type HostErrorTexts = Record<HostErrorKind, (p: HostErrorParams) => string>;

/**
 * Why a workbook picked for the recap is refused: before it is read (the command line's limits),
 * or while it is read (the lean reader's refusals, whose params name the part, sheet, cell or limit).
 */
export type PickedProblem = "too-big" | "ole" | "not-zip" | "truncated" | "too-many-entries" | "too-large" | "bomb" | LeanProblem["kind"];

const texts: Record<Lang, HostErrorTexts> = { id, en };

export function hostMessage(kind: HostErrorKind, params: HostErrorParams, lang: Lang): string {
  return texts[lang][kind](params);
}

/** The `code` of an Office.js error (OfficeExtension.Error), if it has one. */
export function officeErrorCode(error: unknown): string | undefined {
  if (typeof error === "object" && error !== null && "code" in error) {
    const code = (error as { code: unknown }).code;
    return typeof code === "string" ? code : undefined;
  }
  return undefined;
}

function messageOf(error: unknown): string {
  if (error instanceof Error) return error.message;
  if (typeof error === "object" && error !== null && typeof (error as { message?: unknown }).message === "string") return (error as { message: string }).message;
  return "";
}

/**
 * A request or response over Excel's size limit. Excel on the web names it by code, or only in
 * its message (a 413 "Request Entity Too Large" from the service, "payload size" from Excel).
 */
export function isPayloadError(error: unknown): boolean {
  const code = officeErrorCode(error) ?? "";
  return /PayloadSizeLimitExceeded|RequestPayloadSizeLimitExceeded|ResponsePayloadSizeLimitExceeded|RequestEntityTooLarge/i.test(code) || /payload size|request entity too large|\b413\b/i.test(messageOf(error));
}

/** Excel refuses a range with too many cells for one request. */
export function isRangeLimitError(error: unknown): boolean {
  return officeErrorCode(error) === "RangeExceedsLimit";
}

/** Anything a smaller read or write may avoid. */
export function isTooLargeError(error: unknown): boolean {
  return isPayloadError(error) || isRangeLimitError(error);
}

/** Cell-edit mode: its own code in newer Excel, InvalidOperation with a message in older builds. */
export function isCellEditError(error: unknown): boolean {
  const code = officeErrorCode(error);
  if (code === "InvalidOperationInCellEditMode") return true;
  return code === "InvalidOperation" && /cell[- ]?edit|edit mode|editing mode|mode edit/i.test(messageOf(error));
}

/** An Office.js (or any) error as the add-in reports it. LkeHostErrors pass through. */
export function classifyError(error: unknown): LkeHostError {
  if (error instanceof LkeHostError) return error;
  if (error instanceof UseCaseRefusal) return refusalError(error.refusal);
  const code = officeErrorCode(error);
  if (isCellEditError(error)) return new LkeHostError("cellEdit", {}, error);
  if (isPayloadError(error)) return new LkeHostError("payload", {}, error);
  if (isRangeLimitError(error)) return new LkeHostError("rangeTooLarge", {}, error);
  if (code === "AccessDenied") return new LkeHostError("accessDenied", {}, error);
  const detail = error instanceof Error ? error.message : String(error);
  return new LkeHostError("excel", { detail, ...(code ? { code } : {}) }, error);
}

/** A use case's refusal, in the add-in's words. The pane offers no --scheme or --layout, so those two read as an invalid plan. */
export function refusalError(refusal: Refusal): LkeHostError {
  switch (refusal.kind) {
    case "scheme-invalid":
      return new LkeHostError("scheme", { sheet: refusal.source, reason: refusal.issues.map((i) => issueText(i)).join("; ") });
    case "layout-invalid":
      return new LkeHostError("layoutProfile", { source: refusal.source, reason: refusal.reason });
    case "state-sheet-taken":
      return new LkeHostError("stateSheetTaken", { sheet: refusal.sheet });
    case "unit-name-reserved":
      return new LkeHostError("unitNameReserved", { unit: refusal.unit });
    case "scheme-unknown":
      return new LkeHostError("invalidPlan", { reason: `unknown scheme ${refusal.scheme}` });
    case "layout-not-found":
      return new LkeHostError("invalidPlan", { reason: `layout ${refusal.layout} not found` });
  }
}
