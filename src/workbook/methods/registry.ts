/**
 * Every method the task pane offers, in menu order. To add one: write a SegmentMethod
 * (see types.ts; abcMethods.ts is the model) and list it here. Nothing else changes:
 * the pane builds its controls from `params`, the plan its rules from `codes`, the summary
 * its chart from `summary`.
 */
import { ABC_METHOD, ABCD_METHOD } from "./abcMethods";
import { CLV_METHOD } from "./clvMethod";
import { ABC_GROWTH_METHOD } from "./growthMethod";
import { ABC_XYZ_METHOD } from "./abcXyzMethod";
import { LIFECYCLE_METHOD } from "./lifecycleMethod";
import { PARETO_METHOD } from "./paretoMethod";
import { PERIOD_QUADRANT_METHOD, QUADRANT_METHOD } from "./quadrantMethods";
import { RFM8_METHOD } from "./rfm8Method";
import { RFM_SEGMENT_METHOD } from "./rfmSegmentMethod";
import { TENURE_SIZE_METHOD } from "./tenureMethod";
import { LANGUAGES } from "../../i18n/language";
import { SegmentMethod, sheetMethodName } from "./types";

export const METHODS: readonly SegmentMethod[] = [
  ABC_METHOD,
  ABCD_METHOD,
  PARETO_METHOD,
  QUADRANT_METHOD,
  TENURE_SIZE_METHOD,
  PERIOD_QUADRANT_METHOD,
  ABC_GROWTH_METHOD,
  ABC_XYZ_METHOD,
  RFM_SEGMENT_METHOD,
  RFM8_METHOD,
  LIFECYCLE_METHOD,
  CLV_METHOD,
];

export function findMethod(id: string): SegmentMethod | undefined {
  return METHODS.find((m) => m.id === id);
}

/**
 * The method a history row names: its id (sheets written before names were shown), or its name
 * in sheet names in any language ("RFM", "기여도×안정성"); anything else as it is.
 */
export function methodIdOf(shown: string): string {
  return findMethod(shown)?.id ?? METHODS.find((m) => LANGUAGES.some((l) => sheetMethodName(m, l) === shown))?.id ?? shown;
}
