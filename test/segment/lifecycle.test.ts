/**
 * Lifecycle stages (methods.md §8): every window at window − 1, window, window + 1; precedence;
 * the as-of default; contradicting rows; settings checks.
 */
import { readNumberColumn } from "../../src/segment/cells";
import { classifyLifecycle, DEFAULT_LIFECYCLE, LIFECYCLE_CODES, LifecycleSettings } from "../../src/segment/lifecycle";

const AS_OF = 45000;

interface Customer {
  /** Days since the last order. */
  d: number;
  /** Days since the first order. */
  tenure: number;
  orders: number;
  satisfaction?: number | string;
}

function stages(customers: Customer[], settings: Partial<LifecycleSettings> = {}): string[] {
  const first = customers.map((c) => AS_OF - c.tenure);
  const last = customers.map((c) => AS_OF - c.d);
  const orders = customers.map((c) => c.orders);
  const withScores = customers.some((c) => c.satisfaction !== undefined);
  const result = classifyLifecycle(
    readNumberColumn(first),
    readNumberColumn(last),
    readNumberColumn(orders),
    withScores ? readNumberColumn(customers.map((c) => c.satisfaction ?? "")) : null,
    { ...DEFAULT_LIFECYCLE, asOf: AS_OF, ...settings },
  );
  return Array.from(result.stage, (s) => (s >= 0 ? LIFECYCLE_CODES[s] : String(s)));
}

describe("lifecycle windows at window − 1, window, window + 1 (defaults)", () => {
  test("NEW: first order within 90 days (inclusive)", () => {
    // Two orders, the last yesterday: the own gap is long, so never at risk; only tenure varies.
    const c = (tenure: number): Customer => ({ d: 1, tenure, orders: 2 });
    expect(stages([c(89), c(90), c(91)])).toEqual(["NEW", "NEW", "ACTIVE"]);
  });

  test("ACTIVE: last order within 90 days; SILENT after", () => {
    // Tenure 300, two orders: gap = 300 − d ≥ 200, so k × gap ≥ 400 > d: not at risk.
    const c = (d: number): Customer => ({ d, tenure: 300, orders: 2 });
    expect(stages([c(89), c(90), c(91)])).toEqual(["ACTIVE", "ACTIVE", "SILENT"]);
  });

  test("CHURNED: no order for more than 365 days; 365 itself is still SILENT", () => {
    const c = (d: number): Customer => ({ d, tenure: d, orders: 1 }); // one order: no rhythm
    expect(stages([c(364), c(365), c(366)])).toEqual(["SILENT", "SILENT", "CHURNED"]);
  });

  test("AT-RISK: days since last order > k × own average gap (k = 2); equal is not yet overdue", () => {
    // 11 orders over 100 days → gap 10; threshold 2 × 10 = 20. Tenure = d + 100 > 90: not new.
    const c = (d: number): Customer => ({ d, tenure: d + 100, orders: 11 });
    expect(stages([c(19), c(20), c(21)])).toEqual(["ACTIVE", "ACTIVE", "AT-RISK"]);
    // k = 3 moves the threshold to 30.
    expect(stages([c(29), c(30), c(31)], { k: 3 })).toEqual(["ACTIVE", "ACTIVE", "AT-RISK"]);
  });

  test("LOYAL: active, ≥ 5 orders, customer for ≥ 365 days", () => {
    // d = 5; gap = (tenure − 5) / (orders − 1) ≥ 90, far from overdue.
    const byOrders = (orders: number): Customer => ({ d: 5, tenure: 400, orders });
    expect(stages([byOrders(4), byOrders(5), byOrders(6)])).toEqual(["ACTIVE", "LOYAL", "LOYAL"]);
    const byTenure = (tenure: number): Customer => ({ d: 5, tenure, orders: 5 });
    expect(stages([byTenure(364), byTenure(365), byTenure(366)])).toEqual(["ACTIVE", "LOYAL", "LOYAL"]);
    // A loyal customer who stops ordering for longer than the active window is no longer loyal.
    expect(stages([{ d: 91, tenure: 800, orders: 5 }])).toEqual(["SILENT"]);
  });

  test("DISSATISFIED: satisfaction 2 or less on the 1–5 scale; blank = not asked", () => {
    const c = (satisfaction: number | string): Customer => ({ d: 5, tenure: 300, orders: 2, satisfaction });
    expect(stages([c(1), c(2), c(2.5), c(3), c(5), c("")])).toEqual(["DISSATISFIED", "DISSATISFIED", "ACTIVE", "ACTIVE", "ACTIVE", "ACTIVE"]);
  });

  test("custom windows move every boundary", () => {
    const s = { newDays: 30, activeDays: 60, churnDays: 180 };
    expect(stages([{ d: 1, tenure: 29, orders: 2 }, { d: 1, tenure: 30, orders: 2 }, { d: 1, tenure: 31, orders: 2 }], s)).toEqual(["NEW", "NEW", "ACTIVE"]);
    expect(stages([{ d: 59, tenure: 200, orders: 1 }, { d: 60, tenure: 200, orders: 1 }, { d: 61, tenure: 200, orders: 1 }], s)).toEqual([
      "ACTIVE",
      "ACTIVE",
      "SILENT",
    ]);
    expect(stages([{ d: 179, tenure: 179, orders: 1 }, { d: 180, tenure: 180, orders: 1 }, { d: 181, tenure: 181, orders: 1 }], s)).toEqual([
      "SILENT",
      "SILENT",
      "CHURNED",
    ]);
    const loyal = { loyalOrders: 3, loyalDays: 100 };
    expect(stages([{ d: 1, tenure: 99, orders: 3 }, { d: 1, tenure: 100, orders: 3 }, { d: 1, tenure: 100, orders: 2 }], loyal)).toEqual([
      "ACTIVE",
      "LOYAL",
      "ACTIVE",
    ]);
  });
});

describe("precedence: CHURNED > DISSATISFIED > AT-RISK > NEW > LOYAL > ACTIVE > SILENT", () => {
  test("each pair that can overlap", () => {
    expect(stages([{ d: 400, tenure: 500, orders: 9, satisfaction: 1 }])).toEqual(["CHURNED"]); // churned and dissatisfied
    expect(stages([{ d: 400, tenure: 410, orders: 9 }])).toEqual(["CHURNED"]); // churned and overdue
    expect(stages([{ d: 30, tenure: 60, orders: 4, satisfaction: 2 }])).toEqual(["DISSATISFIED"]); // dissatisfied and overdue
    expect(stages([{ d: 25, tenure: 30, orders: 2 }])).toEqual(["AT-RISK"]); // new, but gap 5 and 25 > 10 days overdue
    // Loyal by count and tenure, but 40 orders over 370 days is a gap of 9.5 days: 30 > 19 → overdue.
    expect(stages([{ d: 30, tenure: 400, orders: 40 }])).toEqual(["AT-RISK"]);
    // A weekly buyer silent for 100 days: past the active window, overdue by own rhythm → AT-RISK.
    expect(stages([{ d: 100, tenure: 233, orders: 20 }])).toEqual(["AT-RISK"]);
    // A quarterly buyer silent for 100 days: past the active window, not overdue (2 × 90 = 180) → SILENT.
    expect(stages([{ d: 100, tenure: 460, orders: 5 }])).toEqual(["SILENT"]);
    // New with a single recent order; new_days longer than active_days: NEW wins over SILENT.
    expect(stages([{ d: 100, tenure: 100, orders: 1 }], { newDays: 120 })).toEqual(["NEW"]);
  });

  test("same-day orders (span 0) have no rhythm and are never AT-RISK", () => {
    expect(stages([{ d: 50, tenure: 50, orders: 3 }])).toEqual(["NEW"]);
  });
});

describe("as-of date, rows that are not customers, contradicting rows", () => {
  test("as_of defaults to the latest date in the data, not today", () => {
    const result = classifyLifecycle(readNumberColumn([44000, 44900]), readNumberColumn([44500, 45000]), readNumberColumn([3, 2]), null);
    expect(result.asOf).toBe(45000);
    // Customer 1: last order 500 days before 45000 → CHURNED. Customer 2: last order on the as-of day,
    // tenure 100 > 90 (not new), gap 100 → ACTIVE.
    expect(Array.from(result.stage, (s) => LIFECYCLE_CODES[s])).toEqual(["CHURNED", "ACTIVE"]);
  });

  test("blank rows are not customers, errors stay in their row, contradictions are flagged per row", () => {
    const NA = { code: "#N/A" };
    const result = classifyLifecycle(
      readNumberColumn([44990, "", 44990, 45010, 44990, 44990]),
      readNumberColumn([44995, 44995, NA, 45000, 45020, 44995]),
      readNumberColumn([2, 2, 2, 2, 2, 0]),
      readNumberColumn(["", "", "", "", "", ""]),
      { ...DEFAULT_LIFECYCLE, asOf: 45000 },
    );
    expect(Array.from(result.stage)).toEqual([3, -1, -2, -3, -3, -3]);
    expect([...result.problems.values()]).toEqual(["lifecycle.row.firstAfterLast", "lifecycle.row.afterAsOf", "lifecycle.row.orders"]);
    expect(result.errors.get(2)).toEqual(NA);
  });

  test("an error in the satisfaction column gives that row the error", () => {
    const NA = { code: "#N/A" };
    const result = classifyLifecycle(readNumberColumn([44990]), readNumberColumn([44995]), readNumberColumn([2]), readNumberColumn([NA]));
    expect(Array.from(result.stage)).toEqual([-2]);
    expect(result.errors.get(0)).toEqual(NA);
  });

  test("settings and satisfaction scale are checked", () => {
    const one = (s: Partial<LifecycleSettings>, satisfaction: unknown[] | null = null) => () =>
      classifyLifecycle(readNumberColumn([1]), readNumberColumn([2]), readNumberColumn([2]), satisfaction ? readNumberColumn(satisfaction) : null, {
        ...DEFAULT_LIFECYCLE,
        ...s,
      });
    expect(one({ activeDays: 400 })).toThrow(expect.objectContaining({ key: "lifecycle.windows" }));
    expect(one({ newDays: -1 })).toThrow(expect.objectContaining({ key: "lifecycle.days", params: { name: "new_days" } }));
    expect(one({ k: 0 })).toThrow(expect.objectContaining({ key: "lifecycle.k" }));
    expect(one({ loyalOrders: 0 })).toThrow(expect.objectContaining({ key: "lifecycle.loyalOrders" }));
    expect(one({}, [9])).toThrow(expect.objectContaining({ key: "lifecycle.satisfaction", params: { row: 1, value: 9 } }));
  });
});
