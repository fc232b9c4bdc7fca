import { defaultCuts, parsePreset, validateCuts } from "../../src/segment/cuts";
import { SegmentError } from "../../src/segment/segmentError";

function errorKey(fn: () => unknown): string {
  try {
    fn();
  } catch (e) {
    return e instanceof SegmentError ? e.key : "not a SegmentError";
  }
  return "no error";
}

describe("cut presets", () => {
  test.each([
    ["80/95", 3, [0.8, 0.95]],
    ["70/90", 3, [0.7, 0.9]],
    ["50/80", 3, [0.5, 0.8]],
    ["55/85", 3, [0.55, 0.85]],
    ["80/15/5", 3, [0.8, 0.95]],
    ["70/20/10", 3, [0.7, 0.9]],
    ["50/30/20", 3, [0.5, 0.8]],
    ["50/80/95", 4, [0.5, 0.8, 0.95]],
    ["50/30/15/5", 4, [0.5, 0.8, 0.95]],
    [" 80% / 95% ", 3, [0.8, 0.95]],
  ])("%s for %i classes → %j", (text, classes, cuts) => {
    expect(parsePreset(text as string, classes as number)).toEqual(cuts);
  });

  test("defaults", () => {
    expect(defaultCuts(3, "value")).toEqual([0.8, 0.95]);
    expect(defaultCuts(4, "value")).toEqual([0.5, 0.8, 0.95]);
    expect(defaultCuts(3, "count")).toEqual([0.2, 0.3]);
  });

  test("bad cuts name the mistake", () => {
    expect(errorKey(() => parsePreset("80/10/5", 3))).toBe("cuts.shares");
    expect(errorKey(() => parsePreset("eighty", 3))).toBe("cuts.preset");
    expect(errorKey(() => parsePreset("10/20/30/40/0", 3))).toBe("cuts.preset");
    expect(errorKey(() => validateCuts([0.95, 0.8], 3))).toBe("cuts.order");
    expect(errorKey(() => validateCuts([0.8, 0.8], 3))).toBe("cuts.order");
    expect(errorKey(() => validateCuts([0, 0.8], 3))).toBe("cuts.range");
    expect(errorKey(() => validateCuts([0.8, 1], 3))).toBe("cuts.range");
    expect(errorKey(() => validateCuts([80, 95], 3))).toBe("cuts.range");
    expect(errorKey(() => validateCuts([0.8], 3))).toBe("cuts.count");
  });
});
