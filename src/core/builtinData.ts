/**
 * LKE's built-in data (answer and predicate scales, schemes, layout and form profiles,
 * regulations) is used as written rather than parsed at every start: building zod's schemas
 * for it was most of a command's start-up. So each file is written complete, every default
 * spelled out, and test/core/builtinData.test.ts checks that each is exactly what its schema
 * makes of it. The schemas themselves are built on first
 * use (z.lazy), for data a user brings: a custom scheme, a layout or form file, LKE's state.
 */
export function asWritten<T>(data: unknown): T {
  return data as T;
}
