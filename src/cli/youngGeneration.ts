/**
 * V8's young generation, held at the size one workbook needs when the command line reads many.
 * V8 doubles it whenever as much has outlived its collections as it holds, and over a province
 * the recap's growing rows count as such: it ends at 32 MB, twice what a regency's workbook
 * needs between collections. Each page it takes the first time is a page fault, and on a
 * virtual machine a fault costs about 15 µs: growing from 16 to 32 MB took about 0.07 s of a
 * province's 1 s recap, and 15 MB of its peak memory (`npm run bench`). So once it has grown to
 * 16 MB between two workbooks, it grows no further. A first workbook that needs more has
 * already grown it past that, and then nothing changes.
 */
import * as v8 from "node:v8";

/** Both halves of the young generation, as V8 counts its `new_space`. */
export const heldYoungGenerationBytes = 16 * 1024 * 1024;

let holding = false;
let held = false;

/** The program's choice (bin/lke.js): code that runs LKE's commands inside another program keeps V8's own sizing. */
export function holdYoungGeneration(): void {
  holding = true;
}

/** Called between two workbooks, when what the last one left behind is garbage. */
export function betweenWorkbooks(): void {
  if (!holding || held) return;
  const young = v8.getHeapSpaceStatistics().find((space) => space.space_name === "new_space");
  if (young === undefined || young.space_size < heldYoungGenerationBytes) return;
  // V8 reads the growth factor each time it grows the young generation: at 1 it stays as it is
  // (Node 20's V8; a V8 that keeps the factor at 2 or more grows it as before, and says nothing).
  v8.setFlagsFromString("--semi-space-growth-factor=1");
  held = true;
}
