/** The run's seed reaches every property-based test, and a failure names it. */
import fc from "fast-check";

test("a failing property names the seed that replays it", () => {
  let message = "";
  try {
    fc.assert(fc.property(fc.integer(), (n) => n !== n + 0));
  } catch (error) {
    message = (error as Error).message;
  }
  expect(message).toMatch(/LKE_SEED=-?\d+/);
});

test("every property of the run draws from the run's seed", () => {
  const seed = fc.readConfigureGlobal().seed;
  const first = fc.sample(fc.integer(), { numRuns: 5 });
  const again = fc.sample(fc.integer(), { numRuns: 5, seed });
  expect([typeof seed, first]).toEqual(["number", again]);
});
