/**
 * The cohort table as the pane draws it: one row per cohort, each cell its value and a fill on one
 * blue scale (pale = few of the cohort still buying, deeper = more), with dark text. The deep end
 * stops at a medium blue on purpose: a scale running on to navy passes through tones where
 * neither dark nor white text reaches a WCAG contrast of 4.5:1; on this one dark text keeps at
 * least 4.8:1 everywhere (test/workbook/cohortHeat.test.ts walks the whole scale).
 * Revenue ratios above 1 (a cohort spending more than in its first period) take the deepest fill.
 */
import { CohortMeasure, CohortTable, cohortValue, periodLabel } from "../segment/cohort";
import { contrastRatio } from "./palette";

export interface HeatCell {
  /** The value (a share, or a ratio to period 0); null for a blank cell; NaN for "no base". */
  readonly value: number | null;
  readonly fill: string | null;
  readonly font: string | null;
}

export interface HeatRow {
  readonly label: string;
  readonly size: number;
  readonly cells: readonly HeatCell[];
}

/** The pale and the deep end of the scale, as RGB. */
const PALE = [0xf2, 0xf7, 0xfc];
const DEEP = [0x4f, 0x8f, 0xcf];
const DARK_TEXT = "#1F1F1F";
const LIGHT_TEXT = "#FFFFFF";

const hex = (rgb: readonly number[]): string => `#${rgb.map((c) => Math.round(c).toString(16).padStart(2, "0")).join("").toUpperCase()}`;

/** The fill for an intensity 0…1 (clamped) and the more readable of dark and white text on it. */
export function heatColour(intensity: number): { fill: string; font: string } {
  const t = intensity > 1 ? 1 : intensity > 0 ? intensity : 0;
  const fill = hex(PALE.map((p, i) => p + (DEEP[i] - p) * t));
  const font = contrastRatio(fill, DARK_TEXT) >= contrastRatio(fill, LIGHT_TEXT) ? DARK_TEXT : LIGHT_TEXT;
  return { fill, font };
}

export function heatRows(table: CohortTable, measure: CohortMeasure): HeatRow[] {
  const rows: HeatRow[] = [];
  for (let r = 0; r < table.cohorts; r++) {
    const cells: HeatCell[] = [];
    for (let k = 0; k < table.width; k++) {
      const v = cohortValue(table, r, k, measure);
      if (v.kind === "blank") cells.push({ value: null, fill: null, font: null });
      else if (v.kind === "noBase") cells.push({ value: NaN, fill: null, font: null });
      else cells.push({ value: v.value, ...heatColour(v.value) });
    }
    rows.push({ label: periodLabel(table.first + r, table.period), size: table.sizes[r], cells });
  }
  return rows;
}
