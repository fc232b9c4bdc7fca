/**
 * SEGMENT.RFM, RFMCODE, RFMSEGMENT, RFMEXPLAIN, RFM8CLASS and RFM8EXPLAIN as formulas in HyperFormula
 * (built bundle: run npm run build first), against the by-hand PERCENTILE.INC / COUNTIF / AVERAGE
 * formulas a user would write.
 */
import { DetailedCellError, HyperFormula } from "hyperformula";
import { hyperFormulaWithAddin } from "../harness/hyperformulaAddin";
import { seededRandom } from "../../bench/harness";

const at = (row: number, col: number) => ({ sheet: 0, row, col });

function errorOf(value: unknown): { type: string; message: string } | null {
  return value instanceof DetailedCellError ? { type: value.type, message: value.message } : null;
}

function block(hf: HyperFormula, row: number, col: number, rows: number, cols: number): unknown[][] {
  return Array.from({ length: rows }, (_, r) => Array.from({ length: cols }, (_, c) => hf.getCellValue(at(row + r, col + c))));
}

/** Header + customers: A = customer, B = recency days, C = frequency, D = monetary (ties everywhere, skewed F). */
function customers(n: number, seed: number): unknown[][] {
  const random = seededRandom(seed);
  const rows: unknown[][] = [["customer", "recency_days", "frequency", "monetary"]];
  for (let i = 0; i < n; i++) {
    const f = random() < 0.55 ? 1 : 1 + Math.floor(-Math.log(random()) * 3);
    rows.push([`C${i + 1}`, Math.floor(random() * 365), f, Math.round(f * (20 + random() * 200)) * 10]);
  }
  return rows;
}

describe("SEGMENT.RFM", () => {
  test("equals PERCENTILE.INC breaks and 1 + COUNTIF(breaks, \"<=\"&value) on 500 customers with ties", () => {
    const n = 500;
    const hf = hyperFormulaWithAddin({ Sheet1: customers(n, 11) });
    const range = (col: string) => `$${col}$2:$${col}$${n + 1}`;
    hf.setCellContents(at(1, 5), [[`=SEGMENT.RFM(${range("B")},${range("C")},${range("D")})`]]); // F2:H501
    // Breaks by hand in K1:N3 (rows R, F, M; columns 20/40/60/80 %).
    hf.setCellContents(
      at(0, 10),
      ["B", "C", "D"].map((col) => [0.2, 0.4, 0.6, 0.8].map((k) => `=PERCENTILE.INC(${range(col)},${k})`)),
    );
    // Scores by hand in P:R.
    hf.setCellContents(
      at(1, 15),
      Array.from({ length: n }, (_, i) => [
        `=5-COUNTIF($K$1:$N$1,"<="&B${i + 2})`,
        `=1+COUNTIF($K$2:$N$2,"<="&C${i + 2})`,
        `=1+COUNTIF($K$3:$N$3,"<="&D${i + 2})`,
      ]),
    );
    const ours = block(hf, 1, 5, n, 3);
    const byHand = block(hf, 1, 15, n, 3);
    expect(ours).toEqual(byHand);
    expect(hf.getCellValue(at(n + 1, 5))).toBeNull(); // one row per customer, nothing more
    // Our breaks (RFMEXPLAIN row 2-4, columns 3-6) equal PERCENTILE.INC.
    hf.setCellContents(at(0, 20), [[`=SEGMENT.RFMEXPLAIN(${range("B")},${range("C")},${range("D")})`]]);
    const explainBreaks = block(hf, 1, 22, 3, 4) as number[][];
    const handBreaks = block(hf, 0, 10, 3, 4) as number[][];
    explainBreaks.forEach((row, d) => row.forEach((b, k) => expect(b).toBeCloseTo(handBreaks[d][k], 9)));
    // Skewed frequency (55 % bought once): F cannot use all five scores, and RFMEXPLAIN says so.
    const fScores = new Set(ours.map((row) => row[1]));
    expect(fScores.size).toBeLessThan(5);
    const notes = block(hf, 4, 20, 3, 1).map((r) => String(r[0]));
    expect(notes.some((t) => t.startsWith("F uses only"))).toBe(true);
  });

  test("hand-worked: ties, a text cell, an error, user bins, text codes", () => {
    // Frequency [1,1,1,1,1,1,2,2,3,8] → breaks 1, 1, 1.4, 2.2 → F 3 3 3 3 3 3 4 4 5 5 (see test/segment/rfm.test.ts).
    // Row 11 has text recency: not a customer (blank row), left out of the breaks. Row 12 has #N/A.
    const rows: unknown[][] = [
      [0, 1, 10],
      [0, 1, 20],
      [0, 1, 30],
      [10, 1, 40],
      [10, 1, 50],
      [20, 1, 60],
      [30, 2, 70],
      [30, 2, 80],
      [30, 3, 90],
      [100, 8, 100],
      ["n/a", 5, 5],
      ["=NA()", 1, 1],
    ];
    const hf = hyperFormulaWithAddin({ Sheet1: rows });
    hf.setCellContents(at(0, 4), [["=SEGMENT.RFM(A1:A12,B1:B12,C1:C12)"]]);
    const out = block(hf, 0, 4, 12, 3);
    expect(out.slice(0, 11)).toEqual([
      [4, 3, 1],
      [4, 3, 1],
      [4, 3, 2],
      [3, 3, 2],
      [3, 3, 3],
      [3, 3, 3],
      [1, 4, 4],
      [1, 4, 4],
      [1, 5, 5],
      [1, 5, 5],
      ["", "", ""],
    ]);
    expect(out[11].map((c) => errorOf(c)?.type)).toEqual(["NA", "NA", "NA"]);
    hf.setCellContents(at(0, 8), [["=SEGMENT.RFMCODE(A1:A12,B1:B12,C1:C12)"]]);
    expect(block(hf, 0, 8, 3, 1).flat()).toEqual(["431", "431", "432"]);
    // User bins: R edges 5, 15, 25, 50 days; F row left empty (quantiles); M edges 25, 45, 65, 85.
    hf.setCellContents(at(20, 0), [
      [5, 15, 25, 50],
      [null, null, null, null],
      [25, 45, 65, 85],
    ]);
    hf.setCellContents(at(0, 10), [["=SEGMENT.RFM(A1:A10,B1:B10,C1:C10,A21:D23)"]]);
    expect(block(hf, 0, 10, 10, 3)).toEqual([
      [5, 3, 1],
      [5, 3, 1],
      [5, 3, 2],
      [4, 3, 2],
      [4, 3, 3],
      [3, 3, 3],
      [2, 4, 4],
      [2, 4, 4],
      [2, 5, 5],
      [1, 5, 5],
    ]);
    // RFMEXPLAIN with R and F left to quantiles (empty rows 25–26) and M edges far above every
    // amount (row 27): M collapses to score 1 "with your edges"; R uses 1, 3, 4 and F 3, 4, 5
    // (ties, see above). Each collapsed dimension gets a note row under the three dimension rows.
    hf.setCellContents(at(26, 0), [[1000, 2000, 3000, 4000]]);
    hf.setCellContents(at(31, 0), [["=SEGMENT.RFMEXPLAIN(A1:A10,B1:B10,C1:C10,A25:D27)"]]);
    const explain = block(hf, 31, 0, 7, 2);
    expect(explain[1]).toEqual(["R", "quantiles"]);
    expect(explain[3]).toEqual(["M", "your edges"]);
    expect(explain.slice(4).map((r) => r[0])).toEqual([
      "R uses only 3 of 5 scores (1, 3, 4): many customers share the same value. Give your own bin edges (bins argument) to spread them.",
      "F uses only 3 of 5 scores (3, 4, 5): many customers share the same value. Give your own bin edges (bins argument) to spread them.",
      "M uses only 1 of 5 scores (1) with your bin edges: check that the edges fall within the range of the customers' values.",
    ]);
  });

  test("a row of customers spills three rows across", () => {
    const hf = hyperFormulaWithAddin({
      Sheet1: [
        [1, 2, 3, 4, 5],
        [5, 4, 3, 2, 1],
        [10, 20, 30, 40, 50],
      ],
    });
    hf.setCellContents(at(4, 0), [["=SEGMENT.RFM(A1:E1,A2:E2,A3:E3)"]]);
    // Recency 1…5 → breaks 1.8 2.6 3.4 4.2 → R 5 4 3 2 1; frequency 5…1 → F 5 4 3 2 1; amounts 10…50 → M 1…5.
    expect(block(hf, 4, 0, 3, 5)).toEqual([
      [5, 4, 3, 2, 1],
      [5, 4, 3, 2, 1],
      [1, 2, 3, 4, 5],
    ]);
  });

  test("bad input: mismatched lengths, bins of the wrong shape, decreasing edges", () => {
    const hf = hyperFormulaWithAddin({
      Sheet1: [
        [1, 1, 1, 1],
        [2, 2, 2, 2],
        [3, 3, 3, 3],
      ],
    });
    hf.setCellContents(at(5, 0), [["=SEGMENT.RFM(A1:A3,B1:B3,C1:C2)"]]);
    expect(errorOf(hf.getCellValue(at(5, 0)))?.message).toBe("monetary must have as many rows as recency_days (3); it has 2.");
    hf.setCellContents(at(6, 0), [["=SEGMENT.RFM(A1:A3,B1:B3,C1:C3,A1:C3)"]]);
    expect(errorOf(hf.getCellValue(at(6, 0)))?.message).toMatch(/^bins must be 3 rows \(R, F, M\) × 4 columns/);
    hf.setCellContents(at(10, 0), [
      [4, 3, 2, 1],
      [null, null, null, null],
      [null, null, null, null],
    ]);
    hf.setCellContents(at(7, 0), [["=SEGMENT.RFM(A1:A3,B1:B3,C1:C3,A11:D13)"]]);
    expect(errorOf(hf.getCellValue(at(7, 0)))?.message).toBe("The R bin edges must increase from left to right (e.g. 30, 60, 90, 180).");
  });
});

describe("SEGMENT.RFMSEGMENT and RFMEXPLAIN", () => {
  test("named segments from scores, the user's own table, and the count per segment", () => {
    const scores = [
      [5, 5, 5],
      [4, 4, 4],
      [1, 1, 1],
      [2, 1, 5],
      [5, 5, 1],
      [3, 2, 3],
      ["", 1, 1],
    ];
    const hf = hyperFormulaWithAddin({ Sheet1: scores });
    hf.setCellContents(at(0, 4), [["=SEGMENT.RFMSEGMENT(A1:A7,B1:B7,C1:C7)"]]);
    expect(block(hf, 0, 4, 7, 1).flat()).toEqual(["CHAMPIONS", "POTENTIAL-LOYALIST", "LOST", "OTHERS", "OTHERS", "LOYAL-CUSTOMERS", ""]);
    hf.setCellContents(at(10, 0), [
      ["segment", "r_min", "r_max", "f_min", "f_max", "m_min", "m_max"],
      ["VIP", 4, 5, 4, 5, 4, 5],
      ["Dormant", 1, 2, 1, 5, 1, 5],
    ]);
    hf.setCellContents(at(0, 5), [["=SEGMENT.RFMSEGMENT(A1:A7,B1:B7,C1:C7,A11:G13)"]]);
    expect(block(hf, 0, 5, 7, 1).flat()).toEqual(["VIP", "VIP", "Dormant", "Dormant", "OTHERS", "OTHERS", ""]);
  });

  test("RFMEXPLAIN lists every segment including OTHERS with customers and monetary", () => {
    // Five customers all different: quantile scores 1…5 on each dimension (recency reversed).
    const hf = hyperFormulaWithAddin({
      Sheet1: [
        [1, 5, 500],
        [2, 4, 400],
        [3, 3, 300],
        [4, 2, 200],
        [5, 1, 100],
      ],
    });
    // Scores: (5,5,5) (4,4,4) (3,3,3) (2,2,2) (1,1,1) → CHAMPIONS, POTENTIAL-LOYALIST, POTENTIAL-LOYALIST,
    // LOYAL-CUSTOMERS, LOST.
    hf.setCellContents(at(0, 5), [["=SEGMENT.RFMEXPLAIN(A1:A5,B1:B5,C1:C5)"]]);
    const table = block(hf, 0, 5, 18, 5);
    expect(table[0]).toEqual(["dimension", "breaks from", "break 1", "break 2", "break 3"]);
    expect(table[1].slice(0, 2)).toEqual(["R", "quantiles"]);
    expect(table[4]).toEqual(["", "", "", "", ""]); // no collapsed dimension: no note rows
    expect(table[5]).toEqual(["segment", "customers", "% of customers", "monetary", "% of monetary (positive)"]);
    expect(table.slice(6, 17).map((r) => [r[0], r[1], r[3]])).toEqual([
      ["CHAMPIONS", 1, 500],
      ["POTENTIAL-LOYALIST", 2, 700],
      ["LOYAL-CUSTOMERS", 1, 200],
      ["PROMISING", 0, 0],
      ["NEW-CUSTOMERS", 0, 0],
      ["CANT-LOSE-THEM", 0, 0],
      ["AT-RISK-CUSTOMERS", 0, 0],
      ["NEED-ATTENTION", 0, 0],
      ["ABOUT-TO-SLEEP", 0, 0],
      ["LOST", 1, 100],
      ["OTHERS", 0, 0],
    ]);
    expect(table[17].slice(0, 4)).toEqual(["Total", 5, 1, 1500]);
  });
});

describe("SEGMENT.RFM8CLASS", () => {
  test("equals the by-hand IF/AVERAGE formula on 300 customers, and MEDIAN with compare", () => {
    const n = 300;
    const hf = hyperFormulaWithAddin({ Sheet1: customers(n, 5) });
    const range = (col: string) => `$${col}$2:$${col}$${n + 1}`;
    hf.setCellContents(at(1, 5), [[`=SEGMENT.RFM8CLASS(${range("B")},${range("C")},${range("D")})`]]);
    hf.setCellContents(at(1, 6), [[`=SEGMENT.RFM8CLASS(${range("B")},${range("C")},${range("D")},"median")`]]);
    const byHand = (fn: string, i: number): string =>
      `=IF(D${i}>${fn}(${range("D")}),"IMPORTANT-","GENERAL-")&IF(B${i}<${fn}(${range("B")}),IF(C${i}>${fn}(${range("C")}),"VALUE","DEVELOP"),IF(C${i}>${fn}(${range("C")}),"RETAIN","WINBACK"))`;
    hf.setCellContents(
      at(1, 8),
      Array.from({ length: n }, (_, i) => [byHand("AVERAGE", i + 2), byHand("MEDIAN", i + 2)]),
    );
    expect(block(hf, 1, 5, n, 2)).toEqual(block(hf, 1, 8, n, 2));
    hf.setCellContents(at(0, 12), [[`=SEGMENT.RFM8EXPLAIN(${range("B")},${range("C")},${range("D")})`]]);
    const explain = block(hf, 0, 12, 13, 2);
    expect(explain[1][0]).toBe("IMPORTANT-VALUE");
    expect(explain[9]).toEqual(["Total", n]);
    expect(explain[10][1]).toBeCloseTo(hf.calculateFormula(`=AVERAGE(${range("B")})`, 0) as number, 9);
    hf.setCellContents(at(0, 20), [[`=SEGMENT.RFM8CLASS(${range("B")},${range("C")},${range("D")},"mode")`]]);
    expect(errorOf(hf.getCellValue(at(0, 20)))?.message).toBe('Unknown comparison "mode". Use "mean" (default) or "median".');
  });
});
