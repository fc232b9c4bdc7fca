/** The RFM segment rule table (methods.md §7): overlaps, gaps, first match wins, user tables. */
import {
  DEFAULT_RFM_RULES,
  matchesRule,
  parseRules,
  RFM_OTHERS,
  RFM_SEGMENT_CODES,
  segmentCodes,
  segmentIndexOf,
} from "../../src/segment/rfmSegments";

const triples: [number, number, number][] = [];
for (let r = 1; r <= 5; r++) for (let f = 1; f <= 5; f++) for (let m = 1; m <= 5; m++) triples.push([r, f, m]);

const codeOf = (r: number, f: number, m: number): string => segmentCodes(DEFAULT_RFM_RULES)[segmentIndexOf(DEFAULT_RFM_RULES, r, f, m)];

describe("default RFM segment table", () => {
  test("the table is methods.md §7, in its order", () => {
    expect(DEFAULT_RFM_RULES.map((r) => [r.code, r.rMin, r.rMax, r.fMin, r.fMax, r.mMin, r.mMax])).toEqual([
      ["CHAMPIONS", 5, 5, 5, 5, 5, 5],
      ["POTENTIAL-LOYALIST", 3, 5, 3, 5, 2, 5],
      ["LOYAL-CUSTOMERS", 2, 4, 2, 4, 2, 4],
      ["PROMISING", 3, 4, 1, 3, 3, 5],
      ["NEW-CUSTOMERS", 4, 5, 1, 3, 1, 5],
      ["CANT-LOSE-THEM", 1, 2, 3, 4, 4, 5],
      ["AT-RISK-CUSTOMERS", 1, 2, 2, 5, 4, 5],
      ["NEED-ATTENTION", 1, 3, 3, 5, 3, 5],
      ["ABOUT-TO-SLEEP", 2, 3, 1, 3, 1, 4],
      ["LOST", 1, 1, 1, 5, 1, 5],
    ]);
    expect(RFM_SEGMENT_CODES[RFM_SEGMENT_CODES.length - 1]).toBe(RFM_OTHERS);
  });

  test("all 125 score triples: each gets exactly one segment, the first matching rule, or OTHERS", () => {
    for (const [r, f, m] of triples) {
      const matching = DEFAULT_RFM_RULES.filter((rule) => matchesRule(rule, r, f, m)).map((rule) => rule.code);
      expect({ triple: `${r}${f}${m}`, code: codeOf(r, f, m) }).toEqual({ triple: `${r}${f}${m}`, code: matching[0] ?? RFM_OTHERS });
    }
  });

  test("the gaps: exactly these 10 triples match no rule (OTHERS)", () => {
    const unmatched = triples.filter(([r, f, m]) => codeOf(r, f, m) === RFM_OTHERS).map((t) => t.join(""));
    // Frequent buyers with a very low amount (M = 1, or 2-5-2), and 2-1-5, a lapsing one-off big spender.
    expect(unmatched).toEqual(["215", "241", "251", "252", "341", "351", "441", "451", "541", "551"]);
  });

  test("the overlaps are resolved by order; how many triples each segment gets", () => {
    const overlapping = triples.filter(([r, f, m]) => DEFAULT_RFM_RULES.filter((rule) => matchesRule(rule, r, f, m)).length > 1);
    expect(overlapping.length).toBe(58);
    // 5-5-5 is Champions, though Potential loyalist matches it too.
    expect(codeOf(5, 5, 5)).toBe("CHAMPIONS");
    // 1-3-4 matches Can't lose them, At risk, Need attention and Lost: the first wins.
    expect(codeOf(1, 3, 4)).toBe("CANT-LOSE-THEM");
    expect(codeOf(1, 2, 4)).toBe("AT-RISK-CUSTOMERS");
    expect(codeOf(1, 1, 1)).toBe("LOST");
    const counts: Record<string, number> = {};
    for (const [r, f, m] of triples) counts[codeOf(r, f, m)] = (counts[codeOf(r, f, m)] ?? 0) + 1;
    expect(counts).toEqual({
      CHAMPIONS: 1,
      "POTENTIAL-LOYALIST": 35,
      "LOYAL-CUSTOMERS": 15,
      PROMISING: 8,
      "NEW-CUSTOMERS": 15,
      "CANT-LOSE-THEM": 6,
      "AT-RISK-CUSTOMERS": 7,
      "NEED-ATTENTION": 4,
      "ABOUT-TO-SLEEP": 10,
      LOST: 14,
      OTHERS: 10,
    });
    // Every rule is reachable: none is completely shadowed by the rules above it.
    for (const rule of DEFAULT_RFM_RULES) expect(counts[rule.code]).toBeGreaterThan(0);
  });
});

describe("a user's rule table", () => {
  test("header row skipped, blank rows skipped, first match wins, OTHERS for the rest", () => {
    const rules = parseRules([
      ["name", "r_min", "r_max", "f_min", "f_max", "m_min", "m_max"],
      ["Top", 4, 5, 4, 5, 4, 5],
      ["", "", "", "", "", "", ""],
      ["Sleeping", 1, 2, 1, 5, 1, 5],
      ["Everyone recent", 3, 5, 1, 5, 1, 5],
    ]);
    expect(rules.map((r) => r.code)).toEqual(["Top", "Sleeping", "Everyone recent"]);
    const codes = segmentCodes(rules);
    expect(codes[segmentIndexOf(rules, 5, 5, 5)]).toBe("Top");
    expect(codes[segmentIndexOf(rules, 4, 4, 3)]).toBe("Everyone recent");
    expect(codes[segmentIndexOf(rules, 2, 5, 5)]).toBe("Sleeping");
    expect(codes[segmentIndexOf(rules, 6, 1, 1)]).toBe("OTHERS"); // out of every range
  });

  test("mistakes are refused with the row number", () => {
    expect(() => parseRules([["A", 1, 2, 3]])).toThrow(expect.objectContaining({ key: "rfm.rules.shape" }));
    expect(() => parseRules([["A", 1, 2, 1, 5, 1, "x"]])).toThrow(expect.objectContaining({ key: "rfm.rules.number", params: { row: 1 } }));
    expect(() => parseRules([["A", 1, 5, 1, 5, 1, 5], ["", 1, 5, 1, 5, 1, 5]])).toThrow(
      expect.objectContaining({ key: "rfm.rules.name", params: { row: 2 } }),
    );
    expect(() => parseRules([["A", 3, 2, 1, 5, 1, 5]])).toThrow(expect.objectContaining({ key: "rfm.rules.order" }));
    expect(() => parseRules([["name", "a", "b", "c", "d", "e", "f"]])).toThrow(expect.objectContaining({ key: "rfm.rules.empty" }));
  });
});
