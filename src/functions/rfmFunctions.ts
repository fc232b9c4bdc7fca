/**
 * RFM as custom functions (methods.md §7): SEGMENT.RFM (three scores), SEGMENT.RFMCODE ("545"),
 * SEGMENT.RFMSEGMENT (named segments by a rule table), SEGMENT.RFMEXPLAIN (breaks, score counts,
 * notes on collapsed dimensions, customers per segment), SEGMENT.RFM8CLASS and SEGMENT.RFM8EXPLAIN
 * (the Chinese 8-class RFM). Rules live in src/segment/rfm.ts, rfmSegments.ts, rfm8.ts.
 */
/* eslint-disable @typescript-eslint/no-explicit-any -- Excel passes untyped cells; metadata needs `any`. */
import { isBlank, KIND_NUMBER, NumberColumn } from "../segment/cells";
import { explainClasses, Explanation } from "../segment/explain";
import { BinsMode, BREAK_COUNT, RFM_DIMENSIONS, RFM_PACKAGE_BINS, rfmCode, rfmScores, RfmScores, SCORE_COUNT, scoresUsed, validateEdges } from "../segment/rfm";
import { classifyRfm8, Rfm8Compare, RFM8_CODES } from "../segment/rfm8";
import { DEFAULT_RFM_RULES, parseRules, RfmRule, segmentCodes, segmentIndexOf } from "../segment/rfmSegments";
import { ERROR_ROW, NOT_A_CUSTOMER } from "../segment/classifyRows";
import { combineColumns } from "../segment/rowColumns";
import { SegmentError } from "../segment/segmentError";
import { withRepeatedIds } from "./repeatedIdsNote";
import { customerText } from "../i18n/customerText";
import { explainLabel } from "../i18n/explainText";
import { readParallelNumberLists } from "./columnsArgument";
import { guarded, optionalText, Orientation, plainRows } from "./excel";
import { CellResult, numberCells, rowCellError, spillCodes } from "./rowResults";

type Row = (string | number)[];

interface ThreeColumns {
  readonly columns: [NumberColumn, NumberColumn, NumberColumn];
  readonly orientation: Orientation;
}

function readThree(a: unknown, b: unknown, c: unknown, names: [string, string, string]): ThreeColumns {
  const { columns, orientation } = readParallelNumberLists([
    [a, names[0]],
    [b, names[1]],
    [c, names[2]],
  ]);
  return { columns: [columns[0], columns[1], columns[2]], orientation };
}

const RFM_NAMES: [string, string, string] = ["recency_days", "frequency", "monetary"];

/** The bins argument when it is one cell (a scalar or a 1×1 range), else null. */
function singleBinsCell(given: unknown): { readonly cell: unknown } | null {
  const arg = plainRows(given);
  if (!Array.isArray(arg)) return { cell: arg };
  const rows = arg as unknown[][];
  return rows.length === 1 && rows[0]?.length === 1 ? { cell: rows[0][0] } : null;
}

/** Whether the bins argument is the preset "rfm-package" (R rfm 0.3's breaks, quantiles + 1). */
export function readBinsMode(given: unknown): BinsMode {
  const cell = singleBinsCell(given)?.cell;
  return typeof cell === "string" && cell.trim().toLowerCase() === RFM_PACKAGE_BINS ? "rfm-package" : "quantiles";
}

/**
 * The optional bins argument: 3 rows (R, F, M) × 4 increasing edges; an empty row keeps quantiles.
 * The preset "rfm-package" (readBinsMode) has no edges of its own: every row is null here.
 */
export function readBins(given: unknown): (Float64Array | null)[] {
  const none = [null, null, null];
  const single = singleBinsCell(given);
  if (single && isBlank(single.cell)) return none;
  if (single && typeof single.cell === "string") {
    if (readBinsMode(given) === "rfm-package") return none;
    throw new SegmentError("rfm.bins.preset", { given: single.cell.trim() });
  }
  const arg = plainRows(given);
  if (!Array.isArray(arg)) throw new SegmentError("rfm.bins.shape", { rows: 1, columns: 1 });
  const rows = arg as unknown[][];
  const columns = rows[0]?.length ?? 0;
  if (rows.length !== 3 || columns !== BREAK_COUNT) throw new SegmentError("rfm.bins.shape", { rows: rows.length, columns });
  return rows.map((row, d) => {
    if (row.every(isBlank)) return null;
    if (!row.every((c) => typeof c === "number")) throw new SegmentError("rfm.bins.count", { dimension: RFM_DIMENSIONS[d] });
    return validateEdges(row as number[], RFM_DIMENSIONS[d]);
  });
}

/** The optional rules argument: omitted → the table of methods.md §7. */
export function readRules(given: unknown): readonly RfmRule[] {
  const arg = plainRows(given);
  if (!Array.isArray(arg)) {
    if (isBlank(arg)) return DEFAULT_RFM_RULES;
    throw new SegmentError("rfm.rules.shape", { columns: 1 });
  }
  const rows = arg as unknown[][];
  if (rows.length === 1 && rows[0].length === 1 && isBlank(rows[0][0])) return DEFAULT_RFM_RULES;
  return parseRules(rows);
}

function scoreRfm(recency_days: unknown, frequency: unknown, monetary: unknown, bins: unknown): { rfm: RfmScores; orientation: Orientation } {
  const three = readThree(recency_days, frequency, monetary, RFM_NAMES);
  const edges = readBins(bins);
  return { rfm: rfmScores(three.columns[0], three.columns[1], three.columns[2], edges, readBinsMode(bins)), orientation: three.orientation };
}

/**
 * RFM scores 1–5 per customer: three columns R, F, M (5 is best; R = 5 for the most recent). Quantile bins as in the R package rfm: breaks at the 20/40/60/80 % PERCENTILE.INC of the customers' values, a value equal to a break goes to the higher bin, so equal values share a score. SEGMENT.RFMEXPLAIN shows the breaks and warns when a dimension uses fewer than 5 scores.
 * @customfunction RFM
 * @param recency_days Days since each customer's last order (fewer is better), e.g. column 6 of SEGMENT.SUMMARY.
 * @param frequency Each customer's number of orders (or order lines).
 * @param monetary Each customer's total amount.
 * @param [bins] Your own bin edges instead of quantiles: 3 rows (R, F, M) × 4 increasing numbers; an empty row keeps quantiles for that dimension. R edges are days: R = 5 below the first edge. Or "rfm-package": the R package rfm 0.3's breaks (its quantiles + 1), for the same scores as in R.
 * @returns Three columns per customer: R, F, M scores (blank where a row lacks a number).
 */
export function rfm(recency_days: any[][], frequency: any[][], monetary: any[][], bins?: any[][]): any[][] {
  return guarded(() => {
    const { rfm: scored, orientation } = scoreRfm(recency_days, frequency, monetary, bins);
    if (orientation === "row") return scored.scores.map((s) => numberCells(scored.column, s));
    return scoreRows(scored, (r, f, m) => [r, f, m], (cell) => [cell(), cell(), cell()]);
  });
}

/**
 * The RFM score of each customer as one text code, R then F then M, e.g. "545". Same scores as SEGMENT.RFM.
 * @customfunction RFMCODE
 * @param recency_days Days since each customer's last order (fewer is better).
 * @param frequency Each customer's number of orders (or order lines).
 * @param monetary Each customer's total amount.
 * @param [bins] As in SEGMENT.RFM: 3 rows (R, F, M) × 4 increasing edges, or "rfm-package" (R rfm 0.3's breaks). Default: quantile bins.
 * @returns One three-digit code per customer, e.g. "545".
 */
export function rfmCodeFunction(recency_days: any[][], frequency: any[][], monetary: any[][], bins?: any[][]): any[][] {
  return guarded(() => {
    const { rfm: scored, orientation } = scoreRfm(recency_days, frequency, monetary, bins);
    const rows = scoreRows(scored, (r, f, m) => [rfmCode(r, f, m)], (cell) => [cell()]);
    if (orientation === "column") return rows;
    const out: CellResult[] = new Array(rows.length);
    for (let i = 0; i < rows.length; i++) out[i] = rows[i][0];
    return [out];
  });
}

/**
 * One result row per customer row, in one pass: a customer's row is made once per distinct
 * (R, F, M) — at most 125 — and shared by every customer with those scores (see rowResults.ts);
 * a row that is not a customer gets a shared blank row, or a row of its own error.
 */
function scoreRows(
  scored: RfmScores,
  customerRow: (r: number, f: number, m: number) => CellResult[],
  otherRow: (cell: () => CellResult) => CellResult[],
): CellResult[][] {
  const [r, f, m] = scored.scores;
  const { kinds } = scored.column;
  const n = kinds.length;
  const byScores: (CellResult[] | undefined)[] = new Array(SCORE_COUNT ** 3);
  const blank = otherRow(() => "");
  const out: CellResult[][] = new Array(n);
  for (let i = 0; i < n; i++) {
    if (kinds[i] === KIND_NUMBER) {
      const key = (r[i] - 1) * SCORE_COUNT * SCORE_COUNT + (f[i] - 1) * SCORE_COUNT + (m[i] - 1);
      out[i] = byScores[key] ??= customerRow(r[i], f[i], m[i]);
    } else {
      out[i] = scored.column.errors.has(i) ? otherRow(() => rowCellError(scored.column, i)) : blank;
    }
  }
  return out;
}

function segmentRows(columns: [NumberColumn, NumberColumn, NumberColumn], rules: readonly RfmRule[], combined: NumberColumn): Int32Array {
  const [r, f, m] = columns;
  const n = combined.kinds.length;
  const out = new Int32Array(n);
  for (let i = 0; i < n; i++) {
    const kind = combined.kinds[i];
    out[i] = kind === KIND_NUMBER ? segmentIndexOf(rules, r.values[i], f.values[i], m.values[i]) : combined.errors.has(i) ? ERROR_ROW : NOT_A_CUSTOMER;
  }
  return out;
}

/**
 * Named RFM segment per customer from R, F, M scores: Champions, Potential loyalist, Loyal customers, Promising, New customers, Can't lose them, At risk, Need attention, About to sleep, Lost (methods.md §7, first matching rule wins), OTHERS when no rule matches.
 * @customfunction RFMSEGMENT
 * @param r Each customer's R score (1–5), e.g. the first column of SEGMENT.RFM.
 * @param f Each customer's F score (1–5).
 * @param m Each customer's M score (1–5).
 * @param [rules] Your own rule table: one rule per row, 7 columns name, r_min, r_max, f_min, f_max, m_min, m_max (inclusive; an optional header row). First match wins.
 * @returns One segment code per customer, e.g. CHAMPIONS, LOST or OTHERS (or your rule names).
 */
export function rfmSegment(r: any[][], f: any[][], m: any[][], rules?: any[][]): any[][] {
  return guarded(() => {
    const three = readThree(r, f, m, ["r", "f", "m"]);
    const table = readRules(rules);
    const combined = combineColumns(three.columns, 2);
    const index = segmentRows(three.columns, table, combined);
    return spillCodes(combined, index, segmentCodes(table), three.orientation);
  });
}

const WIDTH = 12;

function pad(row: Row): Row {
  while (row.length < WIDTH) row.push("");
  return row;
}

const blankIfNaN = (x: number): string | number => (Number.isNaN(x) ? "" : x);

function classTable(explanation: Explanation, header: string[]): Row[] {
  const rows: Row[] = [pad([...header])];
  for (const s of explanation.classes) rows.push(pad([s.code, s.customers, s.customerShare, s.value, s.valueShare]));
  const t = explanation.total;
  rows.push(pad([explainLabel("total"), t.customers, t.customerShare, t.value, t.valueShare]));
  return rows;
}

/**
 * Explains RFM scoring and segments: per dimension (R, F, M) the four breaks, whether they are quantiles or your edges, the customers per score 1–5 and the scores in use, with a note for every dimension that uses fewer than 5 scores (skewed data); then customers and monetary per segment, OTHERS included.
 * @customfunction RFMEXPLAIN
 * @param recency_days Days since each customer's last order.
 * @param frequency Each customer's number of orders (or order lines).
 * @param monetary Each customer's total amount.
 * @param [bins] As in SEGMENT.RFM: 3 rows × 4 edges, or "rfm-package" (R rfm 0.3's breaks). Default: quantile bins.
 * @param [rules] As in SEGMENT.RFMSEGMENT. Default: the standard table.
 * @param [customer_ids] Each row's customer ID, same length as recency_days: a row is added saying how many IDs are on more than one row.
 * @returns A table to spill beside your data.
 */
export function rfmExplain(recency_days: any[][], frequency: any[][], monetary: any[][], bins?: any[][], rules?: any[][], customer_ids?: any[][]): any[][] {
  return guarded(() => {
    const three = readThree(recency_days, frequency, monetary, RFM_NAMES);
    const scored = rfmScores(three.columns[0], three.columns[1], three.columns[2], readBins(bins), readBinsMode(bins));
    const table = readRules(rules);
    const t = (key: string, params: Record<string, string | number> = {}): string => customerText(key, params);
    const rows: Row[] = [];
    const header: Row = [t("rfm.dimension"), t("rfm.source")];
    for (let k = 1; k <= BREAK_COUNT; k++) header.push(t("rfm.break", { k }));
    for (let k = 1; k <= SCORE_COUNT; k++) header.push(t("rfm.score", { k }));
    header.push(t("rfm.scoresUsed"));
    rows.push(header);
    const notes: Row[] = [];
    RFM_DIMENSIONS.forEach((dimension, d) => {
      const used = scoresUsed(scored.counts[d]);
      const source = scored.userEdges[d] ? "rfm.source.user" : scored.mode === "rfm-package" ? "rfm.source.rfmPackage" : "rfm.source.quantiles";
      const row: Row = [dimension, t(source)];
      scored.breaks[d].forEach((b) => row.push(blankIfNaN(b)));
      scored.counts[d].forEach((c) => row.push(c));
      row.push(used.join(", "));
      rows.push(row);
      if (used.length < SCORE_COUNT && scored.column.customerCount > 0) {
        const key = scored.userEdges[d] ? "rfm.collapsed.user" : "rfm.collapsed";
        notes.push(pad([t(key, { dimension, count: used.length, scores: used.join(", ") })]));
      }
    });
    rows.push(...notes, pad([]));
    const index = segmentRows(
      [scoreColumn(scored, 0), scoreColumn(scored, 1), scoreColumn(scored, 2)],
      table,
      scored.column,
    );
    const explanation = explainClasses(scored.column, index, segmentCodes(table));
    rows.push(...classTable(explanation, [t("rfm.segment"), t("rfm.customers"), t("rfm.customerShare"), t("rfm.monetary"), t("rfm.monetaryShare")]));
    if (explanation.notCustomers > 0) rows.push(pad([t("rfm.notCustomers"), explanation.notCustomers]));
    if (explanation.errors > 0) rows.push(pad([t("rfm.errors"), explanation.errors]));
    return withRepeatedIds(rows, customer_ids, index.length, "recency_days");
  });
}

/** The scores of one dimension as a NumberColumn (kinds from the combined rows), for segmentRows. */
function scoreColumn(scored: RfmScores, d: number): NumberColumn {
  return { ...scored.column, values: scored.scores[d] };
}

function readCompare(arg: unknown): Rfm8Compare {
  const given = optionalText(arg, "compare");
  if (given === undefined) return "mean";
  const compare = given.toLowerCase();
  if (compare === "mean" || compare === "median") return compare;
  throw new SegmentError("rfm8.compare", { given });
}

/**
 * The Chinese 8-class RFM (RFM 八大类): each of R, F, M compared with its mean (default) or median, high or low, gives IMPORTANT-VALUE (recent, frequent, high amount), IMPORTANT-DEVELOP, IMPORTANT-RETAIN, IMPORTANT-WINBACK and the four GENERAL ones (low amount). Recent = fewer days than the threshold; a value equal to the threshold counts as low.
 * @customfunction RFM8CLASS
 * @param recency_days Days since each customer's last order (fewer = high R).
 * @param frequency Each customer's number of orders.
 * @param monetary Each customer's total amount.
 * @param [compare] "mean" (default) or "median": the threshold each dimension is compared with.
 * @returns One class code per customer, e.g. IMPORTANT-VALUE or GENERAL-WINBACK.
 */
export function rfm8Class(recency_days: any[][], frequency: any[][], monetary: any[][], compare?: any): any[][] {
  return guarded(() => {
    const three = readThree(recency_days, frequency, monetary, RFM_NAMES);
    const result = classifyRfm8(three.columns[0], three.columns[1], three.columns[2], readCompare(compare));
    return spillCodes(result.column, result.classIndex, RFM8_CODES, three.orientation);
  });
}

/**
 * Explains the 8-class RFM: per class the customers, % of customers, monetary and % of monetary, then the three thresholds used (mean or median of recency days, frequency, monetary).
 * @customfunction RFM8EXPLAIN
 * @param recency_days Days since each customer's last order.
 * @param frequency Each customer's number of orders.
 * @param monetary Each customer's total amount.
 * @param [compare] "mean" (default) or "median".
 * @param [customer_ids] Each row's customer ID, same length as recency_days: a row is added saying how many IDs are on more than one row.
 * @returns A table to spill beside your data.
 */
export function rfm8Explain(recency_days: any[][], frequency: any[][], monetary: any[][], compare?: any, customer_ids?: any[][]): any[][] {
  return guarded(() => {
    const three = readThree(recency_days, frequency, monetary, RFM_NAMES);
    const result = classifyRfm8(three.columns[0], three.columns[1], three.columns[2], readCompare(compare));
    const explanation = explainClasses(result.column, result.classIndex, RFM8_CODES);
    const t = (key: string): string => customerText(key);
    const rows = classTable(explanation, [t("rfm8.class"), t("rfm.customers"), t("rfm.customerShare"), t("rfm.monetary"), t("rfm.monetaryShare")]);
    rows.push(pad([t("rfm8.threshold.recency"), blankIfNaN(result.thresholds[0])]));
    rows.push(pad([t("rfm8.threshold.frequency"), blankIfNaN(result.thresholds[1])]));
    rows.push(pad([t("rfm8.threshold.monetary"), blankIfNaN(result.thresholds[2])]));
    if (explanation.notCustomers > 0) rows.push(pad([t("rfm.notCustomers"), explanation.notCustomers]));
    if (explanation.errors > 0) rows.push(pad([t("rfm.errors"), explanation.errors]));
    return withRepeatedIds(rows.map((r) => r.slice(0, 5)), customer_ids, result.classIndex.length, "recency_days");
  });
}
