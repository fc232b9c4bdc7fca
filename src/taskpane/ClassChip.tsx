/** A class code in its colours: the same fill/text pair as the sheet's rule, so the legend matches the rows. */
import type { ReactElement } from "react";
import { Tone } from "../workbook/plan";

export function ClassChip({ code, tone }: { readonly code: string; readonly tone: Tone }): ReactElement {
  return (
    <span
      data-testid={`chip-${code}`}
      style={{
        background: tone.fill,
        color: tone.font,
        border: `1px solid ${tone.font}`,
        borderRadius: 4,
        padding: "0 6px",
        fontWeight: 600,
        display: "inline-block",
        minWidth: 24,
        textAlign: "center",
      }}
    >
      {code}
    </span>
  );
}
