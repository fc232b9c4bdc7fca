/**
 * Words the task pane writes into the workbook when it applies a segmentation: the summary
 * sheet (its name, headings, table header, notes, legend, chart and quadrant grid) and the
 * header of the customer-type column. Every key in every language. Class codes (A, EI, VITAL …)
 * are never translated: the summary's COUNTIF formulas and the colour rules test for them.
 */
import { formatValue } from "./formatValue";
import { Language } from "./language";

const en = {
  sheetName: "Segments {method}",
  title: "Customer segments: {method}",
  data: "Data",
  valueColumn: "Value column",
  parameters: "Parameters",
  applied: "Applied",
  colClass: "Class",
  colCustomers: "Customers",
  colCustomerShare: "% of customers",
  colValue: "Value",
  colPositiveValue: "Positive value",
  colValueShare: "% of value",
  colLowest: "Lowest value",
  colCutShare: "Cut (share)",
  colCutValue: "Cut value",
  total: "Total",
  notCustomers: "Rows that are not customers (blank or text)",
  numericText: "…of which numbers stored as text (convert them to count them)",
  errors: "Rows with an error value",
  legend: "Legend",
  approach: "Approach",
  curveSlices: "Customers by value (5 % slices, highest first)",
  curvePositive: "Positive value",
  curveCumulative: "Cumulative % of value",
  topSlice: "Top 5%",
  chartTitle: "Pareto: value by 5 % slices of customers",
  high: "{measure} high",
  low: "{measure} low",
  gridCustomers: "Customers",
  gridValue: "Value",
  gridTotal: "{measure} total",
  topCustomers: "Top customers",
  topValue: "Value",
  topClass: "Class",
  customerType: "Customer type",
  classLabel: "{header} name",
  measureX: "x",
  measureY: "y",
  measureContribution: "contribution",
  measureStability: "stability",
  splitNote: "{measure} split ({rule})",
} as const;

export type SummaryKey = keyof typeof en;
type Table = Readonly<Record<SummaryKey, string>>;

const ko: Table = {
  sheetName: "세분화 {method}",
  title: "고객 세분화: {method}",
  data: "데이터",
  valueColumn: "금액 열",
  parameters: "설정",
  applied: "적용 시각",
  colClass: "등급",
  colCustomers: "고객 수",
  colCustomerShare: "고객 비중",
  colValue: "금액",
  colPositiveValue: "양수 금액",
  colValueShare: "금액 비중",
  colLowest: "최저 금액",
  colCutShare: "기준점 (비중)",
  colCutValue: "기준 금액",
  total: "합계",
  notCustomers: "고객이 아닌 행 (빈 행 또는 텍스트)",
  numericText: "…그중 텍스트로 저장된 숫자 (숫자로 변환해야 집계됨)",
  errors: "오류 값이 있는 행",
  legend: "범례",
  approach: "대응 전략",
  curveSlices: "금액 순 고객 (5 % 단위, 높은 순)",
  curvePositive: "양수 금액",
  curveCumulative: "누적 금액 비중",
  topSlice: "상위 5%",
  chartTitle: "파레토: 고객 5 % 구간별 금액",
  high: "{measure} 높음",
  low: "{measure} 낮음",
  gridCustomers: "고객 수",
  gridValue: "금액",
  gridTotal: "{measure} 합계",
  topCustomers: "금액 상위 고객",
  topValue: "금액",
  topClass: "등급",
  customerType: "고객 유형",
  classLabel: "{header} 이름",
  measureX: "x",
  measureY: "y",
  measureContribution: "기여도",
  measureStability: "안정성",
  splitNote: "{measure} 기준값 ({rule})",
};

const zh: Table = {
  sheetName: "客户分类 {method}",
  title: "客户分类：{method}",
  data: "数据",
  valueColumn: "金额列",
  parameters: "参数",
  applied: "应用时间",
  colClass: "等级",
  colCustomers: "客户数",
  colCustomerShare: "客户占比",
  colValue: "金额",
  colPositiveValue: "正金额",
  colValueShare: "金额占比",
  colLowest: "最低金额",
  colCutShare: "分界点（占比）",
  colCutValue: "分界金额",
  total: "合计",
  notCustomers: "不计为客户的行（空白或文本）",
  numericText: "…其中以文本存储的数字（转换为数字后才会计入）",
  errors: "含错误值的行",
  legend: "图例",
  approach: "应对策略",
  curveSlices: "按金额排序的客户（每档 5 %，从高到低）",
  curvePositive: "正金额",
  curveCumulative: "累计金额占比",
  topSlice: "前 5%",
  chartTitle: "帕累托：按客户 5 % 分档的金额",
  high: "{measure}高",
  low: "{measure}低",
  gridCustomers: "客户数",
  gridValue: "金额",
  gridTotal: "{measure}合计",
  topCustomers: "金额最高的客户",
  topValue: "金额",
  topClass: "等级",
  customerType: "客户类型",
  classLabel: "{header}名称",
  measureX: "x",
  measureY: "y",
  measureContribution: "贡献度",
  measureStability: "稳定性",
  splitNote: "{measure}阈值（{rule}）",
};

/** Every language's table, for the translation tests. */
export const SUMMARY_TABLES: Readonly<Record<Language, Table>> = { en, ko, "zh-CN": zh };

export function summaryText(key: SummaryKey, language: Language, params: Readonly<Record<string, string | number>> = {}): string {
  const template = SUMMARY_TABLES[language]?.[key] ?? en[key];
  // A number given as a number is written as the language writes it (formatValue.ts).
  const shown = (v: string | number): string => (typeof v === "number" ? formatValue(v, language) : v);
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? shown(params[name]) : whole));
}

/** One text in every language, for the method registry's Localized labels. */
export function summaryTextAll(key: SummaryKey, params: Readonly<Record<string, string | number>> = {}): { en: string; ko: string; "zh-CN": string } {
  return { en: summaryText(key, "en", params), ko: summaryText(key, "ko", params), "zh-CN": summaryText(key, "zh-CN", params) };
}
