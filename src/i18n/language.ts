/** The languages the add-in speaks. Class codes (A, B, EI …) are the same in all of them. */
export const LANGUAGES = ["en", "ko", "zh-CN"] as const;
export type Language = (typeof LANGUAGES)[number];

/** Maps an Office display language ("ko-KR", "zh-Hans-CN", "en-US" …) to one we speak. */
export function languageFromLocale(locale: string | null | undefined): Language {
  const tag = (locale ?? "").toLowerCase();
  if (tag.startsWith("ko")) return "ko";
  if (tag.startsWith("zh")) return "zh-CN";
  return "en";
}

let current: Language = "en";

/** The language for messages written by custom functions (set once Office tells us). */
export function currentLanguage(): Language {
  return current;
}

export function setCurrentLanguage(language: Language): void {
  current = language;
}
