/**
 * The native stream inside one of Node's zlib streams, driven synchronously as Node's own
 * `inflateRawSync` and `deflateRawSync` drive theirs, but kept open from one call to the next:
 * those make a stream object, a native stream and 16 KB output chunks for every call.
 */
import type * as zlib from "node:zlib";

export interface ZlibHandle {
  writeSync(flush: number, input: Uint8Array, inputStart: number, inputLength: number, output: Uint8Array, outputStart: number, outputLength: number): void;
  reset(): void;
  close(): void;
}

interface StreamInside {
  _handle?: ZlibHandle | null;
  /** [output room left, input left] after each write. */
  _writeState?: Uint32Array;
}

export interface OpenZlib {
  stream: zlib.Inflate | zlib.InflateRaw | zlib.Deflate | zlib.DeflateRaw;
  handle: ZlibHandle;
  /** [output room left, input left] after each write. */
  state: Uint32Array;
}

/** The stream's native handle; null, the stream destroyed, when this Node's stream has none to drive. */
export function openZlib(stream: OpenZlib["stream"]): OpenZlib | null {
  // An error is seen by the caller as the stream destroyed; its event must not end the process.
  stream.on("error", () => {});
  const inside = stream as unknown as StreamInside;
  const handle = inside._handle;
  const state = inside._writeState;
  // (A typed array is told by ArrayBuffer.isView: Node's own comes from another realm than a test's.)
  if (!handle || typeof handle.writeSync !== "function" || typeof handle.reset !== "function" || typeof handle.close !== "function" || !ArrayBuffer.isView(state) || state.length < 2) {
    stream.destroy();
    return null;
  }
  return { stream, handle, state };
}

/**
 * Frees the native stream at once, as Node's one-call functions free theirs. (Destroyed instead,
 * a stream lives on, with its 16 KB buffer, until its close event, which waits until the run
 * yields: a command reading a province never does.)
 */
export function closeZlib(open: OpenZlib): void {
  open.handle.close();
  (open.stream as unknown as StreamInside)._handle = null;
}
