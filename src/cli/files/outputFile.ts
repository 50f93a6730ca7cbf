/**
 * Where a command's result goes, checked before any work is done, and written so that nothing
 * is lost: an existing file is replaced only when the user asked (--force), never an input,
 * never a device, never while Excel has it open; the bytes go to a temporary file in the same
 * folder, flushed to disk, then renamed over the target, keeping its mode, owner and links.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { CliError } from "../cliError";
import { sameFile } from "./identity";
import { openLockFile } from "./lockFile";

export interface OutputFile {
  /** The path as the user gave it (what messages name). */
  shown: string;
  /** Where the bytes go: the target of a symbolic link, else the path itself. */
  real: string;
  /** The existing file's mode and owner, kept on the new one. */
  existing: { mode: number; uid: number; gid: number } | null;
}

export interface OutputRules {
  /** --force: an existing file may be replaced. */
  force?: boolean;
  /** Files the run reads: none of them may be the output. */
  inputs?: readonly string[];
  /** --in-place: the output is the input itself, by request. */
  inPlace?: boolean;
}

/** Follows symbolic links to the file they lead to, even when it does not exist yet. */
function linkTarget(file: string): string {
  let current = path.resolve(file);
  for (let hops = 0; hops < 40; hops++) {
    let stat: fs.Stats;
    try {
      stat = fs.lstatSync(current);
    } catch {
      return current;
    }
    if (!stat.isSymbolicLink()) return current;
    current = path.resolve(path.dirname(current), fs.readlinkSync(current));
  }
  return current;
}

/**
 * A device, a pipe or a socket at that name, following links as the system does, or any name
 * in the system's device folders: /dev/stdout is a pipe, a terminal or the file a shell
 * redirected it to, and is never replaced by a file.
 */
function isSpecialFile(file: string): boolean {
  if (process.platform !== "win32" && /^\/(dev|proc)\//.test(path.resolve(file))) return true;
  try {
    const stat = fs.statSync(file);
    return !stat.isFile() && !stat.isDirectory();
  } catch {
    return false;
  }
}

export function prepareOutput(file: string, rules: OutputRules = {}): OutputFile {
  // Some links (/dev/stdout, /proc/self/fd/1) lead to a pipe no path names: the system's view first.
  if (isSpecialFile(file)) throw new CliError((w) => w.outputNotRegular(file));
  const real = linkTarget(file);
  let stat: fs.Stats | null = null;
  try {
    stat = fs.statSync(real);
  } catch {
    stat = null;
  }
  if (stat) {
    if (stat.isDirectory()) throw new CliError((w) => w.outputIsFolder(file));
    if (!stat.isFile()) throw new CliError((w) => w.outputNotRegular(file));
    if (!rules.inPlace) {
      if ((rules.inputs ?? []).some((input) => sameFile(input, real))) throw new CliError((w) => w.outputIsInput(file));
      if (!rules.force) throw new CliError((w) => w.outputExists(file));
    }
    const lock = openLockFile(real) ?? openLockFile(file);
    if (lock) throw new CliError((w) => w.openInExcel(file, path.basename(lock)));
  } else if (!fs.existsSync(path.dirname(real))) {
    throw new CliError((w) => w.outputFolderMissing(file));
  }
  return { shown: file, real, existing: stat ? { mode: stat.mode & 0o7777, uid: stat.uid, gid: stat.gid } : null };
}

const knownWriteErrors = ["ENOSPC", "EACCES", "EPERM", "EBUSY", "EROFS", "ENAMETOOLONG"] as const;
type KnownWriteError = (typeof knownWriteErrors)[number];

function writeError(file: string, error: unknown): CliError {
  const code = (error as NodeJS.ErrnoException)?.code ?? "?";
  if (code === "ENOENT") return new CliError((w) => w.outputFolderMissing(file));
  if ((knownWriteErrors as readonly string[]).includes(code)) return new CliError((w) => w.writeFailed[code as KnownWriteError](file));
  return new CliError((w) => w.writeFailed.other(file, code));
}

const heldSignals = ["SIGINT", "SIGTERM", "SIGHUP"] as const;

/**
 * Holds an interrupt (Ctrl+C, a polite kill) while a temporary file exists: the write, rename
 * or removal ends first (it is synchronous), then the run ends as the signal would have ended
 * it. Without this a kill mid-write left the whole temporary file behind.
 */
function holdSignals(): () => void {
  let received: NodeJS.Signals | null = null;
  const hold = (signal: NodeJS.Signals) => {
    received ??= signal;
  };
  for (const signal of heldSignals) process.on(signal, hold);
  return () => {
    // A signal that arrived during the write is handed to its listener on the next turn.
    setImmediate(() => {
      for (const signal of heldSignals) process.off(signal, hold);
      if (received) process.kill(process.pid, received);
    });
  };
}

/**
 * Eight hex digits for a temporary file's name. Math.random is enough: "wx" refuses a name that
 * is taken rather than write over it, and loading Node's crypto (and OpenSSL) for them cost a
 * command more than writing its file.
 */
function tempTag(): string {
  return Math.floor(Math.random() * 0x100000000)
    .toString(16)
    .padStart(8, "0");
}

/** Writes the whole file or nothing: a crash or a full disk leaves the old file whole. */
export async function writeOutput(output: OutputFile, data: Buffer | (() => Promise<Buffer>)): Promise<void> {
  const bytes = typeof data === "function" ? await data() : data;
  // A short name: a long target name must not fail on its temporary twin.
  const temp = path.join(path.dirname(output.real), `.lke-${tempTag()}.tmp`);
  const release = holdSignals();
  try {
    const fd = fs.openSync(temp, "wx", output.existing?.mode ?? 0o666);
    try {
      fs.writeFileSync(fd, bytes);
      fs.fsyncSync(fd);
    } finally {
      fs.closeSync(fd);
    }
    if (output.existing) {
      fs.chmodSync(temp, output.existing.mode);
      try {
        fs.chownSync(temp, output.existing.uid, output.existing.gid);
      } catch {
        // Only the owner's administrator may give a file away; the mode is kept regardless.
      }
    }
    fs.renameSync(temp, output.real);
  } catch (error) {
    fs.rmSync(temp, { force: true });
    throw writeError(output.shown, error);
  } finally {
    release();
  }
}

/**
 * Copies `file` to the first free "a.backup.xlsx", "a.backup-2.xlsx", ... beside it, never over
 * an earlier backup; returns the backup's path.
 */
export function makeBackup(file: string): string {
  const ext = path.extname(file) || ".xlsx";
  const stem = path.join(path.dirname(file), path.basename(file, path.extname(file)));
  for (let n = 1; ; n++) {
    const backup = `${stem}.backup${n === 1 ? "" : `-${n}`}${ext}`;
    try {
      fs.copyFileSync(file, backup, fs.constants.COPYFILE_EXCL);
      return backup;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw writeError(backup, error);
    }
  }
}
