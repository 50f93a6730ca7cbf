/**
 * A new workbook of the plan's sheets as .xlsx bytes, written row by row through ExcelJS's
 * streaming writer: each row leaves memory once written, so a recap of thousands of units never
 * exists as a whole workbook model. Cells, styles and sheet settings are set as `applyPlan`
 * sets them on a model, in the same order per cell, so both give the same workbook.
 */
import type ExcelJS from "exceljs";
import { excelJs } from "../io/xlsx/excelJs";
import { PassThrough } from "node:stream";
import { parseRange, type CellRange, type CellWrite, type SheetSpec, type WritePlan } from "../core";
import { printSettings, toExcelValue } from "./applyPlan";

type PlanCell = Omit<CellWrite, "sheet">;

interface Ranged {
  range: CellRange;
  apply: (cell: ExcelJS.Cell) => void;
}

const within = (range: CellRange, row: number) => row >= range.row && row <= range.lastRow;

/** The plan's cells grouped by row, rows in order. */
function rowsOf(cells: readonly PlanCell[]): Map<number, PlanCell[]> {
  const rows = new Map<number, PlanCell[]>();
  for (const cell of cells) {
    const row = rows.get(cell.row);
    if (row) row.push(cell);
    else rows.set(cell.row, [cell]);
  }
  return rows;
}

/** Bold, centring and validations, in the order `applyPlan` gives them, one range each. */
function rangedLooks(spec: SheetSpec): Ranged[] {
  const bold = (spec.bold ?? []).map((r) => ({ range: parseRange(r), apply: (c: ExcelJS.Cell) => (c.font = { bold: true }) }));
  const centered = (spec.centered ?? []).map((r) => ({ range: parseRange(r), apply: (c: ExcelJS.Cell) => (c.alignment = { horizontal: "center" }) }));
  const validations = (spec.validations ?? []).map((v) => {
    const formula = `"${v.list.join(",")}"`;
    return {
      range: parseRange(v.range),
      apply: (c: ExcelJS.Cell) => (c.dataValidation = { type: "list", allowBlank: true, formulae: [formula], showErrorMessage: true }),
    };
  });
  return [...bold, ...centered, ...validations];
}

function writeSheet(workbook: ExcelJS.stream.xlsx.WorkbookWriter, spec: SheetSpec): void {
  // The sheet's properties are written as it is added, its columns with its first row.
  const worksheet = workbook.addWorksheet(spec.name, {
    state: spec.visibility === "veryHidden" ? "veryHidden" : "visible",
    ...(spec.freezeRows ? { views: [{ state: "frozen", ySplit: spec.freezeRows }] } : {}),
    ...(spec.print ? printSettings(spec.print) : {}),
  });
  for (const { col, width } of spec.columnWidths ?? []) worksheet.getColumn(col + 1).width = width;

  const cellsByRow = rowsOf(spec.cells);
  const merges = (spec.merges ?? []).map((range) => ({ range, at: parseRange(range) }));
  const looks = rangedLooks(spec);
  let lastRow = -1;
  for (const row of [...cellsByRow.keys(), ...merges.map((m) => m.at.lastRow), ...looks.map((l) => l.range.lastRow)]) lastRow = Math.max(lastRow, row);

  // Every value is written before a merge copies its first cell's style over the rest, as on the model.
  let filled = -1;
  const fillTo = (upTo: number) => {
    for (; filled < upTo; ) {
      filled++;
      for (const write of cellsByRow.get(filled) ?? []) {
        const cell = worksheet.getCell(write.row + 1, write.col + 1);
        cell.value = toExcelValue(write.value, write.formula);
        if (write.numberFormat !== undefined) cell.numFmt = write.numberFormat;
      }
    }
  };
  const styleRow = (row: number) => {
    for (const look of looks) {
      if (!within(look.range, row)) continue;
      for (let col = look.range.col; col <= look.range.lastCol; col++) look.apply(worksheet.getCell(row + 1, col + 1));
    }
  };
  // A merge's cells share one style: the rows a merge spans are merged, then styled, then
  // committed together, so a style given to any of its cells reaches all of them as on the model.
  for (let first = 0; first <= lastRow; ) {
    let last = first;
    for (let row = first; row <= last; row++) {
      fillTo(row);
      for (const merge of merges) {
        if (merge.at.row !== row) continue;
        fillTo(merge.at.lastRow);
        last = Math.max(last, merge.at.lastRow);
        worksheet.mergeCells(merge.range);
      }
    }
    for (let row = first; row <= last; row++) {
      styleRow(row);
      cellsByRow.delete(row);
    }
    worksheet.getRow(last + 1).commit();
    first = last + 1;
  }
  worksheet.commit();
}

/** The plan's sheets, in order, as a new .xlsx package. Only for a plan that writes no existing sheet. */
export async function newWorkbookBytes(plan: WritePlan): Promise<Buffer> {
  // The streaming writer sets no calculation properties; a plan for a new workbook needs none.
  if (plan.writes.length > 0 || plan.deleteSheets.length > 0 || plan.recalculateOnOpen) throw new Error("Only a plan of new sheets can make a new workbook.");
  const stream = new PassThrough();
  const chunks: Buffer[] = [];
  stream.on("data", (chunk: Buffer) => chunks.push(chunk));
  // Fast deflate, as for a workbook written from its model.
  const workbook = new (await excelJs()).stream.xlsx.WorkbookWriter({ stream, useStyles: true, useSharedStrings: true, zip: { zlib: { level: 1 } } });
  for (const spec of plan.sheets) writeSheet(workbook, spec);
  await workbook.commit();
  return Buffer.concat(chunks);
}
