/**
 * Quadrants (methods.md §4, §5) for the task pane: two measures split at the median (or mean,
 * a percentile), four classes. One entry takes two columns (x = value, y = second measure);
 * the other derives contribution (x) and stability (y) from period columns, seed 002's EI–EIV.
 * The two-column entry writes live formulas with the per-row SEGMENT.QUADRANTOF (same splits
 * and codes as SEGMENT.QUADRANT); the period entry offers static values only (its measures are
 * computed from the period block, not read from two columns).
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
  Split,
} from "../../segment/quadrant";
import { contributions, stabilities } from "../../segment/stability";
import { holdsDates } from "../../segment/tenure";
import { formatShortDate, formatValue } from "../../i18n/formatValue";
import { Language } from "../../i18n/language";
import { splitRuleName } from "../../i18n/quadrantText";
import { SummaryKey, summaryText, summaryTextAll } from "../../i18n/summaryText";
import { cutValue, frozenAt, splitLabel } from "./frozenValues";
import { CutInfo, FrozenValues, Localized, MethodParams, MethodRun, ParamSpec, SegmentMethod } from "./types";

const SPLITS: { value: string; label: Localized }[] = [
  { value: "median", label: { en: "Median", ko: "중앙값", "zh-CN": "中位数" } },
  { value: "mean", label: { en: "Mean", ko: "평균", "zh-CN": "平均值" } },
  { value: "p25", label: { en: "25th percentile", ko: "25백분위수", "zh-CN": "第 25 百分位数" } },
  { value: "p75", label: { en: "75th percentile", ko: "75백분위수", "zh-CN": "第 75 百分位数" } },
];

const SET_LABELS: Record<LabelSet, Localized> = {
  existing: { en: "Existing customers: EI–EIV", ko: "기존 고객: EI–EIV", "zh-CN": "现有客户：EI–EIV" },
  prospects: { en: "Prospects: PI–PIV", ko: "잠재 고객: PI–PIV", "zh-CN": "潜在客户：PI–PIV" },
  tenure: { en: "Tenure × size", ko: "거래 기간 × 규모", "zh-CN": "客龄 × 规模" },
  plain: { en: "Plain: HH, HL, LH, LL", ko: "기본: HH, HL, LH, LL", "zh-CN": "通用：HH、HL、LH、LL" },
};

function splitParam(key: string, label: Localized): ParamSpec {
  return { key, label, choices: SPLITS, defaultValue: "median" };
}

/**
 * The pane's label sets: all but "tenure", which has its own method (tenureMethod.ts) that turns
 * first order dates into years as a customer — a y column of dates here would call the newest
 * customers OLD. SEGMENT.QUADRANT still takes "tenure" with y in years.
 */
const LABEL_SET_PARAM: ParamSpec = {
  key: "labels",
  label: { en: "Labels", ko: "라벨", "zh-CN": "标签" },
  choices: LABEL_SET_NAMES.filter((s) => s !== "tenure").map((s) => ({ value: s, label: SET_LABELS[s] })),
  defaultValue: "existing",
};

/** One text per language, built from the summary's words (measure names, "x split (median)"). */
function everyLanguage(text: (language: Language) => string): Localized {
  return { en: text("en"), ko: text("ko"), "zh-CN": text("zh-CN") };
}

/** The splits of a run: the parameters' rules, or the kept split values (x, y) of a frozen segmentation. */
export function quadrantSplits(p: MethodParams, frozen: FrozenValues | undefined): [Split, Split] {
  if (frozen) return [{ kind: "value", value: frozenAt(frozen, 0, "x split") }, { kind: "value", value: frozenAt(frozen, 1, "y split") }];
  return [parseSplitText(p.xSplit ?? "median", "x"), parseSplitText(p.ySplit ?? "median", "y")];
}

/** A measure's name: the column's header when the data has one ("Revenue"), else the generic word ("x", "contribution"). */
function measureName(header: string | undefined, word: SummaryKey): { en: string; ko: string; "zh-CN": string } {
  return header ? { en: header, ko: header, "zh-CN": header } : summaryTextAll(word);
}

function runQuadrants(
  xCells: readonly unknown[],
  yCells: readonly unknown[],
  p: MethodParams,
  measures: [SummaryKey, SummaryKey],
  frozen?: FrozenValues,
  headers: { readonly x?: string; readonly y?: string } = {},
): MethodRun {
  const names = [measureName(headers.x, measures[0]), measureName(headers.y, measures[1])] as const;
  const codes = labelSetCodes(parseLabelSet(p.labels));
  const pair = readPairedColumns(xCells, yCells);
  const model = fitQuadrants(pair, ...quadrantSplits(p, frozen));
  const classIndex = classifyQuadrants(pair, model);
  // A measure of dates (a first order date as y) is split at a date: shown as one, never as its serial.
  const dated = [holdsDates(xCells), holdsDates(yCells)] as const;
  // Each language's own digits and date order (formatValue.ts): 0.00091, not 0.0009; a date, never its serial.
  const fmtX = (v: number, l: Language): string => (dated[0] ? formatShortDate(v, l) : formatValue(v, l));
  const fmtY = (v: number, l: Language): string => (dated[1] ? formatShortDate(v, l) : formatValue(v, l));
  const cuts: CutInfo[] = codes.map((code, i) => ({
    code,
    share: null,
    limit: null,
    // High means strictly above the split (src/segment/quadrant.ts says why).
    text: everyLanguage(
      (l) => `${names[0][l]} ${i < 2 ? ">" : "≤"} ${fmtX(model.xThreshold, l)} · ${names[1][l]} ${i % 2 === 0 ? ">" : "≤"} ${fmtY(model.yThreshold, l)}`,
    ),
  }));
  return {
    codes,
    classIndex,
    explanation: explainClasses(pair.rows, classIndex, codes),
    cuts,
    quadrant: { xLabel: names[0], yLabel: names[1], xThreshold: model.xThreshold, yThreshold: model.yThreshold },
    cutValues: [cutValue(splitLabel(names[0]), model.xThreshold, dated[0]), cutValue(splitLabel(names[1]), model.yThreshold, dated[1])],
    notes: [
      {
        label: everyLanguage((l) => summaryText("splitNote", l, { measure: names[0][l], rule: splitRuleName(describeSplit(model.xSplit), l) })),
        value: model.xThreshold,
        ...(dated[0] ? { format: "date" as const } : {}),
      },
      {
        label: everyLanguage((l) => summaryText("splitNote", l, { measure: names[1][l], rule: splitRuleName(describeSplit(model.ySplit), l) })),
        value: model.yThreshold,
        ...(dated[1] ? { format: "date" as const } : {}),
      },
    ],
  };
}

export const QUADRANT_METHOD: SegmentMethod = {
  id: "QUADRANT",
  sheetLabel: { en: "Quadrants", ko: "4분면", "zh-CN": "四象限" },
  label: { en: "Quadrants: two measures", ko: "4분면: 두 지표", "zh-CN": "四象限：两个指标" },
  description: {
    en: "Split each measure at its median (x > split is high): high·high EI consolidate, high·low EII convert, low·high EIII promote, low·low EIV clear out.",
    ko: "두 지표를 각각 중앙값에서 나눕니다(기준값보다 크면 높음): 둘 다 높음 EI 공고화, 높음·낮음 EII 전환, 낮음·높음 EIII 육성, 둘 다 낮음 EIV 정리.",
    "zh-CN": "两个指标各按中位数划分（大于阈值为高）：双高 EI 巩固，高·低 EII 转化，低·高 EIII 提升，双低 EIV 清理。",
  },
  roles: ["value", "second"],
  roleLabels: {
    value: { en: "x measure (contribution, sales)", ko: "x 지표 (기여도, 매출)", "zh-CN": "x 指标（贡献度、销售额）" },
    second: { en: "y measure (stability, intent)", ko: "y 지표 (안정성, 구매 의도)", "zh-CN": "y 指标（稳定性、购买意向）" },
  },
  params: [
    splitParam("xSplit", { en: "Split x at", ko: "x 기준값", "zh-CN": "x 的阈值" }),
    splitParam("ySplit", { en: "Split y at", ko: "y 기준값", "zh-CN": "y 的阈值" }),
    LABEL_SET_PARAM,
  ],
  summary: "quadrant",
  columnHeader: { en: "Quadrant", ko: "4분면", "zh-CN": "象限" },
  codes: (p) => labelSetCodes(parseLabelSet(p.labels)),
  freezable: true,
  // The axes are named by the columns' headers ("Revenue × Visits"), not "x × y".
  namesMeasures: true,
  run: (input, p, frozen) =>
    runQuadrants(input.columns.value ?? [], input.columns.second ?? [], p, ["measureX", "measureY"], frozen, { x: input.names?.value, y: input.names?.second }),
  formula(refs, p) {
    if (!refs.second || !refs.seconds) throw new Error("A quadrant formula needs the y column");
    return `=SEGMENT.QUADRANTOF(${refs.value},${refs.second},${refs.values},${refs.seconds},"${p.xSplit}","${p.ySplit}","${p.labels}")`;
  },
};

/** NaN (not a customer) becomes a blank cell; an error row keeps its error, so readPairedColumns marks it. */
function cellsOf(values: Float64Array, errors: ReadonlyMap<number, CellError>): unknown[] {
  const out = new Array<unknown>(values.length);
  for (let i = 0; i < values.length; i++) out[i] = errors.get(i) ?? (Number.isNaN(values[i]) ? "" : values[i]);
  return out;
}

export const PERIOD_QUADRANT_METHOD: SegmentMethod = {
  id: "CONTRIBUTION_STABILITY",
  sheetLabel: { en: "EI–EIV quadrants", ko: "기여도×안정성", "zh-CN": "贡献度×稳定性" },
  label: { en: "Contribution × stability (monthly sales)", ko: "기여도 × 안정성 (월별 매출)", "zh-CN": "贡献度 × 稳定性（月度销售）" },
  description: {
    en: "From one column per month or quarter: contribution = share of total sales, stability = how evenly the customer buys; then the EI–EIV quadrants.",
    ko: "월 또는 분기별 매출 열에서 기여도(총매출 비중)와 안정성(얼마나 고르게 구매하는지)을 구한 뒤 EI–EIV 4분면으로 나눕니다.",
    "zh-CN": "根据每月或每季度一列的销售额，计算贡献度（占总销售额的比例）和稳定性（购买是否均匀），再分为 EI–EIV 四个象限。",
  },
  roles: [],
  params: [
    splitParam("xSplit", { en: "Split contribution at", ko: "기여도 기준값", "zh-CN": "贡献度的阈值" }),
    splitParam("ySplit", { en: "Split stability at", ko: "안정성 기준값", "zh-CN": "稳定性的阈值" }),
    LABEL_SET_PARAM,
  ],
  summary: "quadrant",
  columnHeader: { en: "EI–EIV quadrant", ko: "EI–EIV 4분면", "zh-CN": "EI–EIV 象限" },
  usesPeriods: true,
  codes: (p) => labelSetCodes(parseLabelSet(p.labels)),
  freezable: true,
  run(input, p, frozen) {
    const matrix = readPeriodMatrix(input.periods ?? []);
    const errors = matrix.rows.errors;
    return runQuadrants(cellsOf(contributions(matrix), errors), cellsOf(stabilities(matrix), errors), p, ["measureContribution", "measureStability"], frozen);
  },
};
