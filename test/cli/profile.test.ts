/**
 * Layouts as the user's data: `lke profile` drafts a form profile from a workbook; a form whose
 * headers LKE does not know is read with that profile, edited, given as --layout-file or carried
 * in a "Profil LKE" sheet of the workbook itself.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { main } from "../../src/cli/main";
import { penilaianRows, resumeRows } from "../core/profile/kkeFixture";
import { writeLampiranWorkbook } from "../core/profile/lampiranFixture";
import { bufferOutput } from "../helpers/bufferOutput";
import { tempDir, writeRows } from "../helpers/xlsxFromRows";

async function run(args: string[]) {
  const out = bufferOutput();
  const code = await main(args, out);
  return { code, out, json: out.jsonValues[0] as any };
}

/** The ZI fixture with headers of a regency's own: "Tipe Jawaban", "Respon", "Skor". */
const renamed = (rows: unknown[][]) => {
  const header = [...rows[2]];
  header[6] = "Tipe Jawaban";
  header[7] = header[10] = "Respon";
  header[8] = header[11] = "Skor";
  return rows.map((row, i) => (i === 2 ? header : row)) as any;
};

describe("lke profile and --layout-file", () => {
  let dir: string;
  beforeAll(() => {
    dir = tempDir("lke-profile-");
  });

  test("profile drafts the form it reads: header row, columns, assessments, total cells, answer types", async () => {
    const file = await writeLampiranWorkbook(path.join(dir, "zi.xlsx"), "zi");
    const output = path.join(dir, "zi-profil.json");
    const { code, json } = await run(["profile", file, "-o", output, "--id", "zi-contoh"]);
    expect(code).toBe(0);
    expect(json.found).toEqual({
      sheet: "LKE ZI",
      headerRow: 3,
      columns: { text: "A", weight: "F", choices: "G", answer: "H", value: "I", percent: "J" },
      assessments: [
        { heading: "PENILAIAN UNIT KERJA", answer: "H", value: "I", total: "I21" },
        { heading: "PENILAIAN EVALUATOR", answer: "K", value: "L", total: "L21" },
      ],
      answerTypes: ["Ya/Tidak", "A/B/C", "A/B/C/D", "Ya", "A/B/C/D/E", "%", "Nilai (0-4)"],
    });
    const profile = JSON.parse(fs.readFileSync(output, "utf8"));
    expect([profile.id, profile.headers.answer[0], profile.totalLabels[0]]).toEqual(["zi-contoh", "^Jawaban$", "^NILAI EVALUASI ZONA INTEGRITAS$"]);
  });

  test("a form with headers of its own is no evaluation to LKE until its profile says what they are", async () => {
    const file = await writeLampiranWorkbook(path.join(dir, "zi-sendiri.xlsx"), "zi", renamed);
    const unknown = await run(["check", file, "--json"]);
    expect([unknown.code, unknown.json.findings.map((f: any) => f.code)]).toEqual([1, ["no-evaluation-sheet"]]);

    const drafted = await run(["profile", file, "--id", "zi-sendiri"]);
    expect([drafted.code, drafted.json.found, drafted.json.missing]).toEqual([1, null, ["choices", "answer", "value"]]);
    const profile = drafted.json.profile;
    profile.headers.choices = ["^tipe jawaban$"];
    profile.headers.answer = ["^respon$"];
    profile.headers.value = ["^skor$"];
    const layoutFile = path.join(dir, "zi-sendiri.json");
    fs.writeFileSync(layoutFile, JSON.stringify(profile));

    const scored = await run(["score", file, "-o", path.join(dir, "zi-sendiri.dinilai.xlsx"), "--json", "--layout-file", layoutFile]);
    expect(scored.code).toBe(0);
    expect(scored.json.sheets.map((s: any) => [s.assessment, s.total])).toEqual([
      ["PENILAIAN UNIT KERJA", 79.13],
      ["PENILAIAN EVALUATOR", 82.43],
    ]);

    // The same profile carried in the workbook's own "Profil LKE" sheet, split over cells.
    const text = JSON.stringify(profile);
    const own = await writeLampiranWorkbook(path.join(dir, "zi-profil-sendiri.xlsx"), "zi", renamed, [
      { name: "Profil LKE", column: [text.slice(0, 200), text.slice(200)] },
    ]);
    const checked = await run(["check", own, "--json"]);
    expect(checked.json.findings.filter((f: any) => f.severity === "warning").map((f: any) => f.cell)).toEqual(["G10", "K8", "K8", "L9", "L14"]);
  });

  test("an invalid layout file is refused, naming the field", async () => {
    const file = await writeLampiranWorkbook(path.join(dir, "zi2.xlsx"), "zi");
    const layoutFile = path.join(dir, "rusak.json");
    fs.writeFileSync(layoutFile, JSON.stringify({ id: "rusak", name: "x", headers: { text: ["^penilaian$"] } }));
    const { code, out } = await run(["check", file, "--layout-file", layoutFile]);
    expect(code).toBe(2);
    expect(out.stderr.join("\n")).toMatch(/headers\.weight/);
  });
});

describe("--layout-file with a regency KKE layout profile", () => {
  test("a KKE whose NILAI column is headed SKOR is read once its profile says so, with the same result", async () => {
    const dir = tempDir("lke-kke-profile-");
    const original = await writeRows(path.join(dir, "kke.xlsx"), [
      { name: "RESUME", rows: resumeRows() },
      { name: "PENILAIAN", rows: penilaianRows() },
    ]);
    const detail = penilaianRows();
    detail[2] = detail[2].map((cell) => (cell === "NILAI" ? "SKOR" : cell));
    const renamed = await writeRows(path.join(dir, "kke-skor.xlsx"), [
      { name: "RESUME", rows: resumeRows() },
      { name: "PENILAIAN", rows: detail },
    ]);
    const profile = JSON.parse(fs.readFileSync(path.resolve(__dirname, "../../src/core/profile/builtin/kke-trenggalek.json"), "utf8"));
    profile.id = "kke-contoh";
    profile.detail.columns.value = ["SKOR"];
    const layoutFile = path.join(dir, "kke-contoh.json");
    fs.writeFileSync(layoutFile, JSON.stringify(profile));

    const before = await run(["check", renamed, "--json"]);
    expect(before.json.findings.some((f: any) => f.code === "no-evaluation-sheet" || f.code === "missing-header-role")).toBe(true);
    const expected = await run(["score", original, "-o", path.join(dir, "a.xlsx"), "--json"]);
    const scored = await run(["score", renamed, "-o", path.join(dir, "b.xlsx"), "--json", "--layout-file", layoutFile]);
    expect(scored.json.sheets.map((s: any) => [s.sheet, s.scheme, s.total])).toEqual([["PENILAIAN", "kke-contoh", expected.json.sheets[0].total]]);
  });
});
