/**
 * The inputs of `lke summary` read for the recap: by several reading threads at once when the
 * machine has the cores and the run has the files, else one after the other. Either way each
 * thread holds one workbook at a time, and the outcomes are in input order, so the recap is
 * the same.
 */
import * as fs from "node:fs";
import { availableParallelism } from "node:os";
import * as path from "node:path";
import { eachInput, type InputOutcome } from "../eachInput";
import type { InputFile } from "../files/inputs";
import { readForRecap, type ReadForRecap } from "../readForRecap";
import type { SchemeOptions } from "../schemeOptions";
import { fromReply, type RecapReply } from "./recapReply";
import { inWorkers } from "./workerPool";

/** What every reading thread is given once: the run's options as plain data. */
export interface RecapWork {
  options: SchemeOptions & { year?: string };
  inputKeys: string[];
}

/** The reading thread's script, beside the bundled command line; absent when running from the sources. */
const workerScript = path.join(__dirname, "recapWorker.js");

/**
 * A reading thread's garbage is short-lived and what it keeps is small (one workbook): a small
 * young generation keeps its memory near that, at no cost in time (the bench's province figure).
 */
const readerLimits = { maxYoungGenerationSizeMb: 8 };

/** More threads than this add memory sooner than speed: reading is quick, the recap waits on the slowest. */
const maxJobs = 4;

/** The threads to read `files` inputs with: `jobs` as the user gave it, else one per core up to maxJobs. */
export function jobCount(files: number, jobs?: number): number {
  const wanted = jobs ?? Math.min(availableParallelism(), maxJobs);
  return Math.max(1, Math.min(wanted, files));
}

export async function readAllForRecap(files: readonly InputFile[], options: SchemeOptions & { year?: string; jobs?: number }, inputKeys: ReadonlySet<string>): Promise<InputOutcome<ReadForRecap>[]> {
  const jobs = jobCount(files.length, options.jobs);
  if (jobs <= 1 || !fs.existsSync(workerScript)) return eachInput(files, (input) => readForRecap(input, options, inputKeys));
  const { scheme, schemeFile, layout, layoutFile, texts, year } = options;
  const work: RecapWork = { options: { scheme, schemeFile, layout, layoutFile, texts, year }, inputKeys: [...inputKeys] };
  const replies = await inWorkers<InputFile, RecapReply>(workerScript, work, files, jobs, readerLimits);
  return replies.map((reply, i) => ({ input: files[i], ...fromReply(reply) }));
}
