/**
 * ABC / ABCD tiers and Pareto 80/20 as SQL (methods.md §1–2), the same classes as
 * src/segment/tiers.ts and pareto.ts give:
 *
 * - a customer is a row whose value is not NULL (NULL stands for a blank, text or error cell,
 *   which are not customers: their segment is NULL);
 * - shares are of the positive total (value basis) or of the customer count (count basis);
 * - one row per distinct positive value (a tie group), ranked high to low; "above" is the
 *   value (or count) of the groups strictly above it: LAG of the running sum, never a running
 *   sum minus the group (a subtraction would round differently from the engine);
 * - "reach": class = number of cuts that (above ÷ denominator) has reached (≥);
 *   "byhand": number of cuts that (above + group) ÷ denominator exceeds (>), the SUMIF sheet;
 * - value ≤ 0: the last class (Pareto: < 0 LOSS, 0 REST).
 * Tied customers share a tie group, so they share a class; nothing depends on row order.
 */
import { TIER_CODES } from "../segment/tiers";
import { PARETO_CODES } from "../segment/pareto";
import { Dialect, SqlOptionError } from "./dialects";
import { asDouble, columnName, Cte, double, query, tableName, text } from "./sqlText";

export type BoundaryRule = "reach" | "byhand";
export type Basis = "value" | "count";

/** A customer table: one row per customer, an ID column and a value column. */
export interface ValueTable {
  readonly table: string;
  readonly id: string;
  readonly value: string;
}

export interface TierSqlOptions extends ValueTable {
  /** 3 (ABC) or 4 (ABCD). */
  readonly classes: 3 | 4;
  /** Increasing fractions strictly between 0 and 1, classes − 1 of them. */
  readonly cuts: readonly number[];
  readonly rule: BoundaryRule;
  readonly basis: Basis;
}

export interface ParetoSqlOptions extends ValueTable {
  readonly cut: number;
}

export function checkCuts(cuts: readonly number[], classes: number): void {
  if (cuts.length !== classes - 1) throw new SqlOptionError(`${classes} classes need ${classes - 1} cuts, got ${cuts.length}`);
  cuts.forEach((c, i) => {
    if (!(Number.isFinite(c) && c > 0 && c < 1)) throw new SqlOptionError(`cut ${c} is not a fraction strictly between 0 and 1`);
    if (i > 0 && !(c > cuts[i - 1])) throw new SqlOptionError("cuts must increase");
  });
}

/** The customers CTE: every row of the table, its value as DOUBLE (NULL = not a customer). */
export function customersCte(d: Dialect, source: ValueTable): Cte {
  return {
    name: "input_rows",
    comment: "One row per input row; a NULL value is not a customer (blank, text or error in the sheet).",
    body: `SELECT ${columnName(source.id, "id column")} AS customer_id, ${asDouble(d, columnName(source.value, "value column"))} AS v\nFROM ${tableName(source.table)}`,
  };
}

/**
 * The CTEs that give every distinct positive value its share: `tie_shares(v, share)`.
 * `includeGroup` false: the share strictly above the tie group ("reach");
 * true: the share at or above it ("byhand").
 */
export function tieShareCtes(d: Dialect, basis: Basis, includeGroup: boolean): Cte[] {
  const weight = basis === "value" ? "SUM(v)" : "COUNT(*)";
  const denominator = basis === "value" ? "SUM(CASE WHEN v > 0 THEN v END)" : "COUNT(v)";
  const reached = includeGroup
    ? "r.at_or_above"
    : `COALESCE(LAG(r.at_or_above) OVER (ORDER BY r.v DESC), ${double(d, 0)})`;
  return [
    {
      name: "denominator",
      comment: basis === "value" ? "Shares are of the positive total: returns and credit notes never add to a share." : "Count basis: shares are of all customers.",
      body: `SELECT ${asDouble(d, denominator)} AS total\nFROM input_rows`,
    },
    {
      name: "tie_groups",
      comment: "One row per distinct positive value: tied customers always share a class.",
      body: `SELECT v, ${asDouble(d, weight)} AS weight\nFROM input_rows\nWHERE v > 0\nGROUP BY v`,
    },
    {
      name: "running",
      body: "SELECT v, SUM(weight) OVER (ORDER BY v DESC ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW) AS at_or_above\nFROM tie_groups",
    },
    {
      name: "tie_shares",
      comment: includeGroup
        ? "By-hand rule: the share at or above the group, SUMIF(v,\">=\"&v)/SUM(v)."
        : "Reach rule: the share strictly above the group (the running sum of the groups before it),\nso the customer whose value crosses a cut stays in the higher class.",
      body: `SELECT r.v, ${reached} / t.total AS share\nFROM running r\nCROSS JOIN denominator t`,
    },
  ];
}

/** CASE giving the class code from `share` and the cuts: "reach" counts cuts reached, "byhand" cuts exceeded. */
function classCase(d: Dialect, cuts: readonly number[], rule: BoundaryRule, codes: readonly string[]): string {
  const below = rule === "reach" ? "<" : "<=";
  const whens = cuts.map((c, k) => `WHEN share ${below} ${double(d, c)} THEN ${text(codes[k])}`);
  return `CASE ${whens.join(" ")} ELSE ${text(codes[cuts.length])} END`;
}

export function tierSql(d: Dialect, o: TierSqlOptions): string {
  checkCuts(o.cuts, o.classes);
  const codes = TIER_CODES.slice(0, o.classes);
  const last = codes[codes.length - 1];
  const ctes: Cte[] = [
    customersCte(d, o),
    ...tieShareCtes(d, o.basis, o.rule === "byhand"),
    { name: "tie_classes", body: `SELECT v, ${classCase(d, o.cuts, o.rule, codes)} AS segment\nFROM tie_shares` },
  ];
  const final = [
    "SELECT c.customer_id, c.v AS value,",
    `  CASE WHEN c.v IS NULL THEN NULL WHEN c.v > 0 THEN g.segment ELSE ${text(last)} END AS segment`,
    "FROM input_rows c",
    "LEFT JOIN tie_classes g ON g.v = c.v",
  ].join("\n");
  const name = o.classes === 3 ? "ABC" : "ABCD";
  return query(
    [`${name} by ${o.basis}, cuts ${o.cuts.join("/")}, boundary rule "${o.rule}" (${d.name}).`, "Output: customer_id, value, segment (NULL where value is NULL)."],
    ctes,
    final,
    [o.table],
  );
}

export function paretoSql(d: Dialect, o: ParetoSqlOptions): string {
  checkCuts([o.cut], 2);
  const [vital, rest, loss] = PARETO_CODES;
  const ctes: Cte[] = [
    customersCte(d, o),
    ...tieShareCtes(d, "value", false),
    { name: "tie_classes", body: `SELECT v, CASE WHEN share < ${double(d, o.cut)} THEN ${text(vital)} ELSE ${text(rest)} END AS segment\nFROM tie_shares` },
  ];
  const final = [
    "SELECT c.customer_id, c.v AS value,",
    `  CASE WHEN c.v IS NULL THEN NULL WHEN c.v < 0 THEN ${text(loss)} WHEN c.v > 0 THEN g.segment ELSE ${text(rest)} END AS segment`,
    "FROM input_rows c",
    "LEFT JOIN tie_classes g ON g.v = c.v",
  ].join("\n");
  return query(
    [`Pareto: the vital few reach ${o.cut} of the positive value; LOSS below 0 (${d.name}).`, "Output: customer_id, value, segment (NULL where value is NULL)."],
    ctes,
    final,
    [o.table],
  );
}
