/**
 * Customer ID cells → customer numbers 0, 1, 2 … in order of first appearance, by the one ID rule
 * of customerIds.ts (idKey: trimmed, A–Z read as a–z, 7 = "7", NFKC for text beyond ASCII), for the
 * loops that look up an ID per row of a full column: COHORT (a million order lines) and TRANSITIONS
 * (two million-row snapshots). The one ID table of the add-in.
 *
 * Why not `idKey` and a Map: on a million text IDs the lower-case, trimmed copy idKey makes per
 * cell, and a Map's growth, were most of both functions' time (profiles in bench/targets.md). Here:
 * - an ASCII text is read in place, once: its ends are trimmed by index and A–Z folded to a–z as
 *   it is read — no copy is made. A text of digits alone (at most 15 significant) becomes its
 *   number in the same pass, as idKey makes it. Anything else (text beyond ASCII, a sign, a point,
 *   an exponent, a Date, TRUE/FALSE) goes through idKey itself, so the rule lives in one place.
 * - a key that fits 12 bytes — a number (its 8 bytes), TRUE/FALSE, an ASCII text of at most 12
 *   characters ("C-00042", "C-1000001") — is stored in the slot itself, exactly, beside its kind and
 *   length: a lookup reads one slot (one cache line) and compares integers. On a million customers
 *   the table is far larger than the caches, so what a lookup costs is the number of places in
 *   memory it touches, and this is one (where the stored string, its bounds and its kind were
 *   five more). Longer texts keep a 32-bit hash in the slot and are compared with the stored text
 *   only when kind, length and hash agree.
 * - the table is open addressing with linear probing in one Int32Array, at most ¾ full (fewer
 *   cache misses than a sparser, larger table, measured for COHORT), grown by doubling.
 */
import { IdKey, idKey } from "./customerIds";

/** What `find` says about a cell: it has no key (blank, only spaces, not an ID), or its key is not in the table yet. */
export const NO_KEY = -2;
export const ABSENT = -1;

// Kinds of key, in the top bits of a slot's first word (bits 24–26), with a short text's length
// (bits 27–30): the entry number takes the low 24 bits, so at most 2^24 − 1 customers.
const KIND_NUMBER = 1;
const KIND_BOOLEAN = 2;
const KIND_SHORT = 3;
const KIND_LONG = 4;
const ENTRY_BITS = 0xffffff;
const MAX_ENTRIES = ENTRY_BITS - 1;
/** The longest ASCII text kept in a slot (three words of four characters). */
const SHORT = 12;
/** Texts whose key idKey gave, remembered by an IdTable (see IdKeyReader.spellings). */
const SPELLINGS = 1 << 16;
/** At most this many characters from each end of a long text are hashed (a 5,000-character cell stays cheap). */
const HASHED_ENDS = 24;

const scratch = new Float64Array(1);
const scratchWords = new Int32Array(scratch.buffer);

/** MurmurHash3's 32-bit finaliser: every input bit reaches the low bits that pick the slot. */
function mix(h: number): number {
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return h ^ (h >>> 16);
}

/** The slot hash of a key held in a slot: its tag (kind and length) and three words. */
const wordsHash = (tag: number, w0: number, w1: number, w2: number): number =>
  mix(w0 ^ Math.imul(w1, 0x9e3779b1) ^ Math.imul(w2, 0x85ebca6b) ^ Math.imul(tag, 0xc2b2ae35));

/** The hash of a long text[start, end) with A–Z read as a–z (its first and last HASHED_ENDS characters). */
function foldedRangeHash(text: string, start: number, end: number): number {
  const n = end - start;
  let h = 0x811c9dc5 ^ n;
  const head = n <= 2 * HASHED_ENDS ? end : start + HASHED_ENDS;
  for (let i = start; i < head; i++) {
    const c = text.charCodeAt(i);
    h = Math.imul(h ^ (c >= 65 && c <= 90 ? c + 32 : c), 0x01000193);
  }
  for (let i = head === end ? end : end - HASHED_ENDS; i < end; i++) {
    const c = text.charCodeAt(i);
    h = Math.imul(h ^ (c >= 65 && c <= 90 ? c + 32 : c), 0x01000193);
  }
  return mix(h);
}

/** Whether a[as, as + n) and b[bs, bs + n) are equal with A–Z read as a–z. */
function foldedRangeEqual(a: string, as: number, b: string, bs: number, n: number): boolean {
  for (let i = 0; i < n; i++) {
    let x = a.charCodeAt(as + i);
    let y = b.charCodeAt(bs + i);
    if (x === y) continue;
    if (x >= 65 && x <= 90) x += 32;
    if (y >= 65 && y <= 90) y += 32;
    if (x !== y) return false;
  }
  return true;
}

/** ASCII white space that String.prototype.trim removes: tab, line feed, VT, form feed, CR, space. */
const isAsciiSpace = (c: number): boolean => c === 32 || (c >= 9 && c <= 13);

/**
 * The key of one ID cell, read into fields (no object per cell): `read` returns the key's tag —
 * its kind, and for a short text its length — or NO_KEY; a short key is then w0, w1, w2 exactly,
 * a long text is text[start, end) with `hash`.
 */
export class IdKeyReader {
  tag = 0;
  w0 = 0;
  w1 = 0;
  w2 = 0;
  hash = 0;
  number = 0.5;
  text = "";
  start = 0;
  end = 0;

  read(cell: unknown): number {
    if (typeof cell === "string") {
      let start = 0;
      let end = cell.length;
      while (start < end && isAsciiSpace(cell.charCodeAt(start))) start++;
      if (start === end) return NO_KEY; // blank, or white space alone
      while (isAsciiSpace(cell.charCodeAt(end - 1))) end--;
      const head = cell.charCodeAt(start);
      if (head <= 57 && (head >= 48 || head === 43 || head === 45 || head === 46)) return this.numberLike(cell, start, end);
      const n = end - start;
      if (n > SHORT) return this.longCell(cell, start, end);
      // Folded and packed four characters a word, in one pass; beyond ASCII, idKey decides.
      let w0 = 0, w1 = 0, w2 = 0, any = 0;
      for (let k = 0; k < n; k++) {
        let c = cell.charCodeAt(start + k);
        any |= c;
        if (c >= 65 && c <= 90) c += 32;
        if (k < 4) w0 |= c << (8 * k);
        else if (k < 8) w1 |= c << (8 * (k - 4));
        else w2 |= c << (8 * (k - 8));
      }
      if (any > 127) return this.viaIdKey(cell);
      this.text = cell;
      this.start = start;
      this.end = end;
      return this.words(KIND_SHORT | (n << 3), w0, w1, w2);
    }
    if (typeof cell === "number") {
      if (cell - cell !== 0) return NO_KEY;
      return this.numberKey(cell === 0 ? 0 : cell);
    }
    if (cell === null || cell === undefined) return NO_KEY;
    if (typeof cell === "boolean") return this.words(KIND_BOOLEAN, cell ? 1 : 0, 0, 0);
    return this.viaIdKey(cell);
  }

  private words(tag: number, w0: number, w1: number, w2: number): number {
    this.tag = tag;
    this.w0 = w0;
    this.w1 = w1;
    this.w2 = w2;
    this.hash = wordsHash(tag, w0, w1, w2);
    return tag;
  }

  private numberKey(x: number): number {
    scratch[0] = x;
    this.number = x;
    return this.words(KIND_NUMBER, scratchWords[0], scratchWords[1], 0);
  }

  private longCell(cell: string, start: number, end: number): number {
    for (let i = start; i < end; i++) if (cell.charCodeAt(i) > 127) return this.viaIdKey(cell);
    return this.long(cell, start, end);
  }

  /** A text kept as it is (longer than SHORT, or beyond ASCII): w0 holds its hash. */
  private long(text: string, start: number, end: number): number {
    const h = foldedRangeHash(text, start, end);
    this.text = text;
    this.start = start;
    this.end = end;
    this.tag = KIND_LONG;
    this.w0 = h;
    this.w1 = 0;
    this.w2 = 0;
    this.hash = h;
    return KIND_LONG;
  }

  /** A trimmed text starting like a number: digits alone are read here, anything else by idKey. */
  private numberLike(text: string, start: number, end: number): number {
    let i = start;
    while (i < end && text.charCodeAt(i) === 48) i++;
    if (end - i > 15) return this.viaIdKey(text);
    let x = 0;
    for (; i < end; i++) {
      const d = text.charCodeAt(i) - 48;
      if (d < 0 || d > 9) return this.viaIdKey(text);
      x = x * 10 + d;
    }
    return this.numberKey(x);
  }

  /**
   * idKey's answer per text as written, when the same IDs come back line after line (COHORT's
   * order lines; a Hangul or accented ID would otherwise be NFKC-normalised on every line). At most
   * SPELLINGS texts are kept. Left null where each ID comes once (TRANSITIONS' snapshots).
   */
  spellings: Map<string, IdKey | null> | null = null;

  /** Any other cell: its key by idKey (customerIds.ts), the rule itself. */
  private viaIdKey(cell: unknown): number {
    let key: IdKey | null | undefined;
    if (this.spellings !== null && typeof cell === "string") {
      key = this.spellings.get(cell);
      if (key === undefined) {
        key = idKey(cell);
        if (this.spellings.size < SPELLINGS) this.spellings.set(cell, key);
      }
    } else {
      key = idKey(cell);
    }
    if (key === null) return NO_KEY;
    if (typeof key === "number") return this.numberKey(key);
    // idKey's text is lower case already: folding leaves it as it is, so it meets the same key
    // read in place from an ASCII cell, whichever way (short or long) that one went.
    const n = key.length;
    let any = 0;
    for (let k = 0; k < n; k++) any |= key.charCodeAt(k);
    if (n > SHORT || any > 127) return this.long(key, 0, n);
    let w0 = 0, w1 = 0, w2 = 0;
    for (let k = 0; k < n; k++) {
      const c = key.charCodeAt(k);
      if (k < 4) w0 |= c << (8 * k);
      else if (k < 8) w1 |= c << (8 * (k - 4));
      else w2 |= c << (8 * (k - 8));
    }
    this.text = key;
    this.start = 0;
    this.end = n;
    return this.words(KIND_SHORT | (n << 3), w0, w1, w2);
  }
}

/** Whether two long keys (text, start, end) are the same key. */
function sameLongKey(a: string, as: number, ae: number, b: string, bs: number, be: number): boolean {
  return ae - as === be - bs && foldedRangeEqual(a, as, b, bs, ae - as);
}

export class IdTable {
  /**
   * Four Int32 per slot: tag = entry + 1 | key tag << 24 (0 = empty), then the key's three words
   * (a short key), or its hash and two zeros (a long text).
   */
  private slots: Int32Array;
  private mask: number;
  // Per entry, for keyOf and for comparing long texts: the cell's text and the key's bounds in it,
  // or the number. Written once per customer, read only for long texts.
  private kinds: Uint8Array;
  private numbers: Float64Array;
  private starts: Int32Array;
  private ends: Int32Array;
  private readonly texts: (string | null)[] = [];
  private readonly key = new IdKeyReader();
  size = 0;

  /** `expected`: about how many distinct IDs (the table grows past it). */
  constructor(expected = 512) {
    this.key.spellings = new Map();
    let capacity = 1024;
    while (capacity * 3 < expected * 4) capacity *= 2;
    this.slots = new Int32Array(4 * capacity);
    this.mask = capacity - 1;
    const entries = (capacity * 3) >>> 2;
    this.kinds = new Uint8Array(entries);
    this.numbers = new Float64Array(entries);
    this.starts = new Int32Array(entries);
    this.ends = new Int32Array(entries);
  }

  /**
   * The customer number of an ID cell (a plain cell: number, text, boolean, Date, blank), ABSENT
   * when its key is not in the table yet (then `add()` adds it), or NO_KEY when the cell has none
   * (blank, only spaces, or not an ID at all: see idKey).
   */
  find(cell: unknown): number {
    const key = this.key;
    const tag = key.read(cell);
    if (tag === NO_KEY) return NO_KEY;
    const { slots, mask } = this;
    const { w0, w1, w2, hash } = key;
    if (tag !== KIND_LONG) {
      for (let i = hash & mask; ; i = (i + 1) & mask) {
        const s = slots[4 * i];
        if (s === 0) return ABSENT;
        if (s >>> 24 === tag && slots[4 * i + 1] === w0 && slots[4 * i + 2] === w1 && slots[4 * i + 3] === w2) return (s & ENTRY_BITS) - 1;
      }
    }
    const { texts, starts, ends } = this;
    for (let i = hash & mask; ; i = (i + 1) & mask) {
      const s = slots[4 * i];
      if (s === 0) return ABSENT;
      if (s >>> 24 === KIND_LONG && slots[4 * i + 1] === hash) {
        const e = (s & ENTRY_BITS) - 1;
        if (sameLongKey(texts[e] as string, starts[e], ends[e], key.text, key.start, key.end)) return e;
      }
    }
  }

  /** Adds the key of the cell last given to `find` (which answered ABSENT); returns its customer number. */
  add(): number {
    const key = this.key;
    const e = this.size++;
    if (e === this.kinds.length) this.growEntries();
    const kind = key.tag & 7;
    this.kinds[e] = kind;
    if (kind === KIND_NUMBER) {
      this.numbers[e] = key.number;
      this.texts.push(null);
    } else if (kind === KIND_BOOLEAN) {
      this.numbers[e] = key.w0;
      this.texts.push(null);
    } else {
      this.texts.push(key.text);
      this.starts[e] = key.start;
      this.ends[e] = key.end;
    }
    if (this.size * 4 > (this.mask + 1) * 3) this.grow();
    this.place((e + 1) | (key.tag << 24), key.w0, key.w1, key.w2, key.hash);
    return e;
  }

  /** The customer number of a cell, adding its key when new; NO_KEY when the cell has none. */
  findOrAdd(cell: unknown): number {
    const e = this.find(cell);
    return e === ABSENT ? this.add() : e;
  }

  /** The key of customer `e`, as idKey gives it (makes a string for a text). */
  keyOf(e: number): IdKey {
    const kind = this.kinds[e];
    if (kind === KIND_NUMBER) return this.numbers[e];
    if (kind === KIND_BOOLEAN) return idKey(this.numbers[e] === 1) as IdKey;
    return (this.texts[e] as string).slice(this.starts[e], this.ends[e]).toLowerCase();
  }

  private place(s: number, w0: number, w1: number, w2: number, h: number): void {
    const { slots, mask } = this;
    let i = h & mask;
    while (slots[4 * i] !== 0) i = (i + 1) & mask;
    slots[4 * i] = s;
    slots[4 * i + 1] = w0;
    slots[4 * i + 2] = w1;
    slots[4 * i + 3] = w2;
  }

  /** Twice the slots; every key moves to its place there (its hash is recomputed from the slot). */
  private grow(): void {
    if (this.size > MAX_ENTRIES) throw new RangeError(`more than ${MAX_ENTRIES} distinct IDs`);
    const old = this.slots;
    const capacity = (this.mask + 1) * 2;
    this.slots = new Int32Array(4 * capacity);
    this.mask = capacity - 1;
    for (let i = 0; i < old.length; i += 4) {
      const s = old[i];
      if (s === 0) continue;
      const tag = s >>> 24;
      const h = tag === KIND_LONG ? old[i + 1] : wordsHash(tag, old[i + 1], old[i + 2], old[i + 3]);
      this.place(s, old[i + 1], old[i + 2], old[i + 3], h);
    }
  }

  private growEntries(): void {
    const length = this.kinds.length * 2;
    this.kinds = grown(this.kinds, new Uint8Array(length));
    this.numbers = grown(this.numbers, new Float64Array(length));
    this.starts = grown(this.starts, new Int32Array(length));
    this.ends = grown(this.ends, new Int32Array(length));
  }
}

function grown<T extends Uint8Array | Int32Array | Float64Array>(from: T, to: T): T {
  to.set(from as never);
  return to;
}

/** Int32 per row in KeyRecords: tag (0: no key), w0, w1, w2, hash. */
const RECORD = 5;

/**
 * The keys of a list of ID cells, one record per row, for matching two lists (joinKeys) without
 * a table of the whole list.
 */
export class KeyRecords {
  readonly records: Int32Array;
  /** Long keys: their texts and bounds by row (made on the first long key). */
  private texts: (string | undefined)[] | null = null;
  private starts: Int32Array | null = null;
  private ends: Int32Array | null = null;
  private readonly key = new IdKeyReader();

  constructor(readonly rows: number) {
    this.records = new Int32Array(rows * RECORD);
  }

  /** Reads the ID cell of `row` (a plain cell); false when it has no key. */
  read(row: number, cell: unknown): boolean {
    const key = this.key;
    const tag = key.read(cell);
    if (tag === NO_KEY) return false;
    const r = row * RECORD;
    const records = this.records;
    records[r] = tag;
    records[r + 1] = key.w0;
    records[r + 2] = key.w1;
    records[r + 3] = key.w2;
    records[r + 4] = key.hash;
    if (tag === KIND_LONG) {
      if (this.texts === null) {
        this.texts = new Array(this.rows);
        this.starts = new Int32Array(this.rows);
        this.ends = new Int32Array(this.rows);
      }
      this.texts[row] = key.text;
      (this.starts as Int32Array)[row] = key.start;
      (this.ends as Int32Array)[row] = key.end;
    }
    return true;
  }

  /** Whether the long keys of `row` here and `other` there are the same. */
  sameLong(row: number, other: KeyRecords, otherRow: number): boolean {
    const starts = this.starts as Int32Array, ends = this.ends as Int32Array;
    const otherStarts = other.starts as Int32Array, otherEnds = other.ends as Int32Array;
    return sameLongKey((this.texts as string[])[row], starts[row], ends[row], (other.texts as string[])[otherRow], otherStarts[otherRow], otherEnds[otherRow]);
  }
}

/** Per partition record: row, then the row's RECORD words. */
const PART_RECORD = 1 + RECORD;
/** About this many keys of a list per partition: a partition's table and records stay in the cache. */
const PART_KEYS = 1024;

/** A list's keyed rows grouped by the top `bits` of their hash, in row order within a group. */
function partitioned(keys: KeyRecords, bits: number): { bounds: Int32Array; recs: Int32Array } {
  const parts = 1 << bits;
  const shift = 32 - bits;
  const src = keys.records;
  const bounds = new Int32Array(parts + 1);
  for (let r = 0; r < src.length; r += RECORD) if (src[r] !== 0) bounds[(bits === 0 ? 0 : src[r + 4] >>> shift) + 1]++;
  for (let p = 0; p < parts; p++) bounds[p + 1] += bounds[p];
  const fill = bounds.slice(0, parts);
  const recs = new Int32Array(bounds[parts] * PART_RECORD);
  for (let row = 0, r = 0; r < src.length; row++, r += RECORD) {
    if (src[r] === 0) continue;
    const at = fill[bits === 0 ? 0 : src[r + 4] >>> shift]++ * PART_RECORD;
    recs[at] = row;
    recs[at + 1] = src[r];
    recs[at + 2] = src[r + 1];
    recs[at + 3] = src[r + 2];
    recs[at + 4] = src[r + 3];
    recs[at + 5] = src[r + 4];
  }
  return { bounds, recs };
}

/** The customers two lists share, and the first repeat in each list (a key on two of its rows). */
export interface KeyJoin {
  /** Per row of the first list: the row of the second holding the same key, or -1. */
  readonly firstToSecond: Int32Array;
  readonly secondToFirst: Int32Array;
  /** [earlier row, repeating row] of the repeat that comes first in row order, or null. */
  readonly firstRepeat: readonly [number, number] | null;
  readonly secondRepeat: readonly [number, number] | null;
}

/**
 * Matches the keys of two lists (TRANSITIONS' snapshots) as a partitioned hash join: both lists'
 * records are grouped by the top bits of their hash (sequential passes), then each group is matched
 * with a small table that stays in the cache. One table of a million keys costs a cache miss per
 * row, and on the shared machine those misses were most of the time; here the only scattered
 * accesses are the two answers per matched row.
 */
export function joinKeys(first: KeyRecords, second: KeyRecords): KeyJoin {
  let bits = 0;
  while (bits < 12 && (1 << bits) * PART_KEYS < Math.max(first.rows, second.rows)) bits++;
  const parts = 1 << bits;
  const a = partitioned(first, bits);
  const b = partitioned(second, bits);
  let most = 0;
  for (let p = 0; p < parts; p++) most = Math.max(most, a.bounds[p + 1] - a.bounds[p] + b.bounds[p + 1] - b.bounds[p]);
  let size = 16;
  while (size < 2 * most) size *= 2;
  const mask = size - 1;
  // Per slot: 0 empty, k + 1 for record k of the first list's group, −(k + 1) for the second's.
  const slots = new Int32Array(size);
  const firstToSecond = new Int32Array(first.rows).fill(-1);
  const secondToFirst = new Int32Array(second.rows).fill(-1);
  let firstRepeat: [number, number] | null = null;
  let secondRepeat: [number, number] | null = null;
  const ar = a.recs, br = b.recs;
  // Whether record x of `xs` and record y of `ys` hold the same key (offsets into the arrays).
  const same = (xs: Int32Array, x: number, xk: KeyRecords, ys: Int32Array, y: number, yk: KeyRecords): boolean =>
    xs[x + 1] === ys[y + 1] && xs[x + 2] === ys[y + 2] && xs[x + 3] === ys[y + 3] && xs[x + 4] === ys[y + 4] && (xs[x + 1] !== KIND_LONG || xk.sameLong(xs[x], yk, ys[y]));
  for (let p = 0; p < parts; p++) {
    slots.fill(0);
    for (let k = a.bounds[p]; k < a.bounds[p + 1]; k++) {
      const x = k * PART_RECORD;
      let i = ar[x + 5] & mask;
      for (; slots[i] !== 0; i = (i + 1) & mask) {
        const y = (slots[i] - 1) * PART_RECORD;
        if (same(ar, x, first, ar, y, first)) break;
      }
      if (slots[i] === 0) slots[i] = k + 1;
      else if (firstRepeat === null || ar[x] < firstRepeat[1]) firstRepeat = [ar[(slots[i] - 1) * PART_RECORD], ar[x]];
    }
    for (let k = b.bounds[p]; k < b.bounds[p + 1]; k++) {
      const x = k * PART_RECORD;
      const row = br[x];
      let i = br[x + 5] & mask;
      for (; slots[i] !== 0; i = (i + 1) & mask) {
        const s = slots[i];
        if (s > 0 ? same(br, x, second, ar, (s - 1) * PART_RECORD, first) : same(br, x, second, br, (-s - 1) * PART_RECORD, second)) break;
      }
      const s = slots[i];
      if (s === 0) {
        slots[i] = -(k + 1);
        continue;
      }
      const earlier = s > 0 ? firstToSecond[ar[(s - 1) * PART_RECORD]] : br[(-s - 1) * PART_RECORD];
      if (earlier >= 0) {
        if (secondRepeat === null || row < secondRepeat[1]) secondRepeat = [earlier, row];
        continue;
      }
      const j = ar[(s - 1) * PART_RECORD];
      firstToSecond[j] = row;
      secondToFirst[row] = j;
    }
  }
  return { firstToSecond, secondToFirst, firstRepeat, secondRepeat };
}
