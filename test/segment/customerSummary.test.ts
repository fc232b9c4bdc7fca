/** Orders → one row per customer (methods.md §6): a hand-worked table, bad input, IDs, shuffles. */
import * as fc from "fast-check";
import { idKey } from "../../src/segment/customerIds";
import { groupOrders } from "../../src/segment/orders";
import { bgnbdInputFromOrders, summarizeCustomers } from "../../src/segment/customerSummary";

const NA = { code: "#N/A" };

/*
 * The hand-worked orders table. Dates are Excel serials (45000 = 2023-03-15).
 *  #   ID      date       amount   what it tests
 *  1   "C1"    45000      100
 *  2   "C2"    45010       50
 *  3   "C1"    45000       20      same day as line 1: one order, two lines
 *  4   7       45005       30      numeric ID
 *  5   "c1"    45020      -10      a return; lower case = the same customer C1
 *  6   "7"     45030       40      text "7" = the number 7 (as COUNTIFS)
 *  7   ""      ""          ""      blank row: skipped silently
 *  8   "C3"    "2023-03-01" 99     date typed as text: line not counted, C3 never appears
 *  9   "C2"    45040       25      latest date → the default as-of date
 * 10   "C4"    45015.75    60      a time of day: the calendar day is 45015
 * 11   #N/A    45016        5      error in the ID: line skipped
 * 12   "C4"    45015.25    "n/a"   same calendar day as line 10; text amount adds 0 (SUMIFS)
 *
 * Per customer (first appearance order C1, C2, 7, C4), as-of 45040:
 *   C1: first 45000, last 45020, days {45000, 45020} → 2 orders, 3 lines, 100 + 20 − 10 = 110,
 *       since 45040 − 45020 = 20, gap (45020 − 45000) / (2 − 1) = 20
 *   C2: 45010 … 45040, 2 orders, 2 lines, 75, since 0, gap 30
 *   7:  45005 … 45030, 2 orders, 2 lines, 70, since 10, gap 25
 *   C4: 45015.25 … 45015.75, 1 order (one calendar day), 2 lines, 60, since 45040 − 45015 = 25, no gap
 */
const ids: unknown[] = ["C1", "C2", "C1", 7, "c1", "7", "", "C3", "C2", "C4", NA, "C4"];
const dates: unknown[] = [45000, 45010, 45000, 45005, 45020, 45030, "", "2023-03-01", 45040, 45015.75, 45016, 45015.25];
const amounts: unknown[] = [100, 50, 20, 30, -10, 40, "", 99, 25, 60, 5, "n/a"];

describe("customer summary from order lines", () => {
  test("hand-worked table: every column", () => {
    const orders = groupOrders(ids, dates, amounts);
    const summary = summarizeCustomers(orders);
    expect(orders.ids).toEqual(["C1", "C2", 7, "C4"]);
    expect(Array.from(orders.first)).toEqual([45000, 45010, 45005, 45015.25]);
    expect(Array.from(orders.last)).toEqual([45020, 45040, 45030, 45015.75]);
    expect(Array.from(orders.distinctDays)).toEqual([2, 2, 2, 1]);
    expect(Array.from(orders.lines)).toEqual([3, 2, 2, 2]);
    expect(Array.from(orders.amount)).toEqual([110, 75, 70, 60]);
    expect(orders.asOf).toBe(45040);
    expect(orders.asOfGiven).toBe(false);
    expect(Array.from(summary.daysSinceLast)).toEqual([20, 0, 10, 25]);
    expect(Array.from(summary.averageGap)).toEqual([20, 30, 25, NaN]);
  });

  test("the notes count every skipped or doubtful line", () => {
    const { notes } = groupOrders(ids, dates, amounts);
    expect(notes).toEqual({
      rows: 12,
      counted: 9,
      blankRows: 1,
      errorLines: 1,
      noId: 0,
      noDate: 0,
      dateNotDate: 1,
      noAmount: 0,
      amountNotNumber: 1,
      amountNumericText: 0,
      negativeAmounts: 1,
      afterAsOf: 0,
    });
  });

  test("a given as-of date leaves later lines out (last month's file gives last month's answer)", () => {
    // As of 45025: lines 6 (45030) and 9 (45040) are later. C2 keeps only 45010, 7 only 45005.
    const orders = groupOrders(ids, dates, amounts, 45025);
    const summary = summarizeCustomers(orders);
    expect(orders.notes.afterAsOf).toBe(2);
    expect(orders.ids).toEqual(["C1", "C2", 7, "C4"]);
    expect(Array.from(orders.distinctDays)).toEqual([2, 1, 1, 1]);
    expect(Array.from(orders.amount)).toEqual([110, 50, 30, 60]);
    expect(Array.from(summary.daysSinceLast)).toEqual([5, 15, 20, 10]);
    expect(Array.from(summary.averageGap)).toEqual([20, NaN, NaN, NaN]);
    // An as-of date with a time of day counts the whole calendar day.
    expect(groupOrders(ids, dates, amounts, 45030.1).notes.afterAsOf).toBe(1);
  });

  test("a customer whose every line is after the as-of date does not appear", () => {
    const orders = groupOrders(["A", "B"], [45000, 45100], [1, 1], 45050);
    expect(orders.ids).toEqual(["A"]);
  });

  test("missing ID, missing date, missing amount, Date objects", () => {
    const d = new Date(Date.UTC(2023, 2, 15)); // serial 45000
    const orders = groupOrders(["", "A", "A", "A", "B"], [45000, "", d, 45001, 45002], [5, 5, 7, "", true]);
    expect(orders.ids).toEqual(["A", "B"]);
    expect(Array.from(orders.first)).toEqual([45000, 45002]);
    expect(Array.from(orders.amount)).toEqual([7, 0]);
    expect(orders.notes).toMatchObject({ noId: 1, noDate: 1, noAmount: 1, amountNotNumber: 1, counted: 3 });
  });

  test("numbers stored as text in the amount column add 0 and are counted as such", () => {
    const orders = groupOrders(["A", "A"], [45000, 45001], ["1,234", 10]);
    expect(orders.amount[0]).toBe(10);
    expect(orders.notes).toMatchObject({ amountNotNumber: 1, amountNumericText: 1 });
  });

  test("an error in the date or amount skips the line too", () => {
    const orders = groupOrders(["A", "A", "A"], [NA, 45001, 45002], [1, NA, 3]);
    expect(orders.notes.errorLines).toBe(2);
    expect(Array.from(orders.amount)).toEqual([3]);
  });

  test("a one-order customer has no average gap; BG/NBD x = 0, t_x = 0", () => {
    const orders = groupOrders(["A", "B", "B"], [45000, 45000, 45014], [1, 1, 1]);
    expect(Array.from(summarizeCustomers(orders).averageGap)).toEqual([NaN, 14]);
    const input = bgnbdInputFromOrders(orders);
    expect(Array.from(input.x)).toEqual([0, 1]);
    expect(Array.from(input.tx)).toEqual([0, 14]);
    expect(Array.from(input.T)).toEqual([14, 14]);
  });

  test("BG/NBD inputs from the hand-worked table, in days and weeks (lifetimes convention)", () => {
    // x = distinct days − 1; t_x = last day − first day; T = as-of day − first day (45040).
    const orders = groupOrders(ids, dates, amounts);
    const days = bgnbdInputFromOrders(orders);
    expect(Array.from(days.x)).toEqual([1, 1, 1, 0]);
    expect(Array.from(days.tx)).toEqual([20, 30, 25, 0]);
    expect(Array.from(days.T)).toEqual([40, 30, 35, 25]);
    const weeks = bgnbdInputFromOrders(orders, "weeks");
    expect(Array.from(weeks.x)).toEqual([1, 1, 1, 0]);
    expect(Array.from(weeks.tx)).toEqual([20 / 7, 30 / 7, 25 / 7, 0]);
    expect(Array.from(weeks.T)).toEqual([40 / 7, 30 / 7, 35 / 7, 25 / 7]);
  });

  test("nothing countable: no customers and no as-of date", () => {
    const orders = groupOrders(["A", ""], ["2024-01-01", ""], [1, ""]);
    expect(orders.customerCount).toBe(0);
    expect(orders.asOf).toBeNaN();
  });

  test("property: shuffling the lines changes nothing per customer (unsorted dates work)", () => {
    const line = fc.tuple(fc.integer({ min: 1, max: 8 }), fc.integer({ min: 45000, max: 45060 }), fc.integer({ min: -50, max: 500 }));
    fc.assert(
      fc.property(fc.array(line, { minLength: 1, maxLength: 60 }), fc.integer(), (lines, seed) => {
        const shuffled = [...lines];
        let s = seed >>> 0;
        for (let i = shuffled.length - 1; i > 0; i--) {
          s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
          const j = s % (i + 1);
          [shuffled[i], shuffled[j]] = [shuffled[j], shuffled[i]];
        }
        const byId = (ls: [number, number, number][]) => {
          const o = groupOrders(ls.map((l) => l[0]), ls.map((l) => l[1]), ls.map((l) => l[2]));
          const sum = summarizeCustomers(o);
          const map = new Map<unknown, number[]>();
          o.ids.forEach((id, c) => map.set(id, [o.first[c], o.last[c], o.distinctDays[c], o.lines[c], o.amount[c], sum.daysSinceLast[c]]));
          return map;
        };
        expect(byId(shuffled)).toEqual(byId(lines));
      }),
      { numRuns: 200 },
    );
  });

  test("property: distinct days equals a Set of days per customer", () => {
    const line = fc.tuple(fc.integer({ min: 1, max: 5 }), fc.integer({ min: 45000, max: 45010 }));
    fc.assert(
      fc.property(fc.array(line, { minLength: 1, maxLength: 80 }), (lines) => {
        const o = groupOrders(lines.map((l) => l[0]), lines.map((l) => l[1] + 0.5), lines.map(() => 1));
        o.ids.forEach((id, c) => {
          const days = new Set(lines.filter((l) => l[0] === id).map((l) => l[1]));
          expect(o.distinctDays[c]).toBe(days.size);
        });
      }),
    );
  });
});

describe("customer ID keys (Excel's COUNTIFS rule)", () => {
  test("the number 7 and the text 7 are one customer; case and surrounding spaces do not matter", () => {
    expect(idKey(7)).toBe(idKey("7"));
    expect(idKey("7.0")).toBe(7);
    expect(idKey("007")).toBe(7); // COUNTIFS(ids, "007") counts 7 too
    expect(idKey("C-001")).toBe(idKey("c-001"));
    expect(idKey(" C1\u00a0")).toBe(idKey("C1")); // trimmed, unlike COUNTIFS (a stray space must not split a customer)
    expect(idKey("C 1")).not.toBe(idKey("C1"));
    expect(idKey("  ")).toBeNull();
    expect(idKey(-0)).toBe(idKey(0));
  });

  test("Unicode forms do not split a customer: NFC/NFD Hangul, full-width/half-width (NFKC), then trimmed", () => {
    const nfc = "김민수";
    const nfd = nfc.normalize("NFD");
    expect(nfd).not.toBe(nfc); // a Mac export's decomposed jamo
    expect(idKey(nfd)).toBe(idKey(nfc));
    expect(idKey("Ｃ００１")).toBe(idKey("C001"));
    expect(idKey("ｃ００１")).toBe(idKey("C001"));
    expect(idKey("１２３")).toBe(123); // full-width digits are the number, like "123"
    expect(idKey("\u3000C001\u3000")).toBe(idKey("C001")); // ideographic spaces at either end
    expect(idKey("C001")).not.toBe(idKey("C002"));
  });

  test("long digit strings (> 15 significant digits) stay text, unlike COUNTIFS", () => {
    expect(idKey("1234567890123456789")).toBe("1234567890123456789");
    expect(idKey("1234567890123456788")).not.toBe(idKey("1234567890123456789"));
    expect(idKey("123456789012345")).toBe(123456789012345);
  });

  test("blank is no ID; booleans are their own IDs, not the text TRUE", () => {
    expect(idKey("")).toBeNull();
    expect(idKey(null)).toBeNull();
    expect(idKey(true)).not.toBe(idKey("TRUE"));
    expect(idKey(true)).toBe(idKey(true));
  });
});
