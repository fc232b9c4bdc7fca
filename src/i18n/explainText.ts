/** Header and row labels of the SEGMENT.EXPLAIN table, in every language (codes stay as they are). */
import { currentLanguage, Language } from "./language";

const headers: Record<Language, string[]> = {
  en: ["class", "customers", "% of customers", "value", "% of value", "lowest value", "cut"],
  ko: ["등급", "고객 수", "고객 비중", "금액", "금액 비중", "최저 금액", "기준점"],
  "zh-CN": ["等级", "客户数", "客户占比", "金额", "金额占比", "最低金额", "分界点"],
};

const labels: Record<Language, Record<string, string>> = {
  en: {
    total: "Total",
    notCustomers: "Blank or text rows (not customers)",
    numericText: "…of which numbers stored as text (convert them to count them)",
    errors: "Rows with an error value",
    paretoRatio: "Pareto ratio (share of customers → share of value)",
    gini: "Gini coefficient",
    repeatedIds: "Customer IDs on more than one row (IDs, rows): such a customer may get several classes; add its rows up first (SEGMENT.SUMMARY)",
  },
  ko: {
    total: "합계",
    notCustomers: "빈 행 또는 텍스트 행 (고객 아님)",
    numericText: "…그중 텍스트로 저장된 숫자 (숫자로 변환해야 집계됨)",
    errors: "오류 값이 있는 행",
    paretoRatio: "파레토 비율 (고객 비중 → 금액 비중)",
    gini: "지니 계수",
    repeatedIds: "여러 행에 나오는 고객번호 (번호 수, 행 수): 그런 고객은 여러 등급을 받을 수 있으니 먼저 행을 합산하세요 (SEGMENT.SUMMARY)",
  },
  "zh-CN": {
    total: "合计",
    notCustomers: "空白或文本行（不计为客户）",
    numericText: "…其中以文本存储的数字（转换为数字后才会计入）",
    errors: "含错误值的行",
    paretoRatio: "帕累托比率（客户占比 → 金额占比）",
    gini: "基尼系数",
    repeatedIds: "出现在多行中的客户编号（编号数，行数）：此类客户可能得到多个类别，请先按客户汇总各行（SEGMENT.SUMMARY）",
  },
};

/** Every language's headers and labels, for the translation tests. */
export const EXPLAIN_TABLES = { headers, labels } as const;

export function explainHeader(language: Language = currentLanguage()): string[] {
  const localized = headers[language];
  return localized.length ? [...localized] : [...headers.en];
}

export function explainLabel(key: string, language: Language = currentLanguage()): string {
  return labels[language][key] ?? labels.en[key] ?? key;
}
