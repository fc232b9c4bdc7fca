/** Comparing the classes a query returned with the engine's, customer by customer. */
import { Row } from "./databases";

export interface Comparison {
  /** Customers whose class differs (or who are missing on one side), with both answers. */
  readonly differing: { id: string; sql: unknown; engine: unknown }[];
  /** Customers per class on the engine's side, so a test can check the data exercised every class. */
  readonly counts: Record<string, number>;
}

export function compareById(rows: readonly Row[], expected: ReadonlyMap<string, string | number | null>, column = "segment", idColumn = "customer_id"): Comparison {
  const differing: Comparison["differing"] = [];
  const counts: Record<string, number> = {};
  const seen = new Set<string>();
  for (const row of rows) {
    const id = String(row[idColumn]);
    seen.add(id);
    const want = expected.has(id) ? expected.get(id) : "(no such customer)";
    const got = row[column];
    if (got !== want && differing.length < 1_000) differing.push({ id, sql: got, engine: want });
  }
  for (const [id, want] of expected) {
    counts[String(want)] = (counts[String(want)] ?? 0) + 1;
    if (!seen.has(id) && differing.length < 1_000) differing.push({ id, sql: "(no row)", engine: want });
  }
  return { differing, counts };
}
