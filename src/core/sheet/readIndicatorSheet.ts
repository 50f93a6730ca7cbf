/** Builds the row tree of an indicator sheet and resolves its scheme and answer scales. */
import { exact, sum, type Exact } from "../exact";
import { parentCode, parseCode, type RowKind } from "../layout/codes";
import type { IndicatorLayout } from "../layout/detect";
import type { AnswerScale } from "../scale/answerScale";
import { answerReader, readAnswer, type AnswerReading } from "../scale/readAnswer";
import { answerScaleOf, type SchemeRegistry } from "../scheme/registry";
import { scoringOf, type ResolvedScoring, type Scheme, type SubcomponentSpec } from "../scheme/schemeSchema";
import { cellNumberFormat, cellText, cellValue, type CellValue, type SheetSnapshot } from "../snapshot";
import type {
  BodyRow,
  ComponentNode,
  CriterionNode,
  IndicatorSheet,
  LooseRow,
  SchemeSource,
  SubcomponentNode,
  WeightUnits,
} from "./model";
import { readWeight } from "./readWeight";

export interface ReadOptions {
  /** A scheme id that overrides the sheet's own Skema. */
  schemeId?: string;
}

/** The scheme LKE takes for a sheet that names none: grades on sub-component rows mean sakip-2021. */
export const defaultSchemeId = "sakip-2021";
export const criterionSchemeId = "sakip-2021-kriteria";

const noAnswer: AnswerReading = { state: "empty" };

export function readIndicatorSheet(
  sheet: SheetSnapshot,
  layout: IndicatorLayout,
  registry: SchemeRegistry,
  options: ReadOptions = {},
): IndicatorSheet {
  const { columns, bodyStart, bodyEnd } = layout;
  // The scheme first: which rows are answered may decide it, and with it every row's scale.
  const { schemeId, schemeSource } = resolveSchemeId(sheet, layout, options);
  const scheme = registry.schemes.get(schemeId);
  const specs = schemeSpecs(scheme);
  const rows: BodyRow[] = [];
  const components: ComponentNode[] = [];
  const usedCodes = new Set<string>();
  // Rows mostly follow their parent: the last component and sub-component read are tried
  // first, and the tree is indexed by code only for a row that stands elsewhere.
  let lastComponent: ComponentNode | undefined;
  let lastSubcomponent: SubcomponentNode | undefined;
  let byCode: Map<string, ComponentNode | SubcomponentNode> | undefined;
  const parentOf = (code: string, last: ComponentNode | SubcomponentNode | undefined) => {
    if (last !== undefined && isChildCode(code, last.code)) return last;
    byCode ??= indexTree(components);
    return byCode.get(parentCode(code)!);
  };
  let scaleParent: SubcomponentNode | undefined;
  let criterionScale: AnswerScale | undefined;
  let readCriterion: ((raw: CellValue) => AnswerReading) | undefined;
  const loose = (row: number, code: string | null, kind: LooseRow["kind"], answerRaw: CellValue, problem: LooseRow["problem"]) =>
    rows.push({ inTree: false, row, rawCode: cellText(sheet, row, columns.code), code, kind, answerRaw, problem });

  for (let row = bodyStart; row < bodyEnd; row++) {
    const parsed = parseCode(cellValue(sheet, row, columns.code));
    const answerRaw = cellValue(sheet, row, columns.answer);
    if (parsed === null) {
      loose(row, null, "free", answerRaw, undefined);
      continue;
    }
    const { code, kind } = parsed;
    if (kind === "invalid") {
      loose(row, code, kind, answerRaw, undefined);
      continue;
    }
    if (usedCodes.has(code)) {
      loose(row, code, kind, answerRaw, "duplicate");
      continue;
    }
    usedCodes.add(code);
    // Fields listed out rather than spread from a shared base: object spread in this loop
    // was most of the time of reading a sheet.
    const text = cellText(sheet, row, columns.text);
    if (kind === "component") {
      const node: ComponentNode = {
        inTree: true,
        row,
        code,
        text,
        answerRaw,
        kind,
        weight: readWeight(cellValue(sheet, row, columns.weight)),
        spec: specs.components.get(code),
        subcomponents: [],
      };
      components.push(node);
      byCode?.set(code, node);
      lastComponent = node;
      rows.push(node);
      continue;
    }
    if (kind === "subcomponent") {
      const parent = parentOf(code, lastComponent);
      if (!parent || parent.kind !== "component") {
        loose(row, code, kind, answerRaw, "orphan");
        continue;
      }
      const spec = specs.subcomponents.get(code);
      const scoring = scheme ? specs.scoring(spec) : unscored;
      const scale = scoring.aggregation === "grade" ? answerScaleOf(registry, scoring.subcomponentScale) : undefined;
      const node: SubcomponentNode = {
        inTree: true,
        row,
        code,
        text,
        answerRaw,
        kind,
        weight: readWeight(cellValue(sheet, row, columns.weight)),
        spec,
        scoring,
        scale,
        answer: scale ? readAnswer(answerRaw, scale) : noAnswer,
        criteria: [],
        parent,
      };
      parent.subcomponents.push(node);
      byCode?.set(code, node);
      lastSubcomponent = node;
      rows.push(node);
      continue;
    }
    const parent = parentOf(code, lastSubcomponent);
    if (!parent || parent.kind !== "subcomponent") {
      loose(row, code, kind, answerRaw, "orphan");
      continue;
    }
    // The criteria of one sub-component share its scale: looked up once per sub-component.
    if (parent !== scaleParent) {
      scaleParent = parent;
      criterionScale = answerScaleOf(registry, parent.scoring.criterionScale);
      readCriterion = criterionScale ? answerReader(criterionScale) : undefined;
    }
    const scale = criterionScale;
    const node: CriterionNode = {
      inTree: true,
      row,
      code,
      text,
      answerRaw,
      kind: "criterion",
      scale,
      answer: readCriterion ? readCriterion(answerRaw) : noAnswer,
      parent,
    };
    parent.criteria.push(node);
    rows.push(node);
  }

  return {
    name: sheet.name,
    snapshot: sheet,
    layout,
    unit: layout.metadata.unit?.value ?? sheet.name,
    year: layout.metadata.year?.value,
    schemeId,
    schemeSource,
    scheme,
    units: detectUnits(sheet, layout, components),
    components,
    rows,
  };
}

/** The components and sub-components of a tree (being built) by code. */
function indexTree(components: readonly ComponentNode[]): Map<string, ComponentNode | SubcomponentNode> {
  const byCode = new Map<string, ComponentNode | SubcomponentNode>();
  for (const component of components) {
    byCode.set(component.code, component);
    for (const sub of component.subcomponents) byCode.set(sub.code, sub);
  }
  return byCode;
}

/** True when `parent` is parentCode(code): code is parent, a '.', and one more part. */
function isChildCode(code: string, parent: string): boolean {
  return code.length > parent.length + 1 && code.charCodeAt(parent.length) === 46 && code.startsWith(parent) && code.indexOf(".", parent.length + 1) < 0;
}

function resolveSchemeId(sheet: SheetSnapshot, layout: IndicatorLayout, options: ReadOptions): { schemeId: string; schemeSource: SchemeSource } {
  if (options.schemeId) return { schemeId: options.schemeId, schemeSource: "option" };
  const named = layout.metadata.scheme?.value;
  if (named) return { schemeId: named.trim().toLowerCase(), schemeSource: "sheet" };
  const { bodyStart, bodyEnd, columns } = layout;
  const answered = (kind: RowKind) => {
    for (let row = bodyStart; row < bodyEnd; row++) {
      if (parseCode(cellValue(sheet, row, columns.code))?.kind === kind && cellIsFilled(cellValue(sheet, row, columns.answer))) return true;
    }
    return false;
  };
  const schemeId = !answered("subcomponent") && answered("criterion") ? criterionSchemeId : defaultSchemeId;
  return { schemeId, schemeSource: "inferred" };
}

function cellIsFilled(value: unknown): boolean {
  return value !== null && String(value).trim() !== "";
}

type SchemeSpecs = {
  components: Map<string, Scheme["components"][number]>;
  subcomponents: Map<string, SubcomponentSpec>;
  /** How a sub-component with this spec (or none) is scored: one shared object per spec. */
  scoring: (spec: SubcomponentSpec | undefined) => ResolvedScoring;
};

/** The scoring of a sub-component on a sheet whose scheme is unknown. */
const unscored: ResolvedScoring = { aggregation: "grade" };

/** The specs by code, built once per scheme: every sheet of a workbook looks its rows up in them. */
const specsCache = new WeakMap<Scheme, SchemeSpecs>();
const noSpecs: SchemeSpecs = { components: new Map(), subcomponents: new Map(), scoring: () => unscored };

function schemeSpecs(scheme: Scheme | undefined): SchemeSpecs {
  if (!scheme) return noSpecs;
  let specs = specsCache.get(scheme);
  if (!specs) specsCache.set(scheme, (specs = buildSchemeSpecs(scheme)));
  return specs;
}

function buildSchemeSpecs(scheme: Scheme): SchemeSpecs {
  const components = new Map<string, Scheme["components"][number]>();
  const subcomponents = new Map<string, SubcomponentSpec>();
  for (const component of scheme.components) {
    components.set(component.code, component);
    for (const sub of component.subcomponents) subcomponents.set(sub.code, sub);
  }
  const scorings = new Map<SubcomponentSpec | undefined, ResolvedScoring>();
  const scoring = (spec: SubcomponentSpec | undefined) => {
    let resolved = scorings.get(spec);
    if (resolved === undefined) scorings.set(spec, (resolved = scoringOf(scheme, spec)));
    return resolved;
  };
  return { components, subcomponents, scoring };
}

/**
 * Points (components sum to 100) or fractions (they sum to 1, often shown as %).
 * A percent number format on a component weight settles it; otherwise the sum does.
 */
function detectUnits(sheet: SheetSnapshot, layout: IndicatorLayout, components: ComponentNode[]): WeightUnits {
  const percentFormatted = components.some((c) => (cellNumberFormat(sheet, c.row, layout.columns.weight) ?? "").includes("%"));
  if (percentFormatted) return "fraction";
  const values = components.map((c) => c.weight.value).filter((v): v is Exact => v !== undefined);
  if (values.length === 0) return "points";
  const total = sum(values);
  return total.gt(0) && total.lte(exact("1.5")) ? "fraction" : "points";
}
