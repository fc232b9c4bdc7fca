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
import { LANGUAGES } from "../../src/i18n/language";
import { strategyFor } from "../../src/i18n/playbook";

const SOURCES: Record<string, readonly string[]> = {
  "SEGMENT.ABC / ABCD (TIER_CODES)": TIER_CODES,
  "SEGMENT.PARETO (PARETO_CODES)": PARETO_CODES,
  "SEGMENT.ABCGROWTH (ABC_GROWTH_CODES)": ABC_GROWTH_CODES,
  "SEGMENT.QUADRANT, every label set (QUADRANT_CODES)": QUADRANT_CODES,
  "customer-type tags (CUSTOMER_TYPE_CODES)": CUSTOMER_TYPE_CODES,
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

  test("untranslated languages fall back to English; unknown codes give undefined", () => {
    expect(strategyFor("A", "ko")).toBe(strategyFor("A", "en"));
    expect(strategyFor("VITAL", "zh-CN")).toBe(strategyFor("VITAL", "en"));
    expect(strategyFor("E5", "en")).toBeUndefined();
  });
});
