/**
 * Tenure × size (methods.md §4, label set "tenure"; seed 000) for the task pane: x = size (the
 * value column: revenue, sales), y = **years as a customer**; each split at the median (or mean,
 * a percentile), four classes OLD-LARGE, NEW-LARGE, OLD-SMALL, NEW-SMALL.
 *
 * The "customer since" role (`firstDate`) holds either the **first order date** (what a CRM
 * export has) or the **tenure in years**; the parameter "Customer since column holds" says
 * which, and its default *detect* reads dates when the column holds Date cells or every
 * customer's number is at least 3,653 (1910-01-01), else years (src/segment/tenure.ts).
 *
 * Dates are turned into years as a customer **as of the data's date**: the latest date in the
 * date columns read (first order, last order, order date) — never today, so an export of
 * 2024-12-31 gives the same classes whenever it is opened. A longer tenure is a larger number,
 * so OLD is always the long-standing customer, whatever the column held: the reverse (a date
 * taken as the measure, where a later start is "higher") cannot happen here.
 *
 * The measures are named by the data's headers ("Revenue > 12,300", "customer for more than 3.4
 * years"), the splits are shown in their units (years with one decimal, the as-of date as a
 * date). Static values only: SEGMENT.QUADRANTOF takes years, not dates, so no live formula.
 */
import { explainClasses } from "../../segment/explain";
import { classifyQuadrants, describeSplit, fitQuadrants, labelSetCodes, readPairedColumns } from "../../segment/quadrant";
import { holdsDates, latestDay, yearsAsCustomer } from "../../segment/tenure";
import { Language, LANGUAGES } from "../../i18n/language";
import { splitRuleName } from "../../i18n/quadrantText";
import { summaryText } from "../../i18n/summaryText";
import { cutValue, splitLabel } from "./frozenValues";
import { quadrantSplits } from "./quadrantMethods";
import { CutInfo, FrozenValues, Localized, MethodNote, MethodParams, MethodRun, ParamSpec, SegmentMethod } from "./types";

const SPLITS = [
  { value: "median", label: { en: "Median", ko: "중앙값", "zh-CN": "中位数" } },
  { value: "mean", label: { en: "Mean", ko: "평균", "zh-CN": "平均值" } },
  { value: "p25", label: { en: "25th percentile", ko: "25백분위수", "zh-CN": "第 25 百分位数" } },
  { value: "p75", label: { en: "75th percentile", ko: "75백분위수", "zh-CN": "第 75 百分位数" } },
];

const TENURE_PARAM: ParamSpec = {
  key: "tenure",
  label: { en: "Customer since column holds", ko: "거래 시작 열의 내용", "zh-CN": "合作起始列的内容" },
  choices: [
    { value: "auto", label: { en: "Detect: dates or years", ko: "자동 판별: 날짜 또는 연수", "zh-CN": "自动识别：日期或年数" } },
    {
      value: "date",
      label: { en: "First order dates (years counted to the latest date in the data)", ko: "첫 구매일 (데이터의 가장 늦은 날짜까지 연수 계산)", "zh-CN": "首次购买日期（按数据中最晚的日期计算年数）" },
    },
    { value: "years", label: { en: "Years as a customer", ko: "거래 연수", "zh-CN": "合作年数" } },
  ],
  defaultValue: "auto",
};

/** Each language's words for the y measure and the split sentences; `{y}` is a number of years. */
const WORDS: Record<Language, { years: string; size: string; more: string; atMost: string; asOf: string; readYears: string }> = {
  en: {
    years: "Years as a customer",
    size: "Size",
    more: "customer for more than {y} years",
    atMost: "customer for {y} years or less",
    asOf: "Years as a customer counted to the latest date in the data",
    readYears: "Customer since read as years as a customer; customers",
  },
  ko: {
    years: "거래 연수",
    size: "규모",
    more: "거래 {y}년 초과",
    atMost: "거래 {y}년 이하",
    asOf: "거래 연수 계산 기준일 (데이터의 가장 늦은 날짜)",
    readYears: "거래 시작 열을 거래 연수로 읽음; 고객 수",
  },
  "zh-CN": {
    years: "合作年数",
    size: "规模",
    more: "合作超过 {y} 年",
    atMost: "合作不超过 {y} 年",
    asOf: "合作年数的计算截止日期（数据中最晚的日期）",
    readYears: "合作起始列按合作年数读取；客户数",
  },
};

function everyLanguage(text: (language: Language) => string): Localized {
  return Object.fromEntries(LANGUAGES.map((l) => [l, text(l)])) as unknown as Localized;
}

/** Size splits as people write amounts: whole numbers from 100 on, else up to two decimals. */
const sizeDigits = (v: number): number => (Math.abs(v) >= 100 ? 0 : 2);

function formatIn(language: Language, value: number, digits: number, fixed = false): string {
  if (!Number.isFinite(value)) return "—";
  return new Intl.NumberFormat(language, { maximumFractionDigits: digits, minimumFractionDigits: fixed ? digits : 0 }).format(value);
}

export const TENURE_SIZE_METHOD: SegmentMethod = {
  id: "TENURE_SIZE",
  sheetLabel: { en: "Tenure × size", ko: "거래 기간×규모", "zh-CN": "客龄×规模" },
  label: { en: "Tenure × size (first order date, revenue)", ko: "거래 기간 × 규모 (첫 구매일, 매출)", "zh-CN": "合作年限 × 规模（首次购买日期、销售额）" },
  description: {
    en: "Years as a customer (from the first order date to the latest date in the data, or a column of years) and size, each split at its median (above the split is high): OLD-LARGE, NEW-LARGE, OLD-SMALL, NEW-SMALL.",
    ko: "거래 연수(첫 구매일부터 데이터의 가장 늦은 날짜까지, 또는 연수 열)와 규모를 각각 중앙값에서 나눕니다(기준값보다 크면 높음): OLD-LARGE, NEW-LARGE, OLD-SMALL, NEW-SMALL.",
    "zh-CN": "合作年数（从首次购买日期到数据中最晚的日期，或年数列）与规模各按中位数划分（大于阈值为高）：OLD-LARGE、NEW-LARGE、OLD-SMALL、NEW-SMALL。",
  },
  roles: ["value", "firstDate"],
  roleLabels: {
    value: { en: "Size (revenue, sales)", ko: "규모 (매출, 판매액)", "zh-CN": "规模（销售额、营业额）" },
    firstDate: { en: "Customer since: first order date, or years as a customer", ko: "거래 시작: 첫 구매일 또는 거래 연수", "zh-CN": "合作起始：首次购买日期或合作年数" },
  },
  params: [
    TENURE_PARAM,
    { key: "xSplit", label: { en: "Split size at", ko: "규모 기준값", "zh-CN": "规模的阈值" }, choices: SPLITS, defaultValue: "median" },
    { key: "ySplit", label: { en: "Split tenure at", ko: "거래 연수 기준값", "zh-CN": "合作年数的阈值" }, choices: SPLITS, defaultValue: "median" },
  ],
  summary: "quadrant",
  columnHeader: { en: "Tenure × size", ko: "거래 기간 × 규모", "zh-CN": "合作年限 × 规模" },
  asOfRoles: ["firstDate", "lastDate", "date"],
  namesMeasures: true,
  codes: () => labelSetCodes("tenure"),
  freezable: true,
  run: (input, p, frozen) => runTenure(input.columns.value ?? [], input.columns.firstDate ?? [], [input.columns.firstDate, input.columns.lastDate, input.columns.date], p, input.names ?? {}, frozen),
};

/**
 * The quadrants of size × years as a customer. `dateColumns` are the date columns read (the
 * as-of date is the latest date in them); `names` the headers of the size and since columns.
 */
export function runTenure(
  sizeCells: readonly unknown[],
  sinceCells: readonly unknown[],
  dateColumns: readonly (readonly unknown[] | undefined)[],
  p: MethodParams,
  names: { readonly value?: string },
  frozen?: FrozenValues,
): MethodRun {
  const form = p.tenure === "date" || p.tenure === "years" ? p.tenure : holdsDates(sinceCells) ? "date" : "years";
  const asOf = form === "date" ? latestDay(dateColumns) : null;
  const years: readonly unknown[] = form === "years" ? sinceCells : asOf === null ? sinceCells.map(() => "") : yearsAsCustomer(sinceCells, asOf);
  const codes = labelSetCodes("tenure");
  const pair = readPairedColumns(sizeCells, years);
  const model = fitQuadrants(pair, ...quadrantSplits(p, frozen));
  const classIndex = classifyQuadrants(pair, model);
  const size = (l: Language): string => names.value ?? WORDS[l].size;
  const sizeText = (l: Language, high: boolean): string => `${size(l)} ${high ? ">" : "≤"} ${formatIn(l, model.xThreshold, sizeDigits(model.xThreshold))}`;
  const yearsText = (l: Language, high: boolean): string => WORDS[l][high ? "more" : "atMost"].replace("{y}", formatIn(l, model.yThreshold, 1, true));
  // Class indexes: 0 high size · long tenure, 1 high · short, 2 low · long, 3 low · short (quadrant.ts).
  const cuts: CutInfo[] = codes.map((code, i) => ({
    code,
    share: null,
    limit: null,
    // High means strictly above the split (src/segment/quadrant.ts says why).
    text: everyLanguage((l) => `${sizeText(l, i < 2)} · ${yearsText(l, i % 2 === 0)}`),
  }));
  const notes: MethodNote[] = [
    {
      label: everyLanguage((l) => summaryText("splitNote", l, { measure: size(l), rule: splitRuleName(describeSplit(model.xSplit), l) })),
      value: model.xThreshold,
      format: "number",
      digits: sizeDigits(model.xThreshold),
    },
    {
      label: everyLanguage((l) => summaryText("splitNote", l, { measure: WORDS[l].years, rule: splitRuleName(describeSplit(model.ySplit), l) })),
      value: model.yThreshold,
      format: "number",
      digits: 1,
    },
    asOf !== null
      ? { label: everyLanguage((l) => WORDS[l].asOf), value: asOf, format: "date" }
      : { label: everyLanguage((l) => WORDS[l].readYears), value: pair.rows.customerCount, format: "number" },
  ];
  return {
    codes,
    classIndex,
    explanation: explainClasses(pair.rows, classIndex, codes),
    cuts,
    quadrant: { xLabel: everyLanguage(size), yLabel: everyLanguage((l) => WORDS[l].years), xThreshold: model.xThreshold, yThreshold: model.yThreshold },
    cutValues: [cutValue(splitLabel(everyLanguage(size)), model.xThreshold), cutValue(splitLabel(everyLanguage((l) => WORDS[l].years)), model.yThreshold)],
    notes,
  };
}
