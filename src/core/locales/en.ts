/** The core's texts in English: findings (what is wrong, the value at fault, and how to fix it), the recap and report sheets, schema checks. */
import type { FindingMessages, FindingTitles } from "../messages/types";
import type { SummaryLabels } from "../summary/labels";
import type { CoreTexts } from "./types";
import type { LheLabels } from "./id";
import { formatNumber, formatValue, formatWeight } from "../messages/number";

const q = (text: string | number) => `“${formatValue(text, "en")}”`;
const n = (value: number) => formatNumber(value, "en");
const short = (text: string, max = 70) => (text.length > max ? `${text.slice(0, max - 1).trimEnd()}…` : text);

const nouns = { component: "Component", subcomponent: "Sub-component", criterion: "Criterion" } as const;
const columns = { code: "code", weight: "weight", answer: "answer" } as const;

const seemings: Record<string, string> = { empty: "empty", table: "a table without evaluation headers", "partial-form": "some evaluation headers, but no Jawaban column with its Nilai column", hidden: "a hidden sheet" };
const lookedAt = (sheets: string, seemed: string) => {
  const kinds = seemed.split(" | ");
  return sheets ? sheets.split(" | ").map((name, i) => `${name} (${seemings[kinds[i]] ?? kinds[i]})`).join("; ") : "none";
};

const titles: FindingTitles = {
  "missing-header-role": "Required column missing",
  "unknown-scheme": "Unknown scheme",
  "scheme-inferred": "Scheme assumed by LKE",
  "scheme-overridden": "Sheet's scheme overridden",
  "error-value": "Error value in a cell",
  "malformed-code": "Unrecognised code",
  "duplicate-code": "Duplicate code",
  "orphan-row": "Row without its parent",
  "weight-missing": "Weight missing",
  "weight-not-number": "Weight is not a number",
  "number-stored-as-text": "Number stored as text",
  "weight-differs-from-scheme": "Weight differs from the scheme",
  "weight-differs-from-regulation": "Weight differs from the regulation",
  "answers-differ": "The unit's and the evaluator's answers differ",
  "weights-do-not-add-up": "Weights do not add up",
  "not-in-scheme": "Not in the scheme",
  "missing-from-sheet": "Missing from the sheet",
  "answer-not-on-scale": "Answer not on the scale",
  "answer-not-expected": "Answer on a row that takes none",
  unanswered: "Not answered",
  "no-criteria": "Sub-component without criteria",
  "score-cell-mismatch": "Score cell does not match",
  "output-cell-merged": "Output cell merged",
  "stale-score": "Stale score",
  "grade-needs-probes": "Grade not supported by the criteria",
  "needs-existence": "Quality without existence",
  "evidence-unanswered": "Evidence item not answered",
  "layout-weights-do-not-add-up": "Weights no longer add up",
  "formula-typed-over": "Formula typed over",
  "formula-broken": "Formula broken",
  "formula-inconsistent": "Formula unlike its neighbours",
  "answer-type-unknown": "Answer type the formula does not know",
  "answer-not-in-choices": "Answer outside the row's choices",
  "answer-not-in-list": "Answer outside the dropdown list",
  "formula-range-mixes-levels": "Range mixes levels",
  "gating-missing": "Gating rule missing",
  "index-without-predicate": "No predicate scale for this index",
  "form-weight-differs-from-regulation": "Weight differs from the regulation",
  "form-maximum-differs-from-regulation": "Maximum differs from the regulation",
  "predicate-differs-from-regulation": "Predicate differs from the regulation",
  "answer-value-differs-from-regulation": "Answer value differs from the regulation",
  "no-evaluation-sheet": "No evaluation sheet",
  "formula-missing": "Formula missing",
};

const messages: FindingMessages = {
  "missing-header-role": (p) =>
    p.headerRow > 0
      ? `The header row (row ${p.headerRow}) has no ${q(p.header)} column. Add a column headed ${q(p.header)} to that row (accepted headers: ${p.accepted}).`
      : `This sheet names a Skema but no header row was found: there is no ${q(p.header)} column in the first 30 rows. Add a header row with Kode, Uraian, Bobot, Jawaban and Nilai (accepted for this column: ${p.accepted}).`,
  "unknown-scheme": (p) => {
    const fix =
      p.source === "option"
        ? `Choose one of the known schemes when running LKE: ${p.known}.`
        : p.source === "sheet"
          ? `Change the Skema cell to one of the known schemes: ${p.known}.`
          : `Write “Skema” above the header row and one of the known schemes to its right: ${p.known}.`;
    return `The scheme ${q(p.scheme)} is unknown, so this sheet cannot be scored. ${fix}`;
  },
  "scheme-inferred": (p) =>
    `This sheet names no scheme, so LKE assumed ${q(p.scheme)} (${p.name}). To set it yourself, write “Skema” in a cell above the header row and ${q(p.scheme)} (or another scheme) in the cell to its right.`,
  "scheme-overridden": (p) =>
    `This sheet names the scheme ${q(p.sheetScheme)} but was scored with ${q(p.scheme)}, chosen when running LKE. If ${q(p.scheme)} is right, change this cell to ${q(p.scheme)} so the sheet names the scheme that scored it.`,
  "error-value": (p) =>
    `The ${columns[p.column]} cell${p.code ? ` of ${p.code}` : ""} holds the error ${p.value}. Fix its formula (it may refer to a deleted or wrong cell) or type the value itself.`,
  "malformed-code": (p) =>
    `The code ${q(p.value)} is not recognised, so this row is ignored. Write a component (1), sub-component (1.a) or criterion (1.a.1) code, or clear the cell for a plain text row.`,
  "duplicate-code": (p) =>
    `The code ${q(p.code)} is already used in ${p.first}, so this row is ignored. Correct the code: each code may appear only once on a sheet.`,
  "orphan-row": (p) =>
    p.kind === "criterion"
      ? `Criterion ${q(p.code)} does not stand below its sub-component ${p.parent}, so it is ignored. Add the sub-component row ${p.parent} above it, or correct the code.`
      : `Sub-component ${q(p.code)} does not stand below its component ${p.parent}, so it is ignored. Add the component row ${p.parent} above it, or correct the code.`,
  "weight-missing": (p) =>
    p.source === "scheme"
      ? `The weight of ${p.code} is empty; LKE uses the scheme's weight, ${formatWeight(p.used, p.units, "en")}. Type the weight in this cell.`
      : `The weight of ${p.code} is empty and the scheme gives none, so the row weighs 0. Type the weight in this cell.`,
  "weight-not-number": (p) =>
    `The weight of ${p.code} is ${q(p.value)}, not a number; LKE uses ${p.source === "scheme" ? `the scheme's weight, ${formatWeight(p.used, p.units, "en")}` : "0"}. Type the weight as a number, e.g. ${p.units === "fraction" ? "6%" : "6"}.`,
  "number-stored-as-text": (p) =>
    `The ${columns[p.column]} of ${p.code}, ${q(p.value)}, is stored as text. LKE reads it as ${n(p.number)}, but Excel formulas ignore it; type it again as a number.`,
  "weight-differs-from-scheme": (p) => {
    const sheet = formatWeight(p.weight, p.units, "en");
    const scheme = formatWeight(p.schemeWeight, p.units, "en");
    return `The weight of ${p.code} on this sheet is ${sheet}, but the scheme ${p.scheme} sets ${scheme}. LKE scores with the sheet's weight; if this is a typo, change it to ${scheme}.`;
  },
  "answers-differ": (p) =>
    `${p.code}: the unit's self-assessment is ${p.self ? q(p.self) : "empty"}, the evaluator's ${p.evaluator ? q(p.evaluator) : "empty"}. The evaluator's answer counts; discuss the difference with the unit.`,
  "weight-differs-from-regulation": (p) => {
    const sheet = formatWeight(p.weight, p.units, "en");
    const scheme = formatWeight(p.schemeWeight, p.units, "en");
    return `The weight of ${p.code} on this sheet is ${sheet}, but the regulation (scheme ${p.scheme}) sets ${scheme}; with this weight the total is no longer a ${p.scheme} score. Change it to ${scheme}, or, if the weight is meant, use a custom scheme (Skema: custom).`;
  },
  "weights-do-not-add-up": (p) => {
    const total = formatWeight(p.total, p.units, "en");
    const expected = formatWeight(p.expected, p.units, "en");
    return p.level === "components"
      ? `The component weights add up to ${total}, not ${expected}, so the total is not out of 100 and its predicate cannot be trusted. Check each component's weight.`
      : `The sub-components of ${p.code} weigh ${total} in all, not the component's weight of ${expected}. Correct the sub-component weights or the weight of component ${p.code}.`;
  },
  "not-in-scheme": (p) =>
    `${nouns[p.kind]} ${p.code} is not in the scheme ${p.scheme}. LKE still scores it with the sheet's weight; check the code, or use a scheme that has it.`,
  "missing-from-sheet": (p) =>
    `${nouns[p.kind]} ${p.code} (${short(p.name)}) of the scheme ${p.scheme} is missing from this sheet, so it counts 0. Add its row with the code ${p.code}.`,
  "answer-not-on-scale": (p) =>
    `The answer ${q(p.value)} for ${p.code} is not one of the choices, so it counts 0. Enter one of: ${p.allowed}.`,
  "answer-not-expected": (p) => {
    switch (p.where) {
      case "component":
        return `Component row ${p.code} takes no answer, but holds ${q(p.value)}. A component's score is the sum of its sub-components; clear this cell.`;
      case "free":
        return `This row has no code, so its answer ${q(p.value)} does not count. Give the row a criterion code (e.g. 1.a.1) or clear its answer cell.`;
      case "subcomponent":
        return `Under the scheme ${p.scheme}, sub-component ${p.code} is scored from its criteria's answers, so ${q(p.value)} on this row does not count. Answer on the criterion rows and clear this cell.`;
      case "criterion":
        return `Under the scheme ${p.scheme}, criterion ${p.code} takes no answer, so ${q(p.value)} does not count. Clear this cell.`;
    }
  },
  unanswered: (p) =>
    p.value
      ? `${p.code} is not answered (${q(p.value)} only lists the choices), so it counts 0. Replace it with one of: ${p.allowed}.`
      : `${p.code} is not answered, so it counts 0. Enter one of: ${p.allowed}.`,
  "no-criteria": (p) =>
    `Under the scheme ${p.scheme}, sub-component ${p.code} is scored from its criteria, but no criterion rows stand below it, so it scores 0. Add the criterion rows ${p.code}.1, ${p.code}.2 and so on, with their answers.`,
  "score-cell-mismatch": (p) =>
    `The score cell of ${p.code} holds ${q(p.found)}, not what LKE computes (${q(p.expected)}, formula ${p.formula}). It was probably typed over or its formula changed; run LKE scoring again to rewrite it.`,
  "output-cell-merged": (p) =>
    `The score cell ${p.cell} lies inside the merged cells ${p.range}, so LKE cannot write it without overwriting what the merged cells hold. Unmerge ${p.range} (Home > Merge & Center > Unmerge Cells) and score again.`,
  "stale-score": (p) =>
    `${p.code} has no valid answer, but its score cell still holds ${n(p.value)} from an earlier scoring. Clear the score cell or answer the criterion.`,
  "grade-needs-probes": (p) =>
    `The grade ${q(p.grade)} for ${p.code} means every criterion is met (required for ${p.minGrade} and above), but only ${p.fulfilled} of ${p.probes} answered criteria are met (${n(p.percent)}%). Check the grade of ${p.code} or its criterion answers; LKE keeps the evaluator's grade.`,
  "needs-existence": (p) =>
    `${p.code} scores ${formatWeight(p.score, p.units, "en")} while ${p.requires} (existence) scores 0. Quality and use cannot score when the documents do not exist; check the answers of ${p.requires} and ${p.code}.`,
  "evidence-unanswered": (p) =>
    p.value
      ? `${p.code}: “${short(p.item)}” is not answered (${q(p.value)} only lists the choices), so it counts 0. Replace it with one of: ${p.allowed}.`
      : `${p.code}: “${short(p.item)}” is not answered, so it counts 0. Enter one of: ${p.allowed}.`,
  "layout-weights-do-not-add-up": (p) =>
    p.level === "components"
      ? `The component weights add up to ${n(p.found)}%, not ${n(p.expected)}%, so the total is not out of 100. Check the weights on this sheet.`
      : p.level === "criteria"
        ? `The criterion weights of ${p.code} add up to ${n(p.found)}%, not its weight of ${n(p.expected)}%. A criterion row was probably inserted outside the range its count formula sums (or a count typed over); extend the JUMLAH KRITERIA formula of ${p.code} to cover every criterion.`
        : `The evidence weights of ${p.code} add up to ${n(p.found)}%, not the criterion's ${n(p.expected)}%. An evidence row was probably inserted without its formulas, or outside the range its count formula sums; copy the formulas of the row above into the new row and extend the JUMLAH BUKTI DUKUNG formula of ${p.code}.`,
  "formula-typed-over": (p) =>
    `This output cell of ${p.code} holds a typed value (${q(p.found)}) where the workbook's formula belongs, so it no longer follows the answers. LKE writes the formula back: ${p.formula}.`,
  "formula-broken": (p) =>
    `The formula of ${p.code} here (${p.found}) does not compute what the layout does (an error, or a range that leaves rows out). LKE rewrites it as ${p.formula}.`,
  "formula-missing": (p) =>
    `${p.code} has no formula in this cell, so the answers it should collect are not counted (the workbook counts 0 here). LKE leaves the cell as it is; enter the formula ${p.formula} (or copy it from a row like this one) to count them.`,
  "formula-inconsistent": (p) =>
    `This Nilai formula of ${p.assessment} differs from the formulas above and below it, which agree: it reads ${p.found}, its neighbour ${p.neighbour}. It probably reads another row's answer after a copy-paste; copy the neighbouring formula into this cell.`,
  "answer-type-unknown": (p) =>
    `The answer type ${q(p.type)} is not one the row's Nilai formula knows (${p.known}), so the row gives no number and silently drops out of its indicator's mean. Pick one of those types in this cell.`,
  "answer-not-in-choices": (p) =>
    `${p.assessment}: the answer ${q(p.answer)} is not one of the row's choices (${p.choices}), so the formula does not score it as intended. Pick one of: ${p.choices}.`,
  "answer-not-in-list": (p) =>
    `${p.assessment}: the answer ${q(p.answer)} is not in this cell's dropdown list (${p.list}). Pick one of: ${p.list}.`,
  "formula-range-mixes-levels": (p) =>
    `${p.assessment}: this Nilai formula (${p.found}) takes ${p.inner} together with ${p.parts}, which ${p.inner} already aggregates: the range mixes levels, so those parts count twice and a sibling of ${p.inner} may be left out. Make the range cover the rows of one level only.`,
  "gating-missing": (p) =>
    `${p.assessment}: the formula on this row lacks the gating condition (kerangka logis) that ${p.other} applies in ${p.otherCell}, so the two assessments score the same answers differently. Copy the gated formula from ${p.otherCell}, adjusted to this column.`,
  "index-without-predicate": (p) =>
    `${p.assessment}: LKE knows no predicate scale for ${p.index} (for Zona Integritas the outcome is WBK/WBBM above minimum scores not yet confirmed), so the total is reported without a predicate. Name a scale with --scheme (e.g. indeks-rb) if one applies.`,
  "form-weight-differs-from-regulation": (p) =>
    `The weight of ${p.code} ${short(p.name)} in this workbook is ${n(p.weight)}, but ${p.regulation} sets ${n(p.regulationWeight)}. LKE reports the score as the workbook's formulas compute it; if the weight is a typo, change it to ${n(p.regulationWeight)}.`,
  "form-maximum-differs-from-regulation": (p) =>
    `The component weights of this workbook add up to ${n(p.maximum)}, so its total is not out of ${n(p.regulationMaximum)} as in ${p.regulation}. LKE reports the total as the workbook's formulas compute it; check each component's weight.`,
  "predicate-differs-from-regulation": (p) =>
    `${p.assessment}: this cell writes the predicate ${q(p.predicate)}, but for a total of ${n(p.total)} ${p.regulation} gives ${q(p.regulationPredicate)}. LKE reports the regulation's predicate; check this cell's formula or text (a band's bounds, e.g. whether 80.00 is A or BB, are where such formulas differ).`,
  "answer-value-differs-from-regulation": (p) =>
    `${p.assessment}: this row's Nilai formula values the answer ${q(p.answer)} (${p.type}) at ${n(p.value)}, but ${p.regulation} gives ${n(p.regulationValue)}${p.rows > 1 ? `; ${p.rows} rows use this formula` : ""}. LKE reports the score as the workbook's formulas compute it; if this is not meant, correct the number in the formula.`,
  "no-evaluation-sheet": (p) =>
    `LKE recognises no evaluation in this workbook, so nothing in it was checked or scored. Sheets looked at: ${lookedAt(p.sheets, p.seemed)}. An evaluation sheet has a header row with Kode/Uraian/Bobot/Jawaban/Nilai (the LKE format), the KemenPANRB form (Penilaian, Bobot, Pilihan Jawaban, Jawaban, Nilai), or a known regency layout (lke schemes).`,
};

/** The recap sheets (Ringkasan, Rincian, Rekap Indeks). */
const recap: SummaryLabels = {
  defaultTitle: "Evaluation Results Recap",
  year: "Year",
  scheme: "Scoring scheme",
  date: "Made on",
  unitCount: "Number of sheets",
  no: "No",
  unit: "Unit",
  total: "Final score",
  predicate: "Predicate",
  rank: "Rank",
  errors: "Errors",
  warnings: "Warnings",
  file: "File",
  sheet: "Sheet",
  average: "Average",
  highest: "Highest",
  lowest: "Lowest",
  distribution: "Predicate Distribution",
  componentAverages: "Average Score per Component",
  meaning: "Meaning",
  count: "Count",
  countSum: "Total",
  previousTotal: "Last Year's Total",
  previousPredicate: "Last Year's Predicate",
  change: "Change",
  rincianTitle: "Scores per Sub-component",
  weight: "Weight",
  subtotal: "Subtotal",
  legend: "Sub-component codes",
  indexTitle: "Index Recap",
  note: "Notes",
  scaleNotes: "Scale notes",
  skippedFiles: "Files skipped (no evaluation recognised)",
  confidence: {
    verified: "verified",
    sourced: "from secondary sources, not yet checked against the regulation",
    uncertain: "uncertain, partly inferred",
  },
  scaleNote: (label, confidence, source, note) => `${label}: predicate bands ${confidence}; check before use. Source: ${source}.${note ? ` ${note}` : ""}`,
  indexKinds: {
    sakip: { label: "SAKIP score", predicateWord: "Predicate" },
    "indeks-rb": { label: "RB index", predicateWord: "Predicate" },
    pekppp: { label: "PEKPPP index", predicateWord: "Category" },
    merit: { label: "Merit system", predicateWord: "Category" },
    berakhlak: { label: "BerAKHLAK index", predicateWord: "Category" },
    mcp: { label: "MCP", predicateWord: "Category" },
  },
  meaningOf: (short) => `${short} meaning`,
  outOfRange: (label, value, min, max) => `${label} ${value} is outside the range ${min}–${max}`,
  notANumber: (label, text) => `${label} "${text}" is not a number`,
  errorValue: (label, text) => `${label} holds the error ${text}`,
};

/** The evaluation report (LHE) sheets. */
const report: LheLabels = {
  title: "EVALUATION REPORT",
  unit: "Unit",
  year: "Year",
  scheme: "Scheme",
  sheet: "Sheet",
  result: "Result",
  total: "Total",
  predicate: "Predicate",
  selfTotal: "Self-assessment total",
  selfPredicate: "Self-assessment predicate",
  components: "Scores per component",
  code: "Code",
  component: "Component",
  weight: "Weight",
  score: "Score",
  attained: "Attained",
  bar: "Chart",
  unmet: "Criteria not met",
  text: "Description",
  answer: "Answer",
  noneUnmet: "Every criterion is met.",
  differences: "Self-assessment and evaluation differ",
  self: "Self-assessment",
  evaluator: "Evaluator",
  remarks: "Notes and recommendations",
  kind: "Kind",
  note: "Note",
  recommendation: "Recommendation",
  page: "Page &P of &N",
  recapTitle: "Criteria most often not met",
  units: "Units",
  which: "Units",
};

/** Checks a schema declares itself (zod's own texts come from its locales). */
const schemaIssues = {
  "id-pattern": "lower-case letters, digits and dashes only, e.g. sakip-2021",
};

export const en: CoreTexts = { titles, messages, recap, report, schemaIssues };
