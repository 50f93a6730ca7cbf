/**
 * File name patterns expanded by LKE itself, so `data/*.xlsx` means the same in Windows cmd,
 * PowerShell and a Unix shell: `*` and `?` within a name, `[abc]`, and `**` for any depth of
 * folders. Names match without regard to letter case, as evaluators type them.
 */
import * as fs from "node:fs";
import * as path from "node:path";

export function hasPattern(arg: string): boolean {
  return /[*?[]/.test(arg);
}

function segmentRegex(segment: string): RegExp {
  let source = "";
  for (let i = 0; i < segment.length; i++) {
    const c = segment[i];
    if (c === "*") source += "[^/\\\\]*";
    else if (c === "?") source += "[^/\\\\]";
    else if (c === "[") {
      const close = segment.indexOf("]", i + 1);
      if (close < 0) source += "\\[";
      else {
        const inner = segment.slice(i + 1, close).replace(/^!/, "^").replace(/\\/g, "\\\\");
        source += `[${inner}]`;
        i = close;
      }
    } else source += c.replace(/[.+^${}()|\\]/g, "\\$&");
  }
  return new RegExp(`^${source}$`, "i");
}

function entries(dir: string): fs.Dirent[] {
  try {
    return fs.readdirSync(dir, { withFileTypes: true });
  } catch {
    return [];
  }
}

function isDirectory(dir: string, entry: fs.Dirent): boolean {
  if (entry.isDirectory()) return true;
  if (!entry.isSymbolicLink()) return false;
  try {
    return fs.statSync(path.join(dir, entry.name)).isDirectory();
  } catch {
    return false;
  }
}

/** The files a pattern matches, sorted; folders themselves are not returned. */
export function expandPattern(pattern: string): string[] {
  const separator = process.platform === "win32" ? /[\\/]+/ : /\/+/;
  const absolute = path.isAbsolute(pattern);
  const parts = pattern.split(separator).filter((p, i) => p !== "" || i === 0);
  let start = ".";
  if (absolute) {
    start = parts[0] === "" ? path.sep : `${parts[0]}${path.sep}`;
    parts.shift();
  }
  const found = new Set<string>();
  const walk = (dir: string, shown: string, rest: readonly string[]): void => {
    if (rest.length === 0) return;
    const [segment, ...more] = rest;
    const join = (name: string) => (shown === "." ? name : path.join(shown, name));
    if (segment === "**") {
      walk(dir, shown, more);
      for (const entry of entries(dir)) {
        if (!entry.name.startsWith(".") && isDirectory(dir, entry)) walk(path.join(dir, entry.name), join(entry.name), rest);
      }
      return;
    }
    if (!hasPattern(segment)) {
      const next = path.join(dir, segment);
      if (more.length === 0) {
        if (fs.existsSync(next) && !fs.statSync(next).isDirectory()) found.add(join(segment));
      } else walk(next, join(segment), more);
      return;
    }
    const regex = segmentRegex(segment);
    for (const entry of entries(dir)) {
      // A leading dot is matched only when the pattern says so, as shells do.
      if (entry.name.startsWith(".") && !segment.startsWith(".")) continue;
      if (!regex.test(entry.name)) continue;
      if (more.length === 0) {
        if (!isDirectory(dir, entry)) found.add(join(entry.name));
      } else if (isDirectory(dir, entry)) walk(path.join(dir, entry.name), join(entry.name), more);
    }
  };
  walk(start, absolute ? start : ".", parts);
  return [...found].sort((a, b) => a.localeCompare(b, "en", { numeric: true, sensitivity: "base" }));
}
