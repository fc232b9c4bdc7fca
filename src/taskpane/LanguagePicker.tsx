/**
 * The pane's language: Office's display language ("Same as Office") or one picked here, each
 * named in itself. The pick is remembered by the caller (src/i18n/languagePreference.ts says
 * where and why).
 */
import type { ReactElement } from "react";
import { Select } from "@fluentui/react-components";
import { Language } from "../i18n/language";
import { isLanguageChoice, LANGUAGE_CHOICES, LANGUAGE_NATIVE_NAMES, LanguageChoice } from "../i18n/languagePreference";
import { paneText } from "../i18n/paneText";

export interface LanguagePickerProps {
  readonly choice: LanguageChoice;
  /** The language Office runs in (shown beside "Same as Office"). */
  readonly officeLanguage: Language;
  /** The language the pane speaks now. */
  readonly language: Language;
  onChoice(choice: LanguageChoice): void;
}

export function LanguagePicker({ choice, officeLanguage, language, onChoice }: LanguagePickerProps): ReactElement {
  return (
    <Select
      size="small"
      aria-label={paneText("language", language)}
      title={paneText("language", language)}
      data-testid="language"
      value={choice}
      onChange={(_, data) => isLanguageChoice(data.value) && onChoice(data.value)}
      style={{ minWidth: 0 }}
    >
      {LANGUAGE_CHOICES.map((c) => (
        <option key={c} value={c} lang={c === "auto" ? language : c}>
          {c === "auto" ? paneText("languageAuto", language, { language: LANGUAGE_NATIVE_NAMES[officeLanguage] }) : LANGUAGE_NATIVE_NAMES[c]}
        </option>
      ))}
    </Select>
  );
}
