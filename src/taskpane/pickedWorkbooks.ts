/**
 * Reads the workbooks a user picks for the recap, in the pane itself, with the same reader the
 * command line uses. They are only read: nothing is copied into the open workbook. ExcelJS is
 * loaded on first use, so the pane stays small for everyone who never picks a file.
 */
import { sheetSnapshot } from "../xlsx/snapshot";
import { LkeHostError } from "../excel/errors";
import type { PickedWorkbook } from "../excel/summary";

export async function readPickedWorkbooks(files: readonly File[]): Promise<PickedWorkbook[]> {
  if (files.length === 0) return [];
  const ExcelJS = (await import(/* webpackChunkName: "exceljs" */ "exceljs")).default;
  const picked: PickedWorkbook[] = [];
  for (const file of files) {
    try {
      const workbook = new ExcelJS.Workbook();
      await workbook.xlsx.load(await file.arrayBuffer());
      picked.push({ file: file.name, snapshot: { name: file.name, sheets: workbook.worksheets.map(sheetSnapshot) } });
    } catch (error) {
      throw new LkeHostError("pickedFile", { file: file.name, reason: error instanceof Error ? error.message.split("\n")[0] : String(error) });
    }
  }
  return picked;
}
