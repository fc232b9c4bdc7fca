/**
 * The row of each customer ID key in a list of up to a million rows, for matching two snapshots
 * (transitions.ts). A JavaScript Map of a million keys grows by rehashing into ever larger tables
 * and cost most of SEGMENT.TRANSITIONS' time on full columns; this table is sized once for the
 * list (open addressing, linear probing, at most half full) and holds row numbers in a typed
 * array. Keys are compared with `===` on the keys themselves, so a hash collision never matches
 * two different customers.
 */
import { IdKey } from "./customerIds";

const scratch = new Float64Array(1);
const words = new Uint32Array(scratch.buffer);

/** A well-mixed 32-bit hash of a key: a number by its bits, text by FNV-1a over its UTF-16 units. */
function hashKey(key: IdKey): number {
  let h: number;
  if (typeof key === "number") {
    scratch[0] = key;
    h = words[0] ^ Math.imul(words[1], 0x9e3779b1);
  } else {
    h = 0x811c9dc5;
    for (let i = 0; i < key.length; i++) h = Math.imul(h ^ key.charCodeAt(i), 0x01000193);
  }
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}

export class KeyIndex {
  /** Row + 1 per slot; 0 = empty. */
  private readonly slots: Int32Array;
  private readonly mask: number;
  /** The key of each row added (by row number), and its hash: matching never hashes a key twice. */
  private readonly keys: (IdKey | undefined)[];
  private readonly hashes: Int32Array;

  /** For a list of `rows` rows (rows 0 … rows − 1). */
  constructor(rows: number) {
    let size = 16;
    while (size < 2 * rows) size *= 2;
    this.slots = new Int32Array(size);
    this.mask = size - 1;
    this.keys = new Array(rows);
    this.hashes = new Int32Array(rows);
  }

  /** Adds `row` under `key`; returns the row that already holds the key (then nothing is added), or -1. */
  add(key: IdKey, row: number): number {
    const { slots, mask, keys } = this;
    const hash = hashKey(key);
    let slot = hash & mask;
    for (;;) {
      const held = slots[slot];
      if (held === 0) {
        slots[slot] = row + 1;
        keys[row] = key;
        this.hashes[row] = hash;
        return -1;
      }
      if (keys[held - 1] === key) return held - 1;
      slot = (slot + 1) & mask;
    }
  }

  /** The row holding `key`, or -1. */
  rowOf(key: IdKey): number {
    return this.find(key, hashKey(key));
  }

  /** The row of `other`'s key at `row` in this index (-1: none, or no key there). */
  rowOfRowIn(other: KeyIndex, row: number): number {
    const key = other.keys[row];
    return key === undefined ? -1 : this.find(key, other.hashes[row]);
  }

  private find(key: IdKey, hash: number): number {
    const { slots, mask, keys } = this;
    let slot = hash & mask;
    for (;;) {
      const held = slots[slot];
      if (held === 0) return -1;
      if (keys[held - 1] === key) return held - 1;
      slot = (slot + 1) & mask;
    }
  }

  /** The key of `row`, if it was added. */
  keyOf(row: number): IdKey | undefined {
    return this.keys[row];
  }
}
