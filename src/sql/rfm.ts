/**
 * RFM scores and named segments as SQL (methods.md §7), the scores of src/segment/rfm.ts and the
 * segments of rfmSegments.ts:
 * - a customer has all three of recency (days), frequency and monetary (none NULL);
 * - per dimension four breaks at the k/5 quantiles (k = 1…4), placed as the engine places them:
 *   index (n − 1)·k/5 split into whole part and remainder in integer arithmetic (MOD), then
 *   x[lo] + (remainder ÷ 5)·(x[lo+1] − x[lo]), or x[lo] itself when the remainder is 0 or the two
 *   neighbours are equal — so a break that falls on a tie is that value to the bit;
 * - bins closed on the left: score = 1 + breaks ≤ value; recency reversed: 5 − breaks ≤ days.
 *   Equal values share a score;
 * - or the user's four edges per dimension instead of the quantiles;
 * - segments: the rule table, first match wins, OTHERS when none matches.
 * From an orders table the inputs are SUMMARY's: days since the last order, order lines, amount.
 */
import { BREAK_COUNT, SCORE_COUNT } from "../segment/rfm";
import { DEFAULT_RFM_RULES, RFM_OTHERS, RfmRule } from "../segment/rfmSegments";
import { Dialect, SqlOptionError } from "./dialects";
import { rankedCtes } from "./quantiles";
import { asDouble, columnName, Cte, double, query, tableName, text } from "./sqlText";
import { OrdersTable, summaryCtes } from "./summary";

/** A customer table with the three inputs, or an orders table summarised first. */
export type RfmSource =
  | { readonly kind: "customers"; readonly table: string; readonly id: string; readonly recency: string; readonly frequency: string; readonly monetary: string }
  | { readonly kind: "orders"; readonly orders: OrdersTable };

export interface RfmSqlOptions {
  readonly source: RfmSource;
  /** Per dimension (R, F, M) four increasing edges, or null for the quantile breaks. */
  readonly edges: readonly [readonly number[] | null, readonly number[] | null, readonly number[] | null];
  readonly rules: readonly RfmRule[];
}

export const DEFAULT_RFM_SQL: Pick<RfmSqlOptions, "edges" | "rules"> = { edges: [null, null, null], rules: DEFAULT_RFM_RULES };

const DIMENSIONS = ["r", "f", "m"] as const;

function inputCtes(d: Dialect, source: RfmSource): Cte[] {
  if (source.kind === "orders") {
    return [
      ...summaryCtes(d, source.orders),
      {
        name: "rfm_input",
        comment: "R = days since the last order, F = order lines, M = amount (methods.md §7).",
        body: `SELECT customer_key AS customer_id, ${asDouble(d, "days_since_last")} AS r, ${asDouble(d, "order_lines")} AS f, amount AS m\nFROM summary`,
      },
    ];
  }
  const col = (name: string, what: string) => asDouble(d, columnName(name, what));
  return [
    {
      name: "rfm_input",
      comment: "One row per input row; a customer has all three inputs (NULL = blank, text or error in the sheet).",
      body: `SELECT ${columnName(source.id, "id column")} AS customer_id, ${col(source.recency, "recency column")} AS r, ${col(source.frequency, "frequency column")} AS f, ${col(source.monetary, "monetary column")} AS m\nFROM ${tableName(source.table)}`,
    },
  ];
}

/** `<dim>_breaks(b1, b2, b3, b4)`: the quintile breaks of one dimension over the customers. */
function quintileCtes(d: Dialect, dim: string): Cte[] {
  const picks: string[] = [];
  const breaks: string[] = [];
  for (let k = 1; k <= BREAK_COUNT; k++) {
    const scaled = `(n - 1) * ${k}`;
    const remainder = `MOD(${scaled}, ${SCORE_COUNT})`;
    const lo = `(${scaled} - ${remainder}) / ${SCORE_COUNT}`;
    picks.push(`MAX(CASE WHEN rn = ${lo} + 1 THEN v END) AS lo${k}`, `MAX(CASE WHEN rn = ${lo} + 2 THEN v END) AS hi${k}`, `MAX(${remainder}) AS rem${k}`);
    breaks.push(`CASE WHEN rem${k} = 0 OR hi${k} = lo${k} THEN lo${k} ELSE lo${k} + (${asDouble(d, `rem${k}`)} / ${double(d, SCORE_COUNT)}) * (hi${k} - lo${k}) END AS b${k}`);
  }
  return [
    ...rankedCtes(dim, "rfm_customers", dim),
    { name: `${dim}_picks`, body: `SELECT\n  ${picks.join(",\n  ")}\nFROM ${dim}_ranked\nCROSS JOIN ${dim}_n` },
    { name: `${dim}_breaks`, body: `SELECT\n  ${breaks.join(",\n  ")}\nFROM ${dim}_picks` },
  ];
}

function edgeCte(d: Dialect, dim: string, edges: readonly number[]): Cte {
  if (edges.length !== BREAK_COUNT || edges.some((e, k) => !Number.isFinite(e) || (k > 0 && !(e > edges[k - 1])))) {
    throw new SqlOptionError(`${dim.toUpperCase()} edges: give ${BREAK_COUNT} strictly increasing numbers`);
  }
  return { name: `${dim}_breaks`, comment: `${dim.toUpperCase()}: the user's edges instead of quantiles.`, body: `SELECT ${edges.map((e, k) => `${double(d, e)} AS b${k + 1}`).join(", ")}` };
}

/** How many of the four breaks are ≤ the value. */
function reached(dim: string): string {
  return Array.from({ length: BREAK_COUNT }, (_, k) => `CASE WHEN c.${dim} >= ${dim}b.b${k + 1} THEN 1 ELSE 0 END`).join(" + ");
}

function segmentCase(rules: readonly RfmRule[]): string {
  if (rules.length === 0) throw new SqlOptionError("the rule table is empty");
  const whens = rules.map((r) => {
    for (const x of [r.rMin, r.rMax, r.fMin, r.fMax, r.mMin, r.mMax]) if (!Number.isFinite(x)) throw new SqlOptionError(`rule ${r.code}: bounds must be numbers`);
    return `    WHEN r_score BETWEEN ${r.rMin} AND ${r.rMax} AND f_score BETWEEN ${r.fMin} AND ${r.fMax} AND m_score BETWEEN ${r.mMin} AND ${r.mMax} THEN ${text(r.code)}`;
  });
  return `  CASE\n${whens.join("\n")}\n    ELSE ${text(RFM_OTHERS)}\n  END`;
}

export function rfmSql(d: Dialect, o: RfmSqlOptions): string {
  const ctes: Cte[] = [
    ...inputCtes(d, o.source),
    { name: "rfm_customers", body: "SELECT r, f, m\nFROM rfm_input\nWHERE r IS NOT NULL AND f IS NOT NULL AND m IS NOT NULL" },
  ];
  DIMENSIONS.forEach((dim, i) => {
    const edges = o.edges[i];
    ctes.push(...(edges ? [edgeCte(d, dim, edges)] : quintileCtes(d, dim)));
  });
  ctes.push({
    name: "rfm_scores",
    comment: "Bins closed on the left: a value equal to a break scores above it. Recency reversed (recent = 5).",
    body: [
      "SELECT c.customer_id, c.r AS recency, c.f AS frequency, c.m AS monetary,",
      `  CASE WHEN c.r IS NULL OR c.f IS NULL OR c.m IS NULL THEN NULL ELSE ${SCORE_COUNT} - (${reached("r")}) END AS r_score,`,
      `  CASE WHEN c.r IS NULL OR c.f IS NULL OR c.m IS NULL THEN NULL ELSE 1 + ${reached("f")} END AS f_score,`,
      `  CASE WHEN c.r IS NULL OR c.f IS NULL OR c.m IS NULL THEN NULL ELSE 1 + ${reached("m")} END AS m_score`,
      "FROM rfm_input c",
      "CROSS JOIN r_breaks rb",
      "CROSS JOIN f_breaks fb",
      "CROSS JOIN m_breaks mb",
    ].join("\n"),
  });
  const final = [
    "SELECT customer_id, recency, frequency, monetary, r_score, f_score, m_score,",
    "  r_score * 100 + f_score * 10 + m_score AS rfm_code,",
    "  CASE WHEN r_score IS NULL THEN NULL ELSE",
    segmentCase(o.rules),
    "  END AS segment",
    "FROM rfm_scores",
  ].join("\n");
  const source = o.source.kind === "orders" ? `orders table ${o.source.orders.table} (SUMMARY first)` : `customer table ${o.source.table}`;
  const tables = o.source.kind === "orders" ? [o.source.orders.table] : [o.source.table];
  return query(
    [
      `RFM scores 1-5 (k/5 quantile breaks unless edges are given) and named segments, from the ${source} (${d.name}).`,
      "Output: customer_id, recency, frequency, monetary, r_score, f_score, m_score, rfm_code (e.g. 545), segment (first matching rule, else OTHERS).",
    ],
    ctes,
    final,
    tables,
  );
}
