/**
 * "Why this class" (methods.md §14): SEGMENT.WHY (tiers: ABC, ABCD, PARETO), SEGMENT.RFMWHY and
 * SEGMENT.QUADRANTWHY. One function per input shape, each mirroring the arguments of the
 * functions it explains — WHY takes EXPLAIN's (values, method, cuts, rule, basis), RFMWHY takes
 * RFMEXPLAIN's (recency_days, frequency, monetary, bins, rules), QUADRANTWHY takes QUADRANT's —
 * so the class in its first column is the one those functions give, by the same code.
 *
 * Like SEGMENT.ABC and SEGMENT.RFM (and unlike the EXPLAIN tables), a WHY result lines up with the
 * input rows: no header row; a row of customers spills one column per customer. The columns are
 * listed in each function's description and in the README.
 */
/* eslint-disable @typescript-eslint/no-explicit-any -- Excel passes untyped cells; metadata needs `any`. */
import { KIND_ERROR, KIND_NUMBER, NumberColumn } from "../segment/cells";
import { classifyQuadrants, describeSplit, fitQuadrants, labelSetCodes, pairColumns, parseLabelSet, splitFromCell } from "../segment/quadrant";
import { RECENCY, RFM_DIMENSIONS, rfmScores, SCORE_COUNT } from "../segment/rfm";
import { RFM_OTHERS, RfmRule, segmentCodes, segmentIndexOf } from "../segment/rfmSegments";
import { SegmentError } from "../segment/segmentError";
import { sameValueIds, scoreEdges, TierWhy, whyPareto, whyTiers } from "../segment/why";
import { splitRuleName } from "../i18n/quadrantText";
import { formatNumber, Piece, sentenceFrame, whyPiece, whyText } from "../i18n/whyText";
import { tierLines, tierSentence } from "./tierWhyLines";
import { readParallelNumberLists } from "./columnsArgument";
import { readCuts, readSingleCut } from "./cutsArgument";
import { guardedShown, listShape, optionalText, Orientation, readBasis, readNumberList, readRule, readScalar } from "./excel";
import { readBins, readBinsMode, readRules } from "./rfmFunctions";
import { CellResult, numberCell, rowCellError } from "./rowResults";

type Cell = CellResult;

/** Rows in the input's orientation: a column input gives these rows; a row input, their transpose. */
function oriented(rows: Cell[][], width: number, orientation: Orientation): Cell[][] {
  if (orientation === "column") return rows;
  const out: Cell[][] = Array.from({ length: width }, () => new Array<Cell>(rows.length));
  for (let i = 0; i < rows.length; i++) for (let j = 0; j < width; j++) out[j][i] = rows[i][j];
  return out;
}

/** A row that is not a customer: shared blanks; a row holding an error: that error in every cell. */
function otherRow(column: NumberColumn, i: number, width: number, blank: Cell[]): Cell[] {
  if (!column.errors.has(i)) return blank;
  const error = rowCellError(column, i);
  return new Array<Cell>(width).fill(error);
}

// ---------------------------------------------------------------------------------------------
// SEGMENT.WHY
// ---------------------------------------------------------------------------------------------

const TIER_WIDTH = 7;
const METHODS = ["ABC", "ABCD", "PARETO"] as const;

/**
 * The WHY rows of a tiering: class, sentence, own cut, gap down, next cut up, gap up, cut below.
 *
 * **Tied customers share one row.** A row depends on the value alone (the class is a function of
 * the value, and so are both gaps), so customers with equal values get the very same row, made
 * once: customer lists are full of ties (whole amounts, one-order customers), and a row of seven
 * cells with its own sentence costs some 30 times what a class code does. Sharing is safe for the
 * reason rowResults.ts gives for sharing code rows: the result is handed over by value, and the
 * only pass that changes a result in place (`guarded`: a non-finite number → #NUM!) would change
 * every sharer the same way. Equal values are found by `sameValueIds` (src/segment/why.ts).
 */
function tierRows(column: NumberColumn, why: TierWhy, orientation: Orientation): Cell[][] {
  const lines = tierLines(why);
  const { values, kinds } = column;
  const n = values.length;
  const blank = new Array<Cell>(TIER_WIDTH).fill("");
  const { ids, count } = valueIds(column);
  const byValue: (Cell[] | undefined)[] = new Array(count);
  const out: Cell[][] = new Array(n);
  for (let i = 0; i < n; i++) {
    const id = ids[i];
    if (id < 0) {
      out[i] = kinds[i] === KIND_ERROR ? otherRow(column, i, TIER_WIDTH, blank) : blank;
      continue;
    }
    const shared = byValue[id];
    if (shared !== undefined) {
      out[i] = shared;
      continue;
    }
    // The class by the fit's own function (the one SEGMENT.ABC uses), once per distinct value.
    const v = values[i];
    const line = lines[why.classOf(v)];
    const down = v - line.why.own;
    const up = line.why.up - v;
    const row: Cell[] = [line.code, tierSentence(line, up, down), line.ownCell, numberCell(down), line.upCell, numberCell(up), line.belowCell];
    byValue[id] = row;
    out[i] = row;
  }
  return oriented(out, TIER_WIDTH, orientation);
}

/**
 * Equal values numbered (`sameValueIds`), unless nearly all values are distinct — amounts in cents
 * — where finding equal ones costs a third of a second on a full column and shares nothing: then
 * every customer its own number (a wrong guess would only cost speed).
 */
function valueIds(column: NumberColumn): { ids: Int32Array; count: number } {
  return sameValueIds(column, true) ?? ownIds(column);
}

/** Every customer its own row: ids 0, 1, 2 … in row order, −1 for the others. */
function ownIds(column: NumberColumn): { ids: Int32Array; count: number } {
  const ids = new Int32Array(column.kinds.length).fill(-1);
  let count = 0;
  for (let i = 0; i < ids.length; i++) if (column.kinds[i] === KIND_NUMBER) ids[i] = count++;
  return { ids, count };
}

/** PARETO has one cut and the "reach" rule on values: a rule or basis that would change that is refused, not ignored. */
function checkParetoOptions(rule: unknown, basis: unknown): void {
  if (readRule(rule) !== "reach" || readBasis(basis) !== "value") throw new SegmentError("why.paretoOptions");
}

/**
 * Why each customer got its ABC, ABCD or Pareto class: one row per customer with 7 columns — class; a sentence ("B: 4,200 below the A cut of 58,900; 3,100 above the B cut of 55,800"); the threshold of its own class (value ≥ it keeps the class); value − that threshold; the threshold of the next class up; that threshold − value; the threshold of the class below. Thresholds are values: a value ≥ a class's threshold is in that class or higher. Same classes as SEGMENT.ABC / ABCD / PARETO with the same arguments.
 * @customfunction WHY
 * @param values Each customer's value: one column or one row. Blank and text cells are not customers (blank row).
 * @param [method] "ABC" (default), "ABCD" or "PARETO".
 * @param [cuts] As in the method's function: {0.8,0.95}, "80/95", "80/15/5", "auto" …; for PARETO one fraction (default 0.8).
 * @param [rule] "reach" (default) or "byhand", as in SEGMENT.ABC. PARETO uses "reach" only.
 * @param [basis] "value" (default) or "count", as in SEGMENT.ABC. PARETO uses "value" only.
 * @returns Per customer: class, sentence, own cut, gap down, next cut up, gap up, cut below (blank where there is none).
 */
export function why(values: any[][], method?: string, cuts?: any[][], rule?: string, basis?: string): any[][] {
  return guardedShown(() => {
    const { column, orientation } = readNumberList(values, "values");
    const chosen = (optionalText(method, "method") ?? "ABC").toUpperCase();
    if (chosen === "PARETO") {
      const cut = readSingleCut(cuts);
      checkParetoOptions(rule, basis);
      return tierRows(column, whyPareto(column, cut), orientation);
    }
    if (chosen !== "ABC" && chosen !== "ABCD") throw new SegmentError("method.unknown", { given: chosen, allowed: METHODS.join(", ") });
    const classCount = chosen === "ABC" ? 3 : 4;
    const chosenBasis = readBasis(basis);
    const choice = readCuts(cuts, classCount, chosenBasis);
    const request = { cuts: choice.kind === "auto" ? ("auto" as const) : choice.cuts, rule: readRule(rule), basis: chosenBasis };
    return tierRows(column, whyTiers(column, request, classCount), orientation);
  });
}

// ---------------------------------------------------------------------------------------------
// SEGMENT.RFMWHY
// ---------------------------------------------------------------------------------------------

const RFM_WIDTH = 11;
const RFM_WORDS = ["rfm.days", "rfm.orders", "rfm.amount"];

/** "30 ≤ days < 90", "days < 30", "amount ≥ 1,800": the bin, in the dimension's own unit. */
function binText(word: string, from: number, to: number): string {
  const low = Number.isNaN(from) ? "" : `${formatNumber(from)} ≤ `;
  if (Number.isNaN(to)) return Number.isNaN(from) ? word : `${word} ≥ ${formatNumber(from)}`;
  return `${low}${word} < ${formatNumber(to)}`;
}

const ruleText = (r: RfmRule): string => `R ${r.rMin}–${r.rMax} · F ${r.fMin}–${r.fMax} · M ${r.mMin}–${r.mMax}`;

/**
 * Why each customer got its RFM scores and segment: one row per customer with 11 columns — segment; a sentence (the first matching rule and each score with its bin, e.g. "R 4 (30 ≤ days < 90)"); then R, its bin's lower edge (inclusive) and upper edge (exclusive), F and its edges, M and its edges (blank where a bin is open). Same scores as SEGMENT.RFM and segments as SEGMENT.RFMSEGMENT with the same bins and rules.
 * @customfunction RFMWHY
 * @param recency_days Days since each customer's last order (fewer is better).
 * @param frequency Each customer's number of orders (or order lines).
 * @param monetary Each customer's total amount.
 * @param [bins] As in SEGMENT.RFM: 3 rows × 4 edges, or "rfm-package" (R rfm 0.3's breaks). Default: quantile bins.
 * @param [rules] As in SEGMENT.RFMSEGMENT. Default: the standard table.
 * @returns Per customer: segment, sentence, R, R from, R to, F, F from, F to, M, M from, M to.
 */
export function rfmWhy(recency_days: any[][], frequency: any[][], monetary: any[][], bins?: any[][], rules?: any[][]): any[][] {
  return guardedShown(() => {
    const { columns, orientation } = readParallelNumberLists([
      [recency_days, "recency_days"],
      [frequency, "frequency"],
      [monetary, "monetary"],
    ]);
    const scored = rfmScores(columns[0], columns[1], columns[2], readBins(bins), readBinsMode(bins));
    const table = readRules(rules);
    const codes = segmentCodes(table);
    const words = RFM_WORDS.map((key) => whyText(key));
    const list = whyText("rfm.list");
    const [r, f, m] = scored.scores;
    const { column } = scored;
    const n = column.kinds.length;
    const blank = new Array<Cell>(RFM_WIDTH).fill("");
    // A row depends on the three scores only (the bins are the same for everyone): made once per
    // distinct (R, F, M), at most 125, and shared by every customer with those scores.
    const byScores: (Cell[] | undefined)[] = new Array(SCORE_COUNT ** 3);
    const makeRow = (scores: number[]): Cell[] => {
      const k = segmentIndexOf(table, scores[0], scores[1], scores[2]);
      const cells: Cell[] = [codes[k], ""];
      const parts: string[] = [];
      RFM_DIMENSIONS.forEach((dimension, d) => {
        const edges = scoreEdges(scored.breaks[d], scores[d], d === RECENCY);
        cells.push(scores[d], numberCell(edges.from), numberCell(edges.to));
        parts.push(`${dimension} ${scores[d]} (${binText(words[d], edges.from, edges.to)})`);
      });
      const segment = codes[k];
      cells[1] =
        k < table.length
          ? whyText("rfm.rule", { segment, rule: ruleText(table[k]), scores: parts.join(list) })
          : whyText("rfm.noRule", { segment: segment || RFM_OTHERS, scores: parts.join(list) });
      return cells;
    };
    const out: Cell[][] = new Array(n);
    for (let i = 0; i < n; i++) {
      if (column.kinds[i] !== KIND_NUMBER) {
        out[i] = otherRow(column, i, RFM_WIDTH, blank);
        continue;
      }
      const key = (r[i] - 1) * SCORE_COUNT * SCORE_COUNT + (f[i] - 1) * SCORE_COUNT + (m[i] - 1);
      out[i] = byScores[key] ??= makeRow([r[i], f[i], m[i]]);
    }
    return oriented(out, RFM_WIDTH, orientation);
  });
}

// ---------------------------------------------------------------------------------------------
// SEGMENT.QUADRANTWHY
// ---------------------------------------------------------------------------------------------

const QUADRANT_WIDTH = 6;

interface SideText {
  readonly high: Piece;
  readonly low: Piece;
  readonly at: string;
}

function sideText(measure: string, split: number, rule: string): SideText {
  const params = { measure, split: formatNumber(split), rule };
  return { high: whyPiece("quadrant.high", params), low: whyPiece("quadrant.low", params), at: whyText("quadrant.at", params) };
}

function sidePart(side: SideText, gap: number): string {
  if (gap > 0) return side.high.before + formatNumber(gap) + side.high.after;
  if (gap < 0) return side.low.before + formatNumber(-gap) + side.low.after;
  return side.at;
}

/**
 * Why each customer got its quadrant: one row per customer with 6 columns — code; a sentence ("EII: x 300 above its split 900 (median): high; y 0.15 below its split 0.45 (median): low"); the x split; x − split (above 0 = high; equal counts as low); the y split; y − split. Same codes as SEGMENT.QUADRANT with the same arguments.
 * @customfunction QUADRANTWHY
 * @param x The first measure per customer, as in SEGMENT.QUADRANT.
 * @param y The second measure per customer, same length and layout as x.
 * @param [x_split] "median" (default), "mean", a percentile like "p75", or a number. A value equal to the split is low.
 * @param [y_split] "median" (default), "mean", a percentile like "p75", or a number.
 * @param [label_set] "existing" (default), "prospects", "tenure" or "plain".
 * @returns Per customer: code, sentence, x split, x − split, y split, y − split.
 */
export function quadrantWhy(x: any[][], y: any[][], x_split?: any, y_split?: any, label_set?: string): any[][] {
  return guardedShown(() => {
    const xs = listShape(x, "x");
    const ys = listShape(y, "y");
    const codes = labelSetCodes(parseLabelSet(optionalText(label_set, "label_set")));
    if (xs.length !== ys.length) throw new SegmentError("shape.mismatch", { name: "y", other: "x", expected: xs.length, actual: ys.length });
    if (xs.orientation !== ys.orientation) throw new SegmentError("shape.orientation", { name: "y", other: "x" });
    const pair = pairColumns(xs.read(), ys.read());
    const model = fitQuadrants(pair, splitFromCell(readScalar(x_split, "x_split"), "x_split"), splitFromCell(readScalar(y_split, "y_split"), "y_split"));
    const classIndex = classifyQuadrants(pair, model);
    const ruleOf = (kind: string, described: string): string => (kind === "value" ? whyText("quadrant.given") : splitRuleName(described));
    const xSide = sideText("x", model.xThreshold, ruleOf(model.xSplit.kind, describeSplit(model.xSplit)));
    const ySide = sideText("y", model.yThreshold, ruleOf(model.ySplit.kind, describeSplit(model.ySplit)));
    const separator = whyText("separator");
    const frame = sentenceFrame();
    const { rows } = pair;
    const xv = pair.x.values;
    const yv = pair.y.values;
    const n = classIndex.length;
    const blank = new Array<Cell>(QUADRANT_WIDTH).fill("");
    // Each measure's half of the sentence depends on its own value only: written once per
    // distinct x and per distinct y (equal values found as in tierRows), joined per row.
    const xIds = valueIds(pair.x);
    const yIds = valueIds(pair.y);
    const xParts: (string | undefined)[] = new Array(xIds.count);
    const yParts: (string | undefined)[] = new Array(yIds.count);
    const out: Cell[][] = new Array(n);
    for (let i = 0; i < n; i++) {
      const k = classIndex[i];
      if (k < 0) {
        out[i] = otherRow(rows, i, QUADRANT_WIDTH, blank);
        continue;
      }
      const xGap = xv[i] - model.xThreshold;
      const yGap = yv[i] - model.yThreshold;
      const xPart = (xParts[xIds.ids[i]] ??= sidePart(xSide, xGap));
      const yPart = (yParts[yIds.ids[i]] ??= sidePart(ySide, yGap));
      const sentence = frame.before + codes[k] + frame.middle + xPart + separator + yPart + frame.after;
      out[i] = [codes[k], sentence, numberCell(model.xThreshold), numberCell(xGap), numberCell(model.yThreshold), numberCell(yGap)];
    }
    return oriented(out, QUADRANT_WIDTH, xs.orientation);
  });
}
