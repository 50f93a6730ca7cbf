/** The shape of one language's catalogue of the core's texts: findings, recap sheets, report sheets, schema checks. */
import type { FindingMessages, FindingTitles } from "../messages/types";
import type { SummaryLabels } from "../summary/labels";
import type { LheLabels } from "./id";

export interface CoreTexts {
  /** A short title per finding code. */
  titles: FindingTitles;
  /** One text per finding code, typed by its params. */
  messages: FindingMessages;
  recap: SummaryLabels;
  report: LheLabels;
  /** Texts of the checks a schema declares itself, by key. */
  schemaIssues: Record<string, string>;
}
