/**
 * SEGMENT.COHORT (methods.md §14): retention by cohort from order lines, as one labelled table.
 * Rules: src/segment/cohort.ts (which lines count is the rule of SEGMENT.SUMMARY).
 *
 * The amounts come last, after period and measure, so the call the issue names,
 * COHORT(customer_ids, dates, [period], [measure]), is the common one, and amounts are needed
 * only for measure "revenue".
 */
/* eslint-disable @typescript-eslint/no-explicit-any -- Excel passes untyped cells; metadata needs `any`. */
import { customerText } from "../i18n/customerText";
import { formatMessage } from "../i18n/messages";
import { CellColumn, cohortTable, cohortValue, CohortMeasure, CohortPeriod, COHORT_MEASURES, COHORT_PERIODS, periodLabel } from "../segment/cohort";
import { SegmentError } from "../segment/segmentError";
import { guarded, optionalText } from "./excel";

/** A list argument as it lies in Excel's 2-D array (a column or a row), checked like readList, not copied. */
function listOf(range: unknown, name: string): { length: number; list: CellColumn } {
  if (!Array.isArray(range)) return { length: 1, list: { cells: [range], column: -1 } };
  const rows = range.length;
  const columns = rows > 0 && Array.isArray(range[0]) ? (range[0] as unknown[]).length : 0;
  if (rows === 0 || columns === 0) throw new SegmentError("shape.empty", { name });
  if (rows === 1) return { length: columns, list: { cells: range[0] as unknown[], column: -1 } };
  if (columns === 1) return { length: rows, list: { cells: range, column: 0 } };
  throw new SegmentError("shape.notList", { name, rows, columns });
}

function readChoice<T extends string>(arg: unknown, name: string, allowed: readonly T[], key: string): T {
  const given = optionalText(arg, name);
  if (given === undefined) return allowed[0];
  const value = given.toLowerCase() as T;
  if (allowed.includes(value)) return value;
  throw new SegmentError(key, { given });
}

type Cell = string | number | CustomFunctions.Error;

/**
 * Retention by cohort: one row per cohort (the month or quarter of each customer's first order, "2024-01"), its number of customers, then per period since (0, 1, 2 …) the share of the cohort that ordered in that period, or its revenue as a share of its first period's. Periods after the last date in the data are blank.
 * @customfunction COHORT
 * @param customer_ids Customer ID of each order line (text or numbers; 7 and "7" are one customer, upper/lower case does not matter).
 * @param dates Date of each order line (Excel dates; text dates are not counted).
 * @param [period] "month" (default) or "quarter": the length of a cohort and of each period since.
 * @param [measure] "customers" (default: share of the cohort's customers with an order in the period) or "revenue" (the cohort's amounts in the period ÷ its amounts in its first period; needs amounts).
 * @param [amounts] Amount of each order line, for measure "revenue". Negative amounts (returns) are summed as they are.
 * @returns A table with a header row: cohort, customers, then one column per period since the first order.
 */
export function cohort(customer_ids: any[][], dates: any[][], period?: any, measure?: any, amounts?: any[][]): any[][] {
  return guarded(() => {
    const chosenPeriod = readChoice<CohortPeriod>(period, "period", COHORT_PERIODS, "cohort.period");
    const chosenMeasure = readChoice<CohortMeasure>(measure, "measure", COHORT_MEASURES, "cohort.measure");
    const withAmounts = amounts !== null && amounts !== undefined;
    if (chosenMeasure === "revenue" && !withAmounts) throw new SegmentError("cohort.amountsNeeded");
    const args: [unknown, string][] = [
      [customer_ids, "customer_ids"],
      [dates, "dates"],
    ];
    if (withAmounts) args.push([amounts, "amounts"]);
    const lists = args.map(([range, name]) => listOf(range, name));
    lists.forEach((l, i) => {
      if (l.length !== lists[0].length) {
        throw new SegmentError("shape.mismatch", { name: args[i][1], other: args[0][1], expected: lists[0].length, actual: l.length });
      }
    });
    const table = cohortTable(lists[0].list, lists[1].list, withAmounts ? lists[2].list : null, chosenPeriod);
    const rows: Cell[][] = new Array(table.cohorts + 1);
    const header: Cell[] = [customerText(`cohort.${chosenPeriod}`), customerText("cohort.customers")];
    for (let k = 0; k < table.width; k++) header.push(k);
    rows[0] = header;
    for (let r = 0; r < table.cohorts; r++) {
      const row: Cell[] = new Array(table.width + 2);
      row[0] = periodLabel(table.first + r, chosenPeriod);
      row[1] = table.sizes[r];
      for (let k = 0; k < table.width; k++) {
        const v = cohortValue(table, r, k, chosenMeasure);
        row[k + 2] =
          v.kind === "value" ? v.value : v.kind === "blank" ? "" : new CustomFunctions.Error(CustomFunctions.ErrorCode.divisionByZero, formatMessage("cohort.noBase"));
      }
      rows[r + 1] = row;
    }
    return rows;
  });
}
