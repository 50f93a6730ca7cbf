/** The package version, read from package.json wherever the code runs from (sources or build). */
import * as fs from "node:fs";
import * as path from "node:path";

export function packageVersion(): string {
  for (let dir = __dirname; dir !== path.dirname(dir); dir = path.dirname(dir)) {
    const file = path.join(dir, "package.json");
    if (fs.existsSync(file)) {
      const data = JSON.parse(fs.readFileSync(file, "utf8")) as { name?: string; version?: string };
      if (data.name === "lke" && data.version) return data.version;
    }
  }
  return "0.0.0";
}
