/**
 * Class colours (methods.md §12). Each tone is a fill *and* the text colour that stays readable
 * on it, so a coloured row reads the same in Excel's light and dark themes (the cell keeps its
 * own pair instead of inheriting the theme's text colour), and the class code stays visible
 * beside the colour. The pane draws its chips with the same pairs in both of its themes, so the
 * legend matches the rows. Fills are pale, text is dark: every pair has a WCAG contrast ≥ 4.5:1,
 * and any two fills differ by CIEDE2000 ΔE00 ≥ 13 (the smallest: blueGrey/sky), so even the
 * eleven RFM segments, which use all eleven tones, can be told apart by fill alone
 * (test/workbook/palette.test.ts checks both, method by method).
 *
 * Green, amber and red are Excel's own "Good", "Neutral" and "Bad" cell styles; the other eight
 * were placed around them in CIELAB, pale enough for dark text, apart enough to tell at a glance.
 */
import { Tone } from "./plan";

export const TONES = {
  green: { fill: "#C6EFCE", font: "#006100" },
  amber: { fill: "#FFEB9C", font: "#7A4500" },
  blueGrey: { fill: "#B3C4C9", font: "#263238" },
  red: { fill: "#FFC7CE", font: "#9C0006" },
  purple: { fill: "#E6DCFF", font: "#4A2A80" },
  teal: { fill: "#CAF9FD", font: "#0B5345" },
  orange: { fill: "#FFD6B2", font: "#843C0C" },
  pink: { fill: "#E1A3D0", font: "#5C1040" },
  olive: { fill: "#C4C5A0", font: "#2F3A12" },
  slate: { fill: "#ECE7E7", font: "#3A3A3A" },
  sky: { fill: "#9CCBF7", font: "#16375A" },
} as const satisfies Record<string, Tone>;

export type ToneId = keyof typeof TONES;
export const TONE_IDS = Object.keys(TONES) as ToneId[];

/** §12: A/EI green, B/EII amber, C/EIII blue-grey, D/EIV red-ish — and the other methods' codes by meaning. */
const BY_CODE: Readonly<Record<string, ToneId>> = {
  A: "green",
  B: "amber",
  C: "blueGrey",
  D: "red",
  EI: "green",
  EII: "amber",
  EIII: "blueGrey",
  EIV: "red",
  PI: "green",
  PII: "amber",
  PIII: "blueGrey",
  PIV: "red",
  HH: "green",
  HL: "amber",
  LH: "blueGrey",
  LL: "red",
  "OLD-LARGE": "green",
  "NEW-LARGE": "amber",
  "OLD-SMALL": "blueGrey",
  "NEW-SMALL": "red",
  VITAL: "green",
  REST: "blueGrey",
  LOSS: "red",
  // RFM segments (src/segment/rfmSegments.ts): eleven codes, eleven tones; best green, lost grey.
  CHAMPIONS: "green",
  "POTENTIAL-LOYALIST": "olive",
  "LOYAL-CUSTOMERS": "teal",
  PROMISING: "sky",
  "NEW-CUSTOMERS": "purple",
  "CANT-LOSE-THEM": "red",
  "AT-RISK-CUSTOMERS": "orange",
  "NEED-ATTENTION": "amber",
  "ABOUT-TO-SLEEP": "pink",
  LOST: "slate",
  OTHERS: "blueGrey",
  // RFM 8 classes (src/segment/rfm8.ts): important ones in the strong tones, win-back red/grey.
  "IMPORTANT-VALUE": "green",
  "IMPORTANT-DEVELOP": "teal",
  "IMPORTANT-RETAIN": "amber",
  "IMPORTANT-WINBACK": "red",
  "GENERAL-VALUE": "olive",
  "GENERAL-DEVELOP": "sky",
  "GENERAL-RETAIN": "purple",
  "GENERAL-WINBACK": "slate",
  // Lifecycle stages (src/segment/lifecycle.ts).
  CHURNED: "slate",
  DISSATISFIED: "red",
  "AT-RISK": "orange",
  NEW: "sky",
  LOYAL: "green",
  ACTIVE: "olive",
  SILENT: "amber",
  // XYZ (src/segment/xyz.ts): steady green, swinging amber, irregular orange.
  X: "green",
  Y: "amber",
  Z: "orange",
  // The nine ABC–XYZ cells, nine distinct tones: the A row in greens (AX green, AY olive, AZ
  // teal), the B row in warm tones (amber, orange, pink), the C row in blues and greys (sky,
  // blue-grey, slate), so the 3×3 grid reads by row at a glance and no two cells share a colour.
  AX: "green",
  AY: "olive",
  AZ: "teal",
  BX: "amber",
  BY: "orange",
  BZ: "pink",
  CX: "sky",
  CY: "blueGrey",
  CZ: "slate",
};

/** The default tone per code: by meaning where §12 names it, else the next unused tone. */
export function defaultTones(codes: readonly string[]): Record<string, ToneId> {
  const out: Record<string, ToneId> = {};
  const used = new Set<ToneId>();
  for (const code of codes) {
    const known = BY_CODE[code];
    if (known) {
      out[code] = known;
      used.add(known);
    }
  }
  let next = 0;
  for (const code of codes) {
    if (out[code]) continue;
    while (next < TONE_IDS.length - 1 && used.has(TONE_IDS[next])) next++;
    out[code] = TONE_IDS[next];
    used.add(TONE_IDS[next]);
  }
  return out;
}

export function isToneId(id: string): id is ToneId {
  return (TONE_IDS as string[]).includes(id);
}

/** The tone for each code: the user's choice where valid, else the default. */
export function resolveTones(codes: readonly string[], chosen: Readonly<Record<string, string>> = {}): Record<string, Tone> {
  const defaults = defaultTones(codes);
  const out: Record<string, Tone> = {};
  for (const code of codes) {
    const id = chosen[code];
    out[code] = TONES[id !== undefined && isToneId(id) ? id : defaults[code]];
  }
  return out;
}

/** WCAG relative luminance of "#RRGGBB". */
export function luminance(hex: string): number {
  const channel = (i: number): number => {
    const c = parseInt(hex.slice(1 + 2 * i, 3 + 2 * i), 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel(0) + 0.7152 * channel(1) + 0.0722 * channel(2);
}

export function contrastRatio(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi + 0.05) / (lo + 0.05);
}
