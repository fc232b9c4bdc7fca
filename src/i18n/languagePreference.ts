/**
 * Which language the add-in speaks: Office's display language, unless the user picked another
 * one in the task pane. The pick is remembered in the browser's localStorage of the add-in's
 * origin, not in the workbook's settings, because it is a person's preference, not a property
 * of the document: a Korean and a Chinese colleague opening the same shared workbook each keep
 * their own language, choosing a language never marks the workbook as changed (no save prompt
 * for merely reading it), and it does not travel inside files sent to customers. In Excel on
 * the web storage is partitioned: keys carry `Office.context.partitionKey` as Microsoft asks.
 * Where storage is unavailable (blocked, private mode) the pick lasts for the session.
 */
import { Language, LANGUAGES, languageFromLocale, setCurrentLanguage } from "./language";

/** "auto" = follow Office's display language. */
export type LanguageChoice = Language | "auto";
export const LANGUAGE_CHOICES: readonly LanguageChoice[] = ["auto", ...LANGUAGES];

export const LANGUAGE_STORAGE_KEY = "customer-segments.language";

/** The part of the Web Storage API we use (window.localStorage fits it; tests pass a Map-backed one). */
export interface KeyValueStore {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

/** Each language named in itself, so a reader finds their own in a list they cannot read. */
export const LANGUAGE_NATIVE_NAMES: Readonly<Record<Language, string>> = { en: "English", ko: "한국어", "zh-CN": "简体中文" };

function storageKey(partitionKey?: string | null): string {
  return partitionKey ? `${partitionKey}${LANGUAGE_STORAGE_KEY}` : LANGUAGE_STORAGE_KEY;
}

export function isLanguageChoice(value: unknown): value is LanguageChoice {
  return typeof value === "string" && (LANGUAGE_CHOICES as readonly string[]).includes(value);
}

export function storedChoice(store: KeyValueStore | null, partitionKey?: string | null): LanguageChoice {
  try {
    const value = store?.getItem(storageKey(partitionKey));
    return isLanguageChoice(value) ? value : "auto";
  } catch {
    return "auto";
  }
}

export function rememberChoice(store: KeyValueStore | null, choice: LanguageChoice, partitionKey?: string | null): void {
  try {
    if (choice === "auto") store?.removeItem(storageKey(partitionKey));
    else store?.setItem(storageKey(partitionKey), choice);
  } catch {
    // Storage full or blocked: the choice still holds for this session.
  }
}

export function effectiveLanguage(choice: LanguageChoice, displayLanguage: string | null | undefined): Language {
  return choice === "auto" ? languageFromLocale(displayLanguage) : choice;
}

/** window.localStorage where it exists and may be touched (it throws when blocked); null otherwise. */
export function browserStore(): KeyValueStore | null {
  try {
    return typeof window !== "undefined" && window.localStorage ? window.localStorage : null;
  } catch {
    return null;
  }
}

/** Office's partition key (Excel on the web), when Office is loaded. */
export function officePartitionKey(): string | undefined {
  try {
    return typeof Office !== "undefined" ? Office.context?.partitionKey || undefined : undefined;
  } catch {
    return undefined;
  }
}

/**
 * At start-up in Excel (task pane and functions entries alike): the language for the custom
 * functions' messages and tables = the remembered pick, else Office's display language.
 * Does nothing outside Office (the formula tests load the bundle with no Office global).
 */
export function startLanguageFromOffice(): void {
  if (typeof Office === "undefined" || typeof Office.onReady !== "function") return;
  void Office.onReady(() => {
    const display = Office.context?.displayLanguage;
    setCurrentLanguage(effectiveLanguage(storedChoice(browserStore(), officePartitionKey()), display));
  });
}
