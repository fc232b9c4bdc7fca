/**
 * The *EXPLAIN functions' optional customer_ids: a function keeps its per-row contract (a formula
 * cannot merge rows), and the explain table says how many IDs are on more than one row — by the
 * grouping rule of customerIds.ts (trimmed, case and width folded, 7 = "7").
 */
import { explain } from "../../src/functions/explainFunction";
import { quadrantExplain } from "../../src/functions/quadrantFunctions";
import { rfmExplain, rfm8Explain } from "../../src/functions/rfmFunctions";
import { lifecycleExplain } from "../../src/functions/lifecycleFunctions";
import { explainLabel } from "../../src/i18n/explainText";
import { repeatedKeys } from "../../src/segment/customerIds";

const col = (xs: unknown[]): unknown[][] => xs.map((x) => [x]);
const VALUES = col([500, 300, 200, 120, 90, 60, 30]);
const IDS = col(["K1", "k1 ", "K2", 7, "7", "Ｋ３", "K3"]);
const last = (rows: unknown[][]): unknown[] => rows[rows.length - 1];

describe("customer_ids in the explain functions", () => {
  test("the grouping rule: trimmed, case-folded, full-width = half-width, 7 = \"7\"; blanks and errors are no one's", () => {
    expect(repeatedKeys(["K1", "k1 ", "K2", 7, "7", "Ｋ３", "K3", "", null, { code: "#N/A" }, { code: "#N/A" }])).toEqual({ customers: 3, rows: 6, examples: ["K1", 7, "Ｋ３"] });
    expect(repeatedKeys(["A", "B", "C"])).toBeNull();
  });

  test("EXPLAIN adds one row with the IDs and rows; without customer_ids the table is as before", () => {
    const plain = explain(VALUES, "ABC");
    const withIds = explain(VALUES, "ABC", undefined, undefined, undefined, IDS);
    expect(withIds.slice(0, -1)).toEqual(plain);
    expect(last(withIds)).toEqual([explainLabel("repeatedIds"), 3, 6, "", "", "", ""]);
    expect(explain(VALUES, "ABC", undefined, undefined, undefined, col(["a", "b", "c", "d", "e", "f", "g"]))).toEqual(plain);
  });

  test("a customer_ids list of another length is refused with a message naming both", () => {
    expect(() => explain(VALUES, "ABC", undefined, undefined, undefined, col(["K1", "K2"]))).toThrow(/customer_ids.*values.*7.*2/);
  });

  test("QUADRANTEXPLAIN, RFMEXPLAIN, RFM8EXPLAIN and LIFECYCLEEXPLAIN say the same", () => {
    const y = col([1, 2, 3, 4, 5, 6, 7]);
    expect(last(quadrantExplain(VALUES, y, undefined, undefined, undefined, IDS)).slice(0, 3)).toEqual([explainLabel("repeatedIds"), 3, 6]);
    const recency = col([10, 20, 30, 40, 50, 60, 70]);
    const freq = col([5, 4, 3, 2, 1, 1, 1]);
    expect(last(rfmExplain(recency, freq, VALUES, undefined, undefined, IDS)).slice(0, 3)).toEqual([explainLabel("repeatedIds"), 3, 6]);
    expect(last(rfm8Explain(recency, freq, VALUES, undefined, IDS)).slice(0, 3)).toEqual([explainLabel("repeatedIds"), 3, 6]);
    const first = col([45000, 45010, 45020, 45030, 45040, 45050, 45060]);
    const lastOrder = col([45300, 45290, 45280, 45270, 45260, 45250, 45240]);
    const row = last(lifecycleExplain(first, lastOrder, freq, undefined, undefined, undefined, undefined, undefined, undefined, undefined, undefined, IDS));
    expect(row).toEqual([explainLabel("repeatedIds"), 3, 6]);
  });
});
