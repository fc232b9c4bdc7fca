/**
 * Header and row labels of the SEGMENT.QUADRANTEXPLAIN table (English; other languages plug in
 * here like explainText.ts). Shared rows (total, not customers …) come from explainText.ts.
 */
import { currentLanguage, Language } from "./language";

const headers: Record<Language, string[]> = {
  en: ["code", "customers", "% of customers", "x total", "% of x"],
  ko: [],
  "zh-CN": [],
};

/** `{rule}` is "median", "mean", "p75" or the number given. */
const labels: Record<Language, Record<string, string>> = {
  en: {
    xSplit: "x split ({rule}; x > split is high)",
    ySplit: "y split ({rule}; y > split is high)",
  },
  ko: {},
  "zh-CN": {},
};

export function quadrantExplainHeader(language: Language = currentLanguage()): string[] {
  const localized = headers[language];
  return localized.length ? [...localized] : [...headers.en];
}

export function quadrantLabel(key: "xSplit" | "ySplit", rule: string, language: Language = currentLanguage()): string {
  const template = labels[language][key] ?? labels.en[key];
  return template.replace("{rule}", rule);
}
