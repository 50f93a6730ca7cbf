/** Captures what a command prints, for assertions. */
import type { Output } from "../../src/cli/output";

export interface BufferOutput extends Output {
  stdout: string[];
  stderr: string[];
  jsonValues: unknown[];
}

export function bufferOutput(): BufferOutput {
  const out: BufferOutput = {
    stdout: [],
    stderr: [],
    jsonValues: [],
    print: (text) => out.stdout.push(text),
    json: (value) => {
      out.jsonValues.push(value);
      out.stdout.push(JSON.stringify(value));
    },
    error: (text) => out.stderr.push(text),
  };
  return out;
}
