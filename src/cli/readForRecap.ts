/**
 * One input of `lke summary`, read, analysed and reduced to what the recap and the run's report
 * need. The workbook (its bytes, parts, ExcelJS model, snapshot and analysis) is not kept, so
 * a recap of a province's files holds one workbook at a time.
 */
import { isIndexSheet, type Finding, type RecapFile } from "../core";
import { recapInput } from "../app";
import { derivedFrom, type Derived } from "./files/derived";
import type { InputFile } from "./files/inputs";
import { readInput } from "./loadWorkbook";
import { readSettings, type SchemeOptions } from "./schemeOptions";

export interface ReadForRecap {
  recap: RecapFile;
  /** A copy LKE made (scored copy, backup, recap) of another input, or of nothing given. */
  derived: Derived | null;
  /** It has indicator sheets or an `Indeks` sheet. */
  readable: boolean;
  /** The engine's finding that no evaluation was recognised, when it says so. */
  unrecognised: Finding | undefined;
}

/** `year`: the recap's year as the user gave it (the `Indeks` scales that follow the year read on it). */
export async function readForRecap(input: InputFile, options: SchemeOptions & { year?: string }, inputKeys: ReadonlySet<string>): Promise<ReadForRecap> {
  const { snapshot } = await readInput(input.path, input.label);
  const { recap, analysis } = recapInput(snapshot, readSettings(options, input.label), options.year);
  const hasIndicators = analysis.sheets.length > 0;
  return {
    recap,
    derived: derivedFrom(input.path, snapshot, hasIndicators, inputKeys),
    readable: hasIndicators || snapshot.sheets.some(isIndexSheet),
    unrecognised: analysis.findings.find((f) => f.code === "no-evaluation-sheet"),
  };
}
