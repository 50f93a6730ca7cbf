/** Why a zip package is refused: each kind names what was wrong and, for a limit, which one. */
export type ZipProblem =
  | { kind: "not-zip" }
  | { kind: "damaged"; detail: string }
  | { kind: "too-many-parts"; limit: number }
  | { kind: "duplicate-part"; part: string }
  | { kind: "too-large"; limit: number }
  | { kind: "bomb"; part: string; ratio: number }
  | { kind: "unsupported-method"; part: string; method: number };

export class ZipRefused extends Error {
  constructor(readonly problem: ZipProblem) {
    super(`zip refused: ${problem.kind}${"part" in problem ? ` (${problem.part})` : "detail" in problem ? ` (${problem.detail})` : ""}`);
    this.name = "ZipRefused";
  }
}
