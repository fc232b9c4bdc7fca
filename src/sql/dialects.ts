/**
 * Every difference between the five SQL dialects the generator writes, in one table. The rest of
 * src/sql writes standard SQL (CTEs, GROUP BY, ROW_NUMBER / SUM / LAG windows with ROWS frames,
 * CASE) that all five accept unchanged; anything a dialect spells its own way goes through here.
 *
 * Why so little differs: the queries avoid what the dialects disagree on — no RANGE frames, no
 * PERCENTILE_CONT (whose interpolation and argument forms differ, and which BigQuery only has as
 * an analytic function), no QUALIFY, no FILTER clause, no integer division (every quotient is
 * taken of DOUBLE operands, since PostgreSQL divides integers as integers), no quoted
 * identifiers (a quoted name is case-sensitive, and Snowflake folds unquoted names to upper case
 * while PostgreSQL folds them to lower case: bare names match the user's tables on each).
 */

export type DialectName = "duckdb" | "postgres" | "spark" | "bigquery" | "snowflake";

export const DIALECT_NAMES: readonly DialectName[] = ["duckdb", "postgres", "spark", "bigquery", "snowflake"];

export interface Dialect {
  readonly name: DialectName;
  /** The 64-bit IEEE float type: the engine computes in doubles, so the SQL does too. */
  readonly double: string;
  /** The variable-length text type, for reading customer IDs of any type as text. */
  readonly text: string;
  /** Whole calendar days from date `from` to date `to` (both DATE expressions), as an integer. */
  dayDiff(from: string, to: string): string;
}

export const DIALECTS: Readonly<Record<DialectName, Dialect>> = {
  duckdb: { name: "duckdb", double: "DOUBLE", text: "VARCHAR", dayDiff: (from, to) => `date_diff('day', ${from}, ${to})` },
  // DATE − DATE is a whole number of days (integer) in PostgreSQL.
  postgres: { name: "postgres", double: "DOUBLE PRECISION", text: "VARCHAR", dayDiff: (from, to) => `(${to} - ${from})` },
  spark: { name: "spark", double: "DOUBLE", text: "STRING", dayDiff: (from, to) => `datediff(${to}, ${from})` },
  bigquery: { name: "bigquery", double: "FLOAT64", text: "STRING", dayDiff: (from, to) => `DATE_DIFF(${to}, ${from}, DAY)` },
  snowflake: { name: "snowflake", double: "DOUBLE", text: "VARCHAR", dayDiff: (from, to) => `DATEDIFF(day, ${from}, ${to})` },
};

export function dialectNamed(name: string): Dialect {
  const key = name.trim().toLowerCase() as DialectName;
  const found = DIALECTS[key === ("postgresql" as DialectName) ? "postgres" : key];
  if (!found) throw new SqlOptionError(`unknown dialect "${name}"; allowed: ${DIALECT_NAMES.join(", ")}`);
  return found;
}

/** A bad generator option: the message says what is wrong and what is allowed. */
export class SqlOptionError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "SqlOptionError";
  }
}
