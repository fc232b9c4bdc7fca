import { contrastRatio, defaultTones, resolveTones, TONE_IDS, TONES } from "../../src/workbook/palette";
import { ABC_XYZ_CODES } from "../../src/segment/xyz";

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
