/**
 * SEGMENT.WHY, RFMWHY and QUADRANTWHY as formulas in HyperFormula (built bundle: npm run build
 * first), checked against the functions they explain and against sheet formulas a user would
 * write: the next cut up is the smallest value of the class above (MINIFS), the gaps are plain
 * differences, and the RFM preset "rfm-package" reaches the formulas as the bins argument.
 */
import { HyperFormula } from "hyperformula";
import { hyperFormulaWithAddin } from "../harness/hyperformulaAddin";
import { revenueValues } from "../../bench/harness";

const at = (row: number, col: number) => ({ sheet: 0, row, col });

function block(hf: HyperFormula, row: number, col: number, rows: number, cols: number): unknown[][] {
  return Array.from({ length: rows }, (_, r) => Array.from({ length: cols }, (_, c) => hf.getCellValue(at(row + r, col + c))));
}

describe("SEGMENT.WHY in a sheet", () => {
  const n = 300;
  const values = revenueValues(n, 5).map((v) => Math.abs(v));
  const hf = hyperFormulaWithAddin({ Sheet1: [["customer", "revenue"], ...values.map((v, i) => [`C${i + 1}`, v])] });
  const range = `B$2:B$${n + 1}`;
  hf.setCellContents(at(1, 2), [[`=SEGMENT.ABC(${range})`]]); // C
  hf.setCellContents(at(1, 3), [[`=SEGMENT.WHY(${range})`]]); // D:J
  // By hand, per row: the lowest value of the class above (K) and of the own class (L).
  for (let r = 2; r <= n + 1; r++) {
    hf.setCellContents(at(r - 1, 10), [[`=IF(C${r}="A","",MINIFS(${range},C$2:C$${n + 1},IF(C${r}="B","A","B")))`]]);
    hf.setCellContents(at(r - 1, 11), [[`=IF(C${r}="C","",MINIFS(${range},C$2:C$${n + 1},C${r}))`]]);
  }
  const rows = block(hf, 1, 3, n, 7);

  test("one row of seven cells per customer, the class as SEGMENT.ABC", () => {
    expect(rows.map((r) => r[0])).toEqual(block(hf, 1, 2, n, 1).map((r) => r[0]));
    expect(hf.getCellValue(at(n + 1, 3))).toBeNull();
  });

  test("the cuts are the classes' lowest values (MINIFS), the gaps the differences", () => {
    rows.forEach((row, i) => {
      const [, sentence, own, down, up, gapUp] = row;
      const byHandUp = hf.getCellValue(at(i + 1, 10));
      const byHandOwn = hf.getCellValue(at(i + 1, 11));
      expect(up).toBe(byHandUp === "" ? "" : byHandUp);
      expect(own).toBe(byHandOwn === "" ? "" : byHandOwn);
      if (own !== "") expect(down).toBe(values[i] - (own as number));
      if (up !== "") expect(gapUp).toBe((up as number) - values[i]);
      expect(String(sentence).startsWith(`${String(row[0])}: `)).toBe(true);
    });
  });

  test("PARETO and a bad method", () => {
    hf.setCellContents(at(0, 13), [[`=INDEX(SEGMENT.WHY(${range},"PARETO"),1,1)=INDEX(SEGMENT.PARETO(${range}),1,1)`]]);
    expect(hf.getCellValue(at(0, 13))).toBe(true);
    hf.setCellContents(at(0, 14), [[`=SEGMENT.WHY(${range},"XYZ")`]]);
    expect(String((hf.getCellValue(at(0, 14)) as { message?: string }).message)).toContain("Unknown method");
  });
});

describe("SEGMENT.RFMWHY and QUADRANTWHY in a sheet", () => {
  // Days 0…10, orders 1…11, amounts 0 … 1,000 (the hand-worked case of rfmPackage.test.ts).
  const rows = Array.from({ length: 11 }, (_, i) => [i, i + 1, 100 * i]);
  const hf = hyperFormulaWithAddin({ Sheet1: [["days", "orders", "amount"], ...rows] });
  hf.setCellContents(at(1, 4), [['=SEGMENT.RFMWHY(A2:A12,B2:B12,C2:C12,"rfm-package")']]); // E:O
  hf.setCellContents(at(1, 16), [['=SEGMENT.RFM(A2:A12,B2:B12,C2:C12,"rfm-package")']]); // Q:S
  hf.setCellContents(at(1, 20), [["=SEGMENT.QUADRANTWHY(B2:B12,C2:C12)"]]); // U:Z
  hf.setCellContents(at(1, 27), [["=SEGMENT.QUADRANT(B2:B12,C2:C12)"]]); // AB

  test("scores as SEGMENT.RFM with the preset, each inside its bin", () => {
    const why = block(hf, 1, 4, 11, 11);
    const scores = block(hf, 1, 16, 11, 3);
    why.forEach((row, i) => {
      expect([row[2], row[5], row[8]]).toEqual(scores[i]);
      for (let d = 0; d < 3; d++) {
        const [from, to] = [row[3 + 3 * d], row[4 + 3 * d]];
        if (from !== "") expect(rows[i][d]).toBeGreaterThanOrEqual(from as number);
        // HyperFormula shows numbers rounded to 14 digits (smartRounding), so the package's
        // 7.0000000000000009 reads back as 7 here; the exact edges are checked in rfmPackage.test.ts.
        if (to !== "") expect(rows[i][d]).toBeLessThanOrEqual(to as number);
      }
    });
    // 7 days ago: R 3 (not 2, as the default quantiles give), from 5.
    expect(why[7].slice(2, 4)).toEqual([3, 5]);
  });

  test("quadrant codes as SEGMENT.QUADRANT; x − split > 0 exactly for the high-x codes", () => {
    const why = block(hf, 1, 20, 11, 6);
    const codes = block(hf, 1, 27, 11, 1).map((r) => r[0]);
    expect(why.map((r) => r[0])).toEqual(codes);
    why.forEach((r) => expect((r[3] as number) > 0).toBe(r[0] === "EI" || r[0] === "EII"));
  });
});
