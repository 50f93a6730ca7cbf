/**
 * V8's optimising compiler told to inline less into each function it optimises. It compiles on
 * a helper thread, which on a two-core PC takes turns with the main thread: over a province's
 * recap it optimised about 450 functions, inlining up to 920 bytes of bytecode into each, and
 * with 300 it used 0.16–0.26 s less CPU while the main thread ran as fast; the recap took about
 * 0.05 s less (`npm run bench`).
 *
 * Set by the program (bin/lke.js) once the bundle is loaded, before anything is optimised: the
 * bundle's code cache was made under V8's own settings, and V8 takes it only under the same.
 */
import * as v8 from "node:v8";

/** Bytes of bytecode inlined into one optimised function, all callees together (V8's own: 920). */
export const inlinedBytecodeBudget = 300;

/** The program's choice: code that runs LKE's commands inside another program keeps V8's own budget. */
export function limitInlining(): void {
  try {
    v8.setFlagsFromString(`--max-inlined-bytecode-size-cumulative=${inlinedBytecodeBudget}`);
  } catch {
    // A V8 that takes no settings once started keeps its own budget: this is about time, never results.
  }
}
