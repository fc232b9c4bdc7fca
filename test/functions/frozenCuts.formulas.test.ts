/**
 * Frozen thresholds on a sheet (methods.md §14): SEGMENT.EXPLAIN's "lowest value" column, typed
 * back as the cuts of SEGMENT.ABC/ABCD/ABCOF with basis "threshold", classifies exactly as the fit
 * it came from on the same data — and keeps those classes when other customers grow. Through
 * the built bundle in HyperFormula, as Excel would load it.
 */
import { DetailedCellError, HyperFormula } from "hyperformula";
import { hyperFormulaWithAddin } from "../harness/hyperformulaAddin";
import { revenueValues } from "../../bench/harness";

const at = (row: number, col: number) => ({ sheet: 0, row, col });
const column = (hf: HyperFormula, col: number, from: number, count: number): unknown[] => Array.from({ length: count }, (_, i) => hf.getCellValue(at(from + i, col)));

/** Revenues with ties, returns, blanks and text, as exports have them. */
function messyValues(n: number): unknown[] {
  return revenueValues(n, 23).map((v, i) => (i % 9 === 4 ? "" : i % 13 === 6 ? "n/a" : i % 7 === 1 ? -Math.round(Math.abs(v)) : Math.round(Math.abs(v) / 50) * 50));
}

describe("EXPLAIN's lowest values as threshold cuts", () => {
  const n = 600;
  const values = messyValues(n);
  const data = [["customer", "revenue"], ...values.map((v, i) => [`C${i + 1}`, v])];

  test.each([
    ["ABC", 3, ""],
    ["ABC", 3, ',"70/90","byhand"'],
    ["ABCD", 4, ""],
  ])("SEGMENT.%s, %i classes, arguments \"%s\": the kept values give every row the fitted class", (fn, classes, args) => {
    const hf = hyperFormulaWithAddin({ Sheet1: data });
    const method = fn === "ABC" ? "ABC" : "ABCD";
    // EXPLAIN spills from E1: header, one row per class; column F+5 = J holds the lowest value.
    hf.setCellContents(at(0, 4), [[`=SEGMENT.EXPLAIN(B2:B${n + 1},"${method}"${args ? args.replace(/^,/, ",") : ""})`]]);
    const lowest = column(hf, 9, 1, (classes as number) - 1);
    expect(lowest.every((v) => typeof v === "number" && v > 0)).toBe(true);
    const cutsRef = `J2:J${classes}`;
    hf.setCellContents(at(1, 2), [[`=SEGMENT.${fn}(B2:B${n + 1}${args || ""})`]]);
    hf.setCellContents(at(1, 3), [[`=SEGMENT.${fn}(B2:B${n + 1},${cutsRef},,"threshold")`]]);
    const fitted = column(hf, 2, 1, n);
    const kept = column(hf, 3, 1, n);
    expect(kept).toEqual(fitted);
    expect(new Set(fitted.filter((c) => typeof c === "string" && c !== "")).size).toBe(classes);
  });

  test("the kept cuts hold when others grow; the re-fitted ones move", () => {
    const hf = hyperFormulaWithAddin({ Sheet1: data });
    hf.setCellContents(at(0, 4), [[`=SEGMENT.EXPLAIN(B2:B${n + 1})`]]);
    // Freeze the two values as numbers (a user pastes values), then let every other customer double.
    const limits = column(hf, 9, 1, 2) as number[];
    hf.setCellContents(at(0, 12), [[limits[0]], [limits[1]]]);
    hf.setCellContents(at(1, 2), [[`=SEGMENT.ABC(B2:B${n + 1},M1:M2,,"threshold")`]]);
    hf.setCellContents(at(1, 3), [[`=SEGMENT.ABC(B2:B${n + 1})`]]);
    // The lowest B customer keeps its value; everyone else doubles.
    const numbers = values.map((v, i) => ({ v, i })).filter((x) => typeof x.v === "number" && (x.v as number) >= limits[1] && (x.v as number) < limits[0]);
    const target = numbers.reduce((a, b) => ((b.v as number) < (a.v as number) ? b : a));
    expect(hf.getCellValue(at(1 + target.i, 2))).toBe("B");
    values.forEach((v, i) => {
      if (i !== target.i && typeof v === "number") hf.setCellContents(at(1 + i, 1), [[v * 2]]);
    });
    // Kept: still B (its own value did not change and is ≥ the B cut). Re-fitted: others passed it.
    expect(hf.getCellValue(at(1 + target.i, 2))).toBe("B");
    expect(hf.getCellValue(at(1 + target.i, 3))).toBe("C");
    // Every kept class is the threshold rule applied by hand.
    column(hf, 2, 1, n).forEach((cls, i) => {
      const v = hf.getCellValue(at(1 + i, 1));
      if (typeof v !== "number") return;
      expect([i, cls]).toEqual([i, v > 0 && v >= limits[0] ? "A" : v > 0 && v >= limits[1] ? "B" : "C"]);
    });
  });

  test("ABCOF in a table row takes the same thresholds; a bad threshold list says what to give", () => {
    const hf = hyperFormulaWithAddin({ Sheet1: data });
    hf.setCellContents(at(1, 2), [[`=SEGMENT.ABCOF(B3,B2:B${n + 1},{5000,1000},,"threshold")`]]);
    const v = values[1];
    expect(hf.getCellValue(at(1, 2))).toBe(typeof v === "number" ? (v >= 5000 ? "A" : v >= 1000 ? "B" : "C") : "");
    hf.setCellContents(at(2, 2), [[`=SEGMENT.ABC(B2:B${n + 1},{1000,5000},,"threshold")`]]);
    const error = hf.getCellValue(at(2, 2));
    expect(error).toBeInstanceOf(DetailedCellError);
    expect((error as DetailedCellError).message).toContain('basis "threshold"');
  });
});
