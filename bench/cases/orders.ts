/**
 * From orders to customers: SUMMARY on 1,000,000 order lines of 50,000 customers, RFM and
 * LIFECYCLE on a full Excel column of customers, and the BG/NBD fit on 50,000 customers, each
 * against a straightforward implementation in the same run.
 */
import { readNumberColumn } from "../../src/segment/cells";
import { groupOrders } from "../../src/segment/orders";
import { summarizeCustomers } from "../../src/segment/customerSummary";
import { rfmScores } from "../../src/segment/rfm";
import { classifyLifecycle } from "../../src/segment/lifecycle";
import { readBgNbdCustomers } from "../../src/segment/bgnbdData";
import { fitBgNbd } from "../../src/segment/bgnbd";
import { simulateBgNbd } from "../../src/segment/simulateBgNbd";
import { summary } from "../../src/functions/ordersFunctions";
import { BenchCase, seededRandom } from "../harness";

/* The custom functions build Excel errors with the CustomFunctions global; give the bench one. */
import { installCustomFunctionsGlobal } from "../../test/setup/customFunctionsStandIn";
installCustomFunctionsGlobal(globalThis as unknown as Record<string, unknown>);

const LINES = 1_000_000;
const CUSTOMERS = 50_000;
const FULL_COLUMN = 1_048_576;

/** Order lines as Excel hands them over: IDs half numbers, half text; dates over two years; a few returns. */
function orderLines(): { ids: unknown[]; dates: number[]; amounts: number[] } {
  const random = seededRandom(41);
  const ids: unknown[] = new Array(LINES);
  const dates: number[] = new Array(LINES);
  const amounts: number[] = new Array(LINES);
  for (let i = 0; i < LINES; i++) {
    const c = Math.floor(random() * CUSTOMERS);
    ids[i] = c % 2 === 0 ? c : `C${c}`;
    dates[i] = 44500 + Math.floor(random() * 730);
    amounts[i] = Math.round((random() - 0.03) * 50_000) / 100;
  }
  return { ids, dates, amounts };
}

/**
 * What a straightforward implementation does: one object per customer in a Map keyed by the ID's
 * string, a Set of dates per customer, min/max/sum as it goes.
 */
function naiveSummary(ids: unknown[], dates: number[], amounts: number[]): unknown[][] {
  const byId = new Map<string, { id: unknown; first: number; last: number; days: Set<number>; amount: number; lines: number }>();
  let asOf = -Infinity;
  for (let i = 0; i < ids.length; i++) {
    const key = String(ids[i]).toLowerCase();
    let c = byId.get(key);
    if (!c) {
      c = { id: ids[i], first: dates[i], last: dates[i], days: new Set(), amount: 0, lines: 0 };
      byId.set(key, c);
    }
    c.first = Math.min(c.first, dates[i]);
    c.last = Math.max(c.last, dates[i]);
    c.days.add(Math.floor(dates[i]));
    c.amount += amounts[i];
    c.lines++;
    asOf = Math.max(asOf, dates[i]);
  }
  const rows: unknown[][] = [];
  for (const c of byId.values()) {
    const k = c.days.size;
    rows.push([c.id, c.first, c.last, k, c.amount, asOf - c.last, k > 1 ? (c.last - c.first) / (k - 1) : "", c.lines]);
  }
  return rows;
}

/** Naive RFM: per dimension, a comparator sort of a copy, quantiles, then four comparisons per row. */
function naiveRfm(columns: number[][]): number[][] {
  return columns.map((values, d) => {
    const sorted = [...values].sort((a, b) => a - b);
    const q = [1, 2, 3, 4].map((k) => {
      const h = ((sorted.length - 1) * k) / 5;
      const lo = Math.floor(h);
      return sorted[lo] + (h - lo) * ((sorted[lo + 1] ?? sorted[lo]) - sorted[lo]);
    });
    return values.map((v) => {
      const reached = q.filter((b) => v >= b).length;
      return d === 0 ? 5 - reached : 1 + reached;
    });
  });
}

/** Data is made on first use (the untimed warm-up), so `npm run bench -- ABC` does not pay for it. */
function lazy<T>(make: () => T): () => T {
  let value: T | undefined;
  return () => (value ??= make());
}

const asColumn = (cells: unknown[]): unknown[][] => cells.map((c) => [c]);

const orders = lazy(() => {
  const lines = orderLines();
  return { ...lines, excel: [asColumn(lines.ids), asColumn(lines.dates), asColumn(lines.amounts)] as const };
});

const customers = lazy(() => {
  const random = seededRandom(5);
  const recency = Array.from({ length: FULL_COLUMN }, () => Math.floor(random() * 730));
  const frequency = Array.from({ length: FULL_COLUMN }, () => (random() < 0.5 ? 1 : 1 + Math.floor(-Math.log(random()) * 4)));
  const monetary = Array.from({ length: FULL_COLUMN }, (_, i) => Math.round(frequency[i] * random() * 50_000) / 100);
  const firstOrder = recency.map((r) => 45000 - r - Math.floor(random() * 1000));
  const lastOrder = recency.map((r) => 45000 - r);
  return { recency, frequency, monetary, firstOrder, lastOrder };
});

const bgnbdBase = lazy(() => {
  const random = seededRandom(9);
  const ages = Array.from({ length: 50_000 }, () => 27 + Math.floor(random() * 13));
  const cohort = simulateBgNbd({ r: 0.243, alpha: 4.414, a: 0.793, b: 2.426 }, ages, 12);
  // t_x on whole days, in weeks, as SEGMENT.BGNBDINPUT gives it.
  return {
    x: Array.from(cohort.x),
    tx: Array.from(cohort.tx, (v) => Math.round(v * 7) / 7),
    txExact: Array.from(cohort.tx),
    T: Array.from(cohort.T),
  };
});

export const orderCases: BenchCase[] = [
  {
    name: "SUMMARY, 1,000,000 order lines / 50,000 customers (engine: group + summarize)",
    targetMs: 1500,
    subject: {
      label: "engine",
      run: () => {
        const o = orders();
        return summarizeCustomers(groupOrders(o.ids, o.dates, o.amounts));
      },
    },
    baseline: {
      label: "naive: Map of objects + Set of days",
      run: () => {
        const o = orders();
        return naiveSummary(o.ids, o.dates, o.amounts);
      },
    },
    repeats: 5,
  },
  {
    name: "SUMMARY, 1,000,000 order lines / 50,000 customers (custom function: Excel arrays in, spill out)",
    targetMs: 1500,
    subject: { label: "SEGMENT.SUMMARY", run: () => summary(...orders().excel) },
    repeats: 5,
  },
  {
    name: "RFM, 1,048,576 customers (read + quintiles + scores)",
    subject: {
      label: "engine",
      run: () => {
        const c = customers();
        return rfmScores(readNumberColumn(c.recency), readNumberColumn(c.frequency), readNumberColumn(c.monetary));
      },
    },
    baseline: {
      label: "naive: comparator sorts + filter per row",
      run: () => {
        const c = customers();
        return naiveRfm([c.recency, c.frequency, c.monetary]);
      },
    },
    repeats: 5,
  },
  {
    name: "LIFECYCLE, 1,048,576 customers",
    subject: {
      label: "engine",
      run: () => {
        const c = customers();
        return classifyLifecycle(readNumberColumn(c.firstOrder), readNumberColumn(c.lastOrder), readNumberColumn(c.frequency), null);
      },
    },
    repeats: 5,
  },
  {
    name: "BGNBD fit, 50,000 customers, t_x in whole days (read + check + fit)",
    targetMs: 1000,
    subject: {
      label: "engine",
      run: () => {
        const b = bgnbdBase();
        const read = readBgNbdCustomers(readNumberColumn(b.x), readNumberColumn(b.tx), readNumberColumn(b.T));
        return fitBgNbd(read.x, read.tx, read.T);
      },
    },
    repeats: 5,
  },
  {
    name: "BGNBD fit, 50,000 customers, t_x continuous: no two customers alike (worst case)",
    targetMs: 1000,
    subject: {
      label: "engine",
      run: () => {
        const b = bgnbdBase();
        const read = readBgNbdCustomers(readNumberColumn(b.x), readNumberColumn(b.txExact), readNumberColumn(b.T));
        return fitBgNbd(read.x, read.tx, read.T);
      },
    },
    repeats: 5,
  },
];
