import { BoundedCache } from "../../src/core/boundedCache";
import { CellStrings } from "../../src/core/cellStrings";

test("a bounded cache keeps null values apart from missing ones", () => {
  const cache = new BoundedCache<string, number | null>();
  expect(cache.set("x", null)).toBeNull();
  expect(cache.get("x")).toBeNull();
  expect(cache.get("y")).toBeUndefined();
});

test("past its limit a bounded cache starts afresh", () => {
  const cache = new BoundedCache<string, number>(2);
  cache.set("a", 1);
  cache.set("b", 2);
  cache.set("c", 3);
  expect([cache.get("a"), cache.get("b"), cache.get("c")]).toEqual([undefined, undefined, 3]);
});

test("cell strings are made once inside the kept area and each time outside it", () => {
  const made: string[] = [];
  const strings = new CellStrings((row, col) => (made.push(`${row}:${col}`), `${row}/${col}`), 10, 2);
  for (const [row, col] of [[3, 1], [3, 1], [10, 1], [10, 1], [3, 2], [-1, 0]]) expect(strings.get(row, col)).toBe(`${row}/${col}`);
  expect(made).toEqual(["3:1", "10:1", "10:1", "3:2", "-1:0"]);
});
