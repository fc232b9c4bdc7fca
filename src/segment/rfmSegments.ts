/**
 * Named RFM segments from a rule table (methods.md §7, after the R `rfm` vignette): each rule is
 * an inclusive score range per dimension; rules are tried in order and the first match wins;
 * a customer matching none is "OTHERS" and is counted like any segment.
 *
 * The default table overlaps (58 of the 125 score triples match more than one rule; 5-5-5 is
 * both Champions and Potential loyalist) and has gaps: 10 triples match no rule (R-F-M 2-1-5,
 * 2-4-1, 2-5-1, 2-5-2, 3-4-1, 3-5-1, 4-4-1, 4-5-1, 5-4-1, 5-5-1: frequent buyers with a very low
 * amount, and 2-1-5, a lapsing one-off big spender). First match wins resolves the overlaps; the gaps
 * are exactly the OTHERS customers. test/segment/rfmSegments.test.ts enumerates all 125.
 *
 * Codes are language-independent. The three whose plain names would collide with lifecycle
 * stages (NEW, LOYAL, AT-RISK in lifecycle.ts) carry "-CUSTOMERS", so the playbook can give each
 * its own advice.
 */
import { isBlank } from "./cells";
import { SegmentError } from "./segmentError";

export interface RfmRule {
  readonly code: string;
  readonly rMin: number;
  readonly rMax: number;
  readonly fMin: number;
  readonly fMax: number;
  readonly mMin: number;
  readonly mMax: number;
}

export const RFM_OTHERS = "OTHERS";

const rule = (code: string, r: [number, number], f: [number, number], m: [number, number]): RfmRule => ({
  code,
  rMin: r[0],
  rMax: r[1],
  fMin: f[0],
  fMax: f[1],
  mMin: m[0],
  mMax: m[1],
});

/** methods.md §7, in its order (the order matters: first match wins). */
export const DEFAULT_RFM_RULES: readonly RfmRule[] = [
  rule("CHAMPIONS", [5, 5], [5, 5], [5, 5]),
  rule("POTENTIAL-LOYALIST", [3, 5], [3, 5], [2, 5]),
  rule("LOYAL-CUSTOMERS", [2, 4], [2, 4], [2, 4]),
  rule("PROMISING", [3, 4], [1, 3], [3, 5]),
  rule("NEW-CUSTOMERS", [4, 5], [1, 3], [1, 5]),
  rule("CANT-LOSE-THEM", [1, 2], [3, 4], [4, 5]),
  rule("AT-RISK-CUSTOMERS", [1, 2], [2, 5], [4, 5]),
  rule("NEED-ATTENTION", [1, 3], [3, 5], [3, 5]),
  rule("ABOUT-TO-SLEEP", [2, 3], [1, 3], [1, 4]),
  rule("LOST", [1, 1], [1, 5], [1, 5]),
];

/** Every code the default table can give, OTHERS last (for the playbook and explain tables). */
export const RFM_SEGMENT_CODES: readonly string[] = [...DEFAULT_RFM_RULES.map((r) => r.code), RFM_OTHERS];

export function matchesRule(rule: RfmRule, r: number, f: number, m: number): boolean {
  return r >= rule.rMin && r <= rule.rMax && f >= rule.fMin && f <= rule.fMax && m >= rule.mMin && m <= rule.mMax;
}

/** Index of the first matching rule, or rules.length (OTHERS) when none matches. */
export function segmentIndexOf(rules: readonly RfmRule[], r: number, f: number, m: number): number {
  for (let k = 0; k < rules.length; k++) if (matchesRule(rules[k], r, f, m)) return k;
  return rules.length;
}

/** The codes of a rule table, with OTHERS appended: index k of segmentIndexOf → codes[k]. */
export function segmentCodes(rules: readonly RfmRule[]): string[] {
  return [...rules.map((r) => r.code), RFM_OTHERS];
}

/**
 * A user's rule table: rows of (name, r_min, r_max, f_min, f_max, m_min, m_max). A first row whose
 * six bounds are all text is a header and is skipped; blank rows are skipped. Every other row
 * must have a name and six numbers with min ≤ max, else the whole table is refused with the row
 * number (a silently ignored rule would silently move customers).
 */
export function parseRules(rows: readonly (readonly unknown[])[]): RfmRule[] {
  const rules: RfmRule[] = [];
  rows.forEach((row, i) => {
    if (row.length !== 7) throw new SegmentError("rfm.rules.shape", { columns: row.length });
    if (row.every(isBlank)) return;
    const bounds = row.slice(1);
    if (i === 0 && bounds.every((c) => typeof c === "string")) return; // header row
    const name = row[0];
    if (isBlank(name) || !(typeof name === "string" || typeof name === "number")) {
      throw new SegmentError("rfm.rules.name", { row: i + 1 });
    }
    if (!bounds.every((c) => typeof c === "number" && Number.isFinite(c))) {
      throw new SegmentError("rfm.rules.number", { row: i + 1 });
    }
    const [rMin, rMax, fMin, fMax, mMin, mMax] = bounds as number[];
    if (rMin > rMax || fMin > fMax || mMin > mMax) throw new SegmentError("rfm.rules.order", { row: i + 1 });
    rules.push({ code: String(name).trim(), rMin, rMax, fMin, fMax, mMin, mMax });
  });
  if (rules.length === 0) throw new SegmentError("rfm.rules.empty");
  return rules;
}
