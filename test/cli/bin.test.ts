/** The installed `lke` command (bin/lke.js runs the build that `npm ci` makes through `prepare`). */
import { spawnSync } from "node:child_process";
import * as fs from "node:fs";
import * as os from "node:os";
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

test.each([
  ["check", "true"],
  ["score", "true"],
  ["check", "head -c 1"],
])("a reader that closes the pipe early ends %s quietly, with its usual exit code (| %s)", (command, reader) => {
  const example = path.join(__dirname, "..", "..", "examples", "kabupaten-sukamaju-2024.xlsx");
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "lke-pipe-"));
  const input = path.join(dir, "a.xlsx");
  fs.copyFileSync(example, input);
  // `true` reads nothing and exits: every line LKE writes meets a closed pipe.
  const line = `"${process.execPath}" "${bin}" ${command} "${input}" | ${reader} >/dev/null; echo "status \${PIPESTATUS[0]}" >&2`;
  const result = spawnSync("bash", ["-c", line], { encoding: "utf8" });
  // The sample has one error finding: exit 1, as without the pipe.
  expect(result.stderr).toBe("status 1\n");
});

test("-v and -V print the version", () => {
  expect([run("-v").stdout.trim(), run("-V").stdout.trim()]).toEqual([run("--version").stdout.trim(), run("--version").stdout.trim()]);
});

test("the bundle is written in ASCII, and its messages still print their own quotes and dashes", () => {
  const bundle = fs.readFileSync(path.join(__dirname, "..", "..", "dist", "node", "lke.js"), "utf8");
  const example = path.join(__dirname, "..", "..", "examples", "kabupaten-sukamaju-2024.xlsx");
  const { stdout } = run("check", example, "--lang", "en");
  expect([/[^\t-\x7f]/.test(bundle), /The answer “ba” for 3\.b/.test(stdout)]).toEqual([false, true]);
});
