/**
 * bin/cli.js loads the bundled command line with the code cache `npm run prepare` made for it,
 * and only for it: a cache made from other bytes is left aside, and a missing one changes
 * nothing but the time.
 */
import { spawnSync } from "node:child_process";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";

const root = path.join(__dirname, "..", "..");

/** A copy of the installed command line (bin, bundle, cache, package.json) to alter. */
function installedCopy(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "lke-code-cache-test-"));
  for (const file of ["bin/cli.js", "bin/helperThreads.js", "bin/lke.js", "dist/node/lke.js", "dist/node/lke.code-cache", "package.json"]) {
    fs.mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
    fs.copyFileSync(path.join(root, file), path.join(dir, file));
  }
  return dir;
}

/** Whether the copy in `dir` loads with its cache, and what `lke --version` prints there. */
function loadIn(dir: string): { cacheUsed: boolean; version: string } {
  const probe = spawnSync(process.execPath, ["-e", `process.stdout.write(String(require(${JSON.stringify(path.join(dir, "bin", "cli.js"))}).loadCli().cacheUsed))`], { encoding: "utf8" });
  const version = spawnSync(process.execPath, [path.join(dir, "bin", "lke.js"), "--version"], { encoding: "utf8" });
  return { cacheUsed: probe.stdout === "true", version: version.stdout.trim() };
}

const { version } = JSON.parse(fs.readFileSync(path.join(root, "package.json"), "utf8")) as { version: string };

test("the build's own cache is used", () => {
  expect(loadIn(installedCopy())).toEqual({ cacheUsed: true, version });
});

test("a cache made from other bytes is left aside, and the command still runs", () => {
  const dir = installedCopy();
  fs.appendFileSync(path.join(dir, "dist", "node", "lke.js"), "\n// changed after the cache was made\n");
  expect(loadIn(dir)).toEqual({ cacheUsed: false, version });
});

test("without a cache the command runs as before", () => {
  const dir = installedCopy();
  fs.rmSync(path.join(dir, "dist", "node", "lke.code-cache"));
  expect(loadIn(dir)).toEqual({ cacheUsed: false, version });
});

test("a damaged cache is left aside", () => {
  const dir = installedCopy();
  const cache = path.join(dir, "dist", "node", "lke.code-cache");
  const bytes = fs.readFileSync(cache);
  bytes.fill(7, 40, 4000);
  fs.writeFileSync(cache, bytes);
  expect(loadIn(dir)).toEqual({ cacheUsed: false, version });
});
