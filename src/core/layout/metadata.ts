/** The metadata block above the header row (docs/format.md, "Metadata block"). */
import { cellText, type SheetSnapshot } from "../snapshot";
import { normalizeLabel } from "./text";

export const metadataKeys = ["scheme", "unit", "year", "evaluator"] as const;
export type MetadataKey = (typeof metadataKeys)[number];

const labels: Record<MetadataKey, readonly string[]> = {
  scheme: ["Skema", "Scheme"],
  unit: ["Unit", "Unit Kerja", "Perangkat Daerah", "Instansi", "OPD"],
  year: ["Tahun", "Year"],
  evaluator: ["Evaluator", "Penilai"],
};

const keyOfLabel = new Map<string, MetadataKey>();
for (const key of metadataKeys) for (const label of labels[key]) keyOfLabel.set(normalizeLabel(label), key);

export interface MetadataEntry {
  value: string;
  /** Where the value stands (0-based). */
  row: number;
  col: number;
  labelCol: number;
}

export type Metadata = Partial<Record<MetadataKey, MetadataEntry>>;

export function metadataKeyOf(text: string): MetadataKey | undefined {
  return keyOfLabel.get(normalizeLabel(text));
}

/** Reads label/value pairs in rows [0, endRow); the first occurrence of a key wins. */
export function readMetadata(sheet: SheetSnapshot, endRow: number, width: number): Metadata {
  const metadata: Metadata = {};
  for (let row = 0; row < endRow; row++) {
    for (let col = 0; col < width; col++) {
      const key = metadataKeyOf(cellText(sheet, row, col));
      if (!key || metadata[key]) continue;
      for (let valueCol = col + 1; valueCol < width; valueCol++) {
        const value = cellText(sheet, row, valueCol);
        if (value) {
          metadata[key] = { value, row, col: valueCol, labelCol: col };
          break;
        }
      }
      break;
    }
  }
  return metadata;
}
