/**
 * Every method at the sizes users have — 10k, 100k and a full Excel column — through the custom
 * functions themselves (Excel's arrays in, the spilled array out), plus memory; and the orders
 * pipeline against pandas and against the by-hand COUNTIFS/MAXIFS/SUMIFS sheet.
 */
import { performance } from "perf_hooks";
import { HyperFormula } from "hyperformula";
import { abc, abcd, abcOf } from "../../src/functions/tierFunctions";
import { clearFitCache } from "../../src/functions/fitCache";
import { transitions } from "../../src/functions/transitionFunctions";
import { classifyRows } from "../../src/segment/classifyRows";
import { fitTierRequest } from "../../src/segment/abc";
import { fitPareto, paretoGroupOf } from "../../src/segment/pareto";
import { classifyQuadrants, fitQuadrants, readPairedColumns } from "../../src/segment/quadrant";
import { classifyLifecycle } from "../../src/segment/lifecycle";
import { pareto } from "../../src/functions/paretoFunctions";
import { quadrant } from "../../src/functions/quadrantFunctions";
import { rfm } from "../../src/functions/rfmFunctions";
import { lifecycle } from "../../src/functions/lifecycleFunctions";
import { summary } from "../../src/functions/ordersFunctions";
import { bgnbd } from "../../src/functions/bgnbdFunctions";
import { groupOrders } from "../../src/segment/orders";
import { summarizeCustomers } from "../../src/segment/customerSummary";
import { rfmScores } from "../../src/segment/rfm";
import { readNumberColumn } from "../../src/segment/cells";
import { simulateBgNbd } from "../../src/segment/simulateBgNbd";
import { hyperFormulaWithAddin } from "../../test/harness/hyperformulaAddin";
import { installCustomFunctionsGlobal } from "../../test/setup/customFunctionsStandIn";
import { BenchCase, consume, revenueValues, seededRandom } from "../harness";
import { timePython, writeFloat64 } from "../python";

installCustomFunctionsGlobal(globalThis as unknown as Record<string, unknown>);

const SIZES = [10_000, 100_000, 1_048_576];
const label = (n: number): string => n.toLocaleString("en");
const column = (values: ArrayLike<unknown>): unknown[][] => Array.from(values as ArrayLike<unknown>, (v) => [v]);

/** Data is made on first use (the untimed warm-up), so a filtered run does not pay for all of it. */
function lazy<T>(make: () => T): () => T {
  let value: T | undefined;
  return () => (value ??= make());
}

interface Customers {
  revenue: unknown[][];
  profit: unknown[][];
  recency: unknown[][];
  frequency: unknown[][];
  monetary: unknown[][];
  first: unknown[][];
  last: unknown[][];
}

function customers(n: number): Customers {
  const random = seededRandom(n);
  const revenue = revenueValues(n, n + 1);
  const recency = Array.from({ length: n }, () => Math.floor(random() * 730));
  const frequency = Array.from({ length: n }, () => (random() < 0.5 ? 1 : 1 + Math.floor(-Math.log(random()) * 4)));
  const last = recency.map((r) => 45_000 - r);
  return {
    revenue: column(revenue),
    profit: column(revenue.map((v) => Math.round(v * (random() - 0.2)))),
    recency: column(recency),
    frequency: column(frequency),
    monetary: column(revenue.map(Math.abs)),
    first: column(last.map((d) => d - Math.floor(random() * 1000))),
    last: column(last),
  };
}

/** The same data as plain lists of numbers, for the engine alone. */
type Flat = { [K in keyof Customers]: number[] };
const flatten = (d: Customers): Flat =>
  Object.fromEntries(Object.entries(d).map(([k, rows]) => [k, (rows as unknown[][]).map((r) => r[0] as number)])) as Flat;

/**
 * Each method through its custom function; on a full column also the engine alone on the same
 * data in the same run (interleaved), so the table shows what Excel's boundary adds: reading the
 * 2-D argument and building the spilled result.
 */
function methodCases(n: number): BenchCase[] {
  const data = lazy(() => customers(n));
  const flat = lazy(() => flatten(data()));
  const full = n === SIZES[SIZES.length - 1];
  const column = (values: number[]) => readNumberColumn(values);
  const make = (method: string, run: (d: Customers) => unknown, engine: (f: Flat) => unknown): BenchCase => ({
    name: `${method}, ${label(n)} customers (custom function)`,
    repeats: 7,
    measureMemory: full,
    subject: { label: "SEGMENT function", run: () => run(data()) },
    reference: full ? { label: "engine alone", run: () => engine(flat()) } : undefined,
  });
  const tiers = (values: number[], cuts: number[], classes: number) => {
    const c = column(values);
    return classifyRows(c, fitTierRequest(c, { cuts, rule: "reach", basis: "value" }, classes).classOf);
  };
  return [
    make("ABC", (d) => abc(d.revenue), (f) => tiers(f.revenue, [0.8, 0.95], 3)),
    make("ABCD", (d) => abcd(d.revenue), (f) => tiers(f.revenue, [0.5, 0.8, 0.95], 4)),
    make("PARETO", (d) => pareto(d.profit), (f) => {
      const c = column(f.profit);
      const model = fitPareto(c, 0.8);
      return classifyRows(c, (v) => paretoGroupOf(model, v));
    }),
    make("QUADRANT", (d) => quadrant(d.revenue, d.frequency), (f) => {
      const pair = readPairedColumns(f.revenue, f.frequency);
      return classifyQuadrants(pair, fitQuadrants(pair, { kind: "median" }, { kind: "median" }));
    }),
    make("RFM", (d) => rfm(d.recency, d.frequency, d.monetary), (f) => rfmScores(column(f.recency), column(f.frequency), column(f.monetary))),
    make("LIFECYCLE", (d) => lifecycle(d.first, d.last, d.frequency), (f) => classifyLifecycle(column(f.first), column(f.last), column(f.frequency), null)),
  ];
}

/**
 * SEGMENT.ABCOF in every row of an Excel Table: each call gets the whole column as a new 2-D
 * array. Two ways of handing it over:
 * - "made before each call": the argument is built right before the call, as Excel's runtime
 *   builds it from the message it receives, so it is fresh in memory when the function reads it.
 *   Building it is the runtime's work, not ours, so only the call is timed (`ownClock`).
 * - "rotating copies": the calls cycle through `copies` arrays made in advance (never the same
 *   array twice in a row), so each one is cold in the processor's cache: a pessimistic bound.
 * At 10,000 rows the whole table is timed (10,000 calls); at 100,000 rows a sample of calls is
 * timed and the table's time is that × the rows.
 */
function tableFormCase(rows: number, calls: number, copies: number | "made before each call"): BenchCase {
  const data = lazy(() => {
    const values = revenueValues(rows, rows + 5);
    const count = copies === "made before each call" ? 1 : copies;
    return { values, columns: Array.from({ length: count }, () => column(values)) };
  });
  const rotating = (): number => {
    const { values, columns } = data();
    clearFitCache();
    abcOf(values[0], columns[0]); // the fit itself: once per recalculation of the table
    let classes = 0;
    for (let i = 0; i < calls; i++) {
      const row = (i * 7919) % rows;
      if (abcOf(values[row], columns[i % columns.length]) === "A") classes++;
    }
    return classes;
  };
  const madeBeforeEachCall = (): number => {
    const { values, columns } = data();
    clearFitCache();
    const t0 = performance.now();
    abcOf(values[0], columns[0]);
    let ms = performance.now() - t0;
    let classes = 0;
    for (let i = 0; i < calls; i++) {
      const row = (i * 7919) % rows;
      const argument = column(values);
      const t = performance.now();
      if (abcOf(values[row], argument) === "A") classes++;
      ms += performance.now() - t;
    }
    consume(classes);
    return ms;
  };
  const fresh = copies === "made before each call";
  const whole = calls === rows;
  const how = fresh ? "argument made before each call" : `${copies} rotating copies of the argument`;
  return {
    name: `ABCOF in every row of a ${label(rows)}-row Table (${whole ? "whole table" : `${label(calls)} calls of ${label(rows)}`}, ${how})`,
    repeats: whole ? 5 : 3,
    subject: fresh ? { label: "SEGMENT.ABCOF", run: madeBeforeEachCall, ownClock: true } : { label: "SEGMENT.ABCOF", run: rotating },
    describe: (ms) => {
      const perRow = ms / calls;
      return `${(perRow * 1000).toFixed(1)} µs per row; the whole ${label(rows)}-row table ${((perRow * rows) / 1000).toFixed(2)} s per recalculation`;
    },
  };
}

/**
 * Two monthly snapshots of a full column: the same customers (IDs half numbers, half text) in
 * another order (a worst case: no row where it was), 5 % unclassified now. Each snapshot has
 * its own ID strings, made in row order, as Excel hands each argument over.
 */
function transitionCase(): BenchCase {
  const n = SIZES[SIZES.length - 1];
  const data = lazy(() => {
    const random = seededRandom(77);
    const codes = ["A", "B", "C"];
    const id = (k: number): string | number => (k % 2 ? `C-${100_000 + k}` : 100_000 + k);
    const previous: unknown[][] = new Array(n);
    for (let i = 0; i < n; i++) previous[i] = [id(i), codes[Math.floor(random() * 3)]];
    const current: unknown[][] = new Array(n);
    for (let i = 0; i < n; i++) current[i] = [id((i * 7919) % n), random() < 0.05 ? "" : codes[Math.floor(random() * 3)]];
    return { previous, current, revenue: column(revenueValues(n, 78)) };
  });
  return {
    name: `TRANSITIONS, two ${label(n)}-row snapshots (custom function)`,
    repeats: 7,
    subject: { label: "SEGMENT.TRANSITIONS", run: () => transitions(data().previous, data().current) },
    reference: { label: `SEGMENT.ABC on ${label(n)} values`, run: () => abc(data().revenue) },
  };
}

/** Order lines with numeric customer IDs (so pandas gets the same data as a float64 file). */
function orderLines(lines: number, customerCount: number): { ids: number[]; dates: number[]; amounts: number[] } {
  const random = seededRandom(lines + 3);
  const ids = new Array<number>(lines);
  const dates = new Array<number>(lines);
  const amounts = new Array<number>(lines);
  for (let i = 0; i < lines; i++) {
    ids[i] = 1 + Math.floor(random() * customerCount);
    dates[i] = 44_500 + Math.floor(random() * 730);
    amounts[i] = Math.round((random() - 0.03) * 50_000) / 100;
  }
  return { ids, dates, amounts };
}

function ordersCases(lines: number, customerCount: number): BenchCase[] {
  const o = lazy(() => orderLines(lines, customerCount));
  const excel = lazy(() => [column(o().ids), column(o().dates), column(o().amounts)] as const);
  const files = lazy(() => [writeFloat64(o().ids), writeFloat64(o().dates), writeFloat64(o().amounts)]);
  const n = `${label(lines)} order lines / ${label(customerCount)} customers`;
  return [
    {
      name: `SUMMARY, ${n} (custom function)`,
      repeats: 5,
      measureMemory: lines >= 1_000_000,
      subject: { label: "SEGMENT.SUMMARY", run: () => summary(...excel()) },
    },
    {
      name: `SUMMARY + RFM, ${n} (engine) vs pandas`,
      targetMs: lines >= 1_000_000 ? 1000 : undefined,
      repeats: 5,
      subject: {
        label: "engine: group, summarize, score",
        run: () => {
          const grouped = groupOrders(o().ids, o().dates, o().amounts);
          const s = summarizeCustomers(grouped);
          return rfmScores(readNumberColumn(s.daysSinceLast), readNumberColumn(grouped.lines), readNumberColumn(grouped.amount));
        },
      },
      baseline: {
        label: "pandas groupby + quantile scores",
        external: () => {
          const [ids, dates, amounts] = files();
          return timePython("summary_rfm_pandas.py", [ids, dates, amounts, "5"])?.medianMs ?? null;
        },
      },
    },
  ];
}

/** SEGMENT.SUMMARY in a sheet against the by-hand per-customer MINIFS/MAXIFS/COUNTIFS/SUMIFS a user types. */
function summaryFormulaCase(lines: number, customerCount: number): BenchCase {
  const o = orderLines(lines, customerCount);
  const sheet = o.ids.map((id, i) => [id, o.dates[i], o.amounts[i]]);
  const r = `$A$1:$A$${lines}`;
  const d = `$B$1:$B$${lines}`;
  const a = `$C$1:$C$${lines}`;
  const byHand = Array.from({ length: customerCount }, (_, c) => {
    const id = `E${c + 1}`;
    return [c + 1, `=MINIFS(${d},${r},${id})`, `=MAXIFS(${d},${r},${id})`, `=COUNTIFS(${r},${id})`, `=SUMIFS(${a},${r},${id})`];
  });
  const evaluate = (formulas: unknown[][]): unknown => {
    const hf: HyperFormula = hyperFormulaWithAddin({ Sheet1: sheet });
    hf.setCellContents({ sheet: 0, row: 0, col: 4 }, formulas as never);
    const out = hf.getCellValue({ sheet: 0, row: 1, col: 6 });
    hf.destroy();
    return out;
  };
  return {
    name: `SUMMARY as formulas in HyperFormula, ${label(lines)} order lines / ${customerCount} customers`,
    repeats: 3,
    subject: { label: "=SEGMENT.SUMMARY(A1:A…,B1:B…,C1:C…)", run: () => evaluate([[`=SEGMENT.SUMMARY(A1:A${lines},B1:B${lines},C1:C${lines})`]]) },
    baseline: { label: "by-hand MINIFS/MAXIFS/COUNTIFS/SUMIFS per customer", run: () => evaluate(byHand) },
  };
}

function bgnbdCase(customerCount: number): BenchCase {
  const data = lazy(() => {
    const random = seededRandom(customerCount);
    const ages = Array.from({ length: customerCount }, () => 27 + Math.floor(random() * 13));
    const c = simulateBgNbd({ r: 0.243, alpha: 4.414, a: 0.793, b: 2.426 }, ages, 12);
    return [column(c.x), column(Array.from(c.tx, (v) => Math.round(v * 7) / 7)), column(c.T)] as const;
  });
  return {
    name: `BGNBD fit, ${label(customerCount)} customers (custom function)`,
    targetMs: customerCount >= 50_000 ? 1000 : undefined,
    subject: { label: "SEGMENT.BGNBD", run: () => bgnbd(...data()) },
  };
}

export const scalingCases: BenchCase[] = [
  ...SIZES.flatMap(methodCases),
  tableFormCase(10_000, 10_000, "made before each call"),
  tableFormCase(10_000, 10_000, 16),
  tableFormCase(100_000, 1000, "made before each call"),
  tableFormCase(100_000, 1000, 4),
  transitionCase(),
  ...ordersCases(100_000, 10_000),
  ...ordersCases(1_000_000, 50_000),
  summaryFormulaCase(1000, 50),
  summaryFormulaCase(5000, 200),
  bgnbdCase(5000),
  bgnbdCase(50_000),
];
