/**
 * The *EXPLAIN functions' optional `customer_ids`: a classification function gives one class per
 * row (its contract: a formula cannot merge rows), so when an ID is on several rows that customer
 * may get several classes. Given the IDs, the explain table says so in a row of its own — how many
 * IDs repeat and on how many rows — using the grouping rule of customerIds.ts. The fix is to add
 * the rows up per customer first (SEGMENT.SUMMARY, or the pane's "Add them up per customer").
 */
import { repeatedKeys } from "../segment/customerIds";
import { SegmentError } from "../segment/segmentError";
import { explainLabel } from "../i18n/explainText";
import { readList } from "./excel";

type Row = (string | number)[];

/** `rows` with the repeated-ID row added when `customer_ids` is given and an ID repeats; `rowCount` and `of` name the list it must match. */
export function withRepeatedIds(rows: Row[], customer_ids: unknown, rowCount: number, of: string): Row[] {
  if (customer_ids === undefined || customer_ids === null) return rows;
  const ids = readList(customer_ids, "customer_ids").cells;
  if (ids.length !== rowCount) throw new SegmentError("shape.mismatch", { name: "customer_ids", other: of, expected: rowCount, actual: ids.length });
  const repeated = repeatedKeys(ids);
  if (!repeated) return rows;
  const width = rows[0]?.length ?? 3;
  const row: Row = [explainLabel("repeatedIds"), repeated.customers, repeated.rows];
  while (row.length < width) row.push("");
  return [...rows, row.slice(0, Math.max(width, 3))];
}
