/**
 * Order statistics in SQL with the engine's exact arithmetic (src/segment/selection.ts and rfm.ts),
 * instead of each warehouse's PERCENTILE_CONT / QUANTILE_CONT: those interpolate with formulas of
 * their own (and BigQuery has no aggregate form), and a threshold one rounding step away from the
 * engine's moves every customer tied at it to the other side.
 *
 * The values are ranked with ROW_NUMBER (1-based; ties in any order, as equal values make the
 * same order statistic) and the needed ranks picked with MAX(CASE …).
 */
import { Dialect } from "./dialects";
import { asDouble, Cte, double } from "./sqlText";

/** `<prefix>_ranked(v, rn)` and `<prefix>_n(n)` over `column` of the CTE `source` (rows where it is not NULL are assumed). */
export function rankedCtes(prefix: string, source: string, column: string): Cte[] {
  return [
    { name: `${prefix}_ranked`, body: `SELECT ${column} AS v, ROW_NUMBER() OVER (ORDER BY ${column}) AS rn\nFROM ${source}` },
    { name: `${prefix}_n`, body: `SELECT COUNT(*) AS n\nFROM ${source}` },
  ];
}

/**
 * `<name>(threshold)`: PERCENTILE.INC at p, as percentileIncInPlace computes it — rank
 * h = (n − 1)·p in doubles, k = ⌊h⌋, f = h − k; x[k] when f = 0 or k is the last; the plain
 * average (x[k] + x[k+1]) / 2 when f = ½ (so a median agrees with Excel's MEDIAN to the bit);
 * else x[k] + f·(x[k+1] − x[k]). NULL when there are no values.
 */
export function percentileCtes(d: Dialect, name: string, prefix: string, p: number): Cte[] {
  const h = `${asDouble(d, "n - 1")} * ${double(d, p)}`;
  return [
    { name: `${name}_rank`, body: `SELECT FLOOR(${h}) AS k, ${h} - FLOOR(${h}) AS f\nFROM ${prefix}_n` },
    {
      name: `${name}_pair`,
      body: [
        "SELECT MAX(CASE WHEN r.rn = h.k + 1 THEN r.v END) AS lo, MAX(CASE WHEN r.rn = h.k + 2 THEN r.v END) AS hi, MAX(h.f) AS f",
        `FROM ${prefix}_ranked r`,
        `CROSS JOIN ${name}_rank h`,
      ].join("\n"),
    },
    {
      name,
      body: [
        "SELECT CASE",
        "  WHEN f = 0 OR hi IS NULL THEN lo",
        `  WHEN f = ${double(d, 0.5)} THEN (lo + hi) / ${double(d, 2)}`,
        "  ELSE lo + f * (hi - lo)",
        "END AS threshold",
        `FROM ${name}_pair`,
      ].join("\n"),
    },
  ];
}

/** `<name>(threshold)`: the arithmetic mean as the engine forms it, total ÷ count in doubles. */
export function meanCte(d: Dialect, name: string, source: string, column: string): Cte {
  return { name, body: `SELECT ${asDouble(d, `SUM(${column})`)} / ${asDouble(d, "COUNT(*)")} AS threshold\nFROM ${source}` };
}

/** `<name>(threshold)`: a fixed number. */
export function fixedCte(d: Dialect, name: string, value: number): Cte {
  return { name, body: `SELECT ${double(d, value)} AS threshold` };
}
