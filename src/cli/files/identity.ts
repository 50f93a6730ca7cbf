/**
 * Whether two paths name the same file: by the file's identity (device and inode, after
 * following links), never by the path's spelling, so a link, a hard link, another spelling of
 * a folder or another letter case on a case-insensitive disk all count as the same file.
 */
import * as fs from "node:fs";
import * as path from "node:path";

function identity(file: string): string | null {
  try {
    const stat = fs.statSync(file, { bigint: true });
    // Some file systems report no inode (0): then only the real path can tell.
    return stat.ino === 0n ? null : `${stat.dev}:${stat.ino}`;
  } catch {
    return null;
  }
}

function realPath(file: string): string {
  try {
    return fs.realpathSync.native(file);
  } catch {
    return path.resolve(file);
  }
}

/** A key equal for every path that reaches the same existing file; the real path otherwise. */
export function fileKey(file: string): string {
  return identity(file) ?? `path:${caseFold(realPath(file))}`;
}

export function sameFile(a: string, b: string): boolean {
  return fileKey(a) === fileKey(b);
}

/** Windows and macOS disks ignore letter case by default; elsewhere a path is compared as it is. */
function caseFold(file: string): string {
  return process.platform === "win32" || process.platform === "darwin" ? file.toLowerCase() : file;
}
