/**
 * A class code in its colours: the same fill/text pair as the sheet's rule, so the legend matches
 * the rows, in the pane's light and dark themes alike. The chip never grows past its cell: a long
 * code (POTENTIAL-LOYALIST at 320 px) breaks inside the chip instead of running under the next
 * cell, where that cell's text (white in the dark theme) would land on the pale fill.
 */
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
        maxWidth: "100%",
        boxSizing: "border-box",
        overflowWrap: "anywhere",
        textAlign: "center",
      }}
    >
      {code}
    </span>
  );
}
