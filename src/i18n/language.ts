/** The languages the add-in speaks. Class codes (A, B, EI …) are the same in all of them. */
export const LANGUAGES = ["en", "ko", "zh-CN"] as const;
export type Language = (typeof LANGUAGES)[number];

/**
 * Maps an Office display language ("ko-KR", "zh-Hans-CN", "en-US" …) to one we speak.
 * Traditional Chinese (zh-TW, zh-HK) gets Simplified Chinese: closer to the reader than English.
 */
export function languageFromLocale(locale: string | null | undefined): Language {
  const tag = (locale ?? "").toLowerCase();
  if (tag.startsWith("ko")) return "ko";
  if (tag.startsWith("zh")) return "zh-CN";
  return "en";
}

/**
 * The language of what custom functions write (messages, table headers). It lives on
 * `globalThis`, not in a module variable: in the shared runtime the functions bundle and the
 * task pane bundle are two webpack bundles in one page, each with its own copy of this module,
 * and the pane's language override must reach the functions too.
 */
const SLOT = "__customerSegmentsLanguage";
type LanguageSlot = { [SLOT]?: Language };

export function currentLanguage(): Language {
  return (globalThis as LanguageSlot)[SLOT] ?? "en";
}

export function setCurrentLanguage(language: Language): void {
  (globalThis as LanguageSlot)[SLOT] = language;
}
