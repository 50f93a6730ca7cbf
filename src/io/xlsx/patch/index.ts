/** Surgical .xlsx writing: a write plan applied to the original package, part by part. */
export { patchXlsx, type PatchResult } from "./patchXlsx";
export type { PatchProblem } from "./unsupported";
export { lostParts } from "./lostParts";
