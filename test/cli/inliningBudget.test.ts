/**
 * src/cli/inliningBudget.ts: with the command line's budget, V8's optimising compiler inlines
 * fewer functions into one it optimises; without it, V8 inlines as it always does. Each case
 * runs in a Node process of its own (a V8 setting is the process's) that optimises the same
 * caller of eight middling functions, V8 saying what it inlines into it; and `bin/lke.js` sets
 * that budget, which code running the commands inside another program does not.
 */
import { spawnSync } from "node:child_process";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { inlinedBytecodeBudget } from "../../src/cli/inliningBudget";

const root = path.join(__dirname, "..", "..");
const tsRequire = path.join(root, "scripts", "ts-require.js");
const inliningBudget = path.join(root, "src", "cli", "inliningBudget.ts");

/** Eight functions of about 130 bytes of bytecode each, all called by `probeCaller`, made hot. */
const workload = `
  const callees = [];
  for (let k = 0; k < 8; k++) {
    callees.push(new Function("a", "b", "let s = " + k + "; for (let i = 0; i < a; i++) { s = (s * 31 + i * b + " + k + ") % 1000003; if (s % 7 === " + k + ") s += a; else if (s % 11 === 1) s -= b; else s ^= i; } return s + (a > b ? a - b : b - a) * " + (k + 1) + ";"));
  }
  const [f0, f1, f2, f3, f4, f5, f6, f7] = callees;
  function probeCaller(a, b) { return f0(a, b) + f1(a, b) + f2(a, b) + f3(a, b) + f4(a, b) + f5(a, b) + f6(a, b) + f7(a, b); }
  let total = 0;
  for (let i = 0; i < 200000; i++) total += probeCaller(i % 5, 3);
  if (total === 0) throw new Error("the workload did nothing");
`;

/** How many functions V8 inlined into `probeCaller`, in a Node process run with these arguments. */
function inlinedIntoProbe(args: string[]): number {
  const child = spawnSync(process.execPath, ["--trace-turbo-inlining", ...args], { encoding: "utf8", maxBuffer: 64 * 1024 * 1024 });
  if (child.status !== 0) throw new Error(child.stderr);
  return child.stdout.split("\n").filter((line) => line.startsWith("Inlining ") && line.includes("<SharedFunctionInfo probeCaller>")).length;
}

test("limited, V8 inlines fewer functions into one it optimises", () => {
  const limited = inlinedIntoProbe(["-r", tsRequire, "-e", `require(${JSON.stringify(inliningBudget)}).limitInlining();\n${workload}`]);
  const own = inlinedIntoProbe(["-e", workload]);
  expect(limited).toBeGreaterThan(0);
  expect(own).toBeGreaterThan(limited);
});

describe("the command line", () => {
  // Which V8 settings a run makes, recorded as it makes them and written as it ends (V8's own
  // trace of what it inlines, printed by a process as it ends, does not always reach the pipe).
  let dir: string;
  let recorder: string;
  beforeAll(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), "lke-inlining-"));
    recorder = path.join(dir, "flags.js");
    fs.writeFileSync(
      recorder,
      `const v8 = require("node:v8");
      const set = v8.setFlagsFromString;
      const made = [];
      v8.setFlagsFromString = (flags) => { made.push(flags); return set(flags); };
      process.on("exit", () => require("node:fs").writeSync(2, "flags " + JSON.stringify(made) + "\\n"));`,
    );
  });
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  /** The V8 settings a Node process run with these arguments (after the recorder) made. */
  function flagsMade(program: string[]): string[] {
    const child = spawnSync(process.execPath, ["-r", recorder, ...program], { encoding: "utf8" });
    const made = /^flags (.*)$/m.exec(child.stderr);
    if (child.status !== 0 || made === null) throw new Error(child.stderr);
    return JSON.parse(made[1]) as string[];
  }

  test("lke sets the budget; the same commands run inside another program do not", () => {
    const budget = `--max-inlined-bytecode-size-cumulative=${inlinedBytecodeBudget}`;
    const lke = flagsMade([path.join(root, "bin", "lke.js"), "--version"]);
    const inside = flagsMade(["-e", `require(${JSON.stringify(path.join(root, "bin", "cli.js"))}).loadCli().cli.main(["--version"], { print() {}, json() {}, error() {} })`]);
    expect([lke.includes(budget), inside.includes(budget)]).toEqual([true, false]);
  });
});
