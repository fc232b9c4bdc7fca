/** Reading x, t_x, T columns for the BG/NBD functions: customers, blanks, errors, checked rows. */
import { readNumberColumn } from "../../src/segment/cells";
import { asCacheColumn, readBgNbdCustomers } from "../../src/segment/bgnbdData";

const read = (x: unknown[], tx: unknown[], T: unknown[]) => readBgNbdCustomers(readNumberColumn(x), readNumberColumn(tx), readNumberColumn(T));

describe("BG/NBD customer columns", () => {
  test("rows with three numbers are customers, compacted in row order", () => {
    const c = read([2, "", 0, { code: "#N/A" }, 1], [10, 5, 0, 1, 3], [20, 20, 7, 9, 3]);
    expect(Array.from(c.rows)).toEqual([0, 2, 4]);
    expect(Array.from(c.x)).toEqual([2, 0, 1]);
    expect(Array.from(c.tx)).toEqual([10, 0, 3]);
    expect(Array.from(c.T)).toEqual([20, 7, 3]);
    expect(c.column.errors.get(3)).toEqual({ code: "#N/A" });
    expect(Array.from(asCacheColumn(c).values)).toEqual([2, 0, 1, 10, 0, 3, 20, 7, 3]);
  });

  test("bad rows stop the request with the row number and the rule", () => {
    expect(() => read([1.5], [1], [2])).toThrow(expect.objectContaining({ key: "bgnbd.x", params: { row: 1 } }));
    expect(() => read([1, -1], [1, 0], [2, 2])).toThrow(expect.objectContaining({ key: "bgnbd.x", params: { row: 2 } }));
    expect(() => read([1], [3], [2])).toThrow(expect.objectContaining({ key: "bgnbd.tx", params: { row: 1, tx: 3, T: 2 } }));
    expect(() => read([1], [1], [-2])).toThrow(expect.objectContaining({ key: "bgnbd.T" }));
    // x = 0 with t_x > 0: t_x was filled with "days since the last purchase".
    expect(() => read([0], [12], [30])).toThrow(expect.objectContaining({ key: "bgnbd.tx0", params: { row: 1, tx: 12 } }));
  });
});
