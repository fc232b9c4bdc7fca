/**
 * SUMMARY as SQL (methods.md §6): one row per customer from an orders table, with the rules of
 * src/segment/orders.ts and customerSummary.ts —
 * - the customer is the ID as text, trimmed, compared without case ("C-001 " = "c-001");
 * - a line without an ID (NULL or only spaces) or without a date (NULL) is not counted;
 * - a NULL amount adds 0 but the line still counts as an order line (SUMIFS);
 * - with an as-of date, lines on a later calendar day are left out; without one, the as-of date
 *   is the latest counted order;
 * - orders = distinct calendar days; days since last = as-of day − last order day;
 *   average gap = (last day − first day) ÷ (orders − 1), NULL for one order.
 * Dates may be DATE or TIMESTAMP; first and last order keep the value as stored, days use the
 * calendar day (CAST … AS DATE), as the engine uses the integer part of an Excel date.
 */
import { Dialect, SqlOptionError } from "./dialects";
import { asDouble, columnName, Cte, query, tableName } from "./sqlText";

export interface OrdersTable {
  readonly table: string;
  readonly id: string;
  readonly date: string;
  /** The amount column; null when only dates matter. */
  readonly amount: string | null;
  /** "YYYY-MM-DD"; undefined: the latest order in the data. */
  readonly asOf?: string;
}

export function dateLiteral(date: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  const valid = match !== null && !Number.isNaN(Date.UTC(+match[1], +match[2] - 1, +match[3])) && new Date(Date.UTC(+match[1], +match[2] - 1, +match[3])).getUTCDate() === +match[3];
  if (!valid) throw new SqlOptionError(`as-of date "${date}" is not a date written YYYY-MM-DD`);
  return `CAST('${date}' AS DATE)`;
}

/**
 * The CTEs ending in `summary(customer_key, customer_id, first_order, last_order, first_day,
 * last_day, orders, amount, order_lines, days_since_last, average_gap, as_of_day)`, for SUMMARY
 * itself and for RFM and lifecycle straight from orders.
 */
export function summaryCtes(d: Dialect, o: OrdersTable): Cte[] {
  const id = columnName(o.id, "id column");
  const date = columnName(o.date, "date column");
  const idText = `TRIM(CAST(${id} AS ${d.text}))`;
  const amount = o.amount === null ? asDouble(d, "0") : `COALESCE(${asDouble(d, columnName(o.amount, "amount column"))}, ${asDouble(d, "0")})`;
  const asOfFilter = o.asOf === undefined ? "" : `\n  AND CAST(${date} AS DATE) <= ${dateLiteral(o.asOf)}`;
  return [
    {
      name: "order_lines",
      comment: "The counted lines: an ID and a date; a NULL amount adds 0 but the line still counts.",
      body: [
        `SELECT LOWER(${idText}) AS customer_key, ${idText} AS id_text, ${date} AS ordered_at, CAST(${date} AS DATE) AS order_day, ${amount} AS amount`,
        `FROM ${tableName(o.table)}`,
        `WHERE ${id} IS NOT NULL AND ${date} IS NOT NULL AND ${idText} <> ''${asOfFilter}`,
      ].join("\n"),
    },
    {
      name: "as_of",
      body: o.asOf === undefined ? "SELECT CAST(MAX(ordered_at) AS DATE) AS as_of_day\nFROM order_lines" : `SELECT ${dateLiteral(o.asOf)} AS as_of_day`,
    },
    {
      name: "per_customer",
      comment: "Orders are distinct calendar days: several lines on one day are one order.",
      body: [
        "SELECT customer_key, MIN(id_text) AS customer_id, MIN(ordered_at) AS first_order, MAX(ordered_at) AS last_order,",
        "  MIN(order_day) AS first_day, MAX(order_day) AS last_day, COUNT(DISTINCT order_day) AS orders,",
        "  SUM(amount) AS amount, COUNT(*) AS order_lines",
        "FROM order_lines",
        "GROUP BY customer_key",
      ].join("\n"),
    },
    {
      name: "summary",
      body: [
        "SELECT p.customer_key, p.customer_id, p.first_order, p.last_order, p.first_day, p.last_day, p.orders, p.amount, p.order_lines,",
        `  ${d.dayDiff("p.last_day", "a.as_of_day")} AS days_since_last,`,
        `  CASE WHEN p.orders > 1 THEN ${asDouble(d, d.dayDiff("p.first_day", "p.last_day"))} / ${asDouble(d, "p.orders - 1")} END AS average_gap,`,
        "  a.as_of_day",
        "FROM per_customer p",
        "CROSS JOIN as_of a",
      ].join("\n"),
    },
  ];
}

export function summarySql(d: Dialect, o: OrdersTable): string {
  return query(
    [
      `SUMMARY: one row per customer from order lines, as of ${o.asOf ?? "the latest order"} (${d.name}).`,
      "Output: customer_key (trimmed, lower case), customer_id, first_order, last_order, orders (distinct days), amount,",
      "days_since_last, average_gap (NULL for one order), order_lines.",
    ],
    summaryCtes(d, o),
    "SELECT customer_key, customer_id, first_order, last_order, orders, amount, days_since_last, average_gap, order_lines\nFROM summary",
    [o.table],
  );
}
