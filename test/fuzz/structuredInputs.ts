/**
 * The structured calls of the fuzzer (fuzzer.ts makes every other call one of these; one in
 * twenty for the BG/NBD functions, see FUNCTION_TABLE).
 *
 * Why: fully random arguments nearly always end in a correct #VALUE! — an optional parameter
 * holding a random cell, lists of different lengths, a snapshot that is not 2 or 3 columns, a
 * t_x larger than T — so in 100,000 random calls the paths that compute something were reached
 * a few dozen times for TRANSITIONS, MOVE, LIFECYCLE and the BG/NBD functions.
 *
 * What: each structured call is a plausible sheet. One invented customer base per call (a small
 * purchase simulation) feeds every list argument, so the lists line up and agree with each other:
 * first order ≤ last order ≤ as-of date, x = orders − 1, t_x = last − first ≤ T, the same
 * customers (some new, some gone, rows reordered, IDs spelled differently) in both snapshots.
 * Optional parameters are omitted or take one of their documented values. Then a few cells are
 * spoiled — blanks, text, error values, negatives, ties, a repeated ID, a hostile cell from the
 * random generator — and now and then a list is one row short, so edge cases stay covered.
 *
 * Where the structure comes from: the metadata in dist/functions.json. Parameter names say what
 * a list holds (first_order, t_x, previous …, see LIST_CONTENT); descriptions give the valid
 * scalar values: quoted choices ("reach" or "byhand"), "Default 90.", "a fraction between 0 and
 * 1", "or a number", "(at least 3)", array constants like {0.8,0.95}, "3 rows (R, F, M) × 4",
 * "7 columns name, r_min …", and "As in SEGMENT.ABC" (read the other function's description).
 * What metadata cannot say sits in FUNCTION_TABLE, keyed by function id.
 *
 * Everything is drawn from the `random` given, so a seed gives the same calls every run.
 */
import { StandInCustomFunctionError } from "../setup/customFunctionsStandIn";
import { FunctionMetadata, ParameterMetadata } from "../harness/builtAddin";
import { sampleBeta, sampleGamma } from "../../src/segment/simulateBgNbd";

type Random = () => number;

const pick = <T>(random: Random, items: readonly T[]): T => items[Math.floor(random() * items.length)];
const between = (random: Random, low: number, high: number): number => low + Math.floor(random() * (high - low + 1));
const round2 = (x: number): number => Math.round(x * 100) / 100;

function shuffle<T>(random: Random, items: T[]): T[] {
  for (let i = items.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [items[i], items[j]] = [items[j], items[i]];
  }
  return items;
}

// ---------------------------------------------------------------------------------------------
// What a list parameter holds, by its name in the metadata.
// ---------------------------------------------------------------------------------------------

type ListContent =
  | "money" // a value per customer (revenue, profit, monetary)
  | "measure" // a second measure per customer (QUADRANT's y)
  | "repeatPurchases" // BG/NBD x
  | "repeatSpan" // BG/NBD t_x
  | "age" // BG/NBD T
  | "orderCount"
  | "recencyDays"
  | "firstOrder"
  | "lastOrder"
  | "satisfaction"
  | "score" // RFM score 1–5
  | "lineIds"
  | "lineDates"
  | "lineAmounts"
  | "averageSpend" // average value of the repeat purchases (GAMMAGAMMA, SPEND, CLV)
  | "classCode"; // STRATEGY's codes

type BlockContent = "periods" | "snapshotBefore" | "snapshotAfter" | "classOrder" | "bins" | "rules" | "cuts";

type ScalarContent = "oneMoney" | "oneMeasure";

/**
 * Parameter names → what they hold. The names are the metadata's own; `x` is the one name with
 * two meanings (QUADRANT's first measure, BG/NBD's repeat purchases) and is told apart by its
 * description (see contentOf).
 */
const LIST_CONTENT: Record<string, ListContent> = {
  values: "money",
  monetary: "money",
  x: "money",
  y: "measure",
  t_x: "repeatSpan",
  T: "age",
  frequency: "orderCount",
  orders: "orderCount",
  recency_days: "recencyDays",
  first_order: "firstOrder",
  last_order: "lastOrder",
  satisfaction: "satisfaction",
  r: "score",
  f: "score",
  m: "score",
  customer_ids: "lineIds",
  dates: "lineDates",
  amounts: "lineAmounts",
  average_spend: "averageSpend",
  code: "classCode",
};

const BLOCK_CONTENT: Record<string, BlockContent> = {
  period_sales: "periods",
  year_sales: "periods",
  previous: "snapshotBefore",
  current: "snapshotAfter",
  order: "classOrder",
  bins: "bins",
  rules: "rules",
  cuts: "cuts",
  // ABCXYZ's two cut arguments: ABC's cumulative cuts and the two CV cuts.
  abc_cuts: "cuts",
  xyz_cuts: "cuts",
};

/** One customer's own cell, for the one-row (Excel Table) forms: [@Revenue] beside [Revenue]. */
const SCALAR_CONTENT: Record<string, ScalarContent> = {
  value: "oneMoney",
  x_value: "oneMoney",
  y_value: "oneMeasure",
};

// ---------------------------------------------------------------------------------------------
// What metadata cannot say, by function id.
// ---------------------------------------------------------------------------------------------

/** [share of calls, fewest customers, most customers]. */
type Sizes = readonly (readonly [number, number, number])[];

/**
 * Mostly the sizes of a real customer list, a few tiny ones (1–2 rows are edge cases of their
 * own) and a few large ones. The random calls already cover 100,000 rows and full columns, and
 * every row here costs generation time in each of 50,000 calls per function.
 */
const USUAL_SIZES: Sizes = [
  [0.04, 1, 2],
  [0.66, 3, 40],
  [0.28, 41, 200],
  [0.02, 201, 2000],
];

/**
 * The BG/NBD fit needs a population: with a handful of customers the likelihood mostly has no
 * finite maximum (a correct #VALUE!) and the optimiser wanders longest, so such calls would add
 * time and few results. A few tiny sets stay in for that edge.
 */
const MODEL_SIZES: Sizes = [
  [0.05, 1, 6],
  [0.35, 7, 60],
  [0.55, 61, 400],
  [0.05, 401, 2000],
];

interface FunctionNote {
  readonly sizes?: Sizes;
  /** One call in `every` is structured (default 2: every other call). */
  readonly every?: number;
  /**
   * The parameter whose chosen value names the function whose `cuts`/`cut` parameter this
   * one follows: EXPLAIN's cuts are ABC's, ABCD's or PARETO's depending on its method (its
   * description only says "As in the method's function").
   */
  readonly cutsFollow?: string;
}

/**
 * A structured BG/NBD call fits the model: 20–40 ms on average (maximum likelihood, up to four
 * BFGS runs; a second or more where the data cannot pin the dropout down), against well under a
 * millisecond for the other functions. Half of 100,000 calls would add over an hour to each full
 * run, so one call in twenty is structured there: still thousands of fits per run, where the
 * random calls reached a few dozen.
 */
const MODEL: FunctionNote = { sizes: MODEL_SIZES, every: 20 };

const FUNCTION_TABLE: Record<string, FunctionNote> = {
  BGNBD: MODEL,
  PALIVE: MODEL,
  EXPECTED: MODEL,
  // CLV fits BG/NBD and Gamma-Gamma; BACKTEST fits both on the orders before its split.
  CLV: MODEL,
  BACKTEST: MODEL,
  EXPLAIN: { cutsFollow: "method" },
  WHY: { cutsFollow: "method" },
};

/**
 * Class codes the SEGMENT functions return, best first. The first five are the built-in orders
 * TRANSITIONS and MOVE know (their descriptions list them); the others need an explicit order,
 * which the generator usually gives — and sometimes forgets, which is a correct #VALUE!.
 */
const CLASS_SETS: readonly (readonly (string | number)[])[] = [
  ["A", "B", "C"],
  ["A", "B", "C", "D"],
  ["VITAL", "REST", "LOSS"],
  ["EI", "EII", "EIII", "EIV"],
  ["PI", "PII", "PIII", "PIV"],
  ["GOLD", "SILVER", "BRONZE"],
  ["IMPORTANT-VALUE", "IMPORTANT-DEVELOP", "GENERAL-VALUE", "GENERAL-WINBACK"],
  [5, 4, 3, 2, 1],
];
const KNOWN_ORDER_SETS = 5;

const RULE_NAMES = ["Champions", "Loyal", "At risk", "Lost", "VIP", "Sleeping", "New", "고객", "客户", 42];
const MESSY_TEXT = ["n/a", "-", "TBD", " ", "?", "none", "1,234", "2024-03-01", "12/31/2023", "#N/A", "O", "l0"];
const INPUT_ERRORS = ["#N/A", "#VALUE!", "#DIV/0!", "#NUM!", "#REF!", "#NAME?", "#NULL!"];

// ---------------------------------------------------------------------------------------------
// Reading the metadata.
// ---------------------------------------------------------------------------------------------

/** How a parameter is generated; computed once per function. */
type Plan =
  | { readonly kind: "list"; readonly content: ListContent; readonly text: string }
  | { readonly kind: "block"; readonly content: BlockContent; readonly text: string }
  | { readonly kind: "one"; readonly content: ScalarContent }
  | { readonly kind: "scalar"; readonly text: string };

interface ParameterPlan {
  readonly name: string;
  readonly optional: boolean;
  readonly plan: Plan;
}

export interface StructuredPlan {
  readonly id: string;
  readonly every: number;
  readonly parameters: readonly ParameterPlan[];
  readonly sizes: Sizes;
  readonly note: FunctionNote;
  readonly catalogue: readonly FunctionMetadata[];
}

/** A description with every "As in SEGMENT.X" replaced by X's description of the same parameter. */
function resolvedText(p: ParameterMetadata, catalogue: readonly FunctionMetadata[], depth = 0): string {
  let text = p.description ?? "";
  const reference = /As in SEGMENT\.([A-Z0-9]+)/.exec(text);
  if (reference && depth < 3) {
    const other = catalogue.find((f) => f.id === reference[1])?.parameters.find((q) => q.name === p.name);
    if (other) text += " " + resolvedText(other, catalogue, depth + 1);
  }
  return text;
}

function contentOf(p: ParameterMetadata, catalogue: readonly FunctionMetadata[]): Plan {
  const text = resolvedText(p, catalogue);
  if (p.dimensionality === "matrix") {
    // x and frequency hold repeat purchases in the BG/NBD and spend functions ("repeat purchases").
    if ((p.name === "x" || p.name === "frequency") && /repeat purchase/i.test(text)) return { kind: "list", content: "repeatPurchases", text };
    const block = BLOCK_CONTENT[p.name];
    if (block) return { kind: "block", content: block, text };
    return { kind: "list", content: LIST_CONTENT[p.name] ?? "money", text };
  }
  const one = SCALAR_CONTENT[p.name];
  if (one) return { kind: "one", content: one };
  return { kind: "scalar", text };
}

export function structuredPlan(meta: FunctionMetadata, catalogue: readonly FunctionMetadata[]): StructuredPlan {
  const note = FUNCTION_TABLE[meta.id] ?? {};
  return {
    id: meta.id,
    every: note.every ?? 2,
    parameters: meta.parameters.map((p) => ({ name: p.name, optional: p.optional === true, plan: contentOf(p, catalogue) })),
    sizes: note.sizes ?? USUAL_SIZES,
    note,
    catalogue,
  };
}

/** Whether call number `i` (from 0) of a function is a structured one. */
export function isStructuredCall(plan: StructuredPlan, i: number): boolean {
  return i % plan.every === plan.every - 1;
}

/** The quoted words of a description: "reach", "byhand", "p75", "80/95" … */
const quotedIn = (text: string): string[] => [...text.matchAll(/"([^"]+)"/g)].map((m) => m[1]);

/** Array constants of a description: {0.8,0.95} → [0.8, 0.95]. */
const arraysIn = (text: string): number[][] =>
  [...text.matchAll(/\{([^}]*)\}/g)].map((m) => m[1].split(",").map(Number)).filter((a) => a.length > 0 && a.every(Number.isFinite));

const defaultIn = (text: string): number | undefined => {
  const m = /Default:? (-?\d+(?:\.\d+)?)(?![\d/])/.exec(text);
  return m ? Number(m[1]) : undefined;
};

const numbersIn = (text: string): number[] => [...text.matchAll(/(?<![\w.])(\d+(?:\.\d+)?)(?![\w/.%])/g)].map((m) => Number(m[1]));

// ---------------------------------------------------------------------------------------------
// One invented customer base per call; each part is made only when an argument asks for it.
// ---------------------------------------------------------------------------------------------

interface Customers {
  readonly ids: (string | number)[];
  readonly first: number[];
  readonly last: number[];
  readonly orders: number[];
  /** Purchase days per customer, ascending, distinct. */
  readonly days: number[][];
  readonly monetary: number[];
  /** Typical line amount per customer. */
  readonly basket: number[];
}

class Sheet {
  /** Excel serial of the as-of day: 2017-09 … 2025-11. */
  readonly asOf: number;
  /** BG/NBD unit: 1 = days, 7 = weeks. */
  readonly unit: number;
  /** One customer's row, for the one-row forms. */
  readonly row: number;
  private customersMemo?: Customers;
  private measureMemo?: number[];
  private moneyMemo?: number[];
  private snapshotMemo?: { before: unknown[][]; after: unknown[][]; codes: readonly (string | number)[] };

  constructor(
    private readonly random: Random,
    readonly n: number,
  ) {
    this.asOf = 43_000 + Math.floor(random() * 3_000);
    this.unit = random() < 0.8 ? 1 : 7;
    this.row = Math.floor(random() * n);
  }

  /**
   * The BG/NBD story (Fader, Hardie & Lee 2005) with parameters drawn per sheet: each customer
   * buys at its own rate λ ~ Gamma(r, α) per day and stops after each repeat purchase with its
   * own probability p ~ Beta(a, b); it is watched from its first order to the as-of day. So every
   * list read from it is plausible for every function, the BG/NBD ones included.
   */
  get customers(): Customers {
    if (this.customersMemo) return this.customersMemo;
    const { random, n, asOf } = this;
    const uniform = (): number => 1e-9 + random() * (1 - 2e-9); // never 0 or 1: logs stay finite
    const history = pick(random, [90, 400, 400, 1500]);
    const r = 0.3 + random() * 1.5;
    const alpha = 5 + random() * 55;
    const a = 0.5 + random() * 1.5;
    const b = 1 + random() * 5;
    const idOf = idStyle(random);
    const c: Customers = { ids: [], first: [], last: [], orders: [], days: [], monetary: [], basket: [] };
    for (let i = 0; i < n; i++) {
      const first = asOf - Math.floor(history * random() ** 0.8);
      const rate = sampleGamma(r, alpha, uniform);
      const dropout = sampleBeta(a, b, uniform);
      const days = [first];
      for (let t = first; days.length < 100; ) {
        t += Math.max(1, Math.ceil(-Math.log(uniform()) / rate));
        if (t > asOf) break;
        days.push(t);
        if (uniform() < dropout) break;
      }
      const basket = 20 * Math.exp(random() * 4);
      c.ids.push(idOf(i));
      c.first.push(first);
      c.last.push(days[days.length - 1]);
      c.orders.push(days.length);
      c.days.push(days);
      c.basket.push(basket);
      c.monetary.push(round2(days.length * basket * (0.5 + random())));
    }
    this.customersMemo = c;
    return c;
  }

  /** Each customer's value; some sheets round to hundreds (ties), a few hold returns (≤ 0). */
  get money(): number[] {
    if (this.moneyMemo) return this.moneyMemo;
    const { random } = this;
    const style = random();
    this.moneyMemo = this.customers.monetary.map((v) => {
      if (style < 0.25) return Math.round(v / 100) * 100;
      if (style < 0.35 && random() < 0.1) return -round2(v * random() * 0.3);
      return v;
    });
    return this.moneyMemo;
  }

  /** A second measure per customer: tenure, order count, a 0–1 stability or a margin. */
  get measure(): number[] {
    if (this.measureMemo) return this.measureMemo;
    const { random } = this;
    const c = this.customers;
    const kind = Math.floor(random() * 4);
    this.measureMemo = c.first.map((first, i) =>
      kind === 0 ? this.asOf - first : kind === 1 ? c.orders[i] : kind === 2 ? round2(random()) : round2(random() * 0.8 - 0.2),
    );
    return this.measureMemo;
  }

  list(content: ListContent, text = ""): unknown[] {
    const { random } = this;
    const c = this.customers;
    switch (content) {
      case "money":
        return [...this.money];
      case "measure":
        return [...this.measure];
      case "repeatPurchases":
        return c.orders.map((o) => o - 1);
      case "repeatSpan":
        return c.first.map((f, i) => (c.last[i] - f) / this.unit);
      case "age":
        return c.first.map((f) => (this.asOf - f) / this.unit);
      case "orderCount":
        return c.orders.map((o) => (random() < 0.1 ? o + between(random, 0, 3) : o));
      case "recencyDays":
        return c.last.map((l) => this.asOf - l);
      case "firstOrder":
        return [...c.first];
      case "lastOrder":
        return c.last.map((l) => (random() < 0.05 ? l + round2(random()) : l)); // a time of day
      case "satisfaction":
        return c.ids.map(() => (random() < 0.35 ? "" : pick(random, [1, 2, 3, 4, 4, 5, 5, 5])));
      case "score":
        return c.ids.map(() => between(random, 1, 5));
      case "classCode":
        return this.classCodes(text);
      case "lineIds":
      case "lineDates":
      case "lineAmounts":
        return this.lines()[content];
      case "averageSpend":
        // Mean of the repeat days' amounts around the customer's basket; 0 for a one-time buyer;
        // now and then a return larger than the purchases (≤ 0).
        return c.orders.map((o, i) => (o < 2 ? 0 : random() < 0.03 ? -round2(c.basket[i] * random()) : round2(c.basket[i] * (0.6 + 0.8 * random()))));
    }
  }

  private linesMemo?: Record<"lineIds" | "lineDates" | "lineAmounts", unknown[]>;

  /** Order lines: one or more per purchase day, in date order, by customer, or shuffled. */
  lines(): Record<"lineIds" | "lineDates" | "lineAmounts", unknown[]> {
    if (this.linesMemo) return this.linesMemo;
    const { random } = this;
    const c = this.customers;
    const rows: [unknown, number, number][] = [];
    c.days.forEach((days, i) => {
      for (const day of days) {
        const count = random() < 0.8 ? 1 : between(random, 2, 3);
        for (let k = 0; k < count; k++) {
          const amount = round2(c.basket[i] * (0.3 + random() * 1.4));
          rows.push([respell(random, c.ids[i]), random() < 0.05 ? day + round2(random()) : day, random() < 0.03 ? -amount : amount]);
        }
      }
    });
    const order = random();
    if (order < 0.6) rows.sort((a, b) => a[1] - b[1]);
    else if (order < 0.8) shuffle(random, rows);
    this.linesMemo = { lineIds: rows.map((r) => r[0]), lineDates: rows.map((r) => r[1]), lineAmounts: rows.map((r) => r[2]) };
    return this.linesMemo;
  }

  /**
   * Codes for STRATEGY: one classification's codes, or a mix with the customer types its
   * description lists in parentheses ("(Driver, Analyst, …; the Korean …)"), in any case.
   */
  private classCodes(text: string): unknown[] {
    const { random } = this;
    const types = /\(([^;)]*)[;)]/.exec(text)?.[1].split(/,\s*/) ?? [];
    const set = random() < 0.7 ? pick(random, CLASS_SETS.slice(0, KNOWN_ORDER_SETS)) : [...CLASS_SETS.slice(0, KNOWN_ORDER_SETS).flat(), ...types];
    return this.customers.ids.map(() => {
      const code = String(pick(random, set));
      return random() < 0.1 ? code.toLowerCase() : code;
    });
  }

  /**
   * Two snapshots of one classification: most customers in both (classes mostly unchanged,
   * else one step up or down), some only before (GONE) or only after (NEW), rows reordered,
   * IDs sometimes spelled differently, a few blank classes and blank IDs; 2 or 3 columns.
   */
  snapshots(): { before: unknown[][]; after: unknown[][]; codes: readonly (string | number)[] } {
    if (this.snapshotMemo) return this.snapshotMemo;
    const { random } = this;
    const c = this.customers;
    const codes = pick(random, CLASS_SETS);
    const withValue = random() < 0.8;
    const before: unknown[][] = [];
    const after: unknown[][] = [];
    const classCell = (k: number): unknown => {
      if (random() < 0.03) return "";
      const code = codes[Math.max(0, Math.min(codes.length - 1, k))];
      return typeof code === "string" && random() < 0.05 ? ` ${code.toLowerCase()}` : code;
    };
    c.ids.forEach((id, i) => {
      const k = Math.floor(random() ** 0.7 * codes.length);
      const moved = random() < 0.7 ? k : k + (random() < 0.5 ? -1 : 1);
      const inBefore = random() < 0.88;
      const inAfter = !inBefore || random() < 0.88;
      const value = this.money[i];
      if (inBefore) before.push(withValue ? [id, classCell(k), round2(value * (0.5 + random()))] : [id, classCell(k)]);
      if (inAfter) after.push(withValue ? [respell(random, id), classCell(moved), value] : [respell(random, id), classCell(moved)]);
    });
    for (const rows of [before, after]) {
      if (rows.length === 0) rows.push(withValue ? ["", "", ""] : ["", ""]);
      if (random() < 0.05) rows.splice(Math.floor(random() * rows.length), 0, withValue ? ["", "", ""] : ["", ""]);
    }
    if (random() < 0.6) shuffle(random, after);
    this.snapshotMemo = { before, after, codes };
    return this.snapshotMemo;
  }
}

/** A sheet's way of writing customer IDs; keys never repeat within one customer base. */
function idStyle(random: Random): (i: number) => string | number {
  const offset = between(random, 1, 9_000);
  const style = Math.floor(random() * 4);
  if (style === 0) return (i) => `C-${String(offset + i).padStart(5, "0")}`;
  if (style === 1) return (i) => 100_000 + offset + i * 3;
  if (style === 2) return (i) => (i % 3 === 0 ? offset + i : String(offset + i)); // 7 and "7" side by side
  const names = ["Northwind", "Summit", "고객", "客户", "Café Olé", "O'Brien & Co"];
  return (i) => `${names[i % names.length]} ${offset + i}`;
}

/** The same customer written another way, as matched by COUNTIF: case, spaces, 7 ↔ "7". */
function respell(random: Random, id: string | number): string | number {
  if (random() >= 0.1) return id;
  if (typeof id === "number") return random() < 0.5 ? String(id) : ` ${id} `;
  return random() < 0.5 ? id.toLowerCase() : `${id} `;
}

// ---------------------------------------------------------------------------------------------
// Valid values of blocks and scalars, from their descriptions.
// ---------------------------------------------------------------------------------------------

/** `count` distinct whole percentages, ascending: the cuts of a preset or an array constant. */
function percentages(random: Random, count: number): number[] {
  const chosen = new Set<number>();
  while (chosen.size < count) chosen.add(between(random, 1, 99));
  return [...chosen].sort((a, b) => a - b);
}

/** A cuts argument: a documented preset, an array constant as a row or column, or a new preset. */
function cutsValue(random: Random, text: string): unknown[][] {
  const presets = quotedIn(text);
  const count = arraysIn(text)[0]?.length ?? 2;
  const u = random();
  if (u < 0.45 && presets.length > 0) return [[pick(random, presets)]];
  const cuts = percentages(random, count);
  const fractions = cuts.map((c) => (random() < 0.7 ? c / 100 : Math.round((c + random() * 0.9) * 10) / 1000));
  if (u < 0.7) return [fractions];
  if (u < 0.8) return fractions.map((c) => [c]);
  if (u < 0.9) return [[cuts.join("/")]]; // cumulative, "75/92"
  return [[[...cuts, 100].map((c, i, all) => c - (i > 0 ? all[i - 1] : 0)).join("/")]]; // per class, "75/17/8"
}

/** Bin edges: "3 rows (R, F, M) × 4 increasing numbers"; an empty row keeps quantiles. */
function binsValue(random: Random, text: string): unknown[][] {
  // A preset the description names in quotes ("rfm-package"), sometimes.
  const presets = quotedIn(text);
  if (presets.length > 0 && random() < 0.15) return [[pick(random, presets)]];
  const m = /(\d+) rows.*?× (\d+)/.exec(text);
  const rows = m ? Number(m[1]) : 3;
  const columns = m ? Number(m[2]) : 4;
  const scales = [30, 1, 100];
  return Array.from({ length: rows }, (_, d) => {
    if (random() < 0.2) return new Array(columns).fill("");
    let edge = 0;
    return Array.from({ length: columns }, () => (edge += Math.max(1, Math.round(scales[d % 3] * (0.5 + 3 * random())))));
  });
}

/** A rule table: "7 columns name, r_min, r_max, …", maybe under a header row. */
function rulesValue(random: Random, text: string): unknown[][] {
  const m = /(\d+) columns ([\w, ]+?)\s*\(/.exec(text);
  const header = m ? m[2].split(/,\s*/) : ["name", "r_min", "r_max", "f_min", "f_max", "m_min", "m_max"];
  const rows: unknown[][] = [];
  if (random() < 0.3) rows.push(header);
  const count = between(random, 1, 8);
  for (let k = 0; k < count; k++) {
    const row: unknown[] = [pick(random, RULE_NAMES)];
    while (row.length < header.length) {
      const a = between(random, 1, 5);
      const b = between(random, 1, 5);
      row.push(Math.min(a, b), Math.max(a, b));
    }
    rows.push(row.slice(0, header.length));
  }
  if (random() < 0.1) rows.splice(between(random, 0, rows.length), 0, new Array(header.length).fill(""));
  return rows;
}

/** The class order, best first: a column, a row, or text "A>B>C"; sometimes incomplete. */
function orderValue(random: Random, codes: readonly (string | number)[]): unknown[][] | null {
  const known = CLASS_SETS.indexOf(codes) < KNOWN_ORDER_SETS;
  if (known && random() < 0.5) return null; // the built-in order
  if (!known && random() < 0.1) return null; // forgotten: a correct #VALUE!
  const order = random() < 0.05 ? codes.slice(0, -1) : [...codes];
  const u = random();
  if (u < 0.4) return order.map((c) => [c]);
  if (u < 0.7) return [order];
  return [[order.join(pick(random, [">", " > ", ",", ";"]))]];
}

/** A documented choice, sometimes in other case or with spaces (both allowed). */
function choiceValue(random: Random, choices: readonly string[]): string {
  const choice = pick(random, choices);
  const u = random();
  return u < 0.1 ? choice.toUpperCase() : u < 0.2 ? ` ${choice} ` : choice;
}

/** A valid scalar from its description alone. */
function scalarValue(random: Random, text: string, sheet: Sheet, numbersFrom: () => unknown[]): unknown {
  const choices = quotedIn(text);
  if (choices.length > 0) {
    // "or a number" (QUADRANT's splits): a value from the data's own range.
    if (/or a number/.test(text) && random() < 0.3) {
      const numbers = numbersFrom().filter((v): v is number => typeof v === "number");
      return numbers.length > 0 ? pick(random, numbers) : 0;
    }
    // "a percentile like "p75"": other percentiles too.
    const percentile = choices.find((c) => /^p\d+$/.test(c));
    if (percentile && random() < 0.3) return `p${between(random, 0, 100)}`;
    return choiceValue(random, choices);
  }
  if (/date/i.test(text)) {
    // The as-of date: usually on or after the last order; earlier leaves later lines out.
    const u = random();
    return u < 0.6 ? sheet.asOf : u < 0.85 ? sheet.asOf + between(random, 1, 60) : sheet.asOf - between(random, 1, 90);
  }
  const fallback = defaultIn(text);
  // "a fraction between 0 and 1", or a default that is one (PARETOOF's cut says only "Default 0.8").
  if (/fraction/i.test(text) || (fallback !== undefined && fallback > 0 && fallback < 1)) {
    return random() < 0.2 ? (fallback ?? 0.5) : Math.round((0.02 + 0.96 * random()) * 100) / 100;
  }
  // No default (EXPECTED's horizon): the examples the description gives, "e.g. 90 days, or 13 weeks".
  const examples = numbersIn(text).filter((v) => v > 0);
  const base = fallback ?? (examples.length > 0 ? pick(random, examples) : 1);
  if (random() < 0.2) return base;
  // Between half and twice the default: keeps related windows in order (LIFECYCLE's active_days
  // 45–180 never exceeds churn_days 182–730).
  const v = base * (0.5 + 1.5 * random());
  return Number.isInteger(base) ? Math.max(base >= 1 ? 1 : 0, Math.round(v)) : round2(v);
}

// ---------------------------------------------------------------------------------------------
// Spoiling a plausible sheet a little.
// ---------------------------------------------------------------------------------------------

/** A cell a real sheet holds by mistake, or (a quarter of the time) any hostile cell. */
function messyCell(random: Random, near: unknown, others: readonly unknown[], hostile: (random: Random) => unknown): unknown {
  const u = random();
  if (u < 0.25) return random() < 0.5 ? "" : null;
  if (u < 0.38) return new StandInCustomFunctionError(pick(random, INPUT_ERRORS));
  if (u < 0.5) return typeof near === "number" && random() < 0.3 ? near.toLocaleString("en-US") : pick(random, MESSY_TEXT);
  if (u < 0.58) return typeof near === "number" ? -Math.abs(near) - (near === 0 ? 1 : 0) : -1;
  if (u < 0.7) return others.length > 0 ? pick(random, others) : near; // a tie, or a repeated ID
  if (u < 0.75) return random() < 0.5;
  return hostile(random);
}

/**
 * An argument before it is laid out for Excel. Blocks are data (periods, snapshots) or option
 * tables (cuts, order, bins, rules), which one wrong cell refuses as a whole.
 */
type Argument =
  | { kind: "list"; cells: unknown[] }
  | { kind: "block"; rows: unknown[][]; options: boolean }
  | { kind: "value"; value: unknown };

/**
 * Spoils cells of the list and block arguments: none in 40 % of calls; one or two cells in
 * 35 % (any cell alike, so a small option table is hit as rarely as its size says); in the rest
 * a share of up to 12 % of the data cells (option tables spared). Blocks are spoiled column by
 * column, so a "tie" in a snapshot's ID column is a repeated ID.
 */
function spoil(random: Random, args: Argument[], hostile: (random: Random) => unknown): void {
  const targets: { cells: unknown[]; options: boolean }[] = [];
  const writeBack: (() => void)[] = [];
  for (const a of args) {
    if (a.kind === "list" && a.cells.length > 0) targets.push({ cells: a.cells, options: false });
    if (a.kind === "block") {
      const width = a.rows.reduce((w, row) => Math.max(w, row.length), 0);
      for (let j = 0; j < width; j++) {
        const cells = a.rows.map((row) => row[j]);
        targets.push({ cells, options: a.options });
        writeBack.push(() =>
          a.rows.forEach((row, i) => {
            if (j < row.length) row[j] = cells[i];
          }),
        );
      }
    }
  }
  const total = targets.reduce((n, t) => n + t.cells.length, 0);
  if (total === 0) return;
  const u = random();
  if (u < 0.4) return;
  if (u < 0.75) {
    for (let k = between(random, 1, 2); k > 0; k--) {
      let at = Math.floor(random() * total);
      const target = targets.find((t) => (at -= t.cells.length) < 0) as { cells: unknown[] };
      const i = at + target.cells.length;
      target.cells[i] = messyCell(random, target.cells[i], target.cells, hostile);
    }
  } else {
    const rate = random() * 0.12;
    for (const { cells, options } of targets) {
      if (options) continue;
      for (let i = 0; i < cells.length; i++) if (random() < rate) cells[i] = messyCell(random, cells[i], cells, hostile);
    }
  }
  for (const write of writeBack) write();
}

// ---------------------------------------------------------------------------------------------
// One structured call.
// ---------------------------------------------------------------------------------------------

function size(random: Random, sizes: Sizes): number {
  let u = random();
  for (const [share, low, high] of sizes) {
    if (u < share) return between(random, low, high);
    u -= share;
  }
  const [, low, high] = sizes[sizes.length - 1];
  return between(random, low, high);
}

/**
 * An optional parameter is omitted 45 % of the time, wrong (a hostile cell or stray text) 5 %,
 * else a documented value; a required one is wrong 1 % of the time.
 */
const OMIT = 0.45;
const WRONG = 0.05;
const WRONG_REQUIRED = 0.01;

export function structuredArgs(plan: StructuredPlan, random: Random, hostile: (random: Random) => unknown): unknown[] {
  const sheet = new Sheet(random, size(random, plan.sizes));
  const chosen = new Map<string, unknown>();
  const listOf = (name: string): unknown[] => {
    const p = plan.parameters.find((q) => q.name === name);
    return p && p.plan.kind === "list" ? sheet.list(p.plan.content, p.plan.text) : sheet.list("money");
  };
  const args: Argument[] = plan.parameters.map((p): Argument => {
    const { plan: how } = p;
    // The class order decides itself when to be omitted: a built-in order covers only some codes.
    const decidesOmission = how.kind === "block" && how.content === "classOrder";
    if (p.optional && !decidesOmission && random() < OMIT) return { kind: "value", value: null };
    if (random() < (p.optional ? WRONG : WRONG_REQUIRED)) {
      return { kind: "value", value: random() < 0.7 ? hostile(random) : pick(random, MESSY_TEXT) };
    }
    switch (how.kind) {
      case "list":
        return { kind: "list", cells: sheet.list(how.content, how.text) };
      case "one": {
        const cells = how.content === "oneMoney" ? sheet.money : sheet.measure;
        const v = cells[sheet.row];
        return { kind: "value", value: random() < 0.1 ? [[v]] : v };
      }
      case "scalar": {
        // BACKTEST's split: a day inside the orders' span, so there is a before and an after.
        const value =
          p.name === "split_date"
            ? sheet.asOf - between(random, 1, 200)
            : scalarValue(random, how.text, sheet, () => listOf(p.name.replace(/_split$/, "")));
        chosen.set(p.name, value);
        return { kind: "value", value: random() < 0.05 ? [[value]] : value };
      }
      case "block":
        return blockArgument(random, how, sheet, plan, chosen);
    }
  });
  spoil(random, args, hostile);
  // Now and then a list one row short: a selection that missed a row.
  const lists = args.filter((a): a is { kind: "list"; cells: unknown[] } => a.kind === "list" && a.cells.length > 1);
  if (lists.length > 1 && random() < 0.02) pick(random, lists).cells.pop();
  // Lists in a row instead of a column (all of them, as a user lays a sheet out sideways);
  // rarely just one of them.
  const sideways = random() < 0.15;
  const oneSideways = random() < 0.02 ? pick(random, lists) : undefined;
  return args.map((a) => {
    if (a.kind === "value") return a.value;
    if (a.kind === "block") return a.rows;
    return sideways !== (a === oneSideways) ? [a.cells] : a.cells.map((c) => [c]);
  });
}

function blockArgument(
  random: Random,
  how: { readonly content: BlockContent; readonly text: string },
  sheet: Sheet,
  plan: StructuredPlan,
  chosen: ReadonlyMap<string, unknown>,
): Argument {
  switch (how.content) {
    case "periods": {
      // "(at least 3)" columns: one per year or month.
      const least = Number(/at least (\d+)/.exec(how.text)?.[1] ?? 1);
      const periods = between(random, Math.max(1, least), Math.max(least, 12));
      const trend = random() - 0.3;
      const rows = sheet.customers.basket.map((basket) =>
        Array.from({ length: periods }, (_, j): unknown => {
          const u = random();
          if (u < 0.08) return "";
          if (u < 0.12) return 0;
          const v = Math.round(basket * 10 * (1 + trend) ** j * (0.6 + 0.8 * random()));
          return u < 0.14 ? -v : v;
        }),
      );
      return { kind: "block", rows, options: false };
    }
    case "snapshotBefore":
      return { kind: "block", rows: sheet.snapshots().before.map((r) => [...r]), options: false };
    case "snapshotAfter":
      return { kind: "block", rows: sheet.snapshots().after.map((r) => [...r]), options: false };
    case "classOrder": {
      const order = orderValue(random, sheet.snapshots().codes);
      return order === null ? { kind: "value", value: null } : { kind: "block", rows: order, options: true };
    }
    case "bins":
      return { kind: "block", rows: binsValue(random, how.text), options: true };
    case "rules":
      return { kind: "block", rows: rulesValue(random, how.text), options: true };
    case "cuts": {
      let text = how.text;
      const follow = plan.note.cutsFollow;
      if (follow) {
        // EXPLAIN: the cuts of the function its method names (omitted method: the first choice).
        const method = chosen.get(follow);
        const followed = plan.parameters.find((q) => q.name === follow);
        const name = typeof method === "string" ? method.trim().toUpperCase() : followed && followed.plan.kind === "scalar" ? quotedIn(followed.plan.text)[0] : undefined;
        const target = plan.catalogue.find((f) => f.id === name);
        const cuts = target?.parameters.find((q) => q.name === "cuts" || q.name === "cut");
        if (cuts) {
          if (cuts.dimensionality !== "matrix") return { kind: "value", value: scalarValue(random, resolvedText(cuts, plan.catalogue), sheet, () => []) };
          text = resolvedText(cuts, plan.catalogue);
        }
      }
      return { kind: "block", rows: cutsValue(random, text), options: true };
    }
  }
}
