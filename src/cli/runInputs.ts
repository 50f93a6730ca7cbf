/** How every command that reads workbooks starts: its options checked once, then its inputs found. */
import { CliError } from "./cliError";
import { expandInputs, type Inputs } from "./files/inputs";
import { checkRunOptions, type SchemeOptions } from "./schemeOptions";

export function runInputs(args: readonly string[], options: SchemeOptions): Inputs {
  checkRunOptions(options);
  const inputs = expandInputs(args);
  if (inputs.files.length === 0 && inputs.problems.length === 0) throw new CliError((w) => w.noInputs);
  return inputs;
}
