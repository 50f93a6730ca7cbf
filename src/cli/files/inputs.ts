/**
 * The workbooks a command reads, from what the user named: files, folders (their .xlsx files)
 * and patterns. Excel's lock files are skipped with a note, the same file named twice is read
 * once, and a name that leads nowhere is reported for that name while the others go on.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import type { Said } from "../cliError";
import { expandPattern, hasPattern } from "./glob";
import { fileKey } from "./identity";
import { isLockFile } from "./lockFile";

export interface InputFile {
  /** The path as found (relative to where LKE runs when the user gave it so). */
  path: string;
  /** How reports name it: the file name, or the path where two names are alike. */
  label: string;
}

export interface InputProblem {
  /** The name as the user gave it. */
  file: string;
  said: Said;
}

export interface Inputs {
  files: InputFile[];
  /** Names that gave no workbook: a pattern matching nothing, an empty folder. */
  problems: InputProblem[];
  /** What was passed over and why (lock files, repeats). */
  notes: Said[];
}

const workbookExtension = /\.(xlsx|xlsm)$/i;

function folderWorkbooks(folder: string): string[] {
  return fs
    .readdirSync(folder, { withFileTypes: true })
    .filter((e) => !e.name.startsWith(".") && workbookExtension.test(e.name) && (e.isFile() || e.isSymbolicLink()))
    .map((e) => path.join(folder, e.name))
    .sort((a, b) => a.localeCompare(b, "en", { numeric: true, sensitivity: "base" }));
}

function isFolder(arg: string): boolean {
  try {
    return fs.statSync(arg).isDirectory();
  } catch {
    return false;
  }
}

export function expandInputs(args: readonly string[]): Inputs {
  const problems: InputProblem[] = [];
  const notes: Said[] = [];
  const found: string[] = [];
  for (const arg of args) {
    if (isFolder(arg)) {
      const files = folderWorkbooks(arg);
      if (files.length === 0) problems.push({ file: arg, said: (w) => w.emptyFolder(arg) });
      found.push(...files);
    } else if (hasPattern(arg) && !fs.existsSync(arg)) {
      const files = expandPattern(arg).filter((f) => workbookExtension.test(f) || !hasPattern(path.basename(arg)));
      if (files.length === 0) problems.push({ file: arg, said: (w) => w.noMatch(arg) });
      found.push(...files);
    } else found.push(arg);
  }
  const seen = new Set<string>();
  const files: string[] = [];
  for (const file of found) {
    if (isLockFile(file)) {
      notes.push((w) => w.lockSkipped(file));
      continue;
    }
    const key = fileKey(file);
    if (seen.has(key)) {
      notes.push((w) => w.namedTwice(file));
      continue;
    }
    seen.add(key);
    files.push(file);
  }
  return { files: withLabels(files), problems, notes };
}

/** File labels: the file name, or the path as found where two names are alike. */
function withLabels(files: readonly string[]): InputFile[] {
  const names = files.map((f) => path.basename(f).toLowerCase());
  return files.map((file, i) => ({ path: file, label: names.filter((n) => n === names[i]).length > 1 ? file : path.basename(file) }));
}
