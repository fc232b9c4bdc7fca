/**
 * Spark SQL, BigQuery and Snowflake are not run here (no engine on this machine). What is checked
 * instead: each dialect's query is the DuckDB/PostgreSQL query — the one the parity tests run —
 * with only the entries of the dialect table (src/sql/dialects.ts) spelled differently, the
 * documented spellings are the ones written, no construct the dialects disagree on slips in, and
 * the full texts are kept as snapshots so any change to them shows in review.
 */
import { Dialect, DIALECT_NAMES, DialectName, DIALECTS } from "../../src/sql/dialects";
import { generate } from "../../src/sql/options";

/** Every method, with options that reach every branch of the generators. */
const COMMANDS: string[][] = [
  ["abc"],
  ["abc", "--rule", "byhand", "--basis", "count"],
  ["abcd", "--preset", "50/30/15/5"],
  ["pareto", "--cut", "0.8"],
  ["quadrant", "--x-split", "p75", "--y-split", "mean"],
  ["quadrant", "--x-split", "1000", "--y-split", "median", "--labels", "prospects"],
  ["summary", "--as-of", "2024-06-30"],
  ["summary"],
  ["rfm"],
  ["rfm", "--from", "orders", "--r-edges", "7,30,90,180"],
  ["lifecycle", "--satisfaction", "csat"],
  ["lifecycle", "--from", "orders", "--as-of", "2024-12-31"],
];

/** A dialect whose every entry is a marker, to see where the dialect table is used. */
const PROBE: Dialect = {
  name: "PROBE" as DialectName,
  double: "«double»",
  text: "«text»",
  dayDiff: (from, to) => `«days ${from} → ${to}»`,
};

function sqlFor(command: string[], dialect: string): string {
  return generate([...command, "--dialect", dialect]);
}

/** The probe's text with each marker replaced by a real dialect's spelling. */
function realise(probeSql: string, d: Dialect): string {
  return probeSql
    .replace(/«days (.+?) → (.+?)»/g, (_, from: string, to: string) => d.dayDiff(from, to))
    .split("«double»").join(d.double)
    .split("«text»").join(d.text)
    .split("(PROBE)").join(`(${d.name})`);
}

describe("dialects", () => {
  const originalDuckDb = DIALECTS.duckdb;
  for (const command of COMMANDS) {
    test(`${command.join(" ")}: every dialect differs from the tested query only by the dialect table`, () => {
      // Generate the probe through the same entry point by lending it the duckdb slot.
      (DIALECTS as Record<string, Dialect>).duckdb = PROBE;
      let probeSql: string;
      try {
        probeSql = sqlFor(command, "duckdb");
      } finally {
        (DIALECTS as Record<string, Dialect>).duckdb = originalDuckDb;
      }
      expect(probeSql).toContain("«double»");
      for (const name of DIALECT_NAMES) expect(sqlFor(command, name)).toBe(realise(probeSql, DIALECTS[name]));
    });
  }

  test("the documented spellings: types and day differences per dialect", () => {
    const spellings: Record<DialectName, [string, string, string]> = {
      duckdb: ["CAST(amount AS DOUBLE)", "CAST(customer_id AS VARCHAR)", "date_diff('day', p.last_day, a.as_of_day)"],
      postgres: ["CAST(amount AS DOUBLE PRECISION)", "CAST(customer_id AS VARCHAR)", "(a.as_of_day - p.last_day)"],
      spark: ["CAST(amount AS DOUBLE)", "CAST(customer_id AS STRING)", "datediff(a.as_of_day, p.last_day)"],
      bigquery: ["CAST(amount AS FLOAT64)", "CAST(customer_id AS STRING)", "DATE_DIFF(a.as_of_day, p.last_day, DAY)"],
      snowflake: ["CAST(amount AS DOUBLE)", "CAST(customer_id AS VARCHAR)", "DATEDIFF(day, p.last_day, a.as_of_day)"],
    };
    for (const name of DIALECT_NAMES) {
      const sql = sqlFor(["summary"], name);
      for (const spelling of spellings[name]) expect({ name, spelling, found: sql.includes(spelling) }).toEqual({ name, spelling, found: true });
    }
  });

  test("no construct the five dialects disagree on", () => {
    const avoided: [RegExp, string][] = [
      [/::/, "PostgreSQL/DuckDB/Snowflake-only cast"],
      [/PERCENTILE_CONT|QUANTILE|MEDIAN\(/i, "percentile functions (interpolate differently, BigQuery has no aggregate form)"],
      [/QUALIFY|FILTER \(|ILIKE|RANGE BETWEEN|GREATEST|LEAST/i, "clauses or functions missing in some dialect"],
      [/"/, "quoted identifiers (case-sensitive, fold differently)"],
      [/ % /, "the % operator (BigQuery has only MOD)"],
      [/\bVALUES\b/i, "VALUES lists (BigQuery has none as a table)"],
      [/\bDIV\b|\/\/ /, "integer division operators"],
    ];
    for (const command of COMMANDS) {
      for (const name of DIALECT_NAMES) {
        const body = sqlFor(command, name)
          .split("\n")
          .filter((line) => !line.trimStart().startsWith("--"))
          .join("\n");
        for (const [pattern, why] of avoided) expect({ command, name, why, found: pattern.test(body) }).toEqual({ command, name, why, found: false });
      }
    }
  });

  // The texts that are not run anywhere here, kept whole: a change to them must be seen in review.
  for (const name of ["spark", "bigquery", "snowflake"] as const) {
    test(`${name}: generated text (snapshot)`, () => {
      expect(COMMANDS.map((command) => sqlFor(command, name)).join("\n")).toMatchSnapshot();
    });
  }
});
