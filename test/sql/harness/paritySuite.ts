/**
 * The parity tests, written once and run on each database (parity.duckdb.test.ts,
 * parity.postgres.test.ts): generated SQL must give every customer the engine's class.
 */
import { LabelSet, Split } from "../../../src/segment/quadrant";
import { Basis, BoundaryRule, paretoSql, tierSql } from "../../../src/sql/abc";
import { quadrantSql } from "../../../src/sql/quadrant";
import { summarySql } from "../../../src/sql/summary";
import { DEFAULT_RFM_SQL, rfmSql } from "../../../src/sql/rfm";
import { readNumberColumn } from "../../../src/segment/cells";
import { parseRules } from "../../../src/segment/rfmSegments";
import { DEFAULT_LIFECYCLE, LifecycleSettings } from "../../../src/segment/lifecycle";
import { lifecycleSql } from "../../../src/sql/lifecycle";
import { compareById } from "./compare";
import { Row } from "./databases";
import { asSheetCell, ids, OrderLines, orderLines, seeded, serialToText, textToSerial, valueColumn } from "./data";
import { Database } from "./databases";
import { engineLifecycle, engineLifecycleFromOrders, enginePareto, engineQuadrants, engineRfm, engineRfmFromOrders, engineSummary, engineTiers, SummaryRow } from "./engine";

export interface Suite {
  /** The open database (set in beforeAll). */
  db(): Database;
  /** A fresh table name. */
  table(prefix: string): string;
}

export function makeSuite(open: () => Promise<Database>): Suite {
  let db: Database | null = null;
  let count = 0;
  beforeAll(async () => {
    db = await open();
  });
  afterAll(async () => {
    await db?.close();
  });
  return {
    db: () => {
      if (db === null) throw new Error("database not open");
      return db;
    },
    table: (prefix) => `${prefix}_${count++}`,
  };
}

async function loadValues(s: Suite, values: readonly (number | null)[]): Promise<{ table: string; customerIds: string[] }> {
  const table = s.table("customers");
  const customerIds = ids(values.length);
  await s.db().load(table, [
    { name: "customer_id", type: "text", values: customerIds },
    { name: "amount", type: "double", values },
  ]);
  return { table, customerIds };
}

interface TierCase {
  readonly cuts: number[];
  readonly rule: BoundaryRule;
  readonly basis: Basis;
}

async function tierDifferences(s: Suite, table: string, customerIds: string[], values: readonly (number | null)[], c: TierCase) {
  const sql = tierSql(s.db().dialect, { table, id: "customer_id", value: "amount", classes: (c.cuts.length + 1) as 3 | 4, ...c });
  const rows = await s.db().rows(sql);
  return compareById(rows, engineTiers(customerIds, values, c.cuts, c.rule, c.basis));
}

export function tierParityTests(s: Suite): void {
  describe("ABC / ABCD / Pareto", () => {
    test("methods.md's worked examples, both rules (the drift case, a dominant customer, ties)", async () => {
      const examples: [number[], number[]][] = [
        [[27000, 24000, 18000, 16000, 6000, 5000, 4000], [0.7, 0.9]],
        [[90, 5, 3, 2], [0.8, 0.95]],
        [[40, 30, 20, 5, 3, 2], [0.8, 0.95]],
        [[40, 30, 30], [0.8, 0.95]],
        [[40, 30, 15, 8, 4, 2, 1], [0.5, 0.8, 0.95]],
      ];
      const seen: string[] = [];
      for (const [values, cuts] of examples) {
        const { table, customerIds } = await loadValues(s, values);
        for (const rule of ["reach", "byhand"] as const) {
          const result = await tierDifferences(s, table, customerIds, values, { cuts, rule, basis: "value" });
          expect(result.differing).toEqual([]);
          seen.push(...Object.keys(result.counts));
        }
      }
      // The examples reach every class of ABCD, so a query that always said "A" would fail.
      expect(new Set(seen)).toEqual(new Set(["A", "B", "C", "D"]));
    });

    test("count basis on exact boundaries: 10 customers, top 20 % / next 10 %, ties across a cut", async () => {
      const values = [100, 90, 80, 80, 60, 50, 40, 30, 20, 10];
      const { table, customerIds } = await loadValues(s, values);
      const classes: Record<string, string[]> = {};
      for (const rule of ["reach", "byhand"] as const) {
        const result = await tierDifferences(s, table, customerIds, values, { cuts: [0.2, 0.3], rule, basis: "count" });
        expect(result.differing).toEqual([]);
        classes[rule] = Object.keys(result.counts).sort();
      }
      // Reach: 100, 90 are A (0 and 10 % above them); the tied 80s start at exactly 20 % → both B.
      // By hand: 90 ends at exactly 20 % → A; the 80s end at 40 % > 30 % → both C: no B at all.
      expect(classes).toEqual({ reach: ["A", "B", "C"], byhand: ["A", "C"] });
    });

    test("5,000 generated customers (ties, negatives, zeros, blanks, text, errors): every rule, basis and preset", async () => {
      const values = valueColumn(5_000, 7);
      const { table, customerIds } = await loadValues(s, values);
      const cases: TierCase[] = [];
      for (const rule of ["reach", "byhand"] as const) {
        for (const cuts of [[0.8, 0.95], [0.7, 0.9], [0.5, 0.8], [0.55, 0.85], [0.5, 0.8, 0.95]]) cases.push({ cuts, rule, basis: "value" });
        for (const cuts of [[0.2, 0.3], [0.2, 0.3, 0.5]]) cases.push({ cuts, rule, basis: "count" });
      }
      for (const c of cases) {
        const result = await tierDifferences(s, table, customerIds, values, c);
        expect({ case: c, differing: result.differing }).toEqual({ case: c, differing: [] });
        expect(result.counts.null).toBeGreaterThan(0);
        expect(result.counts[String.fromCharCode(65 + c.cuts.length)]).toBeGreaterThan(0);
      }
    });

    test("Pareto: vital few, rest, loss on generated customers", async () => {
      const values = valueColumn(5_000, 11);
      const { table, customerIds } = await loadValues(s, values);
      for (const cut of [0.8, 0.5]) {
        const rows = await s.db().rows(paretoSql(s.db().dialect, { table, id: "customer_id", value: "amount", cut }));
        const result = compareById(rows, enginePareto(customerIds, values, cut));
        expect(result.differing).toEqual([]);
        expect(Object.keys(result.counts).sort()).toEqual(["LOSS", "REST", "VITAL", "null"]);
      }
    });

    test("1,000,000 customers: ABC 80/95, reach rule — 0 differing customers", async () => {
      const values = valueColumn(1_000_000, 2024);
      const { table, customerIds } = await loadValues(s, values);
      const result = await tierDifferences(s, table, customerIds, values, { cuts: [0.8, 0.95], rule: "reach", basis: "value" });
      expect(result.differing.length).toBe(0);
      expect(result.counts.A + result.counts.B + result.counts.C + result.counts.null).toBe(1_000_000);
      // About 7 s on a quiet 2-core machine (reading the million rows back is half of it), 40–50 s
      // under a load of 20: room for a busy CI.
    }, 600_000);
  });
}

export function quadrantParityTests(s: Suite): void {
  describe("quadrants", () => {
    async function loadPair(x: readonly (number | null)[], y: readonly (number | null)[]) {
      const table = s.table("measures");
      const customerIds = ids(x.length);
      await s.db().load(table, [
        { name: "customer_id", type: "text", values: customerIds },
        { name: "contribution", type: "double", values: x },
        { name: "stability", type: "double", values: y },
      ]);
      return { table, customerIds };
    }

    const splits: [Split, Split, LabelSet][] = [
      [{ kind: "median" }, { kind: "median" }, "existing"],
      [{ kind: "mean" }, { kind: "percentile", p: 0.75 }, "prospects"],
      [{ kind: "percentile", p: 0.125 }, { kind: "value", value: 10 }, "tenure"],
      [{ kind: "percentile", p: 0 }, { kind: "percentile", p: 1 }, "plain"],
      [{ kind: "percentile", p: 0.9 }, { kind: "mean" }, "plain"],
    ];

    // Odd and even customer counts: a median is then a data value or the average of two.
    for (const n of [4_001, 4_000]) {
      test(`${n.toLocaleString("en-US")} generated customers: median, mean, p75, p12.5, p0, p100, p90 and a number`, async () => {
        const x = valueColumn(n, 3);
        const y = valueColumn(n, 5);
        const { table, customerIds } = await loadPair(x, y);
        for (const [xSplit, ySplit, labels] of splits) {
          const sql = quadrantSql(s.db().dialect, { table, id: "customer_id", x: "contribution", y: "stability", xSplit, ySplit, labels });
          const result = compareById(await s.db().rows(sql), engineQuadrants(customerIds, x, y, xSplit, ySplit, labels));
          expect({ xSplit, ySplit, differing: result.differing }).toEqual({ xSplit, ySplit, differing: [] });
          expect(result.counts.null).toBeGreaterThan(0);
          if (xSplit.kind === "median") expect(Object.keys(result.counts).length).toBe(5);
        }
      });
    }

    test("ties at the median stay low, as x > MEDIAN(x) on the sheet: half the customers at 0", async () => {
      const x = [0, 0, 0, 0, 5, 6, 7, 0, 9];
      const y = [1, 2, 3, 4, 5, 6, 7, 8, 9];
      const { table, customerIds } = await loadPair(x, y);
      const sql = quadrantSql(s.db().dialect, { table, id: "customer_id", x: "contribution", y: "stability", xSplit: { kind: "median" }, ySplit: { kind: "median" }, labels: "plain" });
      const rows = await s.db().rows(sql);
      expect(compareById(rows, engineQuadrants(customerIds, x, y, { kind: "median" }, { kind: "median" }, "plain")).differing).toEqual([]);
      // Median x = 0: every zero is low on x.
      expect(rows.filter((r) => r.x === 0).every((r) => String(r.segment).startsWith("L"))).toBe(true);
    });
  });
}

export async function loadOrders(s: Suite, lines: OrderLines, dateOnly: boolean): Promise<string> {
  const table = s.table("orders");
  await s.db().load(table, [
    { name: "customer_id", type: "text", values: lines.ids },
    { name: "order_date", type: dateOnly ? "date" : "timestamp", values: lines.dates },
    { name: "amount", type: "double", values: lines.amounts },
  ]);
  return table;
}

export function summaryParityTests(s: Suite): void {
  describe("SUMMARY from order lines", () => {
    const cases: [string, number, boolean, number | undefined][] = [
      ["timestamps, as of the latest order", 20_000, false, undefined],
      ["timestamps, as of a given date (later lines left out)", 20_000, false, 45500],
      ["dates, as of the latest order", 20_000, true, undefined],
    ];
    for (const [what, n, dateOnly, asOf] of cases) {
      test(`${n.toLocaleString("en-US")} lines, ${what}: every column of every customer`, async () => {
        const lines = orderLines(n, 3_000, 17, dateOnly);
        const table = await loadOrders(s, lines, dateOnly);
        const sql = summarySql(s.db().dialect, { table, id: "customer_id", date: "order_date", amount: "amount", asOf: asOf === undefined ? undefined : serialToText(asOf, true) });
        const rows = await s.db().rows(sql);
        const got = new Map<string, SummaryRow>();
        for (const r of rows) {
          got.set(String(r.customer_key), [
            textToSerial(String(r.first_order)),
            textToSerial(String(r.last_order)),
            Number(r.orders),
            Number(r.amount),
            Number(r.days_since_last),
            r.average_gap === null ? null : Number(r.average_gap),
            Number(r.order_lines),
          ]);
        }
        const want = engineSummary(lines, asOf);
        const differing = [...want].filter(([key, row]) => JSON.stringify(got.get(key)) !== JSON.stringify(row)).slice(0, 20);
        expect(differing.map(([key, row]) => ({ key, engine: row, sql: got.get(key) }))).toEqual([]);
        expect(got.size).toBe(want.size);
        // The data exercises what it should: one-order customers, several lines on one day, returns.
        const values = [...want.values()];
        expect(values.some((r) => r[5] === null)).toBe(true);
        expect(values.some((r) => r[6] > r[2])).toBe(true);
        expect(values.some((r) => r[3] < 0)).toBe(true);
      });
    }
  });
}

/** The SQL's "R-F-M segment" per customer, in engineRfm's form. */
function rfmById(rows: readonly Row[]): Row[] {
  return rows.map((row) => ({ customer_id: row.customer_id, segment: row.r_score === null ? null : `${row.r_score}-${row.f_score}-${row.m_score} ${row.segment}` }));
}

/** Small integers with NULLs: recency days, order counts — many ties, as real RFM inputs have. */
function countColumn(n: number, seed: number, max: number): (number | null)[] {
  const random = seeded(seed);
  return Array.from({ length: n }, () => (random() < 0.05 ? null : Math.floor(random() ** 2 * max)));
}

export function rfmParityTests(s: Suite): void {
  describe("RFM scores and segments", () => {
    async function loadRfm(n: number, seed: number) {
      const table = s.table("rfm");
      const customerIds = ids(n);
      const r = countColumn(n, seed, 400);
      const f = countColumn(n, seed + 1, 12);
      const m = valueColumn(n, seed + 2);
      await s.db().load(table, [
        { name: "customer_id", type: "text", values: customerIds },
        { name: "recency_days", type: "double", values: r },
        { name: "frequency", type: "double", values: f },
        { name: "monetary", type: "double", values: m },
      ]);
      const col = (values: (number | null)[], shift: number) => readNumberColumn(values.map((v, i) => asSheetCell(v, i + shift)));
      return { table, customerIds, r: col(r, 0), f: col(f, 1), m: col(m, 2) };
    }

    // Customer counts where (n − 1)·k/5 is whole (n = 5,001: breaks on data values) and where it is not.
    for (const n of [5_001, 4_998]) {
      test(`${n.toLocaleString("en-US")} customers with many ties: quantile breaks, scores and segments`, async () => {
        const { table, customerIds, r, f, m } = await loadRfm(n, 31);
        const sql = rfmSql(s.db().dialect, { ...DEFAULT_RFM_SQL, source: { kind: "customers", table, id: "customer_id", recency: "recency_days", frequency: "frequency", monetary: "monetary" } });
        const result = compareById(rfmById(await s.db().rows(sql)), engineRfm(customerIds, r, f, m));
        expect(result.differing).toEqual([]);
        expect(result.counts.null).toBeGreaterThan(0);
        // Many distinct score triples and segments, OTHERS among them: the rule table is exercised.
        const segments = new Set(Object.keys(result.counts).map((k) => k.split(" ")[1]));
        expect(segments.size).toBeGreaterThanOrEqual(8);
      });
    }

    test("user edges for R and M, quantiles for F", async () => {
      const { table, customerIds, r, f, m } = await loadRfm(3_000, 41);
      const rEdges = [7, 30, 90, 180];
      const mEdges = [0, 10, 100, 100_000];
      const sql = rfmSql(s.db().dialect, { ...DEFAULT_RFM_SQL, edges: [rEdges, null, mEdges], source: { kind: "customers", table, id: "customer_id", recency: "recency_days", frequency: "frequency", monetary: "monetary" } });
      const result = compareById(rfmById(await s.db().rows(sql)), engineRfm(customerIds, r, f, m, [Float64Array.from(rEdges), null, Float64Array.from(mEdges)]));
      expect(result.differing).toEqual([]);
    });

    test("a user's rule table (overlapping rules, first match wins, gaps are OTHERS)", async () => {
      const { table, customerIds, r, f, m } = await loadRfm(3_000, 47);
      const rules = parseRules([
        ["name", "r_min", "r_max", "f_min", "f_max", "m_min", "m_max"],
        ["VIP", 4, 5, 4, 5, 4, 5],
        ["고객-유지", 3, 5, 2, 5, 1, 5],
        ["SLEEPING", 1, 2, 1, 5, 1, 3],
      ]);
      const sql = rfmSql(s.db().dialect, { ...DEFAULT_RFM_SQL, rules, source: { kind: "customers", table, id: "customer_id", recency: "recency_days", frequency: "frequency", monetary: "monetary" } });
      const result = compareById(rfmById(await s.db().rows(sql)), engineRfm(customerIds, r, f, m, [null, null, null], rules));
      expect(result.differing).toEqual([]);
      const segments = new Set(Object.keys(result.counts).map((k) => k.split(" ")[1]));
      expect([...segments].sort()).toEqual(["OTHERS", "SLEEPING", "VIP", "고객-유지", undefined].sort());
    });

    test("straight from order lines (SUMMARY, then R = days since, F = lines, M = amount)", async () => {
      const lines = orderLines(20_000, 3_000, 23);
      const table = await loadOrders(s, lines, false);
      const sql = rfmSql(s.db().dialect, { ...DEFAULT_RFM_SQL, source: { kind: "orders", orders: { table, id: "customer_id", date: "order_date", amount: "amount" } } });
      const result = compareById(rfmById(await s.db().rows(sql)), engineRfmFromOrders(lines));
      expect(result.differing).toEqual([]);
      expect(Object.keys(result.counts).length).toBeGreaterThan(20);
    });
  });
}

function stageById(rows: readonly Row[]): Row[] {
  return rows.map((row) => ({ customer_id: row.customer_id, segment: row.problem !== null ? `PROBLEM:${row.problem}` : row.segment }));
}

export function lifecycleParityTests(s: Suite): void {
  describe("lifecycle stages", () => {
    /**
     * Customers around an as-of day of 45730: first and last orders at every distance from it,
     * a few impossible rows (first after last, no orders, last after a given as-of day), blank
     * cells, and satisfaction scores 1–5 or none.
     */
    async function loadCustomers(n: number, seed: number, timestamps: boolean) {
      const random = seeded(seed);
      const table = s.table("lifecycle");
      const customerIds = ids(n);
      const first: (number | null)[] = [];
      const last: (number | null)[] = [];
      const orders: (number | null)[] = [];
      const satisfaction: (number | null)[] = [];
      for (let i = 0; i < n; i++) {
        const lastDay = 45730 - Math.floor(random() ** 2 * 600);
        const span = random() < 0.02 ? -3 : Math.floor(random() * 900);
        const time = timestamps ? Math.floor(random() * 4) / 4 : 0;
        first.push(random() < 0.03 ? null : lastDay - span + time);
        last.push(lastDay + (timestamps ? Math.floor(random() * 4) / 4 : 0));
        orders.push(random() < 0.03 ? null : random() < 0.02 ? 0 : 1 + Math.floor(random() ** 2 * 15));
        satisfaction.push(random() < 0.7 ? null : 1 + Math.floor(random() * 5));
      }
      const text = (v: number | null) => (v === null ? null : serialToText(v, !timestamps));
      await s.db().load(table, [
        { name: "customer_id", type: "text", values: customerIds },
        { name: "first_order", type: timestamps ? "timestamp" : "date", values: first.map(text) },
        { name: "last_order", type: timestamps ? "timestamp" : "date", values: last.map(text) },
        { name: "order_count", type: "double", values: orders },
        { name: "satisfaction", type: "double", values: satisfaction },
      ]);
      const col = (values: (number | null)[], shift: number) => readNumberColumn(values.map((v, i) => asSheetCell(v, i + shift)));
      // An error in the satisfaction cell makes the engine's row an error; a NULL in the table
      // means "not asked", which is a blank (or text) cell.
      const asked = readNumberColumn(satisfaction.map((v, i) => (v !== null ? v : i % 2 === 0 ? "" : "n/a")));
      return { table, customerIds, first: col(first, 0), last: col(last, 1), orders: col(orders, 2), satisfaction: asked };
    }

    const cases: [string, boolean, boolean, number | undefined, Partial<LifecycleSettings>][] = [
      ["dates, default windows, satisfaction given, as of the latest order", false, true, undefined, {}],
      ["timestamps, no satisfaction, as of a given earlier day (later rows are problems)", true, false, 45700, {}],
      ["dates, other windows (new 30, active 60, churn 200, k 1.5, loyal 3 orders over 180 days)", false, true, undefined, { newDays: 30, activeDays: 60, churnDays: 200, k: 1.5, loyalOrders: 3, loyalDays: 180 }],
    ];
    for (const [what, timestamps, withSatisfaction, asOf, settings] of cases) {
      test(`5,000 customers, ${what}`, async () => {
        const data = await loadCustomers(5_000, 53, timestamps);
        const sql = lifecycleSql(s.db().dialect, {
          settings: { ...DEFAULT_LIFECYCLE, ...settings },
          source: {
            kind: "customers",
            table: data.table,
            id: "customer_id",
            first: "first_order",
            last: "last_order",
            orders: "order_count",
            satisfaction: withSatisfaction ? "satisfaction" : null,
            asOf: asOf === undefined ? undefined : serialToText(asOf, true),
          },
        });
        const want = engineLifecycle(data.customerIds, data.first, data.last, data.orders, withSatisfaction ? data.satisfaction : null, { ...settings, asOf });
        const result = compareById(stageById(await s.db().rows(sql)), want);
        expect(result.differing).toEqual([]);
        // Every stage occurs (DISSATISFIED only with satisfaction), and problems and non-customers too.
        const stages = ["CHURNED", "AT-RISK", "NEW", "LOYAL", "ACTIVE", "SILENT", ...(withSatisfaction ? ["DISSATISFIED"] : [])];
        for (const stage of stages) expect({ stage, present: (result.counts[stage] ?? 0) > 0 }).toEqual({ stage, present: true });
        expect(result.counts.null).toBeGreaterThan(0);
        expect(result.counts["PROBLEM:first-after-last"]).toBeGreaterThan(0);
        expect(result.counts["PROBLEM:no-orders"]).toBeGreaterThan(0);
        if (asOf !== undefined) expect(result.counts["PROBLEM:after-as-of"]).toBeGreaterThan(0);
      });
    }

    test("straight from order lines (SUMMARY's first, last and distinct order days)", async () => {
      const lines = orderLines(20_000, 3_000, 29);
      const table = await loadOrders(s, lines, false);
      const settings = { newDays: 60, activeDays: 60, churnDays: 300 };
      const sql = lifecycleSql(s.db().dialect, { settings: { ...DEFAULT_LIFECYCLE, ...settings }, source: { kind: "orders", orders: { table, id: "customer_id", date: "order_date", amount: null } } });
      const result = compareById(stageById(await s.db().rows(sql)), engineLifecycleFromOrders(lines, settings));
      expect(result.differing).toEqual([]);
      expect(Object.keys(result.counts).length).toBeGreaterThanOrEqual(5);
    });
  });
}
