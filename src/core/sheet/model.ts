/** An indicator sheet as LKE understands it: its layout, scheme and the tree of rows. */
import type { Exact } from "../exact";
import type { IndicatorLayout } from "../layout/detect";
import type { RowKind } from "../layout/codes";
import type { AnswerScale } from "../scale/answerScale";
import type { AnswerReading } from "../scale/readAnswer";
import type { ComponentSpec, ResolvedScoring, Scheme, SubcomponentSpec } from "../scheme/schemeSchema";
import type { CellValue, SheetSnapshot } from "../snapshot";

export type WeightUnits = "points" | "fraction";

export interface WeightReading {
  state: "number" | "text-number" | "empty" | "invalid" | "error";
  raw: CellValue;
  /** The value read, in the sheet's units, when the cell holds a number (or one typed as text). */
  value?: Exact;
}

/**
 * A row of the tree. It is the sheet's record of that row too (see BodyRow): one object a row,
 * since a province holds a hundred thousand of them.
 */
interface NodeBase {
  inTree: true;
  row: number;
  /** Normalised (see parseCode). */
  code: string;
  text: string;
  /** The answer cell's content, whether or not this row takes an answer. */
  answerRaw: CellValue;
  /** Only rows outside the tree have a problem. */
  problem?: undefined;
}

export interface CriterionNode extends NodeBase {
  kind: "criterion";
  /** The scale of this row's answers; undefined when the scheme gives criteria none. */
  scale?: AnswerScale;
  answer: AnswerReading;
  parent: SubcomponentNode;
}

export interface SubcomponentNode extends NodeBase {
  kind: "subcomponent";
  weight: WeightReading;
  spec?: SubcomponentSpec;
  scoring: ResolvedScoring;
  /** The scale of the answer on this row (aggregation "grade"). */
  scale?: AnswerScale;
  answer: AnswerReading;
  criteria: CriterionNode[];
  parent: ComponentNode;
}

export interface ComponentNode extends NodeBase {
  kind: "component";
  weight: WeightReading;
  spec?: ComponentSpec;
  subcomponents: SubcomponentNode[];
}

export type TreeNode = ComponentNode | SubcomponentNode | CriterionNode;

/** A body row outside the tree: free text, a bad code, an orphan or a duplicate. */
export interface LooseRow {
  inTree: false;
  row: number;
  /** The code cell's text, trimmed; "" for free-text rows. */
  rawCode: string;
  /** Normalised; null on free-text rows. */
  code: string | null;
  kind: RowKind | "invalid" | "free";
  answerRaw: CellValue;
  problem: "orphan" | "duplicate" | undefined;
}

/** Every body row, in sheet order: the tree's nodes and the loose rows between them. */
export type BodyRow = TreeNode | LooseRow;

export type SchemeSource = "sheet" | "option" | "inferred";

export interface IndicatorSheet {
  name: string;
  snapshot: SheetSnapshot;
  layout: IndicatorLayout;
  unit: string;
  year?: string;
  schemeId: string;
  schemeSource: SchemeSource;
  /** Undefined when the scheme id is unknown: the sheet can be checked but not scored. */
  scheme?: Scheme;
  units: WeightUnits;
  components: ComponentNode[];
  rows: BodyRow[];
}
