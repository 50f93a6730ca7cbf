/** The `lke` command line: check, score, summary, template, schemes. */
import { Command, Option } from "commander";
import { CliError } from "./cliError";
import { requireFiles, runCheck } from "./commands/check";
import { runProfile } from "./commands/profile";
import { runSchemes } from "./commands/schemes";
import { runScore } from "./commands/score";
import { runSummary } from "./commands/summary";
import { runTemplate } from "./commands/template";
import { consoleOutput, type Output } from "./output";
import { parseLang } from "./text";
import { packageVersion } from "./version";

const langOption = () => new Option("--lang <lang>", "bahasa pesan / message language").choices(["id", "en"]).default("id");
const schemeOption = () => new Option("--scheme <id>", "skema untuk semua lembar / scheme for every sheet (see `lke schemes`)");
const schemeFileOption = () => new Option("--scheme-file <file>", "skema kustom (JSON) / custom scheme file (JSON)");
const layoutFileOption = () => new Option("--layout-file <file>", "profil formulir sendiri (JSON, lihat `lke profile`) / your own form profile (JSON, see `lke profile`)");
const layoutOption = () =>
  new Option("--layout <id>", "tata letak: profil daerah (mis. kke-trenggalek) atau lke / layout: a regency profile (e.g. kke-trenggalek) or lke (default: detected)");

export function buildProgram(out: Output, setExit: (code: number) => void): Command {
  const program = new Command();
  program
    .name("lke")
    .description("LKE: periksa, nilai, dan rekap Lembar Kerja Evaluasi (SAKIP, RB) / check, score and summarise evaluation workbooks")
    .version(packageVersion(), "-V, --version")
    .showHelpAfterError()
    .exitOverride();

  program
    .command("check")
    .description("periksa lembar indikator / validate indicator sheets")
    .argument("<workbooks...>", "berkas .xlsx")
    .option("--json", "satu dokumen JSON di stdout / one JSON document on stdout")
    .addOption(langOption())
    .addOption(schemeOption())
    .addOption(schemeFileOption())
    .addOption(layoutOption())
    .addOption(layoutFileOption())
    .action(async (files: string[], opts) => {
      requireFiles(files);
      setExit(await runCheck(files, { ...opts, lang: parseLang(opts.lang) }, out));
    });

  program
    .command("score")
    .description("hitung nilai dan predikat di tempat, ke salinan berkas / score in place, into a copy")
    .argument("<workbook>", "berkas .xlsx")
    .option("-o, --output <file>", "berkas keluaran / output file (default: <nama>.dinilai.xlsx)")
    .option("--json", "satu dokumen JSON di stdout / one JSON document on stdout")
    .option("--values", "tulis nilai saja, tanpa rumus / write plain values, no formulas")
    .option("--in-place", "timpa berkas masukan, setelah membuat <nama>.backup.xlsx / overwrite the input after a backup")
    .addOption(langOption())
    .addOption(schemeOption())
    .addOption(schemeFileOption())
    .addOption(layoutOption())
    .addOption(layoutFileOption())
    .action(async (file: string, opts) => {
      setExit(await runScore(file, { ...opts, lang: parseLang(opts.lang) }, out));
    });

  program
    .command("summary")
    .description("buat rekap (Ringkasan, Rincian) dari satu atau banyak berkas / build the recap from one or many workbooks")
    .argument("<workbooks...>", "berkas .xlsx")
    .requiredOption("-o, --output <file>", "berkas rekap / recap file")
    .option("--json", "satu dokumen JSON di stdout / one JSON document on stdout")
    .option("--title <title>", "judul rekap / recap title")
    .option("--year <year>", "tahun evaluasi / evaluation year")
    .addOption(langOption())
    .addOption(schemeOption())
    .addOption(schemeFileOption())
    .addOption(layoutFileOption())
    .action(async (files: string[], opts) => {
      requireFiles(files);
      setExit(await runSummary(files, { ...opts, lang: parseLang(opts.lang) }, out));
    });

  program
    .command("template")
    .description("buat workbook LKE kosong / write an empty LKE workbook")
    .argument("<scheme>", "id skema, mis. sakip-2021 / scheme id")
    .requiredOption("-o, --output <file>", "berkas keluaran / output file")
    .option("--units <names>", "nama unit, dipisah koma / unit names, comma-separated", "Unit 1")
    .option("--year <year>", "tahun evaluasi / evaluation year")
    .action(async (scheme: string, opts) => {
      setExit(await runTemplate(scheme, opts, out));
    });

  program
    .command("profile")
    .description("buat draf profil formulir dari workbook / draft a form profile from a workbook")
    .argument("<workbook>", "berkas .xlsx")
    .option("-o, --output <file>", "tulis profil ke berkas JSON / write the profile to a JSON file")
    .option("--id <id>", "id profil / profile id", "formulir-saya")
    .action(async (file: string, opts) => {
      setExit(await runProfile(file, opts, out));
    });

  program
    .command("schemes")
    .description("daftar skema dan skala / list schemes and scales")
    .option("--json", "satu dokumen JSON di stdout / one JSON document on stdout")
    .action((opts) => {
      setExit(runSchemes(opts, out));
    });

  return program;
}

/** Runs the command line; returns the exit code. Never lets a stack trace reach the user. */
export async function main(argv: string[], out: Output = consoleOutput): Promise<number> {
  let code = 0;
  const program = buildProgram(out, (c) => (code = c));
  try {
    await program.parseAsync(argv, { from: "user" });
    return code;
  } catch (error) {
    const commanderError = error as { code?: string; exitCode?: number };
    if (commanderError.code === "commander.helpDisplayed" || commanderError.code === "commander.version" || commanderError.code === "commander.help") return 0;
    if (typeof commanderError.code === "string" && commanderError.code.startsWith("commander.")) return 2;
    if (error instanceof CliError) {
      out.error(`lke: ${error.message}`);
      return error.exitCode;
    }
    out.error(`lke: ${error instanceof Error ? error.message : String(error)}`);
    return 2;
  }
}

if (require.main === module) {
  main(process.argv.slice(2)).then((code) => (process.exitCode = code));
}
