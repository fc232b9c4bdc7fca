/**
 * A class as a person reads it: its friendly name in the pane's language, with the code small in
 * its colours beside it (the code is what the sheet's cells and formulas hold). A code without a
 * friendly name (a user's own label set) shows as the chip alone.
 */
import type { ReactElement } from "react";
import { className } from "../i18n/classNames";
import { Language } from "../i18n/language";
import { Tone } from "../workbook/plan";
import { ClassChip } from "./ClassChip";

export function ClassName({ code, tone, language }: { readonly code: string; readonly tone: Tone; readonly language: Language }): ReactElement {
  const name = className(code, language);
  return (
    <span style={{ display: "inline", overflowWrap: "break-word" }}>
      {name && (
        <span data-testid={`class-name-${code}`} style={{ marginRight: 4 }}>
          {name}
        </span>
      )}
      <ClassChip code={code} tone={tone} />
    </span>
  );
}
