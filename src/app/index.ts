/**
 * The use cases both hosts share: check, score, report, summary, undo and template, each a
 * function of snapshots, the user's settings and a clock, returning results and a write plan.
 * The command line and the add-in only gather input, call one, and apply its plan.
 */
export { analyze } from "./analyze";
export { check, type Checked } from "./check";
export { workbookForms, regencyLayouts } from "./layouts";
export { UseCaseRefusal, type Refusal } from "./refusal";
export { workbookRegistry } from "./registry";
export { report, type Reported, type ReportRequest } from "./report";
export { reportsAfterWrite } from "./reportsAfterWrite";
export { score, type Scored, type ScoreRequest } from "./score";
export { systemClock, type Clock, type ReadSettings, type SourcedText } from "./settings";
export { recapInput, summarize, type RecapInput, type SummaryRequest } from "./summary";
export { templateSheets, type TemplateRequest } from "./template";
export { lastRun, undo, type LastRun, type Undone } from "./undo";
