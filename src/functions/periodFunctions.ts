/**
 * SEGMENT.CONTRIBUTION, SEGMENT.STABILITY (methods.md §5), SEGMENT.GROWTHSTREAK and SEGMENT.ABCGROWTH
 * (§3): functions of a customers × periods block. One result per row of the block, spilled
 * down beside it.
 */
/* eslint-disable @typescript-eslint/no-explicit-any -- Excel passes untyped cells; metadata needs `any`. */
import { isBlank } from "../segment/cells";
import { abcGrowth, ABC_GROWTH_CODES, DEFAULT_TOP, growthStreaks, validateTop } from "../segment/growth";
import { readPeriodMatrix } from "../segment/periodMatrix";
import { SegmentError } from "../segment/segmentError";
import { contributions, stabilities } from "../segment/stability";
import { guarded, readScalar } from "./excel";
import { readMatrix } from "./matrixArgument";
import { spillCodes, spillNumbers } from "./rowResults";

function perRow(block: unknown, name: string, compute: (matrix: ReturnType<typeof readPeriodMatrix>) => Float64Array): any[][] {
  const matrix = readPeriodMatrix(readMatrix(block, name));
  return spillNumbers(matrix.rows, compute(matrix), "column");
}

/**
 * Each customer's share of total sales: its net sales over all periods ÷ the sum of all customers' positive net sales. Positive shares add up to 1; a customer whose returns exceed its purchases gets a negative share.
 * @customfunction CONTRIBUTION
 * @param period_sales Sales per customer and period: one row per customer, one column per month or quarter. A row with no number is not a customer.
 * @returns One contribution per row, spilled down beside the block.
 */
export function contribution(period_sales: any[][]): any[][] {
  return guarded(() => perRow(period_sales, "period_sales", contributions));
}

/**
 * How evenly each customer buys, 0 to 1: 1 − CV/√(P−1), CV = population std. deviation ÷ mean of its period sales (returns as 0), P = number of periods. 1 = the same sales every period; 0 = all in one period, or no sales.
 * @customfunction STABILITY
 * @param period_sales Sales per customer and period: one row per customer, one column per month or quarter (at least 2). Blank cells in a customer's row are periods without sales.
 * @returns One stability between 0 and 1 per row, spilled down beside the block.
 */
export function stability(period_sales: any[][]): any[][] {
  return guarded(() => perRow(period_sales, "period_sales", stabilities));
}

/**
 * The number of consecutive years of growth up to the latest year: how many years in a row, counting back from the last column, sales were strictly greater than the year before (0 when the latest year did not grow).
 * @customfunction GROWTHSTREAK
 * @param year_sales Sales per customer and year: one row per customer, one column per year, oldest first (at least 2). Blank cells in a customer's row are years without sales.
 * @returns One count per row, spilled down beside the block.
 */
export function growthStreak(year_sales: any[][]): any[][] {
  return guarded(() => perRow(year_sales, "year_sales", growthStreaks));
}

function readTop(arg: unknown): number {
  const value = readScalar(arg, "top");
  if (isBlank(value)) return DEFAULT_TOP;
  if (typeof value !== "number") throw new SegmentError("growth.top", { given: String(value) });
  return validateTop(value);
}

/**
 * ABC by growth (seed 001): A = the top 20 % of customers by the latest year's sales (tied customers share a class); B = among the rest, customers whose sales rose in each of the last two years; C = everyone else.
 * @customfunction ABCGROWTH
 * @param year_sales Sales per customer and year: one row per customer, one column per year, oldest first (at least 3). Blank cells in a customer's row are years without sales.
 * @param [top] The share of customers in class A, a fraction between 0 and 1. Default 0.2.
 * @returns One class per row: A, B or C, spilled down beside the block.
 */
export function abcGrowthClasses(year_sales: any[][], top?: any): any[][] {
  return guarded(() => {
    const matrix = readPeriodMatrix(readMatrix(year_sales, "year_sales"));
    const result = abcGrowth(matrix, readTop(top));
    return spillCodes(matrix.rows, result.classIndex, ABC_GROWTH_CODES, "column");
  });
}
