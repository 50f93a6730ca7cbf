/** Deterministic sakip-2021-kriteria answers for the benchmark's workbooks, so every run measures the same files. */
import kriteria from "../../src/core/scheme/builtin/sakip-2021-kriteria.json";

/** A small deterministic generator. */
export function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

/** Criterion answers of one sheet in the sakip-2021-kriteria scheme's order (80 criteria). */
export function criteriaAnswers(next: () => number): (string | null)[][] {
  const answers: (string | null)[][] = [];
  for (const component of kriteria.components) {
    for (const sub of component.subcomponents) {
      const letters = (sub.criterionScale ?? kriteria.criterionScale) === "yt" ? ["Y", "Y", "T"] : ["A", "B", "B", "C", "D", "E"];
      // About one criterion in fifty is left unanswered, as in sheets still being filled.
      answers.push(sub.criteria.map(() => (next() < 0.02 ? null : letters[Math.floor(next() * letters.length)])));
    }
  }
  return answers;
}

export const criteriaPerSheet = kriteria.components.reduce((n, c) => n + c.subcomponents.reduce((m, s) => m + s.criteria.length, 0), 0);
