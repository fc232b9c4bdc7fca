import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { contrastRatio, defaultTones, resolveTones, TONE_IDS, TONES } from "../../src/workbook/palette";
import { deltaE2000Hex } from "../../src/workbook/colourDifference";
import { METHODS } from "../../src/workbook/methods/registry";
import { SegmentMethod } from "../../src/workbook/methods/types";
import { RFM_SEGMENT_CODES } from "../../src/segment/rfmSegments";
import { ABC_XYZ_CODES } from "../../src/segment/xyz";
import { ClassChip } from "../../src/taskpane/ClassChip";
import { fluentTheme, PaneTheme } from "../../src/taskpane/theme";

describe("class colours (methods.md §12)", () => {
  test("A/EI green, B/EII amber, C/EIII blue-grey, D/EIV red-ish", () => {
    expect(defaultTones(["A", "B", "C", "D"])).toEqual({ A: "green", B: "amber", C: "blueGrey", D: "red" });
    expect(defaultTones(["EI", "EII", "EIII", "EIV"])).toEqual({ EI: "green", EII: "amber", EIII: "blueGrey", EIV: "red" });
    expect(defaultTones(["VITAL", "REST", "LOSS"])).toEqual({ VITAL: "green", REST: "blueGrey", LOSS: "red" });
  });

  test("unknown codes get distinct unused tones", () => {
    const tones = defaultTones(["Champions", "A", "Lost", "Others"]);
    expect(tones.A).toBe("green");
    expect(new Set(Object.values(tones)).size).toBe(4);
  });

  test("every fill keeps its text readable (WCAG ≥ 4.5:1), so rows read the same in light and dark themes", () => {
    for (const id of TONE_IDS) expect([id, contrastRatio(TONES[id].fill, TONES[id].font) >= 4.5]).toEqual([id, true]);
  });

  test("the fills differ from each other and from a white and a dark sheet", () => {
    const fills = TONE_IDS.map((id) => TONES[id].fill);
    expect(new Set(fills).size).toBe(fills.length);
    for (const fill of fills) {
      expect(contrastRatio(fill, "#1F1F1F")).toBeGreaterThan(7); // a pale band on a dark sheet
      expect(fill.toUpperCase()).not.toBe("#FFFFFF");
    }
  });

  test("the nine ABC–XYZ cells: nine different fills, each with its text at ≥ 4.5:1, rows by family (A greens, B warm, C blues and greys)", () => {
    const tones = resolveTones(ABC_XYZ_CODES);
    const fills = ABC_XYZ_CODES.map((code) => tones[code].fill);
    expect(new Set(fills).size).toBe(9);
    for (const code of ABC_XYZ_CODES) expect([code, contrastRatio(tones[code].fill, tones[code].font) >= 4.5]).toEqual([code, true]);
    expect(defaultTones([...ABC_XYZ_CODES])).toEqual({
      AX: "green", AY: "olive", AZ: "teal",
      BX: "amber", BY: "orange", BZ: "pink",
      CX: "sky", CY: "blueGrey", CZ: "slate",
    });
  });

  test("the user's choice wins, invalid choices fall back to the default", () => {
    expect(resolveTones(["A", "B"], { A: "purple", B: "no-such-tone" })).toEqual({ A: TONES.purple, B: TONES.amber });
  });
});

/** Every set of codes a method can colour: its codes under each combination of its parameters' choices. */
function codeSets(method: SegmentMethod): (readonly string[])[] {
  let combos: Record<string, string>[] = [{}];
  for (const p of method.params) combos = combos.flatMap((c) => p.choices.map((choice) => ({ ...c, [p.key]: choice.value })));
  const sets = new Map<string, readonly string[]>();
  for (const c of combos) {
    const codes = method.codes(c);
    sets.set(codes.join(","), codes);
  }
  return [...sets.values()];
}

/** The two fills of one method that look most alike (CIEDE2000), and how far apart they are. */
function closestPair(tones: Readonly<Record<string, { fill: string }>>, codes: readonly string[]): { pair: string; deltaE: number } {
  let best = { pair: "", deltaE: Infinity };
  for (let i = 0; i < codes.length; i++) {
    for (let j = i + 1; j < codes.length; j++) {
      const d = deltaE2000Hex(tones[codes[i]].fill, tones[codes[j]].fill);
      if (d < best.deltaE) best = { pair: `${codes[i]}/${codes[j]}`, deltaE: d };
    }
  }
  return best;
}

/** What a chip draws with (ClassChip, rendered): its background and text colours. */
function chipColours(tone: { fill: string; font: string }): { fill: string; font: string } {
  const html = renderToStaticMarkup(createElement(ClassChip, { code: "X", tone }));
  const style = (prop: string): string => (new RegExp(`(?:^|[;"])${prop}:\\s*(#[0-9A-Fa-f]{6})`).exec(html) ?? [])[1] ?? "";
  return { fill: style("background"), font: style("color") };
}

const MIN_DELTA_E = 10; // issue 21: any two fills of one method at least this far apart (CIEDE2000)
const MIN_CONTRAST = 4.5; // WCAG 2.x AA for normal text

describe.each(["light", "dark"] as PaneTheme[])("every method's classes can be told apart and read, %s theme", (theme) => {
  // The pane's chips and the sheet's rows use the same pair in both themes (the sheet's rule fixes
  // fill and font, Excel does not recolour them), so a class looks the same everywhere.
  const pane = fluentTheme(theme);

  test.each(METHODS.map((m) => [m.id, m] as const))("%s: fills ΔE00 ≥ 10 pairwise, text ≥ 4.5:1 on every chip", (_, method) => {
    for (const codes of codeSets(method)) {
      const tones = resolveTones(codes);
      const drawn = Object.fromEntries(codes.map((code) => [code, chipColours(tones[code])]));
      const closest = closestPair(drawn, codes);
      expect([codes.join(","), closest.pair, closest.deltaE >= MIN_DELTA_E]).toEqual([codes.join(","), closest.pair, true]);
      for (const code of codes) {
        // The chip's text is its tone's, never the theme's (white on a pale chip was 1.19:1).
        expect(drawn[code].font).toBe(tones[code].font);
        expect(drawn[code].font).not.toBe(pane.colorNeutralForeground1);
        expect([code, contrastRatio(drawn[code].fill, drawn[code].font) >= MIN_CONTRAST]).toEqual([code, true]);
      }
    }
  });

  test("every chip stands out from the pane behind it (its border in the text colour at ≥ 3:1 in light, the fill itself in dark)", () => {
    const background = pane.colorNeutralBackground1;
    for (const id of TONE_IDS) {
      const edge = theme === "dark" ? TONES[id].fill : TONES[id].font;
      expect([id, contrastRatio(edge, background) >= 3]).toEqual([id, true]); // WCAG 1.4.11, non-text contrast
    }
  });
});

describe("the eleven tones as a whole", () => {
  test("any two of the eleven fills differ by ΔE00 ≥ 10, so the eleven RFM segments need no grouping to be told apart", () => {
    const all = Object.fromEntries(TONE_IDS.map((id) => [id, TONES[id]]));
    const closest = closestPair(all, TONE_IDS);
    expect(closest.deltaE).toBeGreaterThanOrEqual(MIN_DELTA_E);
    // The pairs that looked alike before: olive/green 8.6, purple/pink 9.8, slate/blueGrey 5.7 (teal/sky 13.0, but both pale).
    for (const [a, b] of [["olive", "green"], ["teal", "sky"], ["purple", "pink"], ["slate", "blueGrey"]] as const) expect(deltaE2000Hex(TONES[a].fill, TONES[b].fill)).toBeGreaterThan(13);
  });

  test("the RFM segments still read by family: the loyal in greens, the new in blues, those slipping in warm tones, the lost in greys", () => {
    expect(defaultTones(RFM_SEGMENT_CODES)).toEqual({
      CHAMPIONS: "green", "POTENTIAL-LOYALIST": "olive", "LOYAL-CUSTOMERS": "teal",
      PROMISING: "sky", "NEW-CUSTOMERS": "purple",
      "NEED-ATTENTION": "amber", "ABOUT-TO-SLEEP": "pink", "AT-RISK-CUSTOMERS": "orange", "CANT-LOSE-THEM": "red",
      LOST: "slate", OTHERS: "blueGrey",
    });
  });
});
