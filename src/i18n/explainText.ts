/** Header and row labels of the SEGMENT.EXPLAIN table (English; other languages plug in here). */
import { currentLanguage, Language } from "./language";

const headers: Record<Language, string[]> = {
  en: ["class", "customers", "% of customers", "value", "% of value", "lowest value", "cut"],
  ko: [],
  "zh-CN": [],
};

const labels: Record<Language, Record<string, string>> = {
  en: {
    total: "Total",
    notCustomers: "Blank or text rows (not customers)",
    numericText: "…of which numbers stored as text (convert them to count them)",
    errors: "Rows with an error value",
    paretoRatio: "Pareto ratio (share of customers → share of value)",
    gini: "Gini coefficient",
  },
  ko: {},
  "zh-CN": {},
};

export function explainHeader(language: Language = currentLanguage()): string[] {
  const localized = headers[language];
  return localized.length ? [...localized] : [...headers.en];
}

export function explainLabel(key: string, language: Language = currentLanguage()): string {
  return labels[language][key] ?? labels.en[key] ?? key;
}
