/**
 * Small pieces of SQL text shared by every generator: checked names, number and text literals,
 * and a query assembled from named CTEs. Nothing here depends on the dialect except through the
 * Dialect passed in.
 */
import { Dialect, SqlOptionError } from "./dialects";

const NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;
// A table may be qualified (schema.table, project.dataset.table); BigQuery project IDs hold hyphens.
const TABLE_PART = /^[A-Za-z_][A-Za-z0-9_-]*$/;

/**
 * A column name, written bare. Bare names fold to each warehouse's case (lower in PostgreSQL,
 * upper in Snowflake) exactly as the user's own CREATE TABLE did, which a quoted name would not.
 */
export function columnName(name: string, what: string): string {
  if (!NAME.test(name)) throw new SqlOptionError(`${what}: "${name}" is not a plain column name (letters, digits, _; not starting with a digit)`);
  return name;
}

export function tableName(name: string, what = "table"): string {
  if (!name.split(".").every((part) => TABLE_PART.test(part))) {
    throw new SqlOptionError(`${what}: "${name}" is not a plain table name (name, schema.name or project.dataset.name)`);
  }
  return name;
}

/** A number as a DOUBLE constant: the shortest text that reads back as the same double. */
export function double(d: Dialect, x: number): string {
  if (!Number.isFinite(x)) throw new SqlOptionError(`${x} is not a finite number`);
  return `CAST(${String(x)} AS ${d.double})`;
}

/** A column or expression as DOUBLE. */
export function asDouble(d: Dialect, expression: string): string {
  return `CAST(${expression} AS ${d.double})`;
}

/**
 * A text constant. Spark and BigQuery read a backslash in a literal as an escape, the others do
 * not, so a label holding one (or a quote) would mean different things: such labels are refused.
 */
export function text(value: string): string {
  if (/['\\]/.test(value) || [...value].some((ch) => ch.charCodeAt(0) < 32)) throw new SqlOptionError(`label "${value}" holds a quote, backslash or control character`);
  return `'${value}'`;
}

export interface Cte {
  readonly name: string;
  /** Why this step exists, written above it as a SQL comment. */
  readonly comment?: string;
  readonly body: string;
}

function indent(body: string, by: string): string {
  return body
    .trim()
    .split("\n")
    .map((line) => (line.length > 0 ? by + line : line))
    .join("\n");
}

/**
 * WITH a AS (…), b AS (…) <final>; — one statement, comments as `--` lines. `tables` are the
 * user's tables the query reads: one named like a step would be shadowed by it in some dialects,
 * so that is refused with the step's name.
 */
export function query(header: readonly string[], ctes: readonly Cte[], final: string, tables: readonly string[]): string {
  for (const table of tables) {
    // A qualified name (schema.table) cannot be taken for a step.
    if (ctes.some((c) => c.name === table.toLowerCase())) throw new SqlOptionError(`table "${table}" has the name of a step of the query; qualify it (schema.${table})`);
  }
  const lines: string[] = header.map((h) => `-- ${h}`);
  ctes.forEach((cte, i) => {
    const lead = i === 0 ? "WITH " : ", ";
    if (cte.comment) lines.push(...cte.comment.split("\n").map((c) => `-- ${c}`));
    lines.push(`${lead}${cte.name} AS (`, indent(cte.body, "  "), ")");
  });
  lines.push(final.trim() + ";");
  return lines.join("\n") + "\n";
}
