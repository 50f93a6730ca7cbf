/** Summary sheets for the provincial bureau (Ringkasan, Rincian, Rekap Indeks) as write plans. */
export { buildSummary, buildSummaryOf, placeSheet, planSummary, summaryCommand, type PlacedSheet, type SummaryOptions, type SummaryResult } from "./summaryPlan";
export { competitionRanks, rankUnits, summaryUnits, type RankedUnit, type SummaryInput, type SummaryUnit, type UnitReport } from "./units";
export { indexKindLabel, indexKinds, readIndexSheet, type IndexRow, type IndexTable, type IndexValue } from "./indices";
export { defaultTitle, indexSheetName, summaryLabels, summarySheetNames, type SummaryLabels } from "./labels";
export type { DistributionEntry } from "./ringkasan";
export { matchPrevious, previousFromRecap, type PreviousMatch, type PreviousResult, type UnitChange } from "./previous";
export { withoutDuplicateRecapUnits, withoutDuplicateUnits, type DuplicateUnit } from "./duplicates";
export { recapFile, type RecapFile, type RecapSheet } from "./recapFile";
