/**
 * bin/helperThreads.js: the command line lowers the priority of Node's helper threads, never of
 * the thread that runs LKE, and never raises any. On Linux, where a thread's niceness is its own,
 * each thread's is read before and after from /proc; elsewhere nothing may change.
 */
import { spawnSync } from "node:child_process";
import * as path from "node:path";

const helperThreads = path.join(__dirname, "..", "..", "bin", "helperThreads.js");

interface Niceness {
  main: number;
  helpers: number[];
}

interface Lowered {
  before: Niceness;
  after: Niceness;
  /** The niceness helpers are given. */
  helperNiceness: number;
}

/** Each thread's niceness before and after lowerHelperThreads(), in a Node process started by `command` (a program and its arguments before Node's). */
function lowered(command: string[] = []): Lowered {
  const script = `
    const fs = require("node:fs");
    const os = require("node:os");
    const { lowerHelperThreads, helperNiceness } = require(${JSON.stringify(helperThreads)});
    const threads = process.platform === "linux" ? fs.readdirSync("/proc/self/task").map(Number) : [process.pid];
    const read = () => ({ main: os.getPriority(process.pid), helpers: threads.filter((id) => id !== process.pid).map((id) => os.getPriority(id)) });
    const before = read();
    lowerHelperThreads();
    process.stdout.write(JSON.stringify({ before, after: read(), helperNiceness }));
  `;
  const [program, ...args] = [...command, process.execPath, "-e", script];
  const run = spawnSync(program, args, { encoding: "utf8" });
  if (run.status !== 0) throw new Error(run.stderr);
  return JSON.parse(run.stdout) as Lowered;
}

test("the main thread keeps its priority; on Linux each helper's is lowered", () => {
  const { before, after, helperNiceness } = lowered();
  expect(after.main).toBe(before.main);
  if (process.platform === "linux") {
    expect(after.helpers.length).toBeGreaterThan(0);
    expect(after.helpers).toEqual(before.helpers.map((n) => Math.max(n, helperNiceness)));
    // Started at the usual priority (not under `nice` already), every helper is lowered.
    if (before.main < helperNiceness) expect(after.helpers.every((n, i) => n > before.helpers[i])).toBe(true);
  } else expect(after).toEqual(before);
});

test("started under `nice`, the main thread keeps the niceness it was given", () => {
  const command = process.platform === "linux" ? ["nice", "-n", "5"] : [];
  const { before, after, helperNiceness } = lowered(command);
  expect(after.main).toBe(before.main);
  if (process.platform === "linux") {
    expect(before.main).toBeGreaterThanOrEqual(5);
    expect(after.helpers).toEqual(before.helpers.map((n) => Math.max(n, helperNiceness)));
  } else expect(after).toEqual(before);
});
