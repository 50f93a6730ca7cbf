/**
 * Every object reachable from a value through its properties, array items and Map and Set
 * entries: what holding the value keeps alive (closures aside, which no walk can see).
 */
export function reachableObjects(root: unknown): Set<object> {
  const seen = new Set<object>();
  const pending: unknown[] = [root];
  while (pending.length > 0) {
    const value = pending.pop();
    if (value === null || (typeof value !== "object" && typeof value !== "function") || seen.has(value as object)) continue;
    seen.add(value as object);
    if (ArrayBuffer.isView(value) || value instanceof ArrayBuffer) continue;
    if (value instanceof Map) for (const [key, item] of value) pending.push(key, item);
    else if (value instanceof Set) for (const item of value) pending.push(item);
    for (const key of Reflect.ownKeys(value as object)) {
      const descriptor = Object.getOwnPropertyDescriptor(value, key);
      if (descriptor && "value" in descriptor) pending.push(descriptor.value);
    }
  }
  return seen;
}
