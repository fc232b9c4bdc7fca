/**
 * SEGMENT.SUMMARY, SUMMARYEXPLAIN and BGNBDINPUT as formulas in HyperFormula (built bundle: run
 * npm run build first), checked against the by-hand formulas a user would write: MINIFS, MAXIFS,
 * COUNTIFS, SUMIFS, and a distinct-date count per customer.
 */
import { DetailedCellError, HyperFormula } from "hyperformula";
import { hyperFormulaWithAddin } from "../harness/hyperformulaAddin";
import { seededRandom } from "../../bench/harness";

const at = (row: number, col: number) => ({ sheet: 0, row, col });

function errorOf(value: unknown): { type: string; message: string } | null {
  return value instanceof DetailedCellError ? { type: value.type, message: value.message } : null;
}

/** The spill of a formula placed at (row, col), `width` columns wide, until the first empty row. */
function spillAt(hf: HyperFormula, row: number, col: number, width: number): unknown[][] {
  const out: unknown[][] = [];
  for (let r = row; ; r++) {
    const first = hf.getCellValue(at(r, col));
    if (first === null) break;
    out.push(Array.from({ length: width }, (_, c) => hf.getCellValue(at(r, col + c))));
  }
  return out;
}

describe("SEGMENT.SUMMARY", () => {
  test("hand-worked orders: header, one row per customer in order of first appearance", () => {
    // Same table as test/segment/customerSummary.test.ts (worked values there).
    const hf = hyperFormulaWithAddin({
      Sheet1: [
        ["C1", 45000, 100],
        ["C2", 45010, 50],
        ["C1", 45000, 20],
        [7, 45005, 30],
        ["c1", 45020, -10],
        ["7", 45030, 40],
        [null, null, null],
        ["C3", "2023-03-01", 99],
        ["C2", 45040, 25],
        ["C4", 45015.75, 60],
        ["=NA()", 45016, 5],
        ["C4", 45015.25, "n/a"],
      ],
    });
    hf.setCellContents(at(0, 4), [["=SEGMENT.SUMMARY(A1:A12,B1:B12,C1:C12)"]]);
    expect(spillAt(hf, 0, 4, 8)).toEqual([
      ["customer ID", "first order", "last order", "orders (distinct days)", "amount", "days since last order", "average days between orders", "order lines"],
      ["C1", 45000, 45020, 2, 110, 20, 20, 3],
      ["C2", 45010, 45040, 2, 75, 0, 30, 2],
      [7, 45005, 45030, 2, 70, 10, 25, 2],
      ["C4", 45015.25, 45015.75, 1, 60, 25, "", 2],
    ]);
    // SUMMARYEXPLAIN says why lines were skipped.
    hf.setCellContents(at(20, 0), [["=SEGMENT.SUMMARYEXPLAIN(A1:A12,B1:B12,C1:C12)"]]);
    const explain = spillAt(hf, 20, 0, 2);
    expect(explain).toEqual([
      ["Rows read", 12],
      ["Order lines counted", 9],
      ["Customers", 4],
      ["As-of date used", 45040],
      ["As-of date: the latest order date in the data", ""],
      ["Customers with one order (no average gap)", 1],
      ["Blank rows (skipped)", 1],
      ["Lines with an error value in ID, date or amount (skipped)", 1],
      ["Lines whose date is text, not an Excel date (skipped: convert them to dates)", 1],
      ["Lines whose amount is text or TRUE/FALSE (counted as orders, amount 0, as SUMIFS does)", 1],
      ["Lines with a negative amount (returns: summed as they are)", 1],
    ]);
  });

  test("as_of given: later lines left out; BGNBDINPUT in days and weeks", () => {
    const hf = hyperFormulaWithAddin({
      Sheet1: [
        ["A", 45000],
        ["B", 45003],
        ["A", 45007],
        ["A", 45007],
        ["B", 45030],
      ],
    });
    hf.setCellContents(at(0, 3), [["=SEGMENT.BGNBDINPUT(A1:A5,B1:B5)"]]);
    // As of 45030: A days {45000, 45007} → x 1, t_x 7, T 30; B days {45003, 45030} → x 1, t_x 27, T 27.
    expect(spillAt(hf, 0, 3, 4)).toEqual([
      ["customer ID", "x (repeat purchases)", "t_x (last − first purchase)", "T (as-of − first purchase)"],
      ["A", 1, 7, 30],
      ["B", 1, 27, 27],
    ]);
    hf.setCellContents(at(10, 3), [['=SEGMENT.BGNBDINPUT(A1:A5,B1:B5,45014,"weeks")']]);
    // As of 45014: B's 45030 is left out → B x 0, t_x 0, T 11/7; A T 14/7 = 2, t_x 1.
    const weeks = spillAt(hf, 10, 3, 4).slice(1);
    expect(weeks.map((r) => r.slice(0, 3))).toEqual([
      ["A", 1, 1],
      ["B", 0, 0],
    ]);
    expect(weeks[0][3]).toBe(2);
    expect(weeks[1][3]).toBeCloseTo(11 / 7, 9); // HyperFormula shows 10 significant digits
    hf.setCellContents(at(20, 3), [['=SEGMENT.BGNBDINPUT(A1:A5,B1:B5,,"months")']]);
    expect(errorOf(hf.getCellValue(at(20, 3)))?.message).toMatch(/Use "days" \(default\) or "weeks"/);
  });

  test("bad input: mismatched lengths, text as-of, nothing countable", () => {
    const hf = hyperFormulaWithAddin({
      Sheet1: [
        ["A", 45000, 1],
        ["B", "2024-01-01", 2],
      ],
    });
    hf.setCellContents(at(5, 0), [["=SEGMENT.SUMMARY(A1:A2,B1:B2,C1)"]]);
    expect(errorOf(hf.getCellValue(at(5, 0)))).toEqual({
      type: "VALUE",
      message: "amounts must have as many rows as customer_ids (2); it has 1.",
    });
    hf.setCellContents(at(6, 0), [['=SEGMENT.SUMMARY(A1:A2,B1:B2,C1:C2,"2024-01-31")']]);
    expect(errorOf(hf.getCellValue(at(6, 0)))?.message).toMatch(/as_of must be a date/);
    hf.setCellContents(at(7, 0), [["=SEGMENT.SUMMARY(A2,B2,C2)"]]);
    expect(errorOf(hf.getCellValue(at(7, 0)))?.message).toMatch(/No order line could be counted/);
  });

  /** Random order lines: IDs are numbers 1…c/2 and text "K…" above; dates over two years, unsorted; ~5 % returns. */
  function randomOrders(n: number, customers: number, seed: number): unknown[][] {
    const random = seededRandom(seed);
    const rows: unknown[][] = [];
    for (let i = 0; i < n; i++) {
      const c = 1 + Math.floor(random() * customers);
      const id = c <= customers / 2 ? c : `K${c}`;
      rows.push([id, 44000 + Math.floor(random() * 730), Math.round((random() - 0.05) * 100_000) / 100]);
    }
    return rows;
  }

  test("equals MINIFS / MAXIFS / SUMIFS / COUNTIFS per customer on 10,000 random order lines", () => {
    // HyperFormula evaluates MAXIFS and SUMIFS slowly (~5 s per 100 formulas over 10,000 lines,
    // measured here), so 200 customers keep this test near 25 s; SUMMARY itself takes < 1 s.
    const n = 10_000;
    const hf = hyperFormulaWithAddin({ Sheet1: randomOrders(n, 200, 2024) });
    const [A, B, C] = ["A", "B", "C"].map((col) => `$${col}$1:$${col}$${n}`);
    hf.setCellContents(at(0, 5), [[`=SEGMENT.SUMMARY(${A},${B},${C})`]]); // F1, spills F:M
    const ours = spillAt(hf, 0, 5, 8).slice(1);
    expect(ours.length).toBe(200);
    // By hand, one row per customer from column O on, keyed by our ID column (F).
    const formulas = ours.map((_, k) => {
      const r = k + 2;
      return [
        `=MINIFS(${B},${A},F${r})`,
        `=MAXIFS(${B},${A},F${r})`,
        `=SUMIFS(${C},${A},F${r})`,
        `=MAX(${B})-P${r}`,
        `=IF(I${r}>1,(P${r}-O${r})/(I${r}-1),"")`,
        `=COUNTIFS(${A},F${r})`,
      ];
    });
    hf.setCellContents(at(1, 14), formulas);
    ours.forEach((row, k) => {
      const [, first, last, orders, amount, since, gap, lines] = row as number[];
      const [hFirst, hLast, hAmount, hSince, hGap, hLines] = Array.from({ length: 6 }, (_, c) => hf.getCellValue(at(k + 1, 14 + c))) as number[];
      expect([first, last, since, lines]).toEqual([hFirst, hLast, hSince, hLines]);
      expect(amount).toBeCloseTo(hAmount, 6);
      if (orders > 1) expect(gap).toBeCloseTo(hGap, 8);
      else expect([gap, hGap]).toEqual(["", ""]);
    });
    // Every line is accounted for, and every customer appears once.
    expect(ours.reduce((s, row) => s + (row[7] as number), 0)).toBe(n);
    expect(new Set(ours.map((row) => row[0])).size).toBe(ours.length);
  });

  test("orders = distinct dates per customer equals SUM of 1/COUNTIFS(ids,id,dates,date) on 2,000 random lines", () => {
    // The by-hand distinct count needs one COUNTIFS per line over all lines: quadratic, ~10 s at
    // 2,000 lines in HyperFormula, so this column is checked on 2,000 lines, not 10,000.
    const n = 2_000;
    const rows = randomOrders(n, 300, 7);
    rows.forEach((row, i) => row.push(`=1/COUNTIFS($A$1:$A$${n},A${i + 1},$B$1:$B$${n},B${i + 1})`));
    const hf = hyperFormulaWithAddin({ Sheet1: rows });
    hf.setCellContents(at(0, 5), [[`=SEGMENT.SUMMARY($A$1:$A$${n},$B$1:$B$${n},$C$1:$C$${n})`]]);
    const ours = spillAt(hf, 0, 5, 8).slice(1);
    hf.setCellContents(
      at(1, 14),
      ours.map((_, k) => [`=ROUND(SUMIFS($D$1:$D$${n},$A$1:$A$${n},F${k + 2}),6)`]),
    );
    const byHand = ours.map((_, k) => hf.getCellValue(at(k + 1, 14)));
    expect(ours.map((row) => row[3])).toEqual(byHand);
    // Same-day repeats exist in this sample, so orders and lines really differ somewhere.
    expect(ours.some((row) => (row[3] as number) < (row[7] as number))).toBe(true);
  });
});
