/**
 * Lets the thread that runs LKE go first. Node starts four V8 helper threads (compiling hot
 * functions, collecting garbage) whatever the machine has; on a two-core PC they take turns with
 * the main thread, and a province's recap took about a tenth longer for it (`npm run bench`).
 * Their priority is lowered, so they run on the cores the main thread leaves free.
 *
 * Linux only, where a thread's priority is its own and /proc lists the threads; elsewhere, or
 * when the system says no, nothing changes: this is about time, never about results.
 */
"use strict";

const fs = require("node:fs");
const os = require("node:os");

/**
 * The niceness given to the helpers: well below the main thread's, not the lowest. At 19 the
 * main thread waited less for its core but ran as much longer, its optimised code coming later;
 * and helpers at 19 would starve whenever anything else runs.
 */
const helperNiceness = 10;

function lowerHelperThreads() {
  if (process.platform !== "linux") return;
  let threads;
  try {
    threads = fs.readdirSync("/proc/self/task");
  } catch {
    return;
  }
  for (const thread of threads) {
    const id = Number(thread);
    if (!Number.isInteger(id) || id === process.pid) continue;
    try {
      if (os.getPriority(id) < helperNiceness) os.setPriority(id, helperNiceness);
    } catch {
      // A thread that has ended, or a system that refuses: the run goes on as it is.
    }
  }
}

module.exports = { lowerHelperThreads, helperNiceness };
