/**
 * The data's date: the latest date in any date column of the source — the columns the roles map
 * to dates (first order, last order, order date; guessed from the headers in roles.ts, changeable
 * by the user) and any column whose sample cells are all Date objects. Excel serials and Date
 * objects count alike; numbers below 3,653 (1910-01-01) are not dates (days since the last order).
 *
 * Every date the pane defaults — the snapshot date of a history, the as-of date of a refresh —
 * is this date, never today: data exported on 2024-12-31 and classified in 2026 is a snapshot of
 * 2024-12-31. Today only labels a snapshot when the data has no date at all (the pane says so).
 */
import { latestDay } from "../segment/tenure";
import { RoleAssignment, SourceRef } from "./plan";
import { WorkbookPort } from "./port";

/** Roles whose columns hold dates. */
export const DATE_ROLES = ["firstDate", "lastDate", "date"] as const;

/**
 * The source's date columns (offsets within the source): the date roles mapped, plus columns whose
 * sample cells (when given) are all Date objects.
 */
export function dateColumns(roles: RoleAssignment, sample: readonly (readonly unknown[])[] = []): number[] {
  const out = new Set<number>();
  for (const role of DATE_ROLES) {
    const col = roles[role];
    if (typeof col === "number") out.add(col);
  }
  const width = Math.max(0, ...sample.map((r) => r.length));
  for (let c = 0; c < width; c++) {
    const filled = sample.map((r) => r[c]).filter((v) => v !== null && v !== undefined && v !== "");
    if (filled.length && filled.every((v) => v instanceof Date)) out.add(c);
  }
  return [...out].sort((a, b) => a - b);
}

/** The latest date (Excel serial, whole days) in the source's date columns; null when there is none. */
export async function dataDate(port: WorkbookPort, source: SourceRef, roles: RoleAssignment, sample?: readonly (readonly unknown[])[]): Promise<number | null> {
  const columns = dateColumns(roles, sample).filter((c) => c < source.range.cols);
  if (!columns.length) return null;
  return latestDay(await port.readColumns(source, columns));
}
