/** The add-in's host errors in English: what went wrong in Excel, and what the user can do. */
import type { HostErrorParams, HostErrorTexts, PickedProblem } from "../errors";

const count = (n: string | number) => Number(n).toLocaleString("en-US");
const damagedBecause = (why: string) => `the .xlsx file is damaged (${why}); save it again from Excel and pick it again`;

/** Why a picked workbook is refused. */
const refused: Record<PickedProblem, (p: HostErrorParams) => string> = {
  "too-big": () => "it is larger than 100 MB, too large for an evaluation workbook",
  ole: () => "it is in the old .xls format or password-protected; open it in Excel, save it as .xlsx without a password, and pick it again",
  "not-zip": () => "it is not a valid .xlsx file",
  truncated: () => "the .xlsx file is damaged or truncated; save it again from Excel and pick it again",
  "too-many-entries": () => "it has too many parts for an evaluation workbook",
  "too-large": () => "it unpacks to more than 400 MB, too large for an evaluation workbook",
  bomb: () => "it looks like a zip bomb (its content swells hundreds of times when unpacked)",
  xml: (p) => damagedBecause(`part ${p.part} is not well-formed XML`),
  dtd: (p) => damagedBecause(`part ${p.part} declares a DTD or entities, which Excel never writes`),
  "too-deep": (p) => damagedBecause(`part ${p.part} nests elements more than ${p.limit} deep`),
  "too-long": (p) => damagedBecause(`part ${p.part} holds a text or attribute longer than ${count(p.limit)} characters`),
  "missing-shared-strings": () => damagedBecause("its cells refer to a shared string table the file does not hold"),
  "cell-out-of-range": (p) => `sheet "${p.sheet}" has a cell at ${p.cell}, past Excel's last row (1,048,576) or column (XFD), so the file is damaged`,
  "merge-too-large": (p) => `sheet "${p.sheet}" merges ${p.range}, more than ${count(p.limit)} cells, LKE's limit for one merged area; unmerge it in Excel and pick it again`,
  "too-many-cells": (p) => `it holds more than ${count(p.limit)} cells, LKE's limit for a workbook`,
  damaged: () => "the .xlsx file is damaged and cannot be read; save it again from Excel and pick it again",
};

export const en: HostErrorTexts = {
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
  pickedFileRefused: (p) => `The file "${p.file}" was refused: ${refused[p.problem as PickedProblem]?.(p) ?? p.problem}. Nothing was written.`,
  summaryUnavailable: () => "The summary builder is not available in this version of LKE.",
  accessDenied: () =>
    "Excel denied access: a sheet or the workbook may be protected or shared. Check the protection, then try again. If part of the run was written, use Undo.",
  excel: (p) => `Excel refused the command: ${p.detail}${p.code ? ` [${p.code}]` : ""}`,
};
