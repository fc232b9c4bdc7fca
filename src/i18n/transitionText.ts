/**
 * Labels of the SEGMENT.TRANSITIONS table (English; other languages plug in here like
 * explainText.ts). The NEW row and GONE column keep their direction codes in every language,
 * so INDEX/MATCH on the spilled table keeps working when the language changes; "Total" comes
 * from explainText.ts.
 */
import { currentLanguage, Language } from "./language";

export type TransitionLabel = "corner" | "errorsPrevious" | "errorsCurrent";

const labels: Record<Language, Partial<Record<TransitionLabel, string>>> = {
  en: {
    corner: "previous \\ current",
    errorsPrevious: "Rows of previous with an error value (left out)",
    errorsCurrent: "Rows of current with an error value (left out)",
  },
  ko: {},
  "zh-CN": {},
};

export function transitionLabel(key: TransitionLabel, language: Language = currentLanguage()): string {
  return labels[language][key] ?? labels.en[key] ?? key;
}
