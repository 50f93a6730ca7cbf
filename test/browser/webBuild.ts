/**
 * The add-in's production build for the browser tests: LKE_WEB_DIST when set (CI tests the
 * build it just made), otherwise one webpack build per test process, without LKE_PUBLIC_URL,
 * shared by the test files of that process.
 */
import { spawn } from "node:child_process";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";

export const ROOT = path.resolve(__dirname, "../..");
const webpackCli = path.join(ROOT, "node_modules/webpack-cli/bin/cli.js");

export function run(command: string, args: string[], env: NodeJS.ProcessEnv = process.env): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd: ROOT, env, stdio: ["ignore", "pipe", "pipe"] });
    let output = "";
    child.stdout.on("data", (d) => (output += d));
    child.stderr.on("data", (d) => (output += d));
    child.on("error", reject);
    child.on("close", (code) => (code === 0 ? resolve() : reject(new Error(`${command} ${args.join(" ")} failed (${code}):\n${output.slice(-4000)}`))));
  });
}

/** Runs webpack with a config file (or the add-in's own) into `outputPath`. */
export function webpack(outputPath: string, config?: string, env: NodeJS.ProcessEnv = process.env): Promise<void> {
  return run(process.execPath, [webpackCli, ...(config ? ["--config", config] : ["--mode", "production"]), "--output-path", outputPath], env);
}

/** The folder holding taskpane.html and the rest of dist/web. */
export async function builtWeb(): Promise<string> {
  if (process.env.LKE_WEB_DIST) return path.resolve(ROOT, process.env.LKE_WEB_DIST);
  const dir = path.join(os.tmpdir(), `lke-web-${process.pid}`);
  const done = path.join(dir, ".built");
  if (!fs.existsSync(done)) {
    const env = { ...process.env };
    delete env.LKE_PUBLIC_URL;
    await webpack(dir, undefined, env);
    fs.writeFileSync(done, "");
    process.once("exit", () => fs.rmSync(dir, { recursive: true, force: true }));
  }
  return dir;
}
