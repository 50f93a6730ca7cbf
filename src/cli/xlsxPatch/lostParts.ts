/** What a full rewrite of the workbook would drop: parts of the input missing from the output. */
import { inspectZip } from "../zipLimits";

/** The calculation chain is left out on purpose (Excel rebuilds it); everything else counts. */
export function lostParts(input: Buffer, output: Buffer): string[] {
  const before = inspectZip(input);
  const after = inspectZip(output);
  if (!before.ok || !after.ok) return [];
  const kept = new Set(after.names.map((n) => n.toLowerCase()));
  return before.names.filter((name) => !name.endsWith("/") && !kept.has(name.toLowerCase()) && !/(^|\/)calcChain\.xml$/i.test(name));
}
