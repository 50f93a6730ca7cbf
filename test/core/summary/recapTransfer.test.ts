/** A RecapFile sent to another thread (structured clone) and revived gives the same recap. */
import { sheetFromRows } from "../../../src/core/snapshot";
import { recapFile } from "../../../src/core/summary/recapFile";
import { indexKinds } from "../../../src/core/summary/indices";
import { plainRecapFile, revivedRecapFile } from "../../../src/core/summary/recapTransfer";
import { buildSummaryOf } from "../../../src/core/summary/summaryPlan";
import { builtinRegistry } from "../../../src/core/scheme/registry";
import { all, at, date, gradeSheet, input, worked } from "./fixtures";

const indeks = sheetFromRows("Indeks", [
  ["Kabupaten/Kota", "Tahun", "Nilai SAKIP", "Indeks RB", "MCP"],
  ["Kabupaten Lamongan", 2024, 82.64, "70,02", 96.83],
  ["Kabupaten Contoh", 2023, "83,18", 120, "belum ada"],
]);

const files = [
  recapFile(input("kab-a.xlsx", [gradeSheet("Dinkes", "Dinas Kesehatan", worked), indeks]), "2024"),
  recapFile(input("kab-b.xlsx", [gradeSheet("Dindik", "Dinas Pendidikan", all("A"))]), "2024"),
];
/** As a worker thread's message carries it. */
const sent = files.map((file) => revivedRecapFile(structuredClone(plainRecapFile(file))));

test("the recap from revived files is the recap from the files", () => {
  const options = { date, at, year: "2024" };
  expect(buildSummaryOf({ sheets: [] }, sent, options)).toEqual(buildSummaryOf({ sheets: [] }, files, options));
});

test("index values come back exact", () => {
  const values = (list: typeof files) => list[0].indices!.rows.flatMap((row) => row.values.map((v) => v.value?.toFraction() ?? null));
  expect(values(sent)).toEqual(values(files));
});

test("index kinds come back as the built-in kinds themselves, which the recap compares by identity", () => {
  expect(sent[0].indices!.kinds.every((kind) => indexKinds.includes(kind))).toBe(true);
});

test("the built-in predicate scales are not sent, and come back as the receiver's own", () => {
  expect([plainRecapFile(files[0]).predicateScales, sent[0].predicateScales === builtinRegistry().predicateScales]).toEqual([null, true]);
});
