/**
 * What every SEGMENT.WHY row of one class shares, made once per class: its code, its number cells
 * (own cut, next cut up, cut below) and its sentence cut into the text around the row's two gaps.
 *
 * **Why the sentence is joined, not added up.** On a column where every customer has a value of
 * its own (amounts in cents) each row needs its own sentence. Built with `+`, a sentence is a
 * tree of half a dozen joined pieces (`a + b` of 13 characters or more makes a node pointing at
 * both, not a new text), each piece a string of its own, and the whole tree lives as long as the
 * result: several times the memory of the sentence itself, for the garbage collector to copy and
 * mark. Here the text around the gaps is joined once per class, and a row's sentence is
 * `[text, gap, text, gap, text].join("")`: one flat string (the small array dies at once).
 * The cut cells are made once for the same reason: a number that is not a small integer is an
 * object when it sits in an array cell, and `numberCell(c.own)` per row would make a new one.
 */
import { ClassWhy, TierWhy } from "../segment/why";
import { formatNumber, sentenceFrame, whyPiece, whyText } from "../i18n/whyText";
import { CellResult, numberCell } from "./rowResults";

export interface TierLine {
  readonly why: ClassWhy;
  readonly code: string;
  readonly ownCell: CellResult;
  readonly upCell: CellResult;
  readonly belowCell: CellResult;
  /** The sentence has a gap up ("{gap} below the A cut of …"): not the top class, and some value reaches the next. */
  readonly upGap: boolean;
  /** The sentence has a gap down ("{gap} above the B cut of …"): the class has a floor. */
  readonly downGap: boolean;
  /** Up to the first gap (or the whole sentence when it has none). */
  readonly head: string;
  /** With both gaps: between them; with the gap down alone, unused. */
  readonly middle: string;
  /** After the last gap. */
  readonly tail: string;
  /** The rest after the gap up (or the whole sentence, without one) when the gap down is 0: "exactly at the B cut …". */
  readonly atRest: string;
}

export function tierLines(why: TierWhy): TierLine[] {
  const frame = sentenceFrame();
  const separator = whyText("separator");
  return why.classes.map((c, k): TierLine => {
    const prefix = frame.before + c.code + frame.middle;
    const suffix = frame.after;
    const upGap = !Number.isNaN(c.up);
    // The top class says nothing about going up; a class no value can leave upwards says so.
    const upFixed = !upGap && k > 0 ? whyText("tier.none", { code: why.codes[k - 1] }) : "";
    const up = upGap ? whyPiece("tier.up", { code: c.upCode, cut: formatNumber(c.up) }) : null;
    const downGap = !Number.isNaN(c.own);
    const own = downGap ? whyPiece("tier.own", { code: c.code, cut: formatNumber(c.own) }) : null;
    const ownAt = downGap ? whyText("tier.at", { code: c.code, cut: formatNumber(c.own) }) : "";
    const hasUp = up !== null || upFixed !== "";
    const beforeOwn = hasUp && own ? separator : "";
    const cells = { why: c, code: c.code, ownCell: numberCell(c.own), upCell: numberCell(c.up), belowCell: numberCell(c.below), upGap, downGap };
    if (up) {
      return {
        ...cells,
        head: prefix + up.before,
        middle: up.after + beforeOwn + (own ? own.before : ""),
        tail: (own ? own.after : up.after) + suffix,
        atRest: up.after + beforeOwn + ownAt + suffix,
      };
    }
    const lead = prefix + upFixed + beforeOwn;
    return { ...cells, head: lead + (own ? own.before : "") + (own ? "" : suffix), middle: "", tail: (own ? own.after : "") + suffix, atRest: lead + ownAt + suffix };
  });
}

/** A row's sentence: the class's text around its gaps (a gap down of exactly 0 reads "exactly at"). */
export function tierSentence(line: TierLine, up: number, down: number): string {
  if (line.upGap) {
    if (!line.downGap) return [line.head, formatNumber(up), line.tail].join("");
    if (down === 0) return [line.head, formatNumber(up), line.atRest].join("");
    return [line.head, formatNumber(up), line.middle, formatNumber(down), line.tail].join("");
  }
  if (!line.downGap) return line.head;
  if (down === 0) return line.atRest;
  return [line.head, formatNumber(down), line.tail].join("");
}
