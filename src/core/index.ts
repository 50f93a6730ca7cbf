/**
 * The core's front door: everything the layers above (use cases, hosts, file formats) may use.
 * Deeper modules are the core's own business; the lint refuses deep imports from outside.
 */
export { a1, type CellRange, columnIndex, columnLetters, parseA1, parseRange, sheetRef } from "./address";
export { analyzeWorkbook, type WorkbookAnalysis } from "./engine";
export { toNumber } from "./exact";
export { powersOfTen, shortDecimalPlaces } from "./shortDecimal";
export { planReport, reportCommand } from "./lhe/lhePlan";
export { formatFinding, formatFixed, type Lang, localDecimal, longDate } from "./messages/format";
export { finalizePlan, undoPlan } from "./plan/finalize";
export { type WriteMode } from "./plan/scoreOutputs";
export { planScore } from "./plan/scorePlan";
export { type CellWrite, type ChartSpec, isEmptyPlan, type PrintSpec, type SheetSpec, type WritePlan } from "./plan/writePlan";
export { PlanCells, type SheetCell } from "./plan/planCells";
export { builtinFormProfiles } from "./profile/form";
export { draftFormProfile } from "./profile/form/draftProfile";
export { type FormProfile } from "./profile/form/formSchema";
export { FormProfileJsonError, formProfilesFor, isKkeLayoutText } from "./profile/form/userForms";
export { type LayoutProfile } from "./profile/profileSchema";
export { builtinProfiles, layoutIds, parseLayoutProfile, standardLayoutId } from "./profile/registry";
export { sheetReport, type SheetReport } from "./report";
export { type PredicateScale } from "./scale/predicateScale";
export { yearsText } from "./scale/scaleForYear";
export { builtinRegistry, type SchemeIssue, type SchemeRegistry } from "./scheme/registry";
export { issueText, withSchemeJson } from "./scheme/schemeJson";
export { schemeSheetName, workbookSchemeText } from "./scheme/workbookScheme";
export { type CellValue, isCellError, type ListValidation, type SheetSnapshot, type WorkbookSnapshot } from "./snapshot";
export { foreignStateSheet, readState, stateSheetName } from "./state/lkeState";
export { buildSummary, summaryCommand, type SummaryResult } from "./summary";
export { type DuplicateUnit, withoutDuplicateUnits, withoutDuplicateRecapUnits } from "./summary/duplicates";
export { indexKindLabel, type IndexTable, isIndexSheet } from "./summary/indices";
export { summarySheetNames } from "./summary/labels";
export { previousFromRecap, type PreviousResult, type UnitChange } from "./summary/previous";
export { type SkippedFile } from "./summary/ringkasan";
export { type SummaryInput } from "./summary/units";
export { sanitizeSheetName, templateSheet, uniqueSheetName } from "./template/templatePlan";
export { bandName, localized } from "./translations";
export { countBySeverity, type Finding, type Severity } from "./validate/finding";
export { buildSummaryOf } from "./summary/summaryPlan";
export { type RecapFile, recapFile } from "./summary/recapFile";
