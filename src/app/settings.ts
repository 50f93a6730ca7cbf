/** What a use case is told beyond the workbook: the user's choices, and the run's clock. */

/** A text the user supplied (a scheme or layout file), named for messages. */
export interface SourcedText {
  text: string;
  source: string;
}

export interface ReadSettings {
  /** How messages name the workbook (its file name, or the document's). */
  label: string;
  /** The scheme asked for (`--scheme`); otherwise each sheet's own. */
  scheme?: string;
  /** A layout profile id (`--layout`), or "lke" for the docs/format.md layout only. */
  layout?: string;
  /** Schemes beyond the built-ins and the workbook's own `Skema LKE` sheet (`--scheme-file`). */
  schemeTexts?: readonly SourcedText[];
  /** Layout and form profiles beyond the built-ins and the workbook's own `Profil LKE` sheet (`--layout-file`). */
  layoutTexts?: readonly SourcedText[];
}

/** The run's time: undo records, scored copies and recaps are dated by it, and tests fix it. */
export type Clock = () => Date;

export const systemClock: Clock = () => new Date();
