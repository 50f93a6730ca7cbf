/**
 * Runs `lke` from the sources in a child process under a heap ceiling, and reports its peak
 * resident memory: a workbook built to exhaust memory shows it here without harming the tests.
 */
import { spawnSync } from "node:child_process";
import * as path from "node:path";

const root = path.join(__dirname, "..", "..");

export interface ChildRun {
  status: number | null;
  stdout: string;
  stderr: string[];
  /** Peak resident set size of the child, in MB. */
  peakMb: number;
}

const marker = "lke-peak-kb:";

export function runLke(args: string[], heapMb = 256): ChildRun {
  const script = `require(${JSON.stringify(path.join(root, "src", "cli", "main.ts"))}).main(${JSON.stringify(args)}).then((code) => {
    process.exitCode = code;
    process.stderr.write("${marker}" + process.resourceUsage().maxRSS + "\\n");
  });`;
  // The timeout only keeps a hang from stalling the suite; no test asserts a speed.
  const child = spawnSync(process.execPath, [`--max-old-space-size=${heapMb}`, "-r", path.join(root, "scripts", "ts-require.js"), "-e", script], {
    cwd: root,
    encoding: "utf8",
    timeout: 120_000,
  });
  const lines = (child.stderr ?? "").split("\n").filter(Boolean);
  const peak = lines.find((l) => l.startsWith(marker));
  return {
    status: child.status,
    stdout: child.stdout ?? "",
    stderr: lines.filter((l) => !l.startsWith(marker)),
    peakMb: peak ? Number(peak.slice(marker.length)) / 1024 : Infinity,
  };
}
