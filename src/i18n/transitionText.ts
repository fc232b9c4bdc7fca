/**
 * Labels of the SEGMENT.TRANSITIONS table, in every language. The NEW row and GONE column keep
 * their direction codes in every language, so INDEX/MATCH on the spilled table keeps working
 * when the language changes; "Total" comes from explainText.ts.
 */
import { currentLanguage, Language } from "./language";

export type TransitionLabel = "corner" | "errorsPrevious" | "errorsCurrent";

const labels: Record<Language, Partial<Record<TransitionLabel, string>>> = {
  en: {
    corner: "previous \\ current",
    errorsPrevious: "Rows of previous with an error value (left out)",
    errorsCurrent: "Rows of current with an error value (left out)",
  },
  ko: {
    corner: "이전 \\ 현재",
    errorsPrevious: "이전(previous) 중 오류 값이 있는 행 (제외)",
    errorsCurrent: "현재(current) 중 오류 값이 있는 행 (제외)",
  },
  "zh-CN": {
    corner: "上期 \\ 本期",
    errorsPrevious: "上期（previous）中含错误值的行（未计入）",
    errorsCurrent: "本期（current）中含错误值的行（未计入）",
  },
};

/** Every language's labels, for the translation tests. */
export const TRANSITION_TABLES = labels;

export function transitionLabel(key: TransitionLabel, language: Language = currentLanguage()): string {
  return labels[language][key] ?? labels.en[key] ?? key;
}
