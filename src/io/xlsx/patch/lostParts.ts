/** What a full rewrite of the workbook would drop: parts of the input missing from the output. */
import { packagePartNames } from "../nodeZip";

/** The calculation chain is left out on purpose (Excel rebuilds it); everything else counts. */
export function lostParts(input: Buffer, output: Buffer): string[] {
  const before = packagePartNames(input);
  const after = packagePartNames(output);
  if (!before || !after) return [];
  const kept = new Set(after.map((n) => n.toLowerCase()));
  return before.filter((name) => !name.endsWith("/") && !kept.has(name.toLowerCase()) && !/(^|\/)calcChain\.xml$/i.test(name));
}
