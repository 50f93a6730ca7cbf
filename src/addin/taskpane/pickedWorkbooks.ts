/**
 * Reads the workbooks a user picks for the recap, in the pane itself, with the same reader and
 * the same size and zip-bomb limits the command line uses. They are only read: nothing is
 * copied into the open workbook. ExcelJS is loaded on first use, so the pane stays small for
 * everyone who never picks a file.
 */
import { sheetSnapshot } from "../../io/xlsx/snapshot";
import { inspectZip, isOleFile, maxWorkbookBytes } from "../../io/xlsx/zipLimits";
import { LkeHostError } from "../../io/office/errors";
import type { PickedWorkbook } from "../../io/office/summary";

/** A picked file, as the pane gets it from its file input (a DOM File has all of these). */
export interface PickedFile {
  name: string;
  size: number;
  arrayBuffer(): Promise<ArrayBuffer>;
}

/** The file's bytes, once they passed the limits; throws a LkeHostError naming the problem otherwise. */
async function checkedBytes(file: PickedFile): Promise<ArrayBuffer> {
  const refuse = (problem: string) => new LkeHostError("pickedFileRefused", { file: file.name, problem });
  if (file.size > maxWorkbookBytes) throw refuse("too-big");
  const buffer = await file.arrayBuffer();
  const bytes = new Uint8Array(buffer);
  if (isOleFile(bytes)) throw refuse("ole");
  const verdict = inspectZip(bytes);
  if (!verdict.ok) throw refuse(verdict.reason);
  return buffer;
}

export async function readPickedWorkbooks(files: readonly PickedFile[]): Promise<PickedWorkbook[]> {
  if (files.length === 0) return [];
  // Every file passes the limits before any is unpacked.
  const checked: ArrayBuffer[] = [];
  for (const file of files) checked.push(await checkedBytes(file));
  const ExcelJS = (await import(/* webpackChunkName: "exceljs" */ "exceljs")).default;
  const picked: PickedWorkbook[] = [];
  for (const [i, file] of files.entries()) {
    try {
      const workbook = new ExcelJS.Workbook();
      await workbook.xlsx.load(checked[i]);
      picked.push({ file: file.name, snapshot: { name: file.name, sheets: workbook.worksheets.map(sheetSnapshot) } });
    } catch (error) {
      throw new LkeHostError("pickedFile", { file: file.name, reason: error instanceof Error ? error.message.split("\n")[0] : String(error) });
    }
  }
  return picked;
}
