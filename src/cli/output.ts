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
  const closed = new Set<NodeJS.WriteStream>();
  for (const stream of [process.stdout, process.stderr]) {
    stream.once("error", function quietOnClose(error: NodeJS.ErrnoException) {
      if (error.code !== "EPIPE") throw error;
      closed.add(stream);
      // Later writes may still be on their way to the closed pipe.
      stream.on("error", () => undefined);
    });
  }
  const write = (stream: NodeJS.WriteStream, text: string) => {
    if (!closed.has(stream)) stream.write(`${text}\n`);
  };
  return {
    print: (text) => write(process.stdout, text),
    json: (value) => write(process.stdout, JSON.stringify(value, null, 2)),
    error: (text) => write(process.stderr, text),
  };
}
