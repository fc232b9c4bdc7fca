/**
 * The playbook covers every code any function can return. The codes are imported from the
 * engine modules that return them, never retyped here, so a new code without advice fails.
 * A module that adds codes (RFM segments, lifecycle stages) adds its constant to SOURCES.
 */
import { CUSTOMER_TYPE_CODES } from "../../src/segment/customerTypes";
import { ABC_GROWTH_CODES } from "../../src/segment/growth";
import { PARETO_CODES } from "../../src/segment/pareto";
import { LABEL_SET_NAMES, labelSetCodes, QUADRANT_CODES } from "../../src/segment/quadrant";
import { TIER_CODES } from "../../src/segment/tiers";
import { RFM_SEGMENT_CODES } from "../../src/segment/rfmSegments";
import { RFM8_CODES } from "../../src/segment/rfm8";
import { LIFECYCLE_CODES } from "../../src/segment/lifecycle";
import { ABC_XYZ_CODES, XYZ_CODES } from "../../src/segment/xyz";
import { LANGUAGES } from "../../src/i18n/language";
import { strategyFor } from "../../src/i18n/playbook";
import { CLV_METHOD } from "../../src/workbook/methods/clvMethod";

const SOURCES: Record<string, readonly string[]> = {
  "SEGMENT.ABC / ABCD (TIER_CODES)": TIER_CODES,
  "SEGMENT.PARETO (PARETO_CODES)": PARETO_CODES,
  "SEGMENT.ABCGROWTH (ABC_GROWTH_CODES)": ABC_GROWTH_CODES,
  "SEGMENT.QUADRANT, every label set (QUADRANT_CODES)": QUADRANT_CODES,
  "customer-type tags (CUSTOMER_TYPE_CODES)": CUSTOMER_TYPE_CODES,
  "SEGMENT.RFMSEGMENT (RFM_SEGMENT_CODES)": RFM_SEGMENT_CODES,
  "SEGMENT.RFM8CLASS (RFM8_CODES)": RFM8_CODES,
  "SEGMENT.LIFECYCLE (LIFECYCLE_CODES)": LIFECYCLE_CODES,
  // The pane's Future value: CLV tiers and the prospect quadrants, both views.
  "Future value (CLV) in the pane": [...CLV_METHOD.codes({ view: "tiers" }), ...CLV_METHOD.codes({ view: "prospects" })],
  "SEGMENT.XYZ (XYZ_CODES)": XYZ_CODES,
  "SEGMENT.ABCXYZ (ABC_XYZ_CODES)": ABC_XYZ_CODES,
};

describe("the strategy playbook", () => {
  test.each(Object.entries(SOURCES))("has a non-empty entry for every code of %s", (_source, codes) => {
    expect(codes.length).toBeGreaterThan(0);
    for (const code of codes) {
      for (const language of LANGUAGES) {
        const advice = strategyFor(code, language);
        expect({ code, language, ok: typeof advice === "string" && advice.trim().length > 20 }).toEqual({ code, language, ok: true });
      }
    }
  });

  test("QUADRANT_CODES is every label set's four codes", () => {
    expect(QUADRANT_CODES).toEqual(LABEL_SET_NAMES.flatMap((s) => [...labelSetCodes(s)]));
    expect(QUADRANT_CODES).toHaveLength(16);
  });

  test("codes are matched ignoring case, spaces and underscores", () => {
    expect(strategyFor("Discount seeker", "en")).toBe(strategyFor("DISCOUNT-SEEKER", "en"));
    expect(strategyFor(" ei ", "en")).toBe(strategyFor("EI", "en"));
    expect(strategyFor("need_based", "en")).toBe(strategyFor("NEED-BASED", "en"));
    expect(strategyFor("old large", "en")).toBe(strategyFor("OLD-LARGE", "en"));
  });

  test("every code has its own Korean and Chinese advice (test/i18n/tables.test.ts checks them all); unknown codes give undefined", () => {
    expect(strategyFor("A", "ko")).toMatch(/[가-힣]/);
    expect(strategyFor("VITAL", "zh-CN")).toMatch(/[\u4e00-\u9fff]/);
    expect(strategyFor("E5", "en")).toBeUndefined();
    expect(strategyFor("E5", "ko")).toBeUndefined();
  });
});
