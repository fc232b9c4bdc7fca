/**
 * Properties of the transition matrix on generated snapshot pairs (fast-check, 1,000 cases each).
 * Customers come from a small universe so that the two snapshots overlap; each ID is written in
 * one of the forms that must match (7, "7", " 7 ", "k7", "K7 "), so matching is exercised too.
 * Integer values keep sums exact.
 */
import fc from "fast-check";
import { idKey } from "../../src/segment/customerIds";
import { compareSnapshots, DIRECTION_CODES, GONE, SnapshotCells, transitionTable, Transitions } from "../../src/segment/transitions";

const RUNS = { numRuns: 1000 };
const CODES = ["A", "B", "C", "D"];

interface Entry {
  readonly customer: number;
  readonly form: number;
  readonly code: number;
  readonly value: number;
}

/** One way of writing customer n's ID; every form of the same n is one customer. */
function idCell(customer: number, form: number): unknown {
  const numeric = customer % 2 === 0; // even customers have numeric IDs, odd ones text IDs
  if (numeric) return [customer, String(customer), ` ${customer} `][form % 3];
  return [`k${customer}`, `K${customer} `, ` k${customer}`][form % 3];
}

const entry = (customer: number): fc.Arbitrary<Entry> =>
  fc.record({
    customer: fc.constant(customer),
    form: fc.nat(2),
    code: fc.nat(CODES.length - 1),
    value: fc.integer({ min: -50, max: 1000 }),
  });

/** A snapshot: distinct customers from 0…24, in random row order. */
const snapshotArb: fc.Arbitrary<Entry[]> = fc
  .uniqueArray(fc.nat(24), { maxLength: 25 })
  .chain((customers) => fc.tuple(...customers.map(entry)))
  .map((entries) => [...entries]);

function cells(entries: readonly Entry[]): SnapshotCells {
  return {
    ids: entries.map((e) => idCell(e.customer, e.form)),
    classes: entries.map((e) => CODES[e.code]),
    values: entries.map((e) => e.value),
  };
}

const ORDER = CODES; // fixed, so every pair has the same matrix size

function shuffle<T>(items: readonly T[], seed: number): T[] {
  const out = [...items];
  let s = seed >>> 0 || 1;
  for (let i = out.length - 1; i > 0; i--) {
    s = (Math.imul(s, 1103515245) + 12345) >>> 0;
    const j = s % (i + 1);
    [out[i], out[j]] = [out[j], out[i]];
  }
  return out;
}

/** Direction per customer, by matching key: independent of row order. */
function directionByCustomer(t: Transitions): Map<unknown, string> {
  const out = new Map<unknown, string>();
  Array.from(t.current.ids.cells as unknown[]).forEach((id, i) => out.set(idKey(id), DIRECTION_CODES[t.currentDirection[i]]));
  Array.from(t.previous.ids.cells as unknown[]).forEach((id, i) => {
    if (t.previousDirection[i] === GONE) out.set(idKey(id), "GONE");
  });
  return out;
}

describe("transition matrix properties", () => {
  test("the grand total is the number of distinct customers in the union of both snapshots", () => {
    fc.assert(
      fc.property(snapshotArb, snapshotArb, (previous, current) => {
        const table = transitionTable(compareSnapshots(cells(previous), cells(current), ORDER), "customers");
        const union = new Set([...previous, ...current].map((e) => e.customer));
        expect(table[ORDER.length + 1][ORDER.length + 1]).toBe(union.size);
      }),
      RUNS,
    );
  });

  test("row totals are the previous class counts; the NEW row counts customers only in current", () => {
    fc.assert(
      fc.property(snapshotArb, snapshotArb, (previous, current) => {
        const k = ORDER.length;
        const table = transitionTable(compareSnapshots(cells(previous), cells(current), ORDER), "customers");
        for (let p = 0; p < k; p++) expect(table[p][k + 1]).toBe(previous.filter((e) => e.code === p).length);
        const before = new Set(previous.map((e) => e.customer));
        expect(table[k][k + 1]).toBe(current.filter((e) => !before.has(e.customer)).length);
      }),
      RUNS,
    );
  });

  test("column totals are the current class counts (customers and value); GONE counts customers only in previous", () => {
    fc.assert(
      fc.property(snapshotArb, snapshotArb, (previous, current) => {
        const k = ORDER.length;
        const t = compareSnapshots(cells(previous), cells(current), ORDER);
        const counts = transitionTable(t, "customers");
        const value = transitionTable(t, "value");
        for (let c = 0; c < k; c++) {
          const members = current.filter((e) => e.code === c);
          expect(counts[k + 1][c]).toBe(members.length);
          expect(value[k + 1][c]).toBe(members.reduce((sum, e) => sum + e.value, 0));
        }
        const after = new Set(current.map((e) => e.customer));
        const gone = previous.filter((e) => !after.has(e.customer));
        expect(counts[k + 1][k]).toBe(gone.length);
        expect(value[k + 1][k]).toBe(gone.reduce((sum, e) => sum + e.value, 0));
      }),
      RUNS,
    );
  });

  test("permuting the rows of either snapshot changes nothing", () => {
    fc.assert(
      fc.property(snapshotArb, snapshotArb, fc.integer(), fc.integer(), (previous, current, s1, s2) => {
        const a = compareSnapshots(cells(previous), cells(current), ORDER);
        const b = compareSnapshots(cells(shuffle(previous, s1)), cells(shuffle(current, s2)), ORDER);
        expect(transitionTable(b, "customers")).toEqual(transitionTable(a, "customers"));
        expect(transitionTable(b, "value")).toEqual(transitionTable(a, "value"));
        expect(directionByCustomer(b)).toEqual(directionByCustomer(a));
        // The built-in order does not depend on row order either.
        expect(compareSnapshots(cells(shuffle(previous, s1)), cells(current)).order).toEqual(
          compareSnapshots(cells(previous), cells(current)).order,
        );
      }),
      RUNS,
    );
  });

  test("swapping the snapshots transposes the matrix (NEW ↔ GONE) in customers", () => {
    fc.assert(
      fc.property(snapshotArb, snapshotArb, (previous, current) => {
        const k = ORDER.length;
        const forward = transitionTable(compareSnapshots(cells(previous), cells(current), ORDER), "customers");
        const backward = transitionTable(compareSnapshots(cells(current), cells(previous), ORDER), "customers");
        for (let p = 0; p <= k + 1; p++) for (let c = 0; c <= k + 1; c++) expect(backward[c][p]).toBe(forward[p][c]);
      }),
      RUNS,
    );
  });
});
