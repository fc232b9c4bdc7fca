/**
 * Sorts non-negative finite doubles ascending, in place, with an LSD radix sort on their bit
 * patterns. For such numbers the IEEE-754 bits, read as an unsigned integer, order exactly like
 * the numbers, so no comparison is needed. Six passes of at most 11 bits (2,048 buckets, which
 * stay in cache); a pass whose digit is the same for every value is skipped — whole-number
 * amounts leave the low mantissa bits zero, so half the passes usually vanish.
 *
 * Why not Float64Array.prototype.sort: on 1M shuffled values it takes ~100 ms here, the
 * largest part of an ABC run; this takes a fraction of that. Small inputs use the built-in sort.
 * Precondition: no negative numbers, no -0, no NaN (callers pass positive values only).
 */
const RADIX_THRESHOLD = 4096;
// [word (0 = low 32 bits, 1 = high), shift, bits]
const PASSES: readonly (readonly [number, number, number])[] = [
  [0, 0, 11],
  [0, 11, 11],
  [0, 22, 10],
  [1, 0, 11],
  [1, 11, 11],
  [1, 22, 10],
];
const LITTLE_ENDIAN = new Uint8Array(new Float64Array([1]).buffer)[7] === 0x3f;

/** `buffer`, when given and long enough (2 words per value), is used as the sort's scratch space. */
export function sortNonNegative(values: Float64Array, buffer: Uint32Array | null = null): Float64Array {
  const n = values.length;
  if (n < RADIX_THRESHOLD || !LITTLE_ENDIAN) return values.sort();
  const words = new Uint32Array(values.buffer, values.byteOffset, n * 2);
  const counts = new Uint32Array(PASSES.length * 2048);
  for (let i = 0; i < n; i++) {
    const lo = words[2 * i];
    const hi = words[2 * i + 1];
    counts[lo & 0x7ff]++;
    counts[2048 + ((lo >>> 11) & 0x7ff)]++;
    counts[4096 + (lo >>> 22)]++;
    counts[6144 + (hi & 0x7ff)]++;
    counts[8192 + ((hi >>> 11) & 0x7ff)]++;
    counts[10240 + (hi >>> 22)]++;
  }
  let src: Uint32Array = words;
  let dst: Uint32Array = buffer !== null && buffer.length >= n * 2 ? buffer.subarray(0, n * 2) : new Uint32Array(n * 2);
  const next = new Uint32Array(2048);
  for (let p = 0; p < PASSES.length; p++) {
    const [word, shift, bits] = PASSES[p];
    const mask = (1 << bits) - 1;
    const base = p * 2048;
    let skip = false;
    let position = 0;
    for (let d = 0; d <= mask; d++) {
      const c = counts[base + d];
      if (c === n) skip = true;
      next[d] = position;
      position += c;
    }
    if (skip) continue;
    for (let i = 0; i < n; i++) {
      const lo = src[2 * i];
      const hi = src[2 * i + 1];
      const digit = ((word === 0 ? lo : hi) >>> shift) & mask;
      const at = next[digit]++;
      dst[2 * at] = lo;
      dst[2 * at + 1] = hi;
    }
    const swap = src;
    src = dst;
    dst = swap;
  }
  if (src !== words) words.set(src);
  return values;
}
