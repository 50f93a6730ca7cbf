/** The installed `lke` command (bin/lke.js runs the build that `npm ci` makes through `prepare`). */
import { spawnSync } from "node:child_process";
import * as fs from "node:fs";
import * as path from "node:path";

const bin = path.join(__dirname, "..", "..", "bin", "lke.js");

function run(...args: string[]) {
  return spawnSync(process.execPath, [bin, ...args], { encoding: "utf8" });
}

test("lke --help lists check, score, summary, template and schemes", () => {
  const { stdout, status } = run("--help");
  expect([status, ["check", "score", "summary", "template", "schemes"].every((c) => new RegExp(`^  ${c} `, "m").test(stdout))]).toEqual([0, true]);
});

test("each command has its own --help", () => {
  const { stdout } = run("score", "--help");
  expect(stdout).toMatch(/--values/);
});

test("lke --version prints the package version", () => {
  const { stdout } = run("--version");
  const { version } = JSON.parse(fs.readFileSync(path.join(__dirname, "..", "..", "package.json"), "utf8")) as { version: string };
  expect(stdout.trim()).toBe(version);
});

test("a bad command exits 2", () => {
  expect(run("hitung").status).toBe(2);
});
