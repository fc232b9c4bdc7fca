/**
 * The one number format of the WHY sentences, the same in the three languages (all group
 * thousands with "," and write "." for decimals): whole numbers in full with separators
 * ("58,900"); others with up to two decimals ("1,234.5"), or three significant digits below 1
 * ("0.0123", "5.68e-14": a gap of one rounding step is shown, never rounded to 0). The cells
 * beside the sentence hold the exact numbers.
 *
 * **Two paths, one text.** SEGMENT.WHY writes two numbers per customer, so on a full column of
 * amounts in cents (every customer a value of its own) this runs two million times. The general
 * path (`formatNumberGeneral`: `toFixed`, slices, one string per group) leaves half a dozen
 * strings per number; the usual case — below a billion, one or more — is written from tables of
 * ready-made groups instead. It gives the very text of the general path (test/i18n/whyNumber.test.ts
 * compares both, and Intl's, on random values): hundredths are rounded as `toFixed(2)` rounds the
 * exact value, and a value whose hundredths fall too near a half to be sure goes the general way.
 */

/** "0" … "999" and "000" … "999": the leading group and the others. */
const HEAD: string[] = [];
const GROUP: string[] = [];
for (let i = 0; i < 1000; i++) {
  HEAD.push(String(i));
  GROUP.push(`,${String(i).padStart(3, "0")}`);
}
/** The decimals of 0 … 99 hundredths, trailing zeros dropped: "", ".01" … ".1" … ".99". */
const HUNDREDTHS: string[] = [];
for (let c = 0; c < 100; c++) HUNDREDTHS.push(c === 0 ? "" : `.${String(c).padStart(2, "0").replace(/0$/, "")}`);

/** The tables' reach: whole parts below a billion (three groups). */
const FAST_BELOW = 1e9;
/**
 * How near a half 100·x may come before the fast path defers. Below 1e11, 100·x is computed
 * within 2⁻¹⁷ (half its last place), so outside this margin it rounds to the integer nearest the
 * exact 100·x — the one `toFixed(2)` picks — and a tie cannot arise.
 */
const HALF_MARGIN = 1e-4;

/** A whole number in [0, 1e9) with its groups. */
function groupedWhole(w: number): string {
  if (w < 1000) return HEAD[w];
  if (w < 1e6) {
    const high = Math.floor(w / 1000);
    return HEAD[high] + GROUP[w - high * 1000];
  }
  const high = Math.floor(w / 1e6);
  const rest = w - high * 1e6;
  const middle = Math.floor(rest / 1000);
  return HEAD[high] + GROUP[middle] + GROUP[rest - middle * 1000];
}

export function formatNumber(x: number): string {
  const negative = x < 0;
  const a = negative ? -x : x;
  if (a < FAST_BELOW) {
    if (Number.isInteger(a)) return negative ? `-${groupedWhole(a)}` : groupedWhole(a);
    if (a >= 1) {
      const scaled = a * 100;
      const whole = Math.floor(scaled);
      const fraction = scaled - whole;
      if (Math.abs(fraction - 0.5) > HALF_MARGIN) {
        const cents = fraction > 0.5 ? whole + 1 : whole;
        const units = Math.floor(cents / 100);
        // Rounding up can carry past the tables' reach (999,999,999.996 → 1,000,000,000).
        if (units < FAST_BELOW) {
          const text = groupedWhole(units) + HUNDREDTHS[cents - units * 100];
          return negative ? `-${text}` : text;
        }
      }
    }
  }
  return formatNumberGeneral(x);
}

/** The same format by `toFixed` and `toPrecision`, for every number: the reference of the fast path. */
export function formatNumberGeneral(x: number): string {
  if (!Number.isFinite(x)) return String(x);
  const negative = x < 0;
  const a = negative ? -x : x;
  let text: string;
  if (Number.isInteger(a)) text = a < 1e21 ? grouped(String(a), "") : String(a);
  else if (a >= 1) {
    const fixed = a < 1e21 ? a.toFixed(2) : String(a);
    const dot = fixed.indexOf(".");
    if (dot < 0) text = fixed;
    else {
      let end = fixed.length;
      while (fixed.charCodeAt(end - 1) === 48) end--; // trailing zeros
      if (end === dot + 1) end = dot;
      text = grouped(fixed.slice(0, dot), fixed.slice(dot, end));
    }
  } else text = String(Number(a.toPrecision(3)));
  return negative ? `-${text}` : text;
}

function grouped(digits: string, rest: string): string {
  const n = digits.length;
  if (n <= 3) return digits + rest;
  let out = digits.slice(0, ((n - 1) % 3) + 1);
  for (let i = out.length; i < n; i += 3) out += `,${digits.slice(i, i + 3)}`;
  return out + rest;
}
