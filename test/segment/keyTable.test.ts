/**
 * The ID table of COHORT and TRANSITIONS (src/segment/keyTable.ts) against the rule itself:
 * idKey (customerIds.ts) and a Map. Two cells are one customer in the table exactly when idKey
 * gives them the same key, and the table's key of a customer is idKey's.
 */
import fc from "fast-check";
import { IdKey, idKey } from "../../src/segment/customerIds";
import { ABSENT, IdTable, joinKeys, KeyRecords, NO_KEY } from "../../src/segment/keyTable";

/** Feeds cells to a table and a Map of idKey's keys side by side; returns the number of disagreements. */
function disagreements(cells: readonly unknown[], table = new IdTable(4)): number {
  const map = new Map<IdKey, number>();
  let wrong = 0;
  for (const cell of cells) {
    const key = idKey(cell);
    const found = table.find(cell);
    if (key === null) {
      if (found !== NO_KEY) wrong++;
      continue;
    }
    const expected = map.get(key) ?? ABSENT;
    if (found !== expected) wrong++;
    if (found === ABSENT) {
      const e = table.add();
      if (e !== map.size) wrong++;
      map.set(key, e);
      if (!Object.is(table.keyOf(e), key)) wrong++;
    }
  }
  if (table.size !== map.size) wrong++;
  for (const [key, e] of map) if (!Object.is(table.keyOf(e), key)) wrong++;
  return wrong;
}

describe("IdTable", () => {
  test("crafted IDs: case, spaces at either end, digits as text, signs, long texts, beyond ASCII, TRUE, dates, blanks", () => {
    const long = `${"a".repeat(100)}X${"b".repeat(100)}`;
    const cells: unknown[] = [
      "C-00042", "c-00042", " C-00042", "C-00042\t\n", "C-000420", "C-1000001", "c-1000001 ", "C-10000011", "ABCDEFGHIJKL", "abcdefghijkl", "ABCDEFGHIJKLM", " abcdefghijklm ",
      "7", 7, " 7 ", "007", "+7", "7.0", "7.5", 7.5, "1e3", 1000, "-0", 0, -0, "0", "000", "12345678901234567", "123456789012345", 123456789012345,
      "1000000000000000000000", 1e21, "7a", "7A", ".5", 0.5, "-7", -7,
      "Ｃ００１", "C001", "c001", "고객 1", "고객 1 ", "\u00a0A", "A", "a\u00a0", "Café", "CAFÉ", "café", "K1", "\u212a1", "İ", "i̇",
      long, long.toUpperCase(), `${"a".repeat(100)}Y${"b".repeat(100)}`, "x".repeat(5000), `${"x".repeat(4999)}Y`,
      true, false, "TRUE", "true", "\u0000true", "\u0000TRUE", new Date(Date.UTC(2024, 0, 5)), 45296,
      "", " ", "\t", null, undefined, "\u00a0", "DEL\u007f", "\u0000", "a\u0000", "a",
    ];
    expect(disagreements(cells)).toBe(0);
    expect(disagreements([...cells].reverse())).toBe(0);
  });

  test("50,000 mixed IDs with repeats: growth through many sizes", () => {
    let seed = 7;
    const random = (): number => (seed = (seed * 48271) % 2147483647) / 2147483647;
    const cells: unknown[] = [];
    for (let i = 0; i < 50_000; i++) {
      const u = random();
      const k = Math.floor(random() * 20_000);
      cells.push(
        u < 0.3 ? k : u < 0.35 ? random() * 1e6 : u < 0.45 ? String(k) : u < 0.8 ? (random() < 0.5 ? `C-${k}` : ` c-${k}`) : u < 0.9 ? `Customer number ${k} of the north` : "x".repeat(1 + Math.floor(random() * 80)) + k,
      );
    }
    expect(disagreements(cells)).toBe(0);
  });

  test("any cells (500 random lists of texts, numbers, booleans)", () => {
    const text = fc.oneof(fc.string(), fc.string({ unit: "grapheme" }), fc.stringMatching(/^[ \t]?[A-Za-z0-9+.-]{0,14}[ \t]?$/), fc.stringMatching(/^[Cc]-0{0,3}[0-9]{1,3}$/));
    const cell = fc.oneof(text, fc.integer({ min: -50, max: 50 }), fc.double({ noNaN: true, noDefaultInfinity: true }), fc.boolean(), fc.constant(""));
    fc.assert(fc.property(fc.array(cell, { maxLength: 60 }), (cells) => expect(disagreements(cells)).toBe(0)), { numRuns: 500 });
  });
});

/** joinKeys by hand: idKey and Maps. */
function naiveJoin(first: readonly unknown[], second: readonly unknown[]) {
  const rowsOf = (cells: readonly unknown[]) => {
    const at = new Map<IdKey, number>();
    let repeat: [number, number] | null = null;
    cells.forEach((cell, row) => {
      const key = idKey(cell);
      if (key === null) return;
      const seen = at.get(key);
      if (seen === undefined) at.set(key, row);
      else repeat ??= [seen, row];
    });
    return { at, repeat };
  };
  const a = rowsOf(first);
  const b = rowsOf(second);
  const firstToSecond = new Array<number>(first.length).fill(-1);
  const secondToFirst = new Array<number>(second.length).fill(-1);
  for (const [key, j] of a.at) {
    const i = b.at.get(key);
    if (i !== undefined) {
      firstToSecond[j] = i;
      secondToFirst[i] = j;
    }
  }
  return { firstToSecond, secondToFirst, firstRepeat: a.repeat, secondRepeat: b.repeat };
}

function joined(first: readonly unknown[], second: readonly unknown[]) {
  const records = (cells: readonly unknown[]) => {
    const keys = new KeyRecords(cells.length);
    cells.forEach((cell, row) => keys.read(row, cell));
    return keys;
  };
  const j = joinKeys(records(first), records(second));
  return { firstToSecond: Array.from(j.firstToSecond), secondToFirst: Array.from(j.secondToFirst), firstRepeat: j.firstRepeat, secondRepeat: j.secondRepeat };
}

describe("joinKeys (TRANSITIONS' matching)", () => {
  test("20,000 rows against 20,000 (many partitions): the same matches and first repeats as idKey and a Map", () => {
    let seed = 11;
    const random = (): number => (seed = (seed * 48271) % 2147483647) / 2147483647;
    const cell = (k: number): unknown => {
      const u = random();
      return u < 0.3 ? k : u < 0.4 ? ` ${k}` : u < 0.7 ? `C-${k}` : u < 0.8 ? `c-${k}\t` : u < 0.9 ? `customer.${k}@example.com` : u < 0.95 ? `Ｃ-${k}` : "";
    };
    const first = Array.from({ length: 20_000 }, (_, i) => cell(i));
    const second = Array.from({ length: 20_000 }, (_, i) => cell((i * 7919) % 25_000));
    expect(joined(first, second)).toEqual(naiveJoin(first, second));
    // With repeats: the first repeat in row order is named, in each list.
    const withRepeats = [...first.slice(0, 15_000), ...first.slice(100, 300), "C-5", 5];
    expect(joined(withRepeats, second)).toEqual(naiveJoin(withRepeats, second));
    expect(joined(second, withRepeats)).toEqual(naiveJoin(second, withRepeats));
  });

  test("any lists (300 random pairs)", () => {
    const cell = fc.oneof(fc.integer({ min: 0, max: 30 }), fc.constantFrom("C1", "c1", " C1", "Ｃ1", "a-long-customer-name", "A-LONG-CUSTOMER-NAME ", "7", "07", "", true), fc.string({ maxLength: 3 }));
    fc.assert(
      fc.property(fc.array(cell, { maxLength: 40 }), fc.array(cell, { maxLength: 40 }), (first, second) => {
        expect(joined(first, second)).toEqual(naiveJoin(first, second));
      }),
      { numRuns: 300 },
    );
  });
});
