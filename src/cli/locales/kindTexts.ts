/**
 * Texts for problems that come as data, one per kind (the patcher's `PatchProblem`, a rewrite's
 * `RewriteLoss`), in each catalogue (id.ts, en.ts): a kind without its text in one catalogue
 * does not compile.
 */
export type KindTexts<P extends { kind: string }> = { [K in P["kind"]]: (problem: Extract<P, { kind: K }>) => string };

/** The text of a problem, from the catalogue's texts for its kinds. */
export function saidByKind<P extends { kind: string }>(texts: KindTexts<P>): (problem: P) => string {
  return (problem) => (texts[problem.kind as P["kind"]] as (problem: P) => string)(problem);
}
