/**
 * Words the monthly refresh writes into the workbook: the history sheet's header, the two
 * movement columns beside the class, and the transitions sheet. Every key in every language
 * (English, Korean, Simplified Chinese). Codes (A, B, UP, DOWN, NEW, GONE) are never translated:
 * formulas and colour rules test for them.
 */
import { formatValue } from "./formatValue";
import { Language } from "./language";

const en = {
  historySheet: "Segment history",
  asOf: "As of",
  customerId: "Customer ID",
  method: "Method",
  segmentation: "Segmentation",
  class: "Class",
  value: "Value",
  previousClass: "Previous {header}",
  change: "Change",
  transitionsSheet: "Transitions {method}",
  transitionsTitle: "Who moved: {method}",
  from: "From (as of)",
  to: "To (as of)",
  note: "Rows: class on the first date; columns: class on the second. NEW: not classified on the first date; GONE: not classified on the second (its value is what the customer was worth on the first date). Computed when the sheet was written; the history sheet holds every snapshot.",
  customersMatrix: "Customers",
  valueMatrix: "Value (current; GONE: previous)",
  total: "Total",
  movers: "Movers, most value at stake first (downgrades, then upgrades)",
  reason: "Why",
  cutMoved: "cut moved",
  valueRose: "value rose",
  valueFell: "value fell",
  stakeTitle: "Money at stake: moves by class, largest first",
  stakeSummary: "Moved down: {down}, worth {before} then ({now} now) · moved up: {up}, worth {upNow} now.",
  stakeNone: "No customer changed class.",
  fromClass: "From",
  toClass: "To",
  customers: "Customers",
  cutsTitle: "Cut values",
  cutsKept: "Kept from {date}: this month's classes use the kept values; \"today\" is what this month's data alone would give.",
  cutsKeptNoDate: "Kept: this month's classes use the kept values; \"today\" is what this month's data alone would give.",
  cutsRefit: "Re-fitted on each month's data: \"then\" is the previous run's, \"today\" this run's. A mover marked \"cut moved\" bought as before; the cut moved.",
  cut: "Cut",
  cutKept: "Kept",
  cutThen: "Then",
  cutToday: "Today",
  sizesTitle: "Class sizes by snapshot",
  sizesValueTitle: "Value by class and snapshot",
  gone: "GONE: classified on the first date, not on the second",
  customer: "Customer",
  direction: "Direction",
  steps: "Classes moved",
  valueBefore: "Value then",
  valueNow: "Value now",
  classBefore: "Class then",
  classNow: "Class now",
  listCut: "First {shown} of {total}; the history sheet has them all.",
} as const;

export type HistoryKey = keyof typeof en;

const ko: Record<HistoryKey, string> = {
  historySheet: "세분화 이력",
  asOf: "기준일",
  customerId: "고객번호",
  method: "방법",
  segmentation: "세분화 ID",
  class: "등급",
  value: "금액",
  previousClass: "이전 {header}",
  change: "변동",
  transitionsSheet: "등급 이동 {method}",
  transitionsTitle: "등급 이동: {method}",
  from: "이전 기준일",
  to: "현재 기준일",
  note: "행: 이전 기준일의 등급, 열: 현재 기준일의 등급. NEW: 이전에는 분류되지 않은 고객, GONE: 현재 분류되지 않은 고객(금액은 이전 기준일의 금액). 시트를 작성할 때 계산한 값이며, 모든 스냅샷은 이력 시트에 있습니다.",
  customersMatrix: "고객 수",
  valueMatrix: "금액 (현재, GONE은 이전)",
  total: "합계",
  movers: "등급 변동 고객 (걸린 금액이 큰 순: 하락 후 상승)",
  reason: "이유",
  cutMoved: "기준값 이동",
  valueRose: "금액 증가",
  valueFell: "금액 감소",
  stakeTitle: "걸린 금액: 등급 이동별, 큰 순",
  stakeSummary: "하락: {down}명, 이전 금액 {before} (현재 {now}) · 상승: {up}명, 현재 금액 {upNow}.",
  stakeNone: "등급이 바뀐 고객이 없습니다.",
  fromClass: "이전",
  toClass: "현재",
  customers: "고객 수",
  cutsTitle: "기준값",
  cutsKept: "{date} 기준값 유지: 이번 달 등급은 유지한 기준값으로 나눕니다. \"오늘\"은 이번 달 데이터만으로 구한 값입니다.",
  cutsKeptNoDate: "기준값 유지: 이번 달 등급은 유지한 기준값으로 나눕니다. \"오늘\"은 이번 달 데이터만으로 구한 값입니다.",
  cutsRefit: "매달 데이터로 다시 계산: \"이전\"은 지난 실행, \"오늘\"은 이번 실행의 값입니다. \"기준값 이동\" 고객은 구매는 그대로인데 기준값이 바뀌었습니다.",
  cut: "기준",
  cutKept: "유지",
  cutThen: "이전",
  cutToday: "오늘",
  sizesTitle: "스냅샷별 등급 규모",
  sizesValueTitle: "스냅샷별 등급 금액",
  gone: "GONE: 이전에는 분류되었으나 현재는 분류되지 않은 고객",
  customer: "고객",
  direction: "방향",
  steps: "이동 단계",
  valueBefore: "이전 금액",
  valueNow: "현재 금액",
  classBefore: "이전 등급",
  classNow: "현재 등급",
  listCut: "{total}명 중 처음 {shown}명만 표시합니다. 전체는 이력 시트에 있습니다.",
};

const zh: Record<HistoryKey, string> = {
  historySheet: "分类历史",
  asOf: "截至日期",
  customerId: "客户编号",
  method: "方法",
  segmentation: "分类 ID",
  class: "等级",
  value: "金额",
  previousClass: "上期{header}",
  change: "变动",
  transitionsSheet: "等级变动 {method}",
  transitionsTitle: "等级变动：{method}",
  from: "上期截至日期",
  to: "本期截至日期",
  note: "行：上期等级；列：本期等级。NEW：上期未分类的客户；GONE：本期未分类的客户（金额为上期金额）。数值在写入工作表时计算；每期快照都在历史工作表中。",
  customersMatrix: "客户数",
  valueMatrix: "金额（本期；GONE 为上期）",
  total: "合计",
  movers: "等级变动客户（按涉及金额从大到小：先降级，后升级）",
  reason: "原因",
  cutMoved: "分界值变动",
  valueRose: "金额上升",
  valueFell: "金额下降",
  stakeTitle: "涉及金额：按等级变动，从大到小",
  stakeSummary: "降级：{down} 位，上期金额 {before}（本期 {now}）· 升级：{up} 位，本期金额 {upNow}。",
  stakeNone: "没有客户变更等级。",
  fromClass: "上期",
  toClass: "本期",
  customers: "客户数",
  cutsTitle: "分界值",
  cutsKept: "沿用 {date} 的分界值：本期等级按沿用的分界值划分；“今天”为仅按本期数据计算的值。",
  cutsKeptNoDate: "沿用分界值：本期等级按沿用的分界值划分；“今天”为仅按本期数据计算的值。",
  cutsRefit: "每期按数据重新计算：“上期”为上次运行的值，“今天”为本次的值。标为“分界值变动”的客户购买未变，是分界值变了。",
  cut: "分界",
  cutKept: "沿用",
  cutThen: "上期",
  cutToday: "今天",
  sizesTitle: "各期等级规模",
  sizesValueTitle: "各期等级金额",
  gone: "GONE：上期已分类、本期未分类的客户",
  customer: "客户",
  direction: "方向",
  steps: "变动级数",
  valueBefore: "上期金额",
  valueNow: "本期金额",
  classBefore: "上期等级",
  classNow: "本期等级",
  listCut: "共 {total} 位，仅列出前 {shown} 位；完整记录见历史工作表。",
};

const tables: Record<Language, Record<HistoryKey, string>> = { en, ko, "zh-CN": zh };
/** Every language's table, for the translation tests (test/i18n/tables.test.ts). */
export const HISTORY_TABLES: Readonly<Record<Language, Readonly<Record<HistoryKey, string>>>> = tables;

export function historyText(key: HistoryKey, language: Language, params: Readonly<Record<string, string | number>> = {}): string {
  const template = tables[language]?.[key] ?? en[key];
  // A number given as a number is written as the language writes it (formatValue.ts).
  const shown = (v: string | number): string => (typeof v === "number" ? formatValue(v, language) : v);
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? shown(params[name]) : whole));
}

/** Every language's header row of the history sheet: a sheet with one of them is ours. */
export function historyHeaders(): string[][] {
  return (Object.keys(tables) as Language[]).map((l) => historyHeader(l));
}

export function historyHeader(language: Language): string[] {
  return (["asOf", "customerId", "method", "segmentation", "class", "value"] as const).map((k) => historyText(k, language));
}
