/** The `lke` command line: check, score, summary, template, schemes. */
import { Command, Help, Option } from "commander";
import type { Lang } from "../core";
import { CliError } from "./cliError";
import { asCliError } from "./refusalText";
import { runCheck } from "./commands/check";
import { runProfile } from "./commands/profile";
import { runSchemes } from "./commands/schemes";
import { runScore } from "./commands/score";
import { runSummary } from "./commands/summary";
import { runReport } from "./commands/report";
import { runTemplate } from "./commands/template";
import { commanderText, examples, helpTexts, usageText } from "./locales/help";
import { cliTexts } from "./locales/texts";
import { processOutput, type Output } from "./output";
import { packageVersion } from "./version";

export { holdYoungGeneration } from "./youngGeneration";
export { limitInlining } from "./inliningBudget";

/** The run's language: `--lang en` anywhere on the line, else LKE_LANG, else Bahasa Indonesia. */
export function runLang(argv: readonly string[], env: NodeJS.ProcessEnv = process.env): Lang {
  for (let i = 0; i < argv.length; i++) {
    const value = argv[i] === "--lang" ? argv[i + 1] : argv[i].startsWith("--lang=") ? argv[i].slice(7) : undefined;
    if (value !== undefined) return value === "en" ? "en" : "id";
  }
  return env.LKE_LANG === "en" ? "en" : "id";
}

export function buildProgram(out: Output, setExit: (code: number) => void, lang: Lang): Command {
  const h = helpTexts(lang);
  const p = h.placeholders;
  const langOption = () => new Option(`--lang <${p.lang}>`, h.lang).choices(["id", "en"]).default("id");
  const jsonOption = () => new Option("--json", h.json);
  const verboseOption = () => new Option("--verbose", h.verbose);
  const forceOption = () => new Option("-f, --force", h.force);
  const forceAlias = () => new Option("--timpa", h.force).hideHelp();
  const schemeOptions = (command: Command) =>
    command
      .addOption(new Option(`--scheme <${p.id}>`, h.scheme))
      .addOption(new Option(`--scheme-file <${p.file}>`, h.schemeFile))
      .addOption(new Option(`--layout-file <${p.file}>`, h.layoutFile));
  const helpAfter = (command: Command, lines: readonly string[], exit: string) =>
    command.addHelpText("after", `\n${h.examples}\n${lines.map((l) => `  ${l}`).join("\n")}\n\n${h.exitCodes}\n${exit}`);
  const words = (cmd: Command) =>
    cmd
      .helpOption("-h, --help", h.help)
      .configureHelp({
        styleTitle: (title) => h.commanderTitles[title] ?? title,
        commandUsage(this: Help, command) {
          return usageText(Help.prototype.commandUsage.call(this, command), lang);
        },
        subcommandTerm(this: Help, command) {
          return usageText(Help.prototype.subcommandTerm.call(this, command), lang);
        },
      })
      .configureOutput({
        writeOut: (text) => out.print(commanderText(text, lang).replace(/\n$/, "")),
        writeErr: (text) => out.error(commanderText(text, lang).replace(/\n$/, "")),
      });

  const program = words(new Command());
  program
    .name("lke")
    .description(h.program)
    .version(packageVersion(), "-v, --version", h.version)
    .helpCommand(usageText("help [command]", lang), h.helpCommand)
    .showHelpAfterError()
    .exitOverride();

  const check = words(program.command("check"))
    .description(h.check)
    .argument(`<${p.files}...>`, h.inputs)
    .addOption(jsonOption())
    .addOption(verboseOption())
    .addOption(langOption());
  schemeOptions(check).addOption(new Option(`--layout <${p.id}>`, h.layout));
  helpAfter(check, examples.check, h.exitCheck).action(async (files: string[], opts) => {
    setExit(await runCheck(files, { ...opts, lang }, out));
  });

  const score = words(program.command("score"))
    .description(h.score)
    .argument(`<${p.files}...>`, h.inputs)
    .option(`-o, --output <${p.file}>`, h.scoreOutput)
    .addOption(jsonOption())
    .addOption(verboseOption())
    .option("--values", h.values)
    .option("--in-place", h.inPlace)
    .addOption(forceOption())
    .addOption(forceAlias())
    .addOption(langOption());
  schemeOptions(score).addOption(new Option(`--layout <${p.id}>`, h.layout));
  helpAfter(score, examples.score, h.exitScore).action(async (files: string[], opts) => {
    setExit(await runScore(files, { ...opts, force: Boolean(opts.force || opts.timpa), lang }, out));
  });

  const summary = words(program.command("summary"))
    .description(h.summary)
    .argument(`<${p.files}...>`, h.inputs)
    .requiredOption(`-o, --output <${p.file}>`, h.summaryOutput)
    .addOption(jsonOption())
    .addOption(verboseOption())
    .option(`--title <${p.title}>`, h.title)
    .option(`--year <${p.year}>`, h.year)
    .option(`--previous <${p.files}...>`, h.previous)
    .addOption(forceOption())
    .addOption(forceAlias())
    .addOption(langOption());
  helpAfter(schemeOptions(summary), examples.summary, h.exitSummary).action(async (files: string[], opts) => {
    setExit(await runSummary(files, { ...opts, force: Boolean(opts.force || opts.timpa), lang }, out));
  });

  const template = words(program.command("template"))
    .description(h.template)
    .argument(`<${p.scheme}>`, h.templateScheme)
    .requiredOption(`-o, --output <${p.file}>`, h.templateOutput)
    .option(`--units <${p.names}>`, h.units)
    .option(`--year <${p.year}>`, h.year)
    .addOption(forceOption())
    .addOption(forceAlias())
    .addOption(langOption());
  helpAfter(template, examples.template, h.exitOther).action(async (scheme: string, opts) => {
    setExit(await runTemplate(scheme, { ...opts, force: Boolean(opts.force || opts.timpa), lang }, out));
  });

  const report = words(program.command("report"))
    .description(h.report)
    .argument(`<${p.files}...>`, h.inputs)
    .option(`-o, --output <${p.file}>`, h.reportOutput)
    .addOption(jsonOption())
    .addOption(verboseOption())
    .addOption(forceOption())
    .addOption(forceAlias())
    .addOption(langOption());
  schemeOptions(report).addOption(new Option(`--layout <${p.id}>`, h.layout));
  helpAfter(report, examples.report, h.exitReport).action(async (files: string[], opts) => {
    setExit(await runReport(files, { ...opts, force: Boolean(opts.force || opts.timpa), lang }, out));
  });

  const profile = words(program.command("profile"))
    .description(h.profile)
    .argument(`<${p.file}>`, h.profileInput)
    .option(`-o, --output <${p.file}>`, h.profileOutput)
    .option(`--id <${p.id}>`, h.profileId, "formulir-saya")
    .addOption(forceOption())
    .addOption(forceAlias())
    .addOption(langOption());
  helpAfter(profile, examples.profile, h.exitProfile).action(async (file: string, opts) => {
    setExit(await runProfile(file, { ...opts, force: Boolean(opts.force || opts.timpa), lang }, out));
  });

  const schemes = words(program.command("schemes")).description(h.schemes).addOption(jsonOption()).addOption(langOption());
  helpAfter(schemes, examples.schemes, h.exitOther).action((opts) => {
    setExit(runSchemes({ ...opts, lang }, out));
  });

  return program;
}

/** Runs the command line; returns the exit code. Never lets a stack trace reach the user. */
export async function main(argv: string[], out: Output = processOutput()): Promise<number> {
  const lang = runLang(argv);
  // -V is how this version was asked for before; -v is what people type.
  const args = argv.length === 1 && argv[0] === "-V" ? ["-v"] : argv;
  let code = 0;
  const program = buildProgram(out, (c) => (code = c), lang);
  try {
    await program.parseAsync(args, { from: "user" });
    return code;
  } catch (thrown) {
    const error = asCliError(thrown);
    const commanderError = error as { code?: string };
    if (commanderError.code === "commander.helpDisplayed" || commanderError.code === "commander.version" || commanderError.code === "commander.help") return 0;
    if (typeof commanderError.code === "string" && commanderError.code.startsWith("commander.")) return 2;
    if (error instanceof CliError) {
      out.error(`lke: ${error.text(lang)}`);
      return error.exitCode;
    }
    const message = error instanceof Error ? error.message.split("\n")[0] : String(error);
    out.error(`lke: ${cliTexts(lang).internalError(message, packageVersion())}`);
    return 2;
  }
}

if (require.main === module) {
  main(process.argv.slice(2)).then((code) => (process.exitCode = code));
}
