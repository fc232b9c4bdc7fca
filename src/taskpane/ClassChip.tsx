/**
 * A class code in its colours: the same fill/text pair as the sheet's rule, so the legend matches
 * the rows, in the pane's light and dark themes alike. Small by default (it sits beside the class's
 * friendly name), and it never grows past its cell: a long code such as POTENTIAL-LOYALIST breaks
 * at its hyphen inside the chip instead of running under the next cell, where that cell's text
 * (white in the dark theme) would land on the pale fill.
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
        borderRadius: 3,
        padding: "0 4px",
        fontSize: 10,
        lineHeight: "14px",
        fontWeight: 600,
        display: "inline-block",
        maxWidth: "100%",
        boxSizing: "border-box",
        overflowWrap: "break-word",
        verticalAlign: "middle",
      }}
    >
      {code}
    </span>
  );
}
