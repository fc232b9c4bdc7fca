/**
 * Quadrants (methods.md §4, §5) for the task pane: two measures split at the median (or mean,
 * a percentile), four classes. One entry takes two columns (x = value, y = second measure);
 * the other derives contribution (x) and stability (y) from period columns, seed 002's EI–EIV.
 * There is no per-row custom function for quadrants yet, so they offer static values only
 * (no `formula`); a QUADRANTOF function would plug in here.
 */
import { explainClasses } from "../../segment/explain";
import { CellError } from "../../segment/cells";
import { readPeriodMatrix } from "../../segment/periodMatrix";
import {
  classifyQuadrants,
  describeSplit,
  fitQuadrants,
  LABEL_SET_NAMES,
  labelSetCodes,
  LabelSet,
  parseLabelSet,
  parseSplitText,
  readPairedColumns,
} from "../../segment/quadrant";
import { contributions, stabilities } from "../../segment/stability";
import { CutInfo, Localized, MethodParams, MethodRun, ParamSpec, SegmentMethod } from "./types";

const SPLITS: { value: string; label: Localized }[] = [
  { value: "median", label: { en: "Median", ko: "중앙값", "zh-CN": "中位数" } },
  { value: "mean", label: { en: "Mean", ko: "평균", "zh-CN": "平均值" } },
  { value: "p25", label: { en: "25th percentile" } },
  { value: "p75", label: { en: "75th percentile" } },
];

const SET_LABELS: Record<LabelSet, Localized> = {
  existing: { en: "Existing customers: EI–EIV", ko: "기존 고객: EI–EIV", "zh-CN": "现有客户：EI–EIV" },
  prospects: { en: "Prospects: PI–PIV", ko: "잠재 고객: PI–PIV", "zh-CN": "潜在客户：PI–PIV" },
  tenure: { en: "Tenure × size", ko: "거래 기간 × 규모", "zh-CN": "客龄 × 规模" },
  plain: { en: "Plain: HH, HL, LH, LL" },
};

function splitParam(key: string, label: Localized): ParamSpec {
  return { key, label, choices: SPLITS, defaultValue: "median" };
}

const LABEL_SET_PARAM: ParamSpec = {
  key: "labels",
  label: { en: "Labels", ko: "라벨", "zh-CN": "标签" },
  choices: LABEL_SET_NAMES.map((s) => ({ value: s, label: SET_LABELS[s] })),
  defaultValue: "existing",
};

function runQuadrants(xCells: readonly unknown[], yCells: readonly unknown[], p: MethodParams, names: [string, string]): MethodRun {
  const codes = labelSetCodes(parseLabelSet(p.labels));
  const pair = readPairedColumns(xCells, yCells);
  const model = fitQuadrants(pair, parseSplitText(p.xSplit ?? "median", "x"), parseSplitText(p.ySplit ?? "median", "y"));
  const classIndex = classifyQuadrants(pair, model);
  const fmt = (v: number): string => (Number.isFinite(v) ? String(Math.round(v * 1e4) / 1e4) : "—");
  const cuts: CutInfo[] = codes.map((code, i) => ({
    code,
    share: null,
    limit: null,
    // High means strictly above the split (src/segment/quadrant.ts says why).
    text: `${names[0]} ${i < 2 ? ">" : "≤"} ${fmt(model.xThreshold)} · ${names[1]} ${i % 2 === 0 ? ">" : "≤"} ${fmt(model.yThreshold)}`,
  }));
  return {
    codes,
    classIndex,
    explanation: explainClasses(pair.rows, classIndex, codes),
    cuts,
    quadrant: { xLabel: names[0], yLabel: names[1], xThreshold: model.xThreshold, yThreshold: model.yThreshold },
    notes: [
      { label: { en: `${names[0]} split (${describeSplit(model.xSplit)})` }, value: model.xThreshold },
      { label: { en: `${names[1]} split (${describeSplit(model.ySplit)})` }, value: model.yThreshold },
    ],
  };
}

export const QUADRANT_METHOD: SegmentMethod = {
  id: "QUADRANT",
  label: { en: "Quadrants: two measures", ko: "4분면: 두 지표", "zh-CN": "四象限：两个指标" },
  description: {
    en: "Split each measure at its median (x > split is high): high·high EI consolidate, high·low EII convert, low·high EIII promote, low·low EIV clear out.",
  },
  roles: ["value", "second"],
  roleLabels: {
    value: { en: "x measure (contribution, sales)", ko: "x 지표 (기여도, 매출)", "zh-CN": "x 指标（贡献度、销售额）" },
    second: { en: "y measure (stability, intent, tenure)", ko: "y 지표 (안정성, 구매 의도)", "zh-CN": "y 指标（稳定性、购买意向）" },
  },
  params: [splitParam("xSplit", { en: "Split x at" }), splitParam("ySplit", { en: "Split y at" }), LABEL_SET_PARAM],
  summary: "quadrant",
  columnHeader: { en: "Quadrant", ko: "4분면", "zh-CN": "象限" },
  codes: (p) => labelSetCodes(parseLabelSet(p.labels)),
  run: (input, p) => runQuadrants(input.columns.value ?? [], input.columns.second ?? [], p, ["x", "y"]),
};

/** NaN (not a customer) becomes a blank cell; an error row keeps its error, so readPairedColumns marks it. */
function cellsOf(values: Float64Array, errors: ReadonlyMap<number, CellError>): unknown[] {
  const out = new Array<unknown>(values.length);
  for (let i = 0; i < values.length; i++) out[i] = errors.get(i) ?? (Number.isNaN(values[i]) ? "" : values[i]);
  return out;
}

export const PERIOD_QUADRANT_METHOD: SegmentMethod = {
  id: "CONTRIBUTION_STABILITY",
  label: { en: "Contribution × stability (monthly sales)", ko: "기여도 × 안정성 (월별 매출)", "zh-CN": "贡献度 × 稳定性（月度销售）" },
  description: {
    en: "From one column per month or quarter: contribution = share of total sales, stability = how evenly the customer buys; then the EI–EIV quadrants.",
  },
  roles: [],
  params: [splitParam("xSplit", { en: "Split contribution at" }), splitParam("ySplit", { en: "Split stability at" }), LABEL_SET_PARAM],
  summary: "quadrant",
  columnHeader: { en: "EI–EIV quadrant", ko: "EI–EIV 4분면", "zh-CN": "EI–EIV 象限" },
  usesPeriods: true,
  codes: (p) => labelSetCodes(parseLabelSet(p.labels)),
  run(input, p) {
    const matrix = readPeriodMatrix(input.periods ?? []);
    const errors = matrix.rows.errors;
    return runQuadrants(cellsOf(contributions(matrix), errors), cellsOf(stabilities(matrix), errors), p, ["contribution", "stability"]);
  },
};
