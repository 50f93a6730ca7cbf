import type { LayoutResult } from "../layout/detect";

export type DetectedBroken = Extract<LayoutResult, { kind: "broken" }>;
