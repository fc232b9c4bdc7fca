/** Cohort retention from order lines (methods.md §14), on a hand-worked sheet and by properties. */
import fc from "fast-check";
import { cellColumn, cohortTable, cohortValue, CohortMeasure, CohortTable, periodLabel, periodOfDay, yearMonthOf } from "../../src/segment/cohort";
import { idKey } from "../../src/segment/customerIds";
import { dateToSerial } from "../../src/segment/dates";
import { SegmentError } from "../../src/segment/segmentError";

const serial = (iso: string): number => dateToSerial(new Date(`${iso}T00:00:00Z`));

/**
 * Five customers, ten lines (dates as Excel serials):
 *   C1 2024-01-05 100, 2024-01-20 50, 2024-03-02 30
 *   C2 2024-01-15 200, 2024-02-10 80
 *   C3 2024-02-01 40, 2024-02-28 60, 2024-03-31 10
 *   C4 2024-02-14 300
 *   C5 2024-03-10 70
 * The last date is 2024-03-31, so March is the last period.
 */
const LINES: [string, string, number][] = [
  ["C1", "2024-01-05", 100],
  ["C2", "2024-01-15", 200],
  ["C1", "2024-01-20", 50],
  ["C3", "2024-02-01", 40],
  ["C2", "2024-02-10", 80],
  ["C4", "2024-02-14", 300],
  ["C3", "2024-02-28", 60],
  ["C1", "2024-03-02", 30],
  ["C5", "2024-03-10", 70],
  ["C3", "2024-03-31", 10],
];

function tableOf(lines: readonly (readonly unknown[])[], period: "month" | "quarter" = "month", withAmounts = true): CohortTable {
  return cohortTable(
    cellColumn(lines.map((l) => l[0])),
    cellColumn(lines.map((l) => (typeof l[1] === "string" && /^\d{4}-/.test(l[1]) ? serial(l[1]) : l[1]))),
    withAmounts ? cellColumn(lines.map((l) => l[2])) : null,
    period,
  );
}

/** The table as the function shows it: numbers, "" for blank, "#DIV/0!" for no base. */
function grid(table: CohortTable, measure: CohortMeasure): (number | string)[][] {
  return Array.from({ length: table.cohorts }, (_, r) => [
    periodLabel(table.first + r, table.period),
    table.sizes[r],
    ...Array.from({ length: table.width }, (_, k) => {
      const v = cohortValue(table, r, k, measure);
      return v.kind === "value" ? v.value : v.kind === "blank" ? "" : "#DIV/0!";
    }),
  ]);
}

describe("the hand-worked sheet", () => {
  test("customers: January's cohort (C1, C2) is 100 %, 50 % (C2 in February), 50 % (C1 in March); February's (C3, C4) 100 %, 50 %, then blank", () => {
    expect(grid(tableOf(LINES), "customers")).toEqual([
      ["2024-01", 2, 1, 0.5, 0.5],
      ["2024-02", 2, 1, 0.5, ""],
      ["2024-03", 1, 1, "", ""],
    ]);
  });

  test("revenue: January's cohort spent 350 in January, 80 in February, 30 in March; February's 400 then 10", () => {
    const g = grid(tableOf(LINES), "revenue");
    expect(g).toEqual([
      ["2024-01", 2, 1, expect.closeTo(80 / 350, 15), expect.closeTo(30 / 350, 15)],
      ["2024-02", 2, 1, 0.025, ""],
      ["2024-03", 1, 1, "", ""],
    ]);
  });

  test("quarters: everyone's first order is in 2024-Q1, one column", () => {
    expect(grid(tableOf(LINES, "quarter"), "customers")).toEqual([["2024-Q1", 5, 1]]);
  });

  test("the line rules of SUMMARY: errors, blank IDs, text dates and blank rows skip the line; IDs match as COUNTIFS; time of day is dropped", () => {
    const messy: unknown[][] = [
      ...LINES,
      ["c1 ", serial("2024-02-20") + 0.75, 5], // C1 in February, written another way, in the evening
      [{ code: "#N/A" }, "2024-03-05", 5], // error ID: skipped
      ["C5", { code: "#VALUE!" }, 5], // error date: skipped
      ["C4", "2024-03-05", { code: "#N/A" }], // error amount: skipped
      ["", "2024-03-05", 5], // no ID
      ["C4", "", 5], // no date
      ["C4", "05/03/2024", 5], // a date as text
      ["", "", ""], // a blank row
      ["C9", -3, 5], // before Excel's calendar: skipped
    ];
    const table = tableOf(messy);
    expect(grid(table, "customers")).toEqual([
      ["2024-01", 2, 1, 1, 0.5],
      ["2024-02", 2, 1, 0.5, ""],
      ["2024-03", 1, 1, "", ""],
    ]);
    expect(table.notes).toEqual({ rows: 19, counted: 11, blankRows: 1, errorLines: 3, noId: 1, noDate: 1, dateNotDate: 2 });
  });

  test("a cohort without first orders in between is a row of size 0 with blank cells", () => {
    const lines = [
      ["A", "2024-01-10", 1],
      ["A", "2024-03-10", 1],
      ["B", "2024-03-11", 1],
    ];
    expect(grid(tableOf(lines), "customers")).toEqual([
      ["2024-01", 1, 1, 0, 1],
      ["2024-02", 0, "", "", ""],
      ["2024-03", 1, 1, "", ""],
    ]);
  });

  test("revenue without a base: a cohort whose first period's amounts are 0 or less", () => {
    const lines = [
      ["A", "2024-01-10", 0],
      ["A", "2024-02-10", 50],
      ["B", "2024-01-11", -10],
    ];
    expect(grid(tableOf(lines), "revenue")).toEqual([["2024-01", 2, "#DIV/0!", "#DIV/0!"]]);
  });

  test("refusals: no line to count; dates more than 1,200 periods apart; revenue without amounts", () => {
    expect(() => tableOf([["A", "", 1]])).toThrow(expect.objectContaining({ key: "orders.none" }));
    expect(() => tableOf([["A", 100, 1], ["B", 100 + 365.25 * 101, 1]])).toThrow(expect.objectContaining({ key: "cohort.span" }));
    expect(() => tableOf([["A", 100, 1], ["B", 100 + 365.25 * 101, 1]], "quarter")).not.toThrow();
    expect(() => cohortValue(tableOf(LINES, "month", false), 0, 0, "revenue")).toThrow(SegmentError);
  });
});

describe("IDs", () => {
  test("customers are told apart exactly as idKey tells them apart: case, spaces, full-width, 7 and \"7\", TRUE, dates (300 random sheets)", () => {
    const pool: unknown[] = ["C1", "c1", " C1", "C1 ", "Ｃ1", "C2", "c2\t", 7, "7", " 7 ", 7.5, "7.50", true, false, "TRUE", new Date(Date.UTC(2024, 0, 5)), 45296, "Café", "CAFÉ", "café", "12345678901234567", "12345678901234568"];
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.integer({ min: 0, max: pool.length - 1 }), fc.integer({ min: 45292, max: 45700 })), { minLength: 1, maxLength: 80 }), (lines) => {
        const table = tableOf(lines.map(([i, day]) => [pool[i], day, 1]));
        const firstOf = new Map<unknown, number>();
        for (const [i, day] of lines) {
          const key = idKey(pool[i]);
          const p = periodOfDay(day, "month");
          firstOf.set(key, Math.min(firstOf.get(key) ?? Infinity, p));
        }
        expect(table.customerCount).toBe(firstOf.size);
        const sizes = new Array<number>(table.cohorts).fill(0);
        for (const p of firstOf.values()) sizes[p - table.first]++;
        expect(Array.from(table.sizes)).toEqual(sizes);
      }),
      { numRuns: 300 },
    );
  });
});

describe("calendar", () => {
  test("year and month of every day from 1900-03-01 to 2100-12-31 agree with JavaScript's calendar", () => {
    for (let day = 61; day <= serial("2100-12-31"); day++) {
      const d = new Date(Date.UTC(1899, 11, 30) + day * 86_400_000);
      const got = yearMonthOf(day);
      if (got.year !== d.getUTCFullYear() || got.month !== d.getUTCMonth() + 1) throw new Error(`day ${day}: ${JSON.stringify(got)} vs ${d.toISOString()}`);
    }
    expect(yearMonthOf(2_958_465)).toEqual({ year: 9999, month: 12 });
  });

  test("labels", () => {
    expect(periodLabel(periodOfDay(serial("2024-01-31"), "month"), "month")).toBe("2024-01");
    expect(periodLabel(periodOfDay(serial("2024-12-01"), "month"), "month")).toBe("2024-12");
    for (const [iso, q] of [["2024-01-01", 1], ["2024-03-31", 1], ["2024-04-01", 2], ["2024-09-30", 3], ["2024-10-01", 4], ["2024-12-31", 4]] as const) {
      expect(periodLabel(periodOfDay(serial(iso), "quarter"), "quarter")).toBe(`2024-Q${q}`);
    }
  });
});

/** A straightforward count: per cohort, the set of customers with an order in each period. */
function naive(lines: [number, number, number][], period: "month" | "quarter"): { rows: Map<number, { size: number; active: Map<number, Set<number>>; revenue: Map<number, number> }>; last: number } {
  const firstOf = new Map<number, number>();
  let last = -Infinity;
  for (const [id, day] of lines) {
    const p = periodOfDay(day, period);
    firstOf.set(id, Math.min(firstOf.get(id) ?? Infinity, p));
    last = Math.max(last, p);
  }
  const rows = new Map<number, { size: number; active: Map<number, Set<number>>; revenue: Map<number, number> }>();
  for (const [, cohort] of firstOf) {
    const row = rows.get(cohort) ?? { size: 0, active: new Map(), revenue: new Map() };
    row.size++;
    rows.set(cohort, row);
  }
  for (const [id, day, amount] of lines) {
    const cohort = firstOf.get(id)!;
    const k = periodOfDay(day, period) - cohort;
    const row = rows.get(cohort)!;
    if (!row.active.has(k)) row.active.set(k, new Set());
    row.active.get(k)!.add(id);
    row.revenue.set(k, (row.revenue.get(k) ?? 0) + amount);
  }
  return { rows, last };
}

describe("properties (300 random order sheets each)", () => {
  const sheet = fc.array(fc.tuple(fc.integer({ min: 1, max: 30 }), fc.integer({ min: 45000, max: 46200 }), fc.integer({ min: 1, max: 500 })), { minLength: 1, maxLength: 300 });

  test("every cell equals a straightforward count, by month and by quarter", () => {
    fc.assert(
      fc.property(sheet, fc.constantFrom("month" as const, "quarter" as const), (lines, period) => {
        const table = tableOf(lines, period);
        const expected = naive(lines, period);
        expect(periodOfDay(Math.max(...lines.map((l) => l[1])), period)).toBe(table.last);
        // Both sides as plain arrays, compared once per sheet (revenue rounded: sums in another order).
        const ours: unknown[] = [];
        const theirs: unknown[] = [];
        const round = (x: number): number => Math.round(x * 1e9) / 1e9;
        for (let r = 0; r < table.cohorts; r++) {
          const row = expected.rows.get(table.first + r);
          ours.push(table.sizes[r]);
          theirs.push(row?.size ?? 0);
          for (let k = 0; k < table.width; k++) {
            const c = cohortValue(table, r, k, "customers");
            const m = cohortValue(table, r, k, "revenue");
            ours.push(c.kind === "value" ? c.value : c.kind, m.kind === "value" ? round(m.value) : m.kind);
            if (!row || table.first + r + k > expected.last) theirs.push("blank", "blank");
            else theirs.push((row.active.get(k)?.size ?? 0) / row.size, round((row.revenue.get(k) ?? 0) / row.revenue.get(0)!));
          }
        }
        expect(ours).toEqual(theirs);
      }),
      { numRuns: 300 },
    );
  });

  test("the order of the lines does not matter (date order, customer order, shuffled: the three counting paths agree)", () => {
    fc.assert(
      fc.property(sheet, fc.integer(), (lines, seed) => {
        const byDate = [...lines].sort((a, b) => a[1] - b[1]);
        const byCustomer = [...lines].sort((a, b) => a[0] - b[0] || a[1] - b[1]);
        const shuffled = [...lines].sort((a, b) => ((a[1] * 31 + a[0] + seed) % 101) - ((b[1] * 31 + b[0] + seed) % 101));
        const reference = tableOf(byDate);
        const bySort = (rows: typeof lines): CohortTable =>
          cohortTable(cellColumn(rows.map((l) => l[0])), cellColumn(rows.map((l) => l[1])), cellColumn(rows.map((l) => l[2])), "month", 0);
        // Lines in any order: one bit per pair, or (no bits allowed) the counting sort.
        for (const t of [tableOf(byCustomer), tableOf(shuffled), tableOf(lines), bySort(shuffled), bySort(lines)]) {
          expect(Array.from(t.active)).toEqual(Array.from(reference.active));
          expect(Array.from(t.sizes)).toEqual(Array.from(reference.sizes));
          expect(Array.from(t.revenue!, (v) => Math.round(v * 1e6))).toEqual(Array.from(reference.revenue!, (v) => Math.round(v * 1e6)));
        }
      }),
      { numRuns: 300 },
    );
  });
});
