/**
 * Files LKE wrote itself, told apart from the evaluators' workbooks so a recap counts each unit
 * once: a scored copy says in its LKE_State which file it was made from, a backup carries
 * LKE's backup name ("a.backup.xlsx", "a.backup-2.xlsx"), a recap lists LKE's recap sheets.
 */
import * as path from "node:path";
import { type WorkbookSnapshot, readState, summarySheetNames } from "../../core";
import { fileKey } from "./identity";

/** `sourceKey`: the fileKey of the workbook it was made from. */
export type Derived = { kind: "scored-copy" | "backup"; source: string; sourceKey: string } | { kind: "recap" };

const backupName = /^(.*)\.backup(?:-\d+)?(\.xlsx|\.xlsm)$/i;
const scoredName = /^(.*)\.dinilai(\.xlsx|\.xlsm)$/i;

/**
 * What `file` is, when LKE made it from one of the run's other inputs (`inputKeys`, by
 * fileKey) or as a recap; null for an evaluator's workbook. A copy is only a candidate: the
 * recap leaves out just those of its units that its source holds too.
 */
export function derivedFrom(file: string, snapshot: WorkbookSnapshot, hasIndicatorSheets: boolean, inputKeys: ReadonlySet<string>): Derived | null {
  const dir = path.dirname(file);
  const made = (kind: "scored-copy" | "backup", source: string): Derived | null => {
    const sourceKey = fileKey(path.join(dir, source));
    return inputKeys.has(sourceKey) ? { kind, source, sourceKey } : null;
  };
  const state = readState(snapshot);
  const name = path.basename(file);
  const backup = backupName.exec(name);
  // Scored copies made before copies carried their source are told by LKE's name and state sheet.
  const scored = scoredName.exec(name);
  const found =
    (state.copyOf !== undefined ? made("scored-copy", state.copyOf) : null) ??
    (backup ? made("backup", `${backup[1]}${backup[2]}`) : null) ??
    (scored && state.undo ? made("scored-copy", `${scored[1]}${scored[2]}`) : null);
  if (found) return found;
  const recapSheets: readonly string[] = Object.values(summarySheetNames);
  if (!hasIndicatorSheets && state.ownedSheets.some((s) => recapSheets.includes(s))) return { kind: "recap" };
  return null;
}
