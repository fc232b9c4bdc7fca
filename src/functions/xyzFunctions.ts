/**
 * SEGMENT.XYZ and SEGMENT.ABCXYZ (methods.md §14): functions of a customers × periods block, like
 * STABILITY (periodFunctions.ts). One code per row of the block, spilled down beside it. Rules and
 * the source of the default cuts: src/segment/xyz.ts.
 *
 * ABCXYZ takes the period block only, not a separate value column: its ABC is by definition the
 * ABC of the same periods' totals, so a second column could only disagree with it.
 */
/* eslint-disable @typescript-eslint/no-explicit-any -- Excel passes untyped cells; metadata needs `any`. */
import { isBlank } from "../segment/cells";
import { readPeriodMatrix } from "../segment/periodMatrix";
import { SegmentError } from "../segment/segmentError";
import { ABC_XYZ_CODES, abcXyz, DEFAULT_ABC_REQUEST, DEFAULT_XYZ_CUTS, validateXyzCuts, xyz, XYZ_CODES } from "../segment/xyz";
import { readCuts } from "./cutsArgument";
import { guarded, plainRows } from "./excel";
import { readMatrix } from "./matrixArgument";
import { spillCodes } from "./rowResults";

/** The optional CV cuts: omitted → 0.5 and 1.0; else exactly two numbers (an array constant or two cells). */
export function readXyzCuts(arg: unknown, name = "cuts"): [number, number] {
  const plain = plainRows(arg);
  const cells = (Array.isArray(plain) ? (plain as unknown[][]).flat() : [plain]).filter((c) => !isBlank(c));
  if (cells.length === 0) return [...DEFAULT_XYZ_CUTS];
  if (cells.some((c) => typeof c !== "number")) throw new SegmentError("xyz.cutsNumbers", { name });
  return validateXyzCuts(cells as number[]);
}

/**
 * X, Y or Z by how regularly each customer buys: the coefficient of variation CV = population std. deviation ÷ mean of its period sales (STDEV.P/AVERAGE, blank periods and returns as 0). Default X: CV ≤ 0.5, Y: CV ≤ 1.0, Z: above. A customer with no sales in any period gets a blank.
 * @customfunction XYZ
 * @param period_sales Sales per customer and period: one row per customer, one column per month or quarter (at least 2). Blank cells in a customer's row are periods without sales.
 * @param [cuts] Two CV cuts {x_max,y_max}, increasing: X up to the first, Y up to the second, Z above. Default {0.5,1}.
 * @returns One class per row: X, Y or Z, spilled down beside the block.
 */
export function xyzClasses(period_sales: any[][], cuts?: any[][]): any[][] {
  return guarded(() => {
    const chosen = readXyzCuts(cuts);
    const matrix = readPeriodMatrix(readMatrix(period_sales, "period_sales"));
    return spillCodes(matrix.rows, xyz(matrix, chosen).classIndex, XYZ_CODES, "column");
  });
}

/**
 * The ABC–XYZ matrix: the ABC class of each customer's total over the periods (default A = top 80 % of value, B = up to 95 %), followed by its XYZ letter (CV of its period sales: X ≤ 0.5, Y ≤ 1.0, Z above): AX, AY … CZ. A customer with no sales in any period gets a blank.
 * @customfunction ABCXYZ
 * @param period_sales Sales per customer and period: one row per customer, one column per month or quarter (at least 2). Blank cells in a customer's row are periods without sales.
 * @param [abc_cuts] Cumulative cuts for ABC on the totals, as SEGMENT.ABC's cuts: {0.8,0.95}, a preset "80/95", "70/90", "50/80", per-class shares "80/15/5", or "auto". Default 80/95.
 * @param [xyz_cuts] Two CV cuts {x_max,y_max}, increasing. Default {0.5,1}.
 * @returns One class per row: AX, AY, AZ, BX, BY, BZ, CX, CY or CZ, spilled down beside the block.
 */
export function abcXyzClasses(period_sales: any[][], abc_cuts?: any[][], xyz_cuts?: any[][]): any[][] {
  return guarded(() => {
    const choice = readCuts(abc_cuts, 3, "value");
    const request = choice.kind === "auto" ? { ...DEFAULT_ABC_REQUEST, cuts: "auto" as const } : { ...DEFAULT_ABC_REQUEST, cuts: choice.cuts };
    const xyzCuts = readXyzCuts(xyz_cuts, "xyz_cuts");
    const matrix = readPeriodMatrix(readMatrix(period_sales, "period_sales"));
    return spillCodes(matrix.rows, abcXyz(matrix, request, xyzCuts).classIndex, ABC_XYZ_CODES, "column");
  });
}
