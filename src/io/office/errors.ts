/**
 * What can go wrong in the add-in, as data (a kind and its params), and the texts for it in
 * Bahasa Indonesia and English. Office.js errors are classified by their `code`.
 */
import { issueText, type Lang } from "../../core";
import { UseCaseRefusal, type Refusal } from "../../app";

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

type Texts = Record<HostErrorKind, (p: HostErrorParams) => string>;

/** Why a workbook picked for the recap is refused before it is read (the command line's limits). */
export type PickedProblem = "too-big" | "ole" | "not-zip" | "truncated" | "too-many-entries" | "too-large" | "bomb";

const refusedId: Record<PickedProblem, string> = {
  "too-big": "lebih dari 100 MB, terlalu besar untuk sebuah buku kerja LKE",
  ole: "formatnya .xls lama atau berkasnya berkata sandi; buka di Excel, simpan sebagai .xlsx tanpa kata sandi, lalu pilih lagi",
  "not-zip": "bukan berkas .xlsx yang sah",
  truncated: "berkas .xlsx rusak atau terpotong; simpan ulang dari Excel lalu pilih lagi",
  "too-many-entries": "berisi terlalu banyak bagian untuk sebuah buku kerja LKE",
  "too-large": "isinya lebih dari 400 MB bila dibuka, terlalu besar untuk sebuah buku kerja LKE",
  bomb: "berkas tampak seperti bom zip (isinya membengkak ratusan kali bila dibuka)",
};

const refusedEn: Record<PickedProblem, string> = {
  "too-big": "it is larger than 100 MB, too large for an evaluation workbook",
  ole: "it is in the old .xls format or password-protected; open it in Excel, save it as .xlsx without a password, and pick it again",
  "not-zip": "it is not a valid .xlsx file",
  truncated: "the .xlsx file is damaged or truncated; save it again from Excel and pick it again",
  "too-many-entries": "it has too many parts for an evaluation workbook",
  "too-large": "it unpacks to more than 400 MB, too large for an evaluation workbook",
  bomb: "it looks like a zip bomb (its content swells hundreds of times when unpacked)",
};

const id: Texts = {
  notInExcel: () => "LKE hanya berjalan di dalam Excel. Buka panel ini dari tab Beranda → LKE → Buka LKE.",
  requirement: (p) =>
    `Versi Excel ini tidak mendukung ${p.set} ${p.version} yang dibutuhkan LKE. Perbarui Microsoft 365/Office, atau pakai Excel di web.`,
  cellEdit: () => "Excel sedang dalam mode edit sel. Tekan Enter atau Esc untuk menyelesaikan isian sel, lalu coba lagi.",
  payload: () =>
    "Permintaan ke Excel terlalu besar (Excel di web membatasi 5 MB per permintaan). Pindahkan lembar yang tidak perlu ke buku kerja lain, atau jalankan di Excel desktop. Tidak ada yang ditulis.",
  rangeTooLarge: () =>
    "Excel menolak membaca atau menulis rentang sebesar ini, bahkan dalam potongan kecil. Hapus baris atau kolom kosong yang terpakai di ujung lembar (Ctrl+End menunjukkan ujungnya), lalu coba lagi. Tidak ada yang ditulis.",
  protectedSheet: (p) =>
    `Lembar ${p.sheets} diproteksi, jadi LKE tidak dapat menulis ke sana. Buka proteksinya (Tinjau → Buka Proteksi Lembar), lalu coba lagi. Tidak ada yang ditulis.`,
  protectedWorkbook: () =>
    "Struktur buku kerja diproteksi, padahal LKE perlu menambah atau menghapus lembar. Buka proteksinya (Tinjau → Proteksi Buku Kerja), lalu coba lagi. Tidak ada yang ditulis.",
  sheetExists: (p) =>
    `Sudah ada lembar "${p.sheet}" yang tidak dibuat oleh LKE; LKE tidak menimpanya. Ganti nama lembar itu, lalu coba lagi. Tidak ada yang ditulis.`,
  invalidPlan: (p) => `Rencana penulisan tidak sah (${p.reason}). Tidak ada yang ditulis.`,
  scheme: (p) => `Skema di lembar "${p.sheet}" tidak sah: ${p.reason}`,
  layoutProfile: (p) => `Profil tata letak ${p.source} tidak sah: ${p.reason}`,
  stateSheetTaken: (p) =>
    `Lembar "${p.sheet}" memakai nama tempat LKE menyimpan catatannya sendiri, tetapi bukan buatan LKE; LKE tidak pernah menyembunyikan atau menimpa lembar yang bukan buatannya, jadi tidak ada yang dikerjakan. Ganti nama lembar itu, lalu coba lagi.`,
  unitNameReserved: (p) => `Nama unit "${p.unit}" adalah nama lembar catatan LKE sendiri; pakai nama lain.`,
  pickedFile: (p) => `Berkas "${p.file}" tidak dapat dibaca sebagai .xlsx (${p.reason}); simpan ulang dari Excel lalu pilih lagi. Tidak ada yang ditulis.`,
  pickedFileRefused: (p) => `Berkas "${p.file}" ditolak: ${refusedId[p.problem as PickedProblem] ?? p.problem}. Tidak ada yang ditulis.`,
  summaryUnavailable: () => "Penyusun ringkasan belum tersedia di versi LKE ini.",
  accessDenied: () =>
    "Excel menolak akses: lembar atau buku kerja mungkin diproteksi atau sedang dipakai bersama. Periksa proteksinya, lalu coba lagi. Bila sebagian sudah ditulis, pakai Batalkan.",
  excel: (p) => `Excel menolak perintah: ${p.detail}${p.code ? ` [${p.code}]` : ""}`,
};

const en: Texts = {
  notInExcel: () => "LKE runs only inside Excel. Open this pane from Home → LKE → Open LKE.",
  requirement: (p) => `This version of Excel does not support ${p.set} ${p.version}, which LKE needs. Update Microsoft 365/Office, or use Excel on the web.`,
  cellEdit: () => "Excel is in cell-edit mode. Press Enter or Esc to finish editing the cell, then try again.",
  payload: () =>
    "The request to Excel is too large (Excel on the web allows 5 MB per request). Move sheets you do not need to another workbook, or run LKE in Excel desktop. Nothing was written.",
  rangeTooLarge: () =>
    "Excel refused to read or write a range this large, even in small slices. Delete the empty rows or columns in use at the end of the sheet (Ctrl+End shows where it ends), then try again. Nothing was written.",
  protectedSheet: (p) =>
    `Sheet ${p.sheets} is protected, so LKE cannot write to it. Unprotect it (Review → Unprotect Sheet), then try again. Nothing was written.`,
  protectedWorkbook: () =>
    "The workbook's structure is protected, and LKE needs to add or remove sheets. Unprotect it (Review → Protect Workbook), then try again. Nothing was written.",
  sheetExists: (p) => `A sheet named "${p.sheet}" exists and LKE did not make it; LKE never overwrites it. Rename that sheet, then try again. Nothing was written.`,
  invalidPlan: (p) => `The write plan is invalid (${p.reason}). Nothing was written.`,
  scheme: (p) => `The scheme in sheet "${p.sheet}" is invalid: ${p.reason}`,
  layoutProfile: (p) => `The layout profile ${p.source} is invalid: ${p.reason}`,
  stateSheetTaken: (p) =>
    `Sheet "${p.sheet}" has the name LKE keeps its own record under, but LKE did not make it; LKE never hides or writes over a sheet it did not make, so nothing was done. Rename that sheet, then try again.`,
  unitNameReserved: (p) => `The unit name "${p.unit}" is the name of LKE's own record sheet; use another name.`,
  pickedFile: (p) => `The file "${p.file}" cannot be read as .xlsx (${p.reason}); save it again from Excel and pick it again. Nothing was written.`,
  pickedFileRefused: (p) => `The file "${p.file}" was refused: ${refusedEn[p.problem as PickedProblem] ?? p.problem}. Nothing was written.`,
  summaryUnavailable: () => "The summary builder is not available in this version of LKE.",
  accessDenied: () =>
    "Excel denied access: a sheet or the workbook may be protected or shared. Check the protection, then try again. If part of the run was written, use Undo.",
  excel: (p) => `Excel refused the command: ${p.detail}${p.code ? ` [${p.code}]` : ""}`,
};

const texts: Record<Lang, Texts> = { id, en };

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
