/**
 * Quadrants as SQL (methods.md §4), the classes of src/segment/quadrant.ts: each measure is split
 * at the median (default), the mean, a percentile (PERCENTILE.INC) or a number, computed over the
 * customers — rows where both measures are not NULL. High means strictly above the split, so a
 * value equal to it is low and tied customers never split.
 */
import { LabelSet, QUADRANT_LABEL_SETS, Split } from "../segment/quadrant";
import { Dialect, SqlOptionError } from "./dialects";
import { fixedCte, meanCte, percentileCtes, rankedCtes } from "./quantiles";
import { asDouble, columnName, Cte, query, tableName, text } from "./sqlText";

export interface QuadrantSqlOptions {
  readonly table: string;
  readonly id: string;
  readonly x: string;
  readonly y: string;
  readonly xSplit: Split;
  readonly ySplit: Split;
  readonly labels: LabelSet;
}

function splitCtes(d: Dialect, measure: "x" | "y", split: Split): Cte[] {
  const name = `${measure}_split`;
  switch (split.kind) {
    case "median":
      return [...rankedCtes(measure, "paired", measure), ...percentileCtes(d, name, measure, 0.5)];
    case "percentile":
      if (!(split.p >= 0 && split.p <= 1)) throw new SqlOptionError(`percentile ${split.p} is outside 0…1`);
      return [...rankedCtes(measure, "paired", measure), ...percentileCtes(d, name, measure, split.p)];
    case "mean":
      return [meanCte(d, name, "paired", measure)];
    case "value":
      return [fixedCte(d, name, split.value)];
  }
}

function describe(split: Split): string {
  return split.kind === "percentile" ? `p${split.p * 100}` : split.kind === "value" ? String(split.value) : split.kind;
}

export function quadrantSql(d: Dialect, o: QuadrantSqlOptions): string {
  const [hh, hl, lh, ll] = QUADRANT_LABEL_SETS[o.labels];
  const ctes: Cte[] = [
    {
      name: "input_rows",
      comment: "One row per input row; a customer has both measures (NULL = blank, text or error in the sheet).",
      body: `SELECT ${columnName(o.id, "id column")} AS customer_id, ${asDouble(d, columnName(o.x, "x column"))} AS x, ${asDouble(d, columnName(o.y, "y column"))} AS y\nFROM ${tableName(o.table)}`,
    },
    { name: "paired", body: "SELECT x, y\nFROM input_rows\nWHERE x IS NOT NULL AND y IS NOT NULL" },
    ...splitCtes(d, "x", o.xSplit),
    ...splitCtes(d, "y", o.ySplit),
  ];
  const final = [
    "SELECT c.customer_id, c.x, c.y,",
    "  CASE",
    "    WHEN c.x IS NULL OR c.y IS NULL THEN NULL",
    `    WHEN c.x > xs.threshold THEN CASE WHEN c.y > ys.threshold THEN ${text(hh)} ELSE ${text(hl)} END`,
    `    ELSE CASE WHEN c.y > ys.threshold THEN ${text(lh)} ELSE ${text(ll)} END`,
    "  END AS segment",
    "FROM input_rows c",
    "CROSS JOIN x_split xs",
    "CROSS JOIN y_split ys",
  ].join("\n");
  return query(
    [
      `Quadrants "${o.labels}": x split at ${describe(o.xSplit)}, y split at ${describe(o.ySplit)}; high = strictly above the split (${d.name}).`,
      "Output: customer_id, x, y, segment (NULL where x or y is NULL).",
    ],
    ctes,
    final,
    [o.table],
  );
}
