/**
 * The per-file loop every multi-file command shares: each workbook is handled on its own, a
 * file the user's mistake makes unreadable (or unwritable) is reported for that file and the
 * run goes on; anything else is a fault of LKE's and ends the run.
 */
import { CliError } from "./cliError";
import { asCliError } from "./refusalText";
import type { InputFile } from "./files/inputs";
import { betweenWorkbooks } from "./youngGeneration";

export type InputOutcome<T> = { input: InputFile; ok: true; value: T } | { input: InputFile; ok: false; error: CliError };

export async function eachInput<T>(inputs: readonly InputFile[], work: (input: InputFile) => Promise<T>): Promise<InputOutcome<T>[]> {
  const outcomes: InputOutcome<T>[] = [];
  for (const input of inputs) {
    if (outcomes.length > 0) betweenWorkbooks();
    try {
      outcomes.push({ input, ok: true, value: await work(input) });
    } catch (thrown) {
      const error = asCliError(thrown);
      if (!(error instanceof CliError)) throw error;
      outcomes.push({ input, ok: false, error });
    }
  }
  return outcomes;
}
