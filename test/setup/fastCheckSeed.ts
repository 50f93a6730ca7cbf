/**
 * Property-based tests draw from one seed per run: LKE_SEED=<n> replays a run exactly, and a
 * failure names the seed (fast-check's report adds the path to the failing case).
 */
import fc from "fast-check";

const given = Number(process.env.LKE_SEED);
const seed = Number.isSafeInteger(given) && process.env.LKE_SEED !== "" ? given : Date.now() ^ (Math.random() * 0x100000000);

fc.configureGlobal({
  seed,
  reporter: (details) => {
    if (details.failed) throw new Error(`${fc.defaultReportMessage(details)}\nReplay the whole run with LKE_SEED=${seed}.`);
  },
});
