/**
 * src/cli/youngGeneration.ts: when the command line holds it, V8's young generation grows no
 * further once it has reached 16 MB between two workbooks; otherwise V8 sizes it as it always
 * does. Each case runs in a Node process of its own (a V8 setting is the process's), its young
 * generation allowed 32 MB whatever the machine, over "workbooks" that each leave a little
 * behind, as a recap keeps each workbook's rows; and the command line itself over many copies
 * of the sample workbook.
 */
import { spawnSync } from "node:child_process";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";

const root = path.join(__dirname, "..", "..");
const youngGeneration = path.join(root, "src", "cli", "youngGeneration.ts");

interface Sizes {
  /** The young generation's largest size seen between workbooks, in bytes. */
  largest: number;
  held: number;
}

function run(hold: boolean): Sizes {
  const script = `
    const v8 = require("node:v8");
    const { holdYoungGeneration, betweenWorkbooks, heldYoungGenerationBytes } = require(${JSON.stringify(youngGeneration)});
    if (${hold}) holdYoungGeneration();
    const young = () => v8.getHeapSpaceStatistics().find((space) => space.space_name === "new_space").space_size;
    const kept = [];
    let largest = 0;
    for (let workbook = 0; workbook < 300; workbook++) {
      const rows = [];
      for (let i = 0; i < 20000; i++) rows.push({ row: i, text: "unit " + i });
      kept.push(rows.filter((_, i) => i % 20 === 0));
      betweenWorkbooks();
      largest = Math.max(largest, young());
    }
    process.stdout.write(JSON.stringify({ largest, held: heldYoungGenerationBytes }));
  `;
  const child = spawnSync(process.execPath, ["--max-semi-space-size=16", "-r", path.join(root, "scripts", "ts-require.js"), "-e", script], { encoding: "utf8" });
  if (child.status !== 0) throw new Error(child.stderr);
  return JSON.parse(child.stdout) as Sizes;
}

test("held, the young generation stops at 16 MB", () => {
  const { largest, held } = run(true);
  expect(held).toBe(16 * 1024 * 1024);
  expect(largest).toBe(held);
});

test("not held, V8 grows it past that as it always does", () => {
  const { largest, held } = run(false);
  expect(largest).toBeGreaterThan(held);
});

describe("the command line", () => {
  let dir: string;
  let files: string[];
  let recorder: string;
  beforeAll(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), "lke-young-"));
    const sample = path.join(root, "examples", "kabupaten-sukamaju-2024.xlsx");
    // Enough that V8, left alone, grows it past 16 MB every time (at 90 it did four runs in five).
    files = Array.from({ length: 200 }, (_, i) => path.join(dir, `kabupaten-${String(i + 1).padStart(3, "0")}.xlsx`));
    for (const file of files) fs.copyFileSync(sample, file);
    // Says, as the process ends, how large the young generation is.
    recorder = path.join(dir, "young.js");
    fs.writeFileSync(recorder, `process.on("exit", () => process.stderr.write("young " + require("node:v8").getHeapSpaceStatistics().find((s) => s.space_name === "new_space").space_size + "\\n"));`);
  });
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  /** The young generation's size as `lke check` of the 200 files ends, run by `program` (Node's arguments after the recorder). */
  function youngAfterCheck(program: string[]): number {
    const child = spawnSync(process.execPath, ["--max-semi-space-size=16", "-r", recorder, ...program], { encoding: "utf8" });
    const young = /^young (\d+)$/m.exec(child.stderr);
    if (child.status === 2 || young === null) throw new Error(child.stderr);
    return Number(young[1]);
  }

  test("lke holds it over many workbooks", () => {
    expect(youngAfterCheck([path.join(root, "bin", "lke.js"), "check", ...files])).toBe(16 * 1024 * 1024);
  });

  test("the same commands run inside another program do not", () => {
    const script = `require(${JSON.stringify(path.join(root, "bin", "cli.js"))}).loadCli().cli.main(["check", ...${JSON.stringify(files)}], { print() {}, json() {}, error() {} })`;
    expect(youngAfterCheck(["-e", script])).toBeGreaterThan(16 * 1024 * 1024);
  });
});
