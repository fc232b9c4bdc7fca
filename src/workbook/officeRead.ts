/**
 * Reading a block of cells through Office.js in row blocks under the request limit, one
 * `context.sync()` each: the first block sized from a guess, the next ones from what the previous
 * block really cost (UTF-8 bytes: Korean and Chinese text is 3 bytes a character).
 */
import { RangeRef } from "./address";
import { BlockLimits, nextReadRows } from "./blocks";

export async function readInRowBlocks(
  context: Excel.RequestContext,
  ws: Excel.Worksheet,
  range: RangeRef,
  limits: BlockLimits,
  /** What to load on each block ("values,valueTypes", "formulas"). */
  properties: string,
  /** A first guess of the bytes one cell costs. */
  bytesPerCell: number,
  /** The block's rows as the caller wants them, and the bytes the block cost. */
  take: (loaded: Excel.Range) => { rows: unknown[][]; bytes: number },
): Promise<unknown[][]> {
  const out: unknown[][] = [];
  let rowsPerBlock = nextReadRows(limits, bytesPerCell * Math.max(1, range.cols));
  for (let done = 0; done < range.rows; ) {
    const n = Math.min(rowsPerBlock, range.rows - done);
    const r = ws.getRangeByIndexes(range.row + done, range.col, n, range.cols);
    r.load(properties);
    await context.sync();
    const { rows, bytes } = take(r);
    out.push(...rows);
    done += n;
    rowsPerBlock = nextReadRows(limits, bytes / n);
  }
  return out;
}
