/**
 * The two databases the parity tests run generated SQL on, behind one small interface: load a
 * table of columns, run a query, read plain JS rows back (numbers as numbers, dates as
 * "YYYY-MM-DD" text, NULL as null).
 */
import { DuckDBConnection, DuckDBInstance } from "@duckdb/node-api";
import { types } from "pg";
import { Dialect, DIALECTS } from "../../../src/sql/dialects";
import { PostgresCluster, startPostgres } from "./postgres";

export type ColumnType = "text" | "double" | "date" | "timestamp";

export interface Column {
  readonly name: string;
  readonly type: ColumnType;
  /** Dates as "YYYY-MM-DD", timestamps as "YYYY-MM-DD HH:MM:SS"; null is SQL NULL. */
  readonly values: readonly (string | number | null)[];
}

export type Row = Record<string, string | number | null>;

export interface Database {
  readonly dialect: Dialect;
  load(table: string, columns: readonly Column[]): Promise<void>;
  rows(sql: string): Promise<Row[]>;
  close(): Promise<void>;
}

const SQL_TYPES = {
  duckdb: { text: "VARCHAR", double: "DOUBLE", date: "DATE", timestamp: "TIMESTAMP" },
  postgres: { text: "TEXT", double: "DOUBLE PRECISION", date: "DATE", timestamp: "TIMESTAMP" },
} as const;

function plain(value: unknown): string | number | null {
  if (value === null || value === undefined) return null;
  if (typeof value === "bigint") return Number(value);
  if (typeof value === "number" || typeof value === "string") return value;
  if (typeof value === "boolean") return value ? 1 : 0;
  return String(value);
}

export async function openDuckDb(): Promise<Database> {
  const instance = await DuckDBInstance.create(":memory:");
  const connection: DuckDBConnection = await instance.connect();
  const types = SQL_TYPES.duckdb;
  return {
    dialect: DIALECTS.duckdb,
    async load(table, columns) {
      // Dates go through a VARCHAR staging table: the appender then needs only text and doubles.
      const staging = `${table}_staging`;
      const stagingColumns = columns.map((c) => `${c.name} ${c.type === "double" ? "DOUBLE" : "VARCHAR"}`).join(", ");
      await connection.run(`CREATE TABLE ${staging} (${stagingColumns})`);
      const appender = await connection.createAppender(staging);
      const n = columns[0].values.length;
      for (let i = 0; i < n; i++) {
        for (const c of columns) {
          const v = c.values[i];
          if (v === null) appender.appendNull();
          else if (c.type === "double") appender.appendDouble(v as number);
          else appender.appendVarchar(String(v));
        }
        appender.endRow();
      }
      appender.closeSync();
      const casts = columns.map((c) => `CAST(${c.name} AS ${types[c.type]}) AS ${c.name}`).join(", ");
      await connection.run(`CREATE TABLE ${table} AS SELECT ${casts} FROM ${staging}`);
      await connection.run(`DROP TABLE ${staging}`);
    },
    async rows(sql) {
      const reader = await connection.runAndReadAll(sql);
      const names = reader.columnNames();
      const out: Row[] = [];
      for (const row of reader.getRows()) {
        const r: Row = {};
        names.forEach((name, j) => {
          const v = row[j];
          r[name] = v !== null && typeof v === "object" ? String(v) : plain(v);
        });
        out.push(r);
      }
      return out;
    },
    async close() {
      connection.closeSync();
      instance.closeSync();
    },
  };
}

// Read int8 (COUNT) as numbers and DATE / TIMESTAMP as their text: no time-zone conversion.
types.setTypeParser(20, (s: string) => Number(s));
types.setTypeParser(1082, (s: string) => s);
types.setTypeParser(1114, (s: string) => s);

export type Opened = { readonly db: Database } | { readonly missing: string };

export async function openPostgres(): Promise<Opened> {
  const started = await startPostgres();
  if ("missing" in started) return started;
  const cluster: PostgresCluster = started.cluster;
  const client = cluster.client;
  const sqlTypes = SQL_TYPES.postgres;
  return {
    db: {
      dialect: DIALECTS.postgres,
      async load(table, columns) {
        await client.query(`CREATE TABLE ${table} (${columns.map((c) => `${c.name} ${sqlTypes[c.type]}`).join(", ")})`);
        const n = columns[0].values.length;
        // unnest of one array parameter per column: a million rows in a few statements.
        const chunk = 200_000;
        const unnest = columns.map((c, j) => `$${j + 1}::${c.type === "double" ? "float8" : "text"}[]`).join(", ");
        const casts = columns.map((c, j) => `CAST(c${j} AS ${sqlTypes[c.type]})`).join(", ");
        const aliases = columns.map((_, j) => `c${j}`).join(", ");
        for (let from = 0; from < n; from += chunk) {
          const params = columns.map((c) => c.values.slice(from, from + chunk));
          await client.query(`INSERT INTO ${table} SELECT ${casts} FROM unnest(${unnest}) AS u(${aliases})`, params);
        }
        await client.query(`ANALYZE ${table}`);
      },
      async rows(sql) {
        const result = await client.query(sql);
        return result.rows.map((row: Record<string, unknown>) => {
          const r: Row = {};
          for (const [k, v] of Object.entries(row)) r[k] = plain(v);
          return r;
        });
      },
      close: () => cluster.stop(),
    },
  };
}
