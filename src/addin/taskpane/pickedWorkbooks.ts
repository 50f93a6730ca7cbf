/**
 * Reads the workbooks a user picks for the recap, in the pane itself, with the same lean reader
 * and the same size and zip-bomb limits the command line uses, and a small inflate (fflate)
 * instead of Node's zlib. They are only read: nothing is copied into the open workbook, and
 * ExcelJS is never loaded for them.
 */
import { LeanRefused, type LeanProblem } from "../../io/xlsx/lean/leanRefused";
import { readLeanWorkbook } from "../../io/xlsx/lean/readWorkbook";
import { fflateInflate } from "../../io/xlsx/zip/fflateInflate";
import { readZipParts } from "../../io/xlsx/zip/zipParts";
import { ZipRefused, type ZipProblem } from "../../io/xlsx/zip/zipRefused";
import { inspectZip, isOleFile, maxWorkbookBytes, zipLimits } from "../../io/xlsx/zipLimits";
import { LkeHostError, type HostErrorParams, type PickedProblem } from "../../io/office/errors";
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

/** What the pane says of a package the zip reader refused while unpacking it. */
function unpackProblem(problem: ZipProblem): PickedProblem {
  switch (problem.kind) {
    case "bomb":
      return "bomb";
    case "too-large":
      return "too-large";
    case "too-many-parts":
      return "too-many-entries";
    case "not-zip":
      return "not-zip";
    default:
      return "truncated";
  }
}

/** The lean reader's refusal as the pane's params: its kind, and the part, sheet, cell or limit it names (its English detail is not shown). */
function readerProblem(problem: LeanProblem): HostErrorParams {
  const { kind, ...named } = problem;
  const params: HostErrorParams = { problem: kind };
  for (const [key, value] of Object.entries(named)) if (key !== "detail") params[key] = value;
  return params;
}

export async function readPickedWorkbooks(files: readonly PickedFile[]): Promise<PickedWorkbook[]> {
  if (files.length === 0) return [];
  // Every file passes the limits before any is unpacked.
  const checked: ArrayBuffer[] = [];
  for (const file of files) checked.push(await checkedBytes(file));
  const picked: PickedWorkbook[] = [];
  for (const [i, file] of files.entries()) {
    try {
      const zip = readZipParts(new Uint8Array(checked[i]), fflateInflate, zipLimits);
      picked.push({ file: file.name, snapshot: { name: file.name, sheets: readLeanWorkbook(zip.parts).sheets } });
    } catch (error) {
      if (error instanceof ZipRefused) throw new LkeHostError("pickedFileRefused", { file: file.name, problem: unpackProblem(error.problem) });
      if (error instanceof LeanRefused) throw new LkeHostError("pickedFileRefused", { file: file.name, ...readerProblem(error.problem) });
      throw new LkeHostError("pickedFile", { file: file.name, reason: error instanceof Error ? error.message.split("\n")[0] : String(error) });
    }
  }
  return picked;
}
