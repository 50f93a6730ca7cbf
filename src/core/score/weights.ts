/** The weight a row scores with, in the sheet's units: the sheet's own, else the scheme's. */
import { exact, ZERO, type Exact } from "../exact";
import type { ComponentNode, SubcomponentNode, WeightUnits } from "../sheet/model";

export function schemeWeightInUnits(points: string | undefined, units: WeightUnits): Exact | undefined {
  if (points === undefined) return undefined;
  return units === "fraction" ? exact(points).div(100) : exact(points);
}

export function effectiveWeight(node: ComponentNode | SubcomponentNode, units: WeightUnits): Exact {
  return node.weight.value ?? schemeWeightInUnits(node.spec?.weight, units) ?? ZERO;
}

/** True when a formula can reference the weight cell itself (it holds a real number). */
export function weightCellUsable(node: ComponentNode | SubcomponentNode): boolean {
  return node.weight.state === "number";
}
