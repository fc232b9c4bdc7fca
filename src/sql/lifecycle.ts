/**
 * Lifecycle stages as SQL (methods.md §8), the stages of src/segment/lifecycle.ts: whole calendar
 * days to the as-of day — d since the last order, tenure since the first, span from first to
 * last — and the first rule that holds, in the order CHURNED, DISSATISFIED, AT-RISK, NEW, LOYAL,
 * ACTIVE, SILENT. Boundaries are inclusive on the "still" side (d = active window is still
 * active; d = k × gap is not yet overdue). A customer has first order, last order and orders
 * (none NULL); rows that cannot be right (first after last, last after the as-of day, fewer than
 * one order) get no stage and a `problem` instead, as the engine refuses to guess.
 */
import { DEFAULT_LIFECYCLE, LIFECYCLE_CODES, LifecycleSettings, validateLifecycleSettings } from "../segment/lifecycle";
import { Dialect, SqlOptionError } from "./dialects";
import { asDouble, columnName, Cte, double, query, tableName, text } from "./sqlText";
import { dateLiteral, OrdersTable, summaryCtes } from "./summary";

export type LifecycleSource =
  | {
      readonly kind: "customers";
      readonly table: string;
      readonly id: string;
      readonly first: string;
      readonly last: string;
      readonly orders: string;
      /** A 1–5 satisfaction column (1 = very dissatisfied), or null. */
      readonly satisfaction: string | null;
      /** "YYYY-MM-DD"; undefined: the latest first or last order among the customers. */
      readonly asOf?: string;
    }
  | { readonly kind: "orders"; readonly orders: OrdersTable };

export interface LifecycleSqlOptions {
  readonly source: LifecycleSource;
  readonly settings: Omit<LifecycleSettings, "asOf">;
}

export const LIFECYCLE_PROBLEMS = { firstAfterLast: "first-after-last", afterAsOf: "after-as-of", orders: "no-orders" } as const;

function inputCtes(d: Dialect, source: LifecycleSource): Cte[] {
  if (source.kind === "orders") {
    return [
      ...summaryCtes(d, source.orders),
      {
        name: "lc_input",
        comment: "From SUMMARY: orders are distinct order days; the as-of day is SUMMARY's.",
        body: `SELECT customer_key AS customer_id, first_order, last_order, first_day, last_day, ${asDouble(d, "orders")} AS orders, ${asDouble(d, "NULL")} AS satisfaction, as_of_day\nFROM summary`,
      },
    ];
  }
  const first = columnName(source.first, "first-order column");
  const last = columnName(source.last, "last-order column");
  const satisfaction = source.satisfaction === null ? asDouble(d, "NULL") : asDouble(d, columnName(source.satisfaction, "satisfaction column"));
  const asOf =
    source.asOf === undefined
      ? [
          "SELECT CASE WHEN MAX(first_day) > MAX(last_day) THEN MAX(first_day) ELSE MAX(last_day) END AS as_of_day",
          "FROM lc_rows",
          "WHERE first_day IS NOT NULL AND last_day IS NOT NULL AND orders IS NOT NULL",
        ].join("\n")
      : `SELECT ${dateLiteral(source.asOf)} AS as_of_day`;
  return [
    {
      name: "lc_rows",
      comment: "One row per input row; a customer has first order, last order and orders (NULL = blank, text or error in the sheet).",
      body: [
        `SELECT ${columnName(source.id, "id column")} AS customer_id, ${first} AS first_order, ${last} AS last_order,`,
        `  CAST(${first} AS DATE) AS first_day, CAST(${last} AS DATE) AS last_day,`,
        `  ${asDouble(d, columnName(source.orders, "orders column"))} AS orders, ${satisfaction} AS satisfaction`,
        `FROM ${tableName(source.table)}`,
      ].join("\n"),
    },
    { name: "lc_as_of", comment: source.asOf === undefined ? "As of the latest first or last order among the customers (not today)." : undefined, body: asOf },
    { name: "lc_input", body: "SELECT c.*, a.as_of_day\nFROM lc_rows c\nCROSS JOIN lc_as_of a" },
  ];
}

export function lifecycleSql(d: Dialect, o: LifecycleSqlOptions): string {
  const s = o.settings;
  try {
    validateLifecycleSettings({ ...s });
  } catch {
    throw new SqlOptionError("lifecycle windows: days ≥ 0 with active ≤ churn, k > 0, loyal orders ≥ 1");
  }
  const [churned, dissatisfied, atRisk, isNew, loyal, active, silent] = LIFECYCLE_CODES.map(text);
  const n = (x: number) => double(d, x);
  const ctes: Cte[] = [
    ...inputCtes(d, o.source),
    {
      name: "lc_days",
      body: [
        "SELECT customer_id, first_order, last_order, first_day, last_day, orders, satisfaction, as_of_day,",
        `  ${d.dayDiff("last_day", "as_of_day")} AS days_since_last,`,
        `  ${d.dayDiff("first_day", "as_of_day")} AS tenure,`,
        `  ${d.dayDiff("first_day", "last_day")} AS span`,
        "FROM lc_input",
      ].join("\n"),
    },
    {
      name: "lc_checked",
      comment: "Rows that cannot be right get a problem and no stage.",
      body: [
        "SELECT lc_days.*,",
        "  CASE",
        "    WHEN first_day IS NULL OR last_day IS NULL OR orders IS NULL THEN NULL",
        `    WHEN first_day > last_day THEN ${text(LIFECYCLE_PROBLEMS.firstAfterLast)}`,
        `    WHEN last_day > as_of_day THEN ${text(LIFECYCLE_PROBLEMS.afterAsOf)}`,
        `    WHEN orders < 1 THEN ${text(LIFECYCLE_PROBLEMS.orders)}`,
        "  END AS problem",
        "FROM lc_days",
      ].join("\n"),
    },
  ];
  const final = [
    "SELECT customer_id, first_order, last_order, orders, days_since_last, tenure, problem,",
    "  CASE",
    "    WHEN first_day IS NULL OR last_day IS NULL OR orders IS NULL OR problem IS NOT NULL THEN NULL",
    `    WHEN days_since_last > ${n(s.churnDays)} THEN ${churned}`,
    `    WHEN satisfaction <= ${n(s.dissatisfiedAt)} THEN ${dissatisfied}`,
    `    WHEN orders >= 2 AND span > 0 AND days_since_last > ${n(s.k)} * (${asDouble(d, "span")} / (orders - 1)) THEN ${atRisk}`,
    `    WHEN tenure <= ${n(s.newDays)} THEN ${isNew}`,
    `    WHEN days_since_last <= ${n(s.activeDays)} AND orders >= ${n(s.loyalOrders)} AND tenure >= ${n(s.loyalDays)} THEN ${loyal}`,
    `    WHEN days_since_last <= ${n(s.activeDays)} THEN ${active}`,
    `    ELSE ${silent}`,
    "  END AS segment",
    "FROM lc_checked",
  ].join("\n");
  const tables = o.source.kind === "orders" ? [o.source.orders.table] : [o.source.table];
  return query(
    [
      `Lifecycle stages: new ${s.newDays} d, active ${s.activeDays} d, churn ${s.churnDays} d, at risk beyond ${s.k} x own gap, loyal ${s.loyalOrders} orders over ${s.loyalDays} d (${d.name}).`,
      "Output: customer_id, first_order, last_order, orders, days_since_last, tenure, problem, segment (first rule that holds).",
    ],
    ctes,
    final,
    tables,
  );
}

export const DEFAULT_LIFECYCLE_SQL_SETTINGS: LifecycleSqlOptions["settings"] = DEFAULT_LIFECYCLE;
