/**
 * `npm run sql -- <method> [--option value …]`: from command-line words to one generated query.
 * Every option has a default that matches the engine's default, so `npm run sql -- abc` alone
 * prints the standard ABC 80/95 query for DuckDB on a table `customers(customer_id, amount)`.
 */
import { ABC_PRESETS, ABCD_PRESETS, defaultCuts, parsePreset } from "../segment/cuts";
import { Basis, BoundaryRule, paretoSql, tierSql } from "./abc";
import { LABEL_SET_NAMES, LabelSet, parseSplitText, Split, SPLIT_FORMS } from "../segment/quadrant";
import { dialectNamed, SqlOptionError } from "./dialects";
import { quadrantSql } from "./quadrant";
import { OrdersTable, summarySql } from "./summary";
import { DEFAULT_RFM_SQL, RfmSource, rfmSql } from "./rfm";
import { LifecycleSource, lifecycleSql } from "./lifecycle";
import { DEFAULT_LIFECYCLE } from "../segment/lifecycle";
import { DEFAULT_RFM_RULES, parseRules, RfmRule } from "../segment/rfmSegments";

export const METHODS = ["abc", "abcd", "pareto", "quadrant", "summary", "rfm", "lifecycle"] as const;

export type Options = Readonly<Record<string, string>>;

/** "--name value" pairs (and "--name=value") into a map; anything else is a mistake. */
export function parseArgs(words: readonly string[]): { method: string; options: Options } {
  const [method, ...rest] = words;
  if (!method || method.startsWith("--")) throw new SqlOptionError(`name a method first: ${METHODS.join(", ")}`);
  const options: Record<string, string> = {};
  for (let i = 0; i < rest.length; i++) {
    const word = rest[i];
    const match = /^--([a-z-]+)(?:=(.*))?$/.exec(word);
    if (!match) throw new SqlOptionError(`"${word}" is not an option (write --name value)`);
    if (match[2] !== undefined) options[match[1]] = match[2];
    else {
      const value = rest[i + 1];
      if (value === undefined || value.startsWith("--")) throw new SqlOptionError(`--${match[1]} needs a value`);
      options[match[1]] = value;
      i++;
    }
  }
  return { method: method.toLowerCase(), options };
}

/** Reads options one by one and complains about any left unread (a typo must not pass silently). */
export class OptionReader {
  private readonly used = new Set<string>();
  constructor(private readonly options: Options) {}

  text(name: string, fallback: string): string {
    this.used.add(name);
    return this.options[name] ?? fallback;
  }

  optionalText(name: string): string | undefined {
    this.used.add(name);
    return this.options[name];
  }

  number(name: string, fallback: number): number {
    const given = this.optionalText(name);
    if (given === undefined) return fallback;
    const x = Number(given);
    if (given.trim() === "" || !Number.isFinite(x)) throw new SqlOptionError(`--${name}: "${given}" is not a number`);
    return x;
  }

  oneOf<T extends string>(name: string, allowed: readonly T[], fallback: T): T {
    const given = this.text(name, fallback).toLowerCase();
    if (!(allowed as readonly string[]).includes(given)) throw new SqlOptionError(`--${name}: "${given}" is not one of ${allowed.join(", ")}`);
    return given as T;
  }

  numbers(name: string): number[] | undefined {
    const given = this.optionalText(name);
    if (given === undefined) return undefined;
    return given.split(",").map((part) => {
      const x = Number(part);
      if (part.trim() === "" || !Number.isFinite(x)) throw new SqlOptionError(`--${name}: "${part}" is not a number`);
      return x;
    });
  }

  finish(): void {
    const unknown = Object.keys(this.options).filter((k) => !this.used.has(k));
    if (unknown.length > 0) throw new SqlOptionError(`unknown option${unknown.length > 1 ? "s" : ""} ${unknown.map((k) => `--${k}`).join(", ")}`);
  }
}

function tierCuts(r: OptionReader, classes: 3 | 4, basis: Basis): number[] {
  const cuts = r.numbers("cuts");
  const preset = r.optionalText("preset");
  if (cuts && preset) throw new SqlOptionError("give --cuts or --preset, not both");
  if (cuts) return cuts;
  if (preset === undefined) return defaultCuts(classes, basis);
  try {
    return parsePreset(preset, classes);
  } catch {
    throw new SqlOptionError(`--preset "${preset}": allowed ${(classes === 3 ? ABC_PRESETS : ABCD_PRESETS).join(", ")}`);
  }
}

/** A split as the functions read it: a number, or "median", "mean", "p75" … */
function split(r: OptionReader, name: string): Split {
  const given = r.optionalText(name);
  if (given === undefined) return { kind: "median" };
  const x = Number(given);
  if (given.trim() !== "" && Number.isFinite(x)) return { kind: "value", value: x };
  try {
    return parseSplitText(given, name);
  } catch {
    throw new SqlOptionError(`--${name}: "${given}"; allowed: ${SPLIT_FORMS}`);
  }
}

/** An orders table: --orders, --id, --date, --amount, --as-of. */
function ordersTable(r: OptionReader, withAmount = true): OrdersTable {
  return {
    table: r.text("orders", "orders"),
    id: r.text("id", "customer_id"),
    date: r.text("date", "order_date"),
    amount: withAmount ? r.text("amount", "amount") : null,
    asOf: r.optionalText("as-of"),
  };
}

/** --from customers (a table with the three inputs, the default) or --from orders (SUMMARY first). */
function rfmSource(r: OptionReader): RfmSource {
  const from = r.oneOf("from", ["customers", "orders"], "customers");
  if (from === "orders") return { kind: "orders", orders: ordersTable(r) };
  return {
    kind: "customers",
    table: r.text("table", "customers"),
    id: r.text("id", "customer_id"),
    recency: r.text("recency", "recency_days"),
    frequency: r.text("frequency", "frequency"),
    monetary: r.text("monetary", "monetary"),
  };
}

/** --from customers (first/last order and orders columns, the default) or --from orders (SUMMARY first). */
function lifecycleSource(r: OptionReader): LifecycleSource {
  const from = r.oneOf("from", ["customers", "orders"], "customers");
  if (from === "orders") return { kind: "orders", orders: ordersTable(r, false) };
  return {
    kind: "customers",
    table: r.text("table", "customers"),
    id: r.text("id", "customer_id"),
    first: r.text("first", "first_order"),
    last: r.text("last", "last_order"),
    orders: r.text("orders-column", "orders"),
    satisfaction: r.optionalText("satisfaction") ?? null,
    asOf: r.optionalText("as-of"),
  };
}

/** Reads a file named in an option (the script passes the file system; tests pass a stand-in). */
export type ReadFile = (path: string) => string;

const noFiles: ReadFile = (path) => {
  throw new SqlOptionError(`cannot read "${path}" here`);
};

/**
 * --rules rules.csv: the user's RFM rule table, one rule per line — name, r_min, r_max, f_min,
 * f_max, m_min, m_max (an optional header line) — checked by the same rules as SEGMENT.RFMSEGMENT.
 */
function rfmRules(r: OptionReader, readFile: ReadFile): readonly RfmRule[] {
  const path = r.optionalText("rules");
  if (path === undefined) return DEFAULT_RFM_RULES;
  const rows = readFile(path)
    .split(/\r?\n/)
    .filter((line) => line.trim() !== "")
    .map((line) => line.split(",").map((cell) => {
      const text = cell.trim();
      return text !== "" && Number.isFinite(Number(text)) ? Number(text) : text;
    }));
  try {
    return parseRules(rows);
  } catch {
    throw new SqlOptionError(`--rules ${path}: each line needs 7 values — name, r_min, r_max, f_min, f_max, m_min, m_max (numbers, min ≤ max); an optional header line`);
  }
}

/** The SQL for one command line (without the program name). */
export function generate(words: readonly string[], readFile: ReadFile = noFiles): string {
  const { method, options } = parseArgs(words);
  const r = new OptionReader(options);
  const dialect = dialectNamed(r.text("dialect", "duckdb"));
  let sql: string;
  switch (method) {
    case "abc":
    case "abcd": {
      const classes = method === "abc" ? 3 : 4;
      const basis = r.oneOf<Basis>("basis", ["value", "count"], "value");
      const rule = r.oneOf<BoundaryRule>("rule", ["reach", "byhand"], "reach");
      const cuts = tierCuts(r, classes, basis);
      sql = tierSql(dialect, { table: r.text("table", "customers"), id: r.text("id", "customer_id"), value: r.text("value", "amount"), classes, cuts, rule, basis });
      break;
    }
    case "pareto":
      sql = paretoSql(dialect, { table: r.text("table", "customers"), id: r.text("id", "customer_id"), value: r.text("value", "amount"), cut: r.number("cut", 0.8) });
      break;
    case "quadrant":
      sql = quadrantSql(dialect, {
        table: r.text("table", "customers"),
        id: r.text("id", "customer_id"),
        x: r.text("x", "contribution"),
        y: r.text("y", "stability"),
        xSplit: split(r, "x-split"),
        ySplit: split(r, "y-split"),
        labels: r.oneOf<LabelSet>("labels", LABEL_SET_NAMES, "existing"),
      });
      break;
    case "summary":
      sql = summarySql(dialect, ordersTable(r));
      break;
    case "rfm":
      sql = rfmSql(dialect, {
        ...DEFAULT_RFM_SQL,
        source: rfmSource(r),
        rules: rfmRules(r, readFile),
        edges: [r.numbers("r-edges") ?? null, r.numbers("f-edges") ?? null, r.numbers("m-edges") ?? null],
      });
      break;
    case "lifecycle": {
      const source = lifecycleSource(r);
      const d = DEFAULT_LIFECYCLE;
      sql = lifecycleSql(dialect, {
        source,
        settings: {
          newDays: r.number("new-days", d.newDays),
          activeDays: r.number("active-days", d.activeDays),
          churnDays: r.number("churn-days", d.churnDays),
          k: r.number("k", d.k),
          loyalOrders: r.number("loyal-orders", d.loyalOrders),
          loyalDays: r.number("loyal-days", d.loyalDays),
          dissatisfiedAt: r.number("dissatisfied-at", d.dissatisfiedAt),
        },
      });
      break;
    }
    default:
      throw new SqlOptionError(`unknown method "${method}"; allowed: ${METHODS.join(", ")}`);
  }
  r.finish();
  return sql;
}
