/**
 * A hash table from numbers and strings to whole numbers ≥ 0, in typed arrays (open
 * addressing, linear probing). For the one loop that looks up a key per order line on a full
 * column: a JavaScript Map there cost more in its inserts and growth than in its lookups
 * (measured on 1,048,576 lines of ~180,000 customers: about half of COHORT's time), and each run
 * left a Map of that size behind as garbage. Here growing copies two Int32Arrays and the keys live
 * in one plain array.
 *
 * Keys compare with `===` (so 7 and "7" are different keys here: callers normalise first, see
 * customerIds.ts). -0 and 0 are one key; NaN is never given (cells.ts turns it into an error).
 *
 * Why not KeyIndex (keyIndex.ts, TRANSITIONS' table): that one is sized once for a known number of
 * rows and keyed by row. Here the number of distinct IDs among a million lines is not known, and
 * sizing for the lines (2M slots for 1M lines) made the table 8× the size it needs for ~180,000
 * customers: the lookups, which dominate, then miss the cache far more often. So this table grows.
 */

const scratch = new Float64Array(1);
const scratchWords = new Int32Array(scratch.buffer);

/** At most this many characters from each end of a string are hashed (a 5,000-character cell stays cheap). */
const HASHED_ENDS = 24;

export function hashKey(key: number | string): number {
  let h: number;
  if (typeof key === "number") {
    scratch[0] = key === 0 ? 0 : key;
    h = Math.imul(scratchWords[0] ^ Math.imul(scratchWords[1], 0x9e3779b1), 0x85ebca6b);
  } else {
    h = 0x811c9dc5 ^ key.length;
    const n = key.length;
    if (n <= 2 * HASHED_ENDS) {
      for (let i = 0; i < n; i++) h = Math.imul(h ^ key.charCodeAt(i), 0x01000193);
    } else {
      for (let i = 0; i < HASHED_ENDS; i++) h = Math.imul(h ^ key.charCodeAt(i), 0x01000193);
      for (let i = n - HASHED_ENDS; i < n; i++) h = Math.imul(h ^ key.charCodeAt(i), 0x01000193);
    }
    h = Math.imul(h ^ 0x5bd1e995, 0x2c1b3c6d);
  }
  return h ^ (h >>> 15);
}

export class KeyTable {
  /**
   * Three Int32 per slot, side by side so a probe reads one cache line: entry index + 1 (0 =
   * empty), the entry's hash, and the value stored with it. Kept at most three quarters full:
   * measured on ~180,000 IDs, a table half the size (at most ¾ full rather than ½) made lookups
   * about a third faster — fewer cache and TLB misses outweigh the slightly longer probes.
   */
  private slots = new Int32Array(3 << 10);
  private mask = (1 << 10) - 1;
  private hashes = new Int32Array(1 << 9);
  private values = new Int32Array(1 << 9);
  readonly keys: (number | string)[] = [];
  size = 0;

  /** The value stored with `key` (hash `h` = hashKey(key)), or −1 when the key is not in the table. */
  get(key: number | string, h: number): number {
    const { slots, mask, keys } = this;
    for (let i = h & mask; ; i = (i + 1) & mask) {
      const e = slots[3 * i] - 1;
      if (e < 0) return -1;
      if (slots[3 * i + 1] === h && keys[e] === key) return slots[3 * i + 2];
    }
  }

  /** Adds `key` (not in the table) with a value of 0 or more. */
  set(key: number | string, h: number, value: number): void {
    const e = this.size++;
    if (e === this.hashes.length) {
      this.hashes = grown(this.hashes);
      this.values = grown(this.values);
    }
    this.hashes[e] = h;
    this.values[e] = value;
    this.keys.push(typeof key === "number" && key === 0 ? 0 : key);
    if (this.size * 4 > (this.mask + 1) * 3) this.rehash((this.mask + 1) * 2);
    else this.place(e);
  }

  private place(e: number): void {
    const { slots, mask } = this;
    const h = this.hashes[e];
    let i = h & mask;
    while (slots[3 * i] !== 0) i = (i + 1) & mask;
    slots[3 * i] = e + 1;
    slots[3 * i + 1] = h;
    slots[3 * i + 2] = this.values[e];
  }

  private rehash(capacity: number): void {
    this.slots = new Int32Array(3 * capacity);
    this.mask = capacity - 1;
    for (let e = 0; e < this.size; e++) this.place(e);
  }
}

function grown(a: Int32Array): Int32Array<ArrayBuffer> {
  const b = new Int32Array(a.length * 2);
  b.set(a);
  return b;
}

/**
 * The hash of a text with the ASCII capitals A–Z read as a–z (customer IDs compare without regard
 * to case): a text and its lower-case form hash alike, with no lower-case copy made.
 */
export function foldedHash(text: string): number {
  const n = text.length;
  let h = 0x811c9dc5 ^ n;
  // All of a short text; the first and last HASHED_ENDS characters of a long one.
  const head = n <= 2 * HASHED_ENDS ? n : HASHED_ENDS;
  for (let i = 0; i < head; i++) {
    const c = text.charCodeAt(i);
    h = Math.imul(h ^ (c >= 65 && c <= 90 ? c + 32 : c), 0x01000193);
  }
  for (let i = head === n ? n : n - HASHED_ENDS; i < n; i++) {
    const c = text.charCodeAt(i);
    h = Math.imul(h ^ (c >= 65 && c <= 90 ? c + 32 : c), 0x01000193);
  }
  h = Math.imul(h ^ 0x5bd1e995, 0x2c1b3c6d);
  return h ^ (h >>> 15);
}

/** Whether two texts are equal with A–Z read as a–z. */
export function foldedEqual(a: string, b: string): boolean {
  if (a === b) return true;
  const n = a.length;
  if (b.length !== n) return false;
  for (let i = 0; i < n; i++) {
    let x = a.charCodeAt(i);
    let y = b.charCodeAt(i);
    if (x === y) continue;
    if (x >= 65 && x <= 90) x += 32;
    if (y >= 65 && y <= 90) y += 32;
    if (x !== y) return false;
  }
  return true;
}

/**
 * KeyTable for texts compared with A–Z read as a–z (foldedHash, foldedEqual): "C-00042" finds the
 * entry of "c-00042". The same layout as KeyTable; a separate class so that each lookup loop
 * stays monomorphic.
 */
export class FoldedTextTable {
  private slots = new Int32Array(3 << 10);
  private mask = (1 << 10) - 1;
  private hashes = new Int32Array(1 << 9);
  private values = new Int32Array(1 << 9);
  private readonly keys: string[] = [];
  size = 0;

  /** The value stored with `text` (hash `h` = foldedHash(text)), or −1. */
  get(text: string, h: number): number {
    const { slots, mask, keys } = this;
    for (let i = h & mask; ; i = (i + 1) & mask) {
      const e = slots[3 * i] - 1;
      if (e < 0) return -1;
      if (slots[3 * i + 1] === h && foldedEqual(keys[e], text)) return slots[3 * i + 2];
    }
  }

  /** Adds `text` (not in the table, as foldedEqual sees it) with a value of 0 or more. */
  set(text: string, h: number, value: number): void {
    const e = this.size++;
    if (e === this.hashes.length) {
      this.hashes = grown(this.hashes);
      this.values = grown(this.values);
    }
    this.hashes[e] = h;
    this.values[e] = value;
    this.keys.push(text);
    if (this.size * 4 > (this.mask + 1) * 3) this.rehash((this.mask + 1) * 2);
    else this.place(e);
  }

  private place(e: number): void {
    const { slots, mask } = this;
    const h = this.hashes[e];
    let i = h & mask;
    while (slots[3 * i] !== 0) i = (i + 1) & mask;
    slots[3 * i] = e + 1;
    slots[3 * i + 1] = h;
    slots[3 * i + 2] = this.values[e];
  }

  private rehash(capacity: number): void {
    this.slots = new Int32Array(3 * capacity);
    this.mask = capacity - 1;
    for (let e = 0; e < this.size; e++) this.place(e);
  }
}
