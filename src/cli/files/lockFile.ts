/** The lock files spreadsheet programs keep beside a workbook that is open. */
import * as fs from "node:fs";
import * as path from "node:path";

/** Excel's owner file "~$name.xlsx", LibreOffice's ".~lock.name.xlsx#". */
function lockFileNames(name: string): string[] {
  return [`~$${name}`, `.~lock.${name}#`];
}

/** The lock file that says `file` is open in Excel or LibreOffice, or null. */
export function openLockFile(file: string): string | null {
  const dir = path.dirname(file);
  for (const name of lockFileNames(path.basename(file))) {
    const lock = path.join(dir, name);
    if (fs.existsSync(lock)) return lock;
  }
  return null;
}

/** Is this file itself a lock file ("~$a.xlsx", ".~lock.a.xlsx#")? */
export function isLockFile(file: string): boolean {
  const name = path.basename(file);
  return name.startsWith("~$") || (name.startsWith(".~lock.") && name.endsWith("#"));
}
