/** --scheme, --scheme-file, --layout and --layout-file: what the user adds to the workbook's own schemes and layouts. */
import * as fs from "node:fs";
import { layoutIds } from "../core";
import { regencyLayouts, workbookForms, workbookRegistry, type ReadSettings, type SourcedText } from "../app";
import { CliError, type Said } from "./cliError";

export interface SchemeOptions {
  scheme?: string;
  schemeFile?: string;
  /** --layout: a layout profile id, or "lke" for the docs/format.md layout only. */
  layout?: string;
  /** --layout-file: a form profile (JSON) describing the user's own form. */
  layoutFile?: string;
  /** The texts of --scheme-file and --layout-file, read once for the run by checkRunOptions. */
  texts?: UserTexts;
}

interface UserTexts {
  schemeTexts: SourcedText[];
  layoutTexts: SourcedText[];
}

function readText(file: string | undefined, unreadable: (file: string) => Said): SourcedText[] {
  if (!file) return [];
  try {
    return [{ text: fs.readFileSync(file, "utf8"), source: file }];
  } catch {
    throw new CliError(unreadable(file));
  }
}

function readUserTexts(options: SchemeOptions): UserTexts {
  return {
    schemeTexts: readText(options.schemeFile, (file) => (w) => w.schemeFileUnreadable(file)),
    layoutTexts: readText(options.layoutFile, (file) => (w) => w.layoutFileUnreadable(file)),
  };
}

/** How the use cases read one workbook of this run. */
export function readSettings(options: SchemeOptions, label: string): ReadSettings {
  return {
    label,
    ...(options.scheme === undefined ? {} : { scheme: options.scheme }),
    ...(options.layout === undefined ? {} : { layout: options.layout }),
    ...(options.texts ?? readUserTexts(options)),
  };
}

/**
 * What --layout, --scheme-file and --layout-file say is wrong for every input alike: checked
 * once, before any file is read. The files' texts are kept in `options.texts` for the run.
 */
export function checkRunOptions(options: SchemeOptions): void {
  const { schemeTexts, layoutTexts } = readUserTexts(options);
  const layouts = layoutIds(regencyLayouts(layoutTexts));
  const { layout } = options;
  if (layout !== undefined && !layouts.includes(layout)) throw new CliError((w) => w.unknownLayout(layout, layouts.join(", ")));
  workbookRegistry({ sheets: [] }, "", schemeTexts);
  workbookForms({ sheets: [] }, layoutTexts);
  options.texts = { schemeTexts, layoutTexts };
}
