import { longDate } from "../../../src/core/messages/format";

test.each([
  [new Date(2026, 11, 1), "id", "1 Desember 2026"],
  [new Date(2026, 11, 1), "en", "1 December 2026"],
  [new Date(2027, 0, 31), "id", "31 Januari 2027"],
  [new Date(2027, 0, 31), "en", "31 January 2027"],
  [new Date(2025, 4, 9), "id", "9 Mei 2025"],
  [new Date(2025, 7, 17), "id", "17 Agustus 2025"],
  [new Date(2025, 7, 17), "en", "17 August 2025"],
] as const)("%s in %s is %s", (date, lang, text) => {
  expect(longDate(date, lang)).toBe(text);
});

test("the day is the local calendar's, late in the evening too", () => {
  const evening = new Date(2026, 11, 31, 23, 59, 59);
  expect([longDate(evening, "id"), longDate(evening, "en")]).toEqual(["31 Desember 2026", "31 December 2026"]);
});
