/** ABC/ABCD tiers: the worked examples of methods.md §1, both boundary rules, count basis, ties. */
import { readNumberColumn } from "../../src/segment/cells";
import { classifyRows } from "../../src/segment/classifyRows";
import { fitTierRequest, TierRequest } from "../../src/segment/abc";
import { TIER_CODES } from "../../src/segment/tiers";

function classes(values: unknown[], request: Partial<TierRequest> = {}, classCount = 3): string[] {
  const column = readNumberColumn(values);
  const full: TierRequest = { cuts: [0.8, 0.95], rule: "reach", basis: "value", ...request };
  const fitted = fitTierRequest(column, full, classCount);
  return Array.from(classifyRows(column, fitted.classOf), (c) => (c >= 0 ? TIER_CODES[c] : c === -1 ? "" : "#ERR"));
}

describe("ABC by cumulative value share", () => {
  const sheet = [27000, 24000, 18000, 16000, 6000, 5000, 4000];

  test("by-hand rule reproduces the usual SUMIF sheet at 70/90 (methods.md example)", () => {
    // Cumulative shares .27 .51 .69 .85 .91 .96 1: A while ≤ .70, B while ≤ .90.
    expect(classes(sheet, { cuts: [0.7, 0.9], rule: "byhand" })).toEqual(["A", "A", "A", "B", "C", "C", "C"]);
  });

  test("default rule puts the customer who crosses a cut in the higher class", () => {
    // Shares strictly above each customer: 0 .27 .51 .69 .85 .91 .96. 16000 starts at .69 < .70 → A.
    expect(classes(sheet, { cuts: [0.7, 0.9] })).toEqual(["A", "A", "A", "A", "B", "C", "C"]);
  });

  test("a dominant customer is A under the default rule, B under the by-hand rule", () => {
    // [90,5,3,2]: 90 alone reaches 80 % → A. By hand 90 % > 80 % → B; 5 ends at exactly 95 % → B.
    expect(classes([90, 5, 3, 2])).toEqual(["A", "B", "C", "C"]);
    expect(classes([90, 5, 3, 2], { rule: "byhand" })).toEqual(["B", "B", "C", "C"]);
  });

  test("shares are running sum ÷ total, so 95 % is exactly 95 % (no drift)", () => {
    // A running sum of per-customer shares reaches 0.95000000000000007 at the 5 and puts it in C.
    expect(classes([40, 30, 20, 5, 3, 2], { rule: "byhand" })).toEqual(["A", "A", "B", "B", "C", "C"]);
    // Default rule: 3 starts at exactly .95, which has reached the B cut → C.
    expect(classes([40, 30, 20, 5, 3, 2])).toEqual(["A", "A", "A", "B", "C", "C"]);
  });

  test("tied customers share a class, under both rules", () => {
    // Total 100. Default: above each 30 lies only the 40 (.40 < .80) → both A.
    const values = [40, 30, 30];
    expect(classes(values)).toEqual(["A", "A", "A"]);
    // By hand: 40 → .40 A; each 30 → (40+60)/100 = 1.00 > .95 → C, both.
    expect(classes(values, { rule: "byhand" })).toEqual(["A", "C", "C"]);
  });

  test("row order never matters", () => {
    expect(classes([2, 90, 3, 5])).toEqual(["C", "A", "C", "B"]);
  });

  test("ABCD default 50/80/95", () => {
    // Total 100; above: 0, .40, .70, .85, .93, .97, .99 → A A B C C D D? computed:
    // 40: 0 <.5 A; 30: .40 <.5 A; 15: .70 ≥.5, <.8 B; 8: .85 ≥.8, <.95 C; 4: .93 C; 2: .97 D; 1: .99 D.
    expect(classes([40, 30, 15, 8, 4, 2, 1], { cuts: [0.5, 0.8, 0.95] }, 4)).toEqual(["A", "A", "B", "C", "C", "D", "D"]);
  });
});

describe("count basis (seed 001: A = top 20 % of customers, B = next 10 %)", () => {
  const ten = [100, 90, 80, 70, 60, 50, 40, 30, 20, 10];

  test("ten distinct customers: 2 A, 1 B, 7 C", () => {
    expect(classes(ten, { cuts: [0.2, 0.3], basis: "count" })).toEqual(["A", "A", "B", "C", "C", "C", "C", "C", "C", "C"]);
    expect(classes(ten, { cuts: [0.2, 0.3], basis: "count", rule: "byhand" })).toEqual(
      ["A", "A", "B", "C", "C", "C", "C", "C", "C", "C"],
    );
  });

  test("seven customers: reach rounds the A set up (2 of 7), by-hand rounds down (1 of 7)", () => {
    const seven = [7, 6, 5, 4, 3, 2, 1];
    // reach: A while fewer than 20 % (1.4 customers) are above: 0 and 1 above → 2 A; B while < 2.1 above → 1 B.
    expect(classes(seven, { cuts: [0.2, 0.3], basis: "count" })).toEqual(["A", "A", "B", "C", "C", "C", "C"]);
    // byhand: A while (rank incl. self)/7 ≤ .2 → only rank 1; B while ≤ .3 → rank 2.
    expect(classes(seven, { cuts: [0.2, 0.3], basis: "count", rule: "byhand" })).toEqual(["A", "B", "C", "C", "C", "C", "C"]);
  });

  test("zero and negative customers count as customers but are always the lowest class", () => {
    expect(classes([5, 0, -3, 0, 0], { cuts: [0.2, 0.3], basis: "count" })).toEqual(["A", "C", "C", "C", "C"]);
  });
});

describe("conventions: every kind of input cell", () => {
  test("blank, text, boolean, numeric text: not customers, blank result, no effect on others", () => {
    const withJunk = [90, "", null, "abc", true, "1,234", 5, undefined, 3, 2];
    expect(classes(withJunk)).toEqual(["A", "", "", "", "", "", "B", "", "C", "C"]);
  });

  test("an error cell gives that row an error and nothing else", () => {
    expect(classes([90, { code: "#N/A" }, 5, 3, 2])).toEqual(["A", "#ERR", "B", "C", "C"]);
  });

  test("negative and zero values: lowest class, and they add nothing to shares", () => {
    // Positive total 100 as in [90,5,3,2]; the -50 and 0 must not change anyone's class.
    expect(classes([90, -50, 5, 0, 3, 2])).toEqual(["A", "C", "B", "C", "C", "C"]);
  });

  test("all zero: everyone is in the lowest class", () => {
    expect(classes([0, 0, 0])).toEqual(["C", "C", "C"]);
  });

  test("one customer is A", () => {
    expect(classes([42])).toEqual(["A"]);
    expect(classes([42], { cuts: [0.5, 0.8, 0.95] }, 4)).toEqual(["A"]);
  });

  test("a Date is a number (Excel stores dates as serials)", () => {
    expect(classes([new Date(Date.UTC(2024, 0, 1)), 1])).toEqual(["A", "C"]);
  });
});

describe("computed cuts (auto)", () => {
  test("public check of Ultsch & Lötsch: [100,50,30,20,10,5,3,2,1,1] → A A B B C C C C C C", () => {
    expect(classes([100, 50, 30, 20, 10, 5, 3, 2, 1, 1], { cuts: "auto" })).toEqual(
      ["A", "A", "B", "B", "C", "C", "C", "C", "C", "C"],
    );
  });

  test("auto with count basis or four classes is refused", () => {
    expect(() => classes([3, 2, 1], { cuts: "auto", basis: "count" })).toThrow("auto.basis");
    expect(() => classes([3, 2, 1], { cuts: "auto" }, 4)).toThrow("auto.classes");
    expect(() => classes([5, 5, 5], { cuts: "auto" })).toThrow("auto.flat");
  });
});
