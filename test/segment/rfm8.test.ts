/** The Chinese 8-class RFM (methods.md §7): the mapping, recency reversed, ties at the threshold. */
import { readNumberColumn } from "../../src/segment/cells";
import { classifyRfm8, rfm8Index, RFM8_CODES } from "../../src/segment/rfm8";

function classes(recency: unknown[], frequency: unknown[], monetary: unknown[], compare: "mean" | "median" = "mean"): string[] {
  const result = classifyRfm8(readNumberColumn(recency), readNumberColumn(frequency), readNumberColumn(monetary), compare);
  return Array.from(result.classIndex, (c) => (c >= 0 ? RFM8_CODES[c] : c === -1 ? "" : "#ERR"));
}

describe("RFM 8 classes", () => {
  test("each code is the right high/low triple (R high = recent)", () => {
    // 重要价值 R↑F↑M↑, 重要发展 R↑F↓M↑, 重要保持 R↓F↑M↑, 重要挽留 R↓F↓M↑; 一般 = the same with M↓.
    expect(RFM8_CODES[rfm8Index(true, true, true)]).toBe("IMPORTANT-VALUE");
    expect(RFM8_CODES[rfm8Index(true, false, true)]).toBe("IMPORTANT-DEVELOP");
    expect(RFM8_CODES[rfm8Index(false, true, true)]).toBe("IMPORTANT-RETAIN");
    expect(RFM8_CODES[rfm8Index(false, false, true)]).toBe("IMPORTANT-WINBACK");
    expect(RFM8_CODES[rfm8Index(true, true, false)]).toBe("GENERAL-VALUE");
    expect(RFM8_CODES[rfm8Index(true, false, false)]).toBe("GENERAL-DEVELOP");
    expect(RFM8_CODES[rfm8Index(false, true, false)]).toBe("GENERAL-RETAIN");
    expect(RFM8_CODES[rfm8Index(false, false, false)]).toBe("GENERAL-WINBACK");
  });

  test("eight customers, one per class, against the means", () => {
    // Recency days: 10 (recent) or 100 → mean 55. Frequency 1 or 9 → mean 5. Monetary 100 or 900 → mean 500.
    const r = [10, 10, 100, 100, 10, 10, 100, 100];
    const f = [9, 1, 9, 1, 9, 1, 9, 1];
    const m = [900, 900, 900, 900, 100, 100, 100, 100];
    expect(classes(r, f, m)).toEqual([
      "IMPORTANT-VALUE",
      "IMPORTANT-DEVELOP",
      "IMPORTANT-RETAIN",
      "IMPORTANT-WINBACK",
      "GENERAL-VALUE",
      "GENERAL-DEVELOP",
      "GENERAL-RETAIN",
      "GENERAL-WINBACK",
    ]);
  });

  test("a value equal to the threshold is low; median keeps one-time buyers low", () => {
    // Frequency [1,1,1,2,5]: median 1. "> median" → only 2 and 5 are frequent.
    // Recency [30,30,30,30,30] all equal the median 30 → none is recent (low R).
    // Monetary median 300: 300 itself is low.
    const out = classes([30, 30, 30, 30, 30], [1, 1, 1, 2, 5], [100, 200, 300, 400, 500], "median");
    expect(out).toEqual(["GENERAL-WINBACK", "GENERAL-WINBACK", "GENERAL-WINBACK", "IMPORTANT-RETAIN", "IMPORTANT-RETAIN"]);
  });

  test("mean vs median differ on skewed amounts", () => {
    // Monetary [10, 20, 30, 40, 1000]: mean 220 → only 1000 is high; median 30 → 40 and 1000.
    const r = [1, 1, 1, 1, 1];
    const f = [1, 1, 1, 1, 1];
    const m = [10, 20, 30, 40, 1000];
    expect(classes(r, f, m).map((c) => c.split("-")[0])).toEqual(["GENERAL", "GENERAL", "GENERAL", "GENERAL", "IMPORTANT"]);
    expect(classes(r, f, m, "median").map((c) => c.split("-")[0])).toEqual(["GENERAL", "GENERAL", "GENERAL", "IMPORTANT", "IMPORTANT"]);
  });

  test("non-customers are blank and left out of the thresholds; errors stay in their row", () => {
    const result = classifyRfm8(readNumberColumn([10, "", 30, { code: "#N/A" }]), readNumberColumn([1, 2, 3, 4]), readNumberColumn([5, 6, 7, 8]));
    expect(result.thresholds).toEqual([20, 2, 6]);
    expect(Array.from(result.classIndex).slice(1, 4)).toEqual([-1, rfm8Index(false, true, true), -2]);
  });
});
