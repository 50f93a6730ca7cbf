/** Where a command's output goes: stdout by default, a buffer in tests. */
export interface Output {
  print(text: string): void;
  json(value: unknown): void;
  error(text: string): void;
}

/**
 * The process's own streams. A reader that stops early (`lke check ... | head`) closes the
 * pipe: the rest of the output is dropped quietly and the run ends with its usual exit code.
 */
export function processOutput(): Output {
  let closed = false;
  const quietOnClose = (error: NodeJS.ErrnoException) => {
    if (error.code === "EPIPE") closed = true;
    else throw error;
  };
  process.stdout.on("error", quietOnClose);
  process.stderr.on("error", quietOnClose);
  const write = (stream: NodeJS.WriteStream, text: string) => {
    if (!closed) stream.write(`${text}\n`);
  };
  return {
    print: (text) => write(process.stdout, text),
    json: (value) => write(process.stdout, JSON.stringify(value, null, 2)),
    error: (text) => write(process.stderr, text),
  };
}
