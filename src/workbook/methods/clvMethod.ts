/**
 * "Future value (CLV)" for the task pane (methods.md §13, §4 prospects): what each customer will
 * be worth over the next months — BG/NBD purchases × Gamma-Gamma spend, discounted monthly, as
 * SEGMENT.CLV computes it (src/segment/futureValue.ts) — from a customer sheet (first and last
 * order dates, orders, amount: what "Summarise orders per customer" writes) or from the model's
 * own columns (T, t_x, x, average spend); clvColumns.ts reads both.
 *
 * One class column per run, so the parameter "Classes" chooses what it holds:
 * - **tiers**: the ABC engine on CLV (default cuts 80/95 of value, a customer crossing a cut goes
 *   to the higher class: the pane's ABC defaults) — A/B/C, the playbook's A/B/C advice;
 * - **prospects**: seed 002's prospect quadrants with CLV as the expected contribution (x, split
 *   at the median by default) and P(alive) as the purchase intent (y, split at a fixed 0.5 by
 *   default: "more likely active than not"; a median would put every one-time buyer, whose
 *   P(alive) is 1 under BG/NBD, on one side and can leave no one above it) — PI–PIV.
 * CLV itself is the run's measure (MethodRun.measure): the preview's value shares, the summary
 * sheet's values and top customers, and the history's values are CLV, not the amount column.
 * The notes give the totals, the share likely still active and what the models learnt from; a
 * frequency–spend correlation above 0.3 is a warning. Static values only: no per-row function.
 */
import { fitTierRequest } from "../../segment/abc";
import { KIND_ERROR, NumberColumn } from "../../segment/cells";
import { classifyRows } from "../../segment/classifyRows";
import { ClvUnit } from "../../segment/clv";
import { defaultCuts } from "../../segment/cuts";
import { explainClasses } from "../../segment/explain";
import { CORRELATION_WARNING } from "../../segment/gammaGamma";
import { futureValues, FutureValues } from "../../segment/futureValue";
import { classifyQuadrants, describeSplit, fitQuadrants, labelSetCodes, pairColumns, parseSplitText, Split } from "../../segment/quadrant";
import { TIER_CODES } from "../../segment/tiers";
import { customerText } from "../../i18n/customerText";
import { Language, LANGUAGES } from "../../i18n/language";
import { splitRuleName } from "../../i18n/quadrantText";
import { summaryText } from "../../i18n/summaryText";
import { ClvCustomers, readClvCustomers } from "./clvColumns";
import { paretoCurve } from "./curve";
import { CutInfo, Localized, MethodInput, MethodNote, MethodParams, MethodRun, ParamSpec, SegmentMethod } from "./types";

const both = (en: string, ko: string, zh: string): Localized => ({ en, ko, "zh-CN": zh });

function everyLanguage(text: (language: Language) => string): Localized {
  return Object.fromEntries(LANGUAGES.map((l) => [l, text(l)])) as unknown as Localized;
}

const PARAMS: readonly ParamSpec[] = [
  {
    key: "view",
    label: both("Classes", "분류", "分类"),
    choices: [
      { value: "tiers", label: both("CLV tiers A, B, C (ABC on CLV)", "CLV 등급 A, B, C (CLV로 ABC)", "CLV 等级 A、B、C（按 CLV 做 ABC）") },
      { value: "prospects", label: both("Prospect quadrants PI–PIV: CLV × P(alive)", "잠재 고객 4분면 PI–PIV: CLV × 활성 확률", "潜在客户四象限 PI–PIV：CLV × 活跃概率") },
    ],
    defaultValue: "tiers",
  },
  {
    key: "months",
    label: both("Horizon", "예측 기간", "预测期"),
    choices: [12, 24, 36].map((m) => ({ value: String(m), label: both(`Next ${m} months`, `앞으로 ${m}개월`, `未来 ${m} 个月`) })),
    defaultValue: "12",
  },
  {
    key: "discount",
    label: both("Discount (money later is worth less)", "할인율 (나중의 돈은 가치가 낮음)", "折现率（未来的钱价值更低）"),
    choices: [
      { value: "0", label: both("None", "없음", "不折现") },
      { value: "0.005", label: both("0.5 % a month (6.2 % a year)", "월 0.5 % (연 6.2 %)", "每月 0.5 %（每年 6.2 %）") },
      { value: "0.01", label: both("1 % a month (12.7 % a year)", "월 1 % (연 12.7 %)", "每月 1 %（每年 12.7 %）") },
      { value: "0.015", label: both("1.5 % a month (19.6 % a year)", "월 1.5 % (연 19.6 %)", "每月 1.5 %（每年 19.6 %）") },
    ],
    defaultValue: "0.01",
  },
  {
    key: "unit",
    label: both("Time unit (of t_x and T when the columns hold numbers)", "시간 단위 (열이 숫자이면 t_x와 T의 단위)", "时间单位（列为数字时即 t_x 和 T 的单位）"),
    choices: [
      { value: "weeks", label: both("Weeks", "주", "周") },
      { value: "days", label: both("Days", "일", "天") },
      { value: "months", label: both("Months (30 days)", "월 (30일)", "月（30 天）") },
    ],
    defaultValue: "weeks",
  },
  {
    key: "clvSplit",
    label: both("Prospects: split CLV at", "잠재 고객: CLV 기준값", "潜在客户：CLV 的阈值"),
    choices: [
      { value: "median", label: both("Median", "중앙값", "中位数") },
      { value: "mean", label: both("Mean", "평균", "平均值") },
      { value: "p75", label: both("75th percentile", "75백분위수", "第 75 百分位数") },
      { value: "p25", label: both("25th percentile", "25백분위수", "第 25 百分位数") },
    ],
    defaultValue: "median",
  },
  {
    key: "aliveSplit",
    label: both("Prospects: split P(alive) at", "잠재 고객: 활성 확률 기준값", "潜在客户：活跃概率的阈值"),
    choices: [
      { value: "0.5", label: both("0.5: more likely active than not", "0.5: 활성일 가능성이 더 높음", "0.5：更可能仍活跃") },
      { value: "0.3", label: both("0.3: lenient", "0.3: 너그럽게", "0.3：宽松") },
      { value: "0.7", label: both("0.7: strict", "0.7: 엄격하게", "0.7：严格") },
    ],
    defaultValue: "0.5",
  },
];

/** Each language's words; `{months}` is the horizon. */
const WORDS: Record<Language, Record<string, string>> = {
  en: {
    clv: "CLV",
    alive: "P(alive)",
    aliveSplit: "P(alive) split (chosen; above it is likely active)",
    measure: "CLV, next {months} months",
    asOf: "Read as first and last order dates, orders and amount (spend per order = amount ÷ orders), as of the latest order date",
    model: "Read as T, t_x, x and average spend; customers",
    total: "Total CLV, next {months} months",
    average: "Average CLV per customer",
    likelyActive: "Customers likely still active (P(alive) > 0.5)",
    returning: "Returning customers the spend model learnt from",
    meanSpend: "Expected spend per order of a customer with no repeat order yet",
    problemsDates: "Rows left without a value: first order after the last, orders not a whole number of 1 or more, or one order on two different days",
    problemsModel: "Rows left without a value: x not a whole number, T below 0, or t_x outside 0 … T",
    txNotZero: "{count} rows have x = 0 but t_x above 0. For a one-time buyer t_x is 0: t_x is last − first purchase, not days since the last purchase. These rows get no value.",
  },
  ko: {
    clv: "CLV",
    alive: "활성 확률",
    aliveSplit: "활성 확률 기준값 (선택한 값, 이보다 크면 활성 가능성 높음)",
    measure: "CLV, 앞으로 {months}개월",
    asOf: "첫 구매일, 최근 구매일, 구매 횟수, 금액으로 읽음 (주문당 금액 = 금액 ÷ 구매 횟수), 기준일은 가장 늦은 구매일",
    model: "T, t_x, x, 평균 구매액으로 읽음; 고객 수",
    total: "CLV 합계, 앞으로 {months}개월",
    average: "고객당 평균 CLV",
    likelyActive: "아직 활성일 가능성이 높은 고객 (활성 확률 > 0.5)",
    returning: "구매액 모형이 배운 재구매 고객 수",
    meanSpend: "아직 재구매가 없는 고객의 예상 주문당 금액",
    problemsDates: "값을 내지 않은 행: 첫 구매일이 최근 구매일보다 늦음, 구매 횟수가 1 이상의 정수가 아님, 또는 구매 1회인데 날짜가 둘",
    problemsModel: "값을 내지 않은 행: x가 정수가 아님, T가 0 미만, 또는 t_x가 0 … T 밖",
    txNotZero: "{count}개 행이 x = 0인데 t_x가 0보다 큽니다. 한 번만 산 고객의 t_x는 0입니다. t_x는 마지막 − 첫 구매이지 마지막 구매 후 경과 일수가 아닙니다. 이 행들은 값을 내지 않습니다.",
  },
  "zh-CN": {
    clv: "CLV",
    alive: "活跃概率",
    aliveSplit: "活跃概率阈值（所选值，大于它为可能活跃）",
    measure: "CLV，未来 {months} 个月",
    asOf: "按首次和最近购买日期、购买次数和金额读取（每单金额 = 金额 ÷ 购买次数），截止日期为最晚的购买日期",
    model: "按 T、t_x、x 和平均消费读取；客户数",
    total: "CLV 合计，未来 {months} 个月",
    average: "每位客户的平均 CLV",
    likelyActive: "可能仍活跃的客户（活跃概率 > 0.5）",
    returning: "消费模型所依据的回头客数",
    meanSpend: "尚无重复购买的客户的预期每单金额",
    problemsDates: "未给出数值的行：首次购买晚于最近购买、购买次数不是 1 或以上的整数，或只买过一次却有两个不同日期",
    problemsModel: "未给出数值的行：x 不是整数、T 小于 0，或 t_x 不在 0 … T 之内",
    txNotZero: "有 {count} 行 x = 0 但 t_x 大于 0。只买过一次的客户 t_x 为 0：t_x 是最后一次购买 − 首次购买，而不是距上次购买的天数。这些行不给出数值。",
  },
};

const word = (l: Language, key: string, months?: string, count?: number): string =>
  WORDS[l][key].replace("{months}", months ?? "").replace("{count}", count === undefined ? "" : String(count));

function unitOf(p: MethodParams): ClvUnit {
  return p.unit === "days" || p.unit === "months" ? p.unit : "weeks";
}

function numberOf(text: string | undefined, fallback: number): number {
  const v = Number(text);
  return text !== undefined && text !== "" && Number.isFinite(v) ? v : fallback;
}

/** A column over the input rows: the customers' numbers, NaN elsewhere; rows without a value are marked as errors. */
function perRow(read: ClvCustomers, values: Float64Array): NumberColumn {
  const n = read.rows.kinds.length;
  const out = new Float64Array(n).fill(NaN);
  for (let j = 0; j < read.index.length; j++) out[read.index[j]] = values[j];
  const kinds = Uint8Array.from(read.rows.kinds);
  for (const row of read.problems) kinds[row] = KIND_ERROR;
  return { values: out, kinds, errors: read.rows.errors, numericTextCount: read.rows.numericTextCount, customerCount: read.index.length };
}

/** A money amount as the preview writes a threshold: rounded down to cents, so "≥ 245.12" stays true. */
const cents = (v: number): number => Math.floor(v * 100 + 1e-9) / 100;

/** What a view decides: the classes, their cuts, the chart, and the notes of its splits. */
type ClassView = Pick<MethodRun, "codes" | "classIndex" | "cuts" | "curve" | "quadrant"> & { notes: MethodNote[] };

function tiers(column: NumberColumn): Omit<ClassView, "notes"> {
  const fitted = fitTierRequest(column, { cuts: defaultCuts(3, "value"), rule: "reach", basis: "value" }, 3);
  const cuts: CutInfo[] = fitted.codes.map((code, i) => ({
    code,
    share: fitted.cuts && i < fitted.cuts.length ? fitted.cuts[i] : null,
    limit: i < fitted.limits.length && Number.isFinite(fitted.limits[i]) ? cents(fitted.limits[i]) : null,
  }));
  return { codes: fitted.codes, classIndex: classifyRows(column, fitted.classOf), cuts, curve: paretoCurve(column) };
}

function prospects(clv: NumberColumn, alive: NumberColumn, p: MethodParams): ClassView {
  const codes = labelSetCodes("prospects");
  const aliveSplit: Split = { kind: "value", value: numberOf(p.aliveSplit, 0.5) };
  const model = fitQuadrants(pairColumns(clv, alive), parseSplitText(p.clvSplit ?? "median", "x"), aliveSplit);
  const classIndex = classifyQuadrants(pairColumns(clv, alive), model);
  const money = (l: Language, v: number): string => new Intl.NumberFormat(l, { maximumFractionDigits: 2 }).format(v);
  const cuts: CutInfo[] = codes.map((code, i) => ({
    code,
    share: null,
    limit: null,
    // High means strictly above the split (src/segment/quadrant.ts).
    text: everyLanguage((l) => `${WORDS[l].clv} ${i < 2 ? ">" : "≤"} ${money(l, model.xThreshold)} · ${WORDS[l].alive} ${i % 2 === 0 ? ">" : "≤"} ${money(l, model.yThreshold)}`),
  }));
  const notes: MethodNote[] = [
    { label: everyLanguage((l) => summaryText("splitNote", l, { measure: WORDS[l].clv, rule: splitRuleName(describeSplit(model.xSplit), l) })), value: model.xThreshold, format: "number", digits: 2 },
    { label: everyLanguage((l) => word(l, "aliveSplit")), value: model.yThreshold, format: "number", digits: 1 },
  ];
  return {
    codes,
    classIndex,
    cuts,
    quadrant: { xLabel: everyLanguage((l) => WORDS[l].clv), yLabel: everyLanguage((l) => WORDS[l].alive), xThreshold: model.xThreshold, yThreshold: model.yThreshold },
    notes,
  };
}

function modelNotes(read: ClvCustomers, fv: FutureValues, months: string): MethodNote[] {
  let total = 0, active = 0;
  for (let j = 0; j < fv.clv.length; j++) {
    total += fv.clv[j];
    if (fv.pAlive[j] > 0.5) active++;
  }
  const n = fv.clv.length;
  const notes: MethodNote[] = [
    read.form === "dates"
      ? { label: everyLanguage((l) => word(l, "asOf")), value: read.asOf, format: "date" }
      : { label: everyLanguage((l) => word(l, "model")), value: n, format: "number" },
    { label: everyLanguage((l) => word(l, "total", months)), value: total, format: "number", digits: 0 },
    { label: everyLanguage((l) => word(l, "average")), value: total / n, format: "number", digits: 2 },
    { label: everyLanguage((l) => word(l, "likelyActive")), value: active / n, format: "percent" },
    { label: everyLanguage((l) => word(l, "returning")), value: fv.spendFit.used, format: "number" },
    { label: everyLanguage((l) => word(l, "meanSpend")), value: fv.meanSpend, format: "number", digits: 2 },
  ];
  if (read.problems.size > 0) notes.push({ label: everyLanguage((l) => word(l, read.form === "dates" ? "problemsDates" : "problemsModel")), value: read.problems.size, format: "number" });
  return notes;
}

function warningsOf(read: ClvCustomers, fv: FutureValues): Localized[] {
  const out: Localized[] = [];
  if (fv.correlated) {
    const params = { correlation: Number(fv.spendFit.correlation.toFixed(2)), limit: CORRELATION_WARNING };
    out.push(everyLanguage((l) => customerText("gg.warnCorrelation", params, l)));
  }
  if (read.txNotZero > 0) out.push(everyLanguage((l) => word(l, "txNotZero", undefined, read.txNotZero)));
  return out;
}

export function runClv(input: MethodInput, p: MethodParams): MethodRun {
  const unit = unitOf(p);
  const months = String(Math.round(numberOf(p.months, 12)));
  const read = readClvCustomers(input, unit);
  const fv = futureValues(read, { months: Number(months), discount: numberOf(p.discount, 0.01), unit });
  const clv = perRow(read, fv.clv);
  const view: ClassView = p.view === "prospects" ? prospects(clv, perRow(read, fv.pAlive), p) : { ...tiers(clv), notes: [] };
  const warnings = warningsOf(read, fv);
  return {
    ...view,
    explanation: explainClasses(clv, view.classIndex, view.codes),
    notes: [...modelNotes(read, fv, months), ...view.notes],
    ...(warnings.length ? { warnings } : {}),
    measure: { label: everyLanguage((l) => word(l, "measure", months)), values: clv.values },
  };
}

export const CLV_METHOD: SegmentMethod = {
  id: "CLV",
  sheetLabel: { en: "Future value", ko: "미래 가치", "zh-CN": "未来价值" },
  label: both("Future value (CLV)", "미래 가치 (CLV)", "未来价值（CLV）"),
  description: both(
    "What each customer will be worth: the expected, discounted value of their purchases over the next months (purchase model BG/NBD × spend model Gamma-Gamma), from first and last order dates, orders and amount — the sheet “Summarise orders per customer” writes — or from T, t_x, x and average spend. Then tiers A/B/C by CLV, or the prospect quadrants PI–PIV (CLV × P(alive)).",
    "고객마다 앞으로 얼마의 가치가 있을지 계산합니다. 앞으로 몇 개월간 구매의 할인된 기대 가치(구매 모형 BG/NBD × 구매액 모형 Gamma-Gamma)를 첫 구매일, 최근 구매일, 구매 횟수, 금액(‘고객별 주문 요약’이 만드는 시트) 또는 T, t_x, x, 평균 구매액에서 구합니다. 그다음 CLV로 A/B/C 등급, 또는 잠재 고객 4분면 PI–PIV(CLV × 활성 확률)로 나눕니다.",
    "计算每位客户未来的价值：未来几个月购买的折现期望价值（购买模型 BG/NBD × 消费模型 Gamma-Gamma），依据首次和最近购买日期、购买次数和金额（即“按客户汇总订单”生成的工作表），或 T、t_x、x 和平均消费。然后按 CLV 分为 A/B/C 等级，或分为潜在客户四象限 PI–PIV（CLV × 活跃概率）。",
  ),
  roles: ["firstDate", "lastDate", "orders", "value"],
  roleLabels: {
    firstDate: both("First order date (or T: age in the time unit)", "첫 구매일 (또는 T: 시간 단위의 거래 기간)", "首次购买日期（或 T：以时间单位计的客龄）"),
    lastDate: both("Last order date (or t_x: last − first purchase)", "최근 구매일 (또는 t_x: 마지막 − 첫 구매)", "最近购买日期（或 t_x：最后一次 − 首次购买）"),
    orders: both("Orders (or x: repeat purchases)", "구매 횟수 (또는 x: 재구매 횟수)", "购买次数（或 x：重复购买次数）"),
    value: both("Amount, total (or average spend per repeat purchase)", "금액 합계 (또는 재구매 1회당 평균 금액)", "金额合计（或每次重复购买的平均金额）"),
  },
  params: PARAMS,
  summary: "curve",
  columnHeader: both("Future value (CLV)", "미래 가치 (CLV)", "未来价值（CLV）"),
  asOfRoles: ["firstDate", "lastDate"],
  backtest: true,
  codes: (p) => (p.view === "prospects" ? labelSetCodes("prospects") : TIER_CODES.slice(0, 3)),
  run: runClv,
};
