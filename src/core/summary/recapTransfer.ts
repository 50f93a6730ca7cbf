/**
 * A RecapFile as plain data and back: what a worker thread can send, since a message carries
 * no class instance (an exact value) and no object's identity (the index kinds and the built-in
 * scales are compared by identity). The recap made from a revived file is the recap made from
 * the file itself.
 */
import { exactParts, fromExactParts, type ExactParts } from "../exact";
import type { PredicateScale } from "../scale/predicateScale";
import { builtinRegistry } from "../scheme/registry";
import { indexKinds, type IndexRow, type IndexTable, type IndexValue } from "./indices";
import type { IndexKindId } from "./labels";
import type { RecapFile } from "./recapFile";

type PlainValue = Omit<IndexValue, "kind" | "value"> & { kind: IndexKindId; value: ExactParts | null };
type PlainRow = Omit<IndexRow, "values"> & { values: PlainValue[] };

export interface PlainRecapFile extends Omit<RecapFile, "indices" | "predicateScales"> {
  indices: { kinds: IndexKindId[]; rows: PlainRow[] } | null;
  /** Null for the built-in scales, which the receiver has. */
  predicateScales: ReadonlyMap<string, PredicateScale> | null;
}

export function plainRecapFile(file: RecapFile): PlainRecapFile {
  const indices = file.indices && {
    kinds: file.indices.kinds.map((kind) => kind.scale),
    rows: file.indices.rows.map((row) => ({
      ...row,
      values: row.values.map((v) => ({ ...v, kind: v.kind.scale, value: v.value === null ? null : exactParts(v.value) })),
    })),
  };
  const predicateScales = file.predicateScales === builtinRegistry().predicateScales ? null : file.predicateScales;
  return { ...file, indices, predicateScales };
}

function indexKind(id: IndexKindId) {
  const kind = indexKinds.find((k) => k.scale === id);
  if (!kind) throw new Error(`No index kind ${id}.`);
  return kind;
}

export function revivedRecapFile(plain: PlainRecapFile): RecapFile {
  const indices: IndexTable | null = plain.indices && {
    kinds: plain.indices.kinds.map(indexKind),
    rows: plain.indices.rows.map((row) => ({
      ...row,
      values: row.values.map((v) => ({ ...v, kind: indexKind(v.kind), value: v.value === null ? null : fromExactParts(v.value) })),
    })),
  };
  return { ...plain, indices, predicateScales: plain.predicateScales ?? builtinRegistry().predicateScales };
}
