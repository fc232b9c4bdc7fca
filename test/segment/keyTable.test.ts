/** The typed-array hash table of COHORT's ID lookups (src/segment/keyTable.ts) against a Map. */
import fc from "fast-check";
import { hashKey, KeyTable } from "../../src/segment/keyTable";

describe("KeyTable", () => {
  test("finds what a Map finds: 50,000 mixed keys with repeats, growth through many sizes", () => {
    const table = new KeyTable();
    const map = new Map<number | string, number>();
    let wrong = 0;
    let seed = 7;
    const random = (): number => (seed = (seed * 48271) % 2147483647) / 2147483647;
    for (let i = 0; i < 50_000; i++) {
      const u = random();
      const key = u < 0.4 ? Math.floor(random() * 20_000) : u < 0.5 ? random() * 1e6 : u < 0.9 ? `C-${Math.floor(random() * 20_000)}` : "x".repeat(1 + Math.floor(random() * 80)) + Math.floor(random() * 50);
      const h = hashKey(key);
      const found = table.get(key, h);
      if (found !== (map.get(key) ?? -1)) wrong++;
      if (found < 0) {
        table.set(key, h, map.size * 3);
        map.set(key, map.size * 3);
      }
    }
    expect(table.size).toBe(map.size);
    for (const [key, value] of map) if (table.get(key, hashKey(key)) !== value) wrong++;
    expect(wrong).toBe(0);
  });

  test("0 and -0 are one key; 7 and \"7\" are two; long texts differing only in the middle are two", () => {
    const table = new KeyTable();
    table.set(0, hashKey(0), 1);
    expect(table.get(-0, hashKey(-0))).toBe(1);
    table.set(7, hashKey(7), 2);
    expect(table.get("7", hashKey("7"))).toBe(-1);
    const a = `${"a".repeat(100)}X${"b".repeat(100)}`;
    const b = `${"a".repeat(100)}Y${"b".repeat(100)}`;
    expect(hashKey(a)).toBe(hashKey(b)); // only the ends are hashed…
    table.set(a, hashKey(a), 3);
    expect(table.get(b, hashKey(b))).toBe(-1); // …but keys are compared in full
    expect(table.get(a, hashKey(a))).toBe(3);
  });

  test("any keys (200 random sets)", () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(fc.string(), fc.integer(), fc.double({ noNaN: true, noDefaultInfinity: true }))), (keys) => {
        const table = new KeyTable();
        const map = new Map<number | string, number>();
        for (const key of keys) {
          const h = hashKey(key);
          expect(table.get(key, h)).toBe(map.get(key) ?? -1);
          if (!map.has(key)) {
            table.set(key, h, map.size);
            map.set(key, map.size);
          }
        }
      }),
      { numRuns: 200 },
    );
  });
});
