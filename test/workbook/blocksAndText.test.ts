import { nextReadRows, rowBytes, splitRows } from "../../src/workbook/blocks";
import { needsQuotePrefix, officeFormulaCell } from "../../src/workbook/officeText";

describe("row blocks under the request limit", () => {
  test("splits by rows and by bytes, whichever comes first", () => {
    const rows = Array.from({ length: 10 }, (_, i) => [`row ${i}`]);
    expect(splitRows(rows, { maxRows: 4, maxBytes: 1e6 })).toEqual([[0, 4], [4, 8], [8, 10]]);
    const perRow = rowBytes(rows[0]);
    expect(splitRows(rows, { maxRows: 100, maxBytes: 2 + 3 * perRow })).toEqual([[0, 3], [3, 6], [6, 9], [9, 10]]);
    expect(splitRows([], { maxRows: 4, maxBytes: 100 })).toEqual([]);
  });

  test("every block's JSON stays within the byte budget", () => {
    const rows = Array.from({ length: 5000 }, (_, i) => [`=SEGMENT.ABCOF(C${i + 2},$C$2:$C$5001,"80/95","reach","value")`]);
    const limits = { maxRows: 20_000, maxBytes: 50_000 };
    for (const [from, to] of splitRows(rows, limits)) expect(JSON.stringify(rows.slice(from, to)).length).toBeLessThanOrEqual(limits.maxBytes);
  });

  test("read blocks adapt to what a row costs", () => {
    expect(nextReadRows({ maxRows: 20_000, maxBytes: 4_000_000 }, 10)).toBe(20_000);
    expect(nextReadRows({ maxRows: 20_000, maxBytes: 4_000_000 }, 1000)).toBe(3600);
  });
});

describe("text written through Office.js stays text", () => {
  test("strings Excel would reinterpret get a leading apostrophe", () => {
    for (const s of ["=1+1", "@SUM(A1)", "+49 30", "-42", "00123", "1/2", "TRUE", "false", "'quoted", "#N/A", "$5", "(5)", "Jan 5", "March 2024", ".5"]) {
      expect([s, officeFormulaCell(s)]).toEqual([s, `'${s}`]);
    }
  });

  test("full-width signs and digits from East Asian input methods get it too", () => {
    for (const s of ["＝1+1", "＝cmd|' /C calc'!A0", "＋82 10", "－42", "＠SUM(A1)", "０１２３", "（5）"]) {
      expect([s, officeFormulaCell(s)]).toEqual([s, `'${s}`]);
    }
  });

  test("codes and ordinary words are written as they are (no quote prefix to undo)", () => {
    for (const s of ["A", "EIII", "VITAL", "OLD-LARGE", "ABC class", "Customer type", "Kim & Lee", "㈜한빛상사", "北京华信"]) expect(needsQuotePrefix(s)).toBe(false);
  });

  test("formulas stay formulas, numbers stay numbers", () => {
    expect(officeFormulaCell({ formula: '=COUNTIF(A:A,"A")', value: 3 })).toBe('=COUNTIF(A:A,"A")');
    expect(officeFormulaCell(12.5)).toBe(12.5);
    expect(officeFormulaCell(null)).toBe("");
  });
});
