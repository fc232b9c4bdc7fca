/**
 * Header and row labels of the SEGMENT.QUADRANTEXPLAIN table, and the names of the split rules,
 * in every language. Shared rows (total, not customers …) come from explainText.ts.
 */
import { currentLanguage, Language } from "./language";

const headers: Record<Language, string[]> = {
  en: ["code", "customers", "% of customers", "x total", "% of x"],
  ko: ["코드", "고객 수", "고객 비중", "x 합계", "x 비중"],
  "zh-CN": ["代码", "客户数", "客户占比", "x 合计", "x 占比"],
};

/** `{rule}` is the split rule's name (splitRuleName below). */
const labels: Record<Language, Record<string, string>> = {
  en: {
    xSplit: "x split ({rule}; x > split is high)",
    ySplit: "y split ({rule}; y > split is high)",
  },
  ko: {
    xSplit: "x 기준값 ({rule}, 기준값보다 크면 높음)",
    ySplit: "y 기준값 ({rule}, 기준값보다 크면 높음)",
  },
  "zh-CN": {
    xSplit: "x 阈值（{rule}；大于阈值为高）",
    ySplit: "y 阈值（{rule}；大于阈值为高）",
  },
};

/** "median", "mean" and "p75" as words; `{p}` is the percentile. A number stays a number. */
const rules: Record<Language, Record<"median" | "mean" | "percentile", string>> = {
  en: { median: "median", mean: "mean", percentile: "p{p}" },
  ko: { median: "중앙값", mean: "평균", percentile: "{p}백분위수" },
  "zh-CN": { median: "中位数", mean: "平均值", percentile: "第 {p} 百分位数" },
};

/** Every language's headers, labels and rule names, for the translation tests. */
export const QUADRANT_TABLES = { headers, labels, rules } as const;

export function quadrantExplainHeader(language: Language = currentLanguage()): string[] {
  const localized = headers[language];
  return localized.length ? [...localized] : [...headers.en];
}

/** A split rule as segment/quadrant.ts describes it ("median", "mean", "p75", "1250") in `language`. */
export function splitRuleName(rule: string, language: Language = currentLanguage()): string {
  const table = rules[language] ?? rules.en;
  if (rule === "median" || rule === "mean") return table[rule];
  const percentile = /^p(\d+(?:\.\d+)?)$/.exec(rule);
  return percentile ? table.percentile.replace("{p}", percentile[1]) : rule;
}

export function quadrantLabel(key: "xSplit" | "ySplit", rule: string, language: Language = currentLanguage()): string {
  const template = labels[language][key] ?? labels.en[key];
  return template.replace("{rule}", splitRuleName(rule, language));
}
