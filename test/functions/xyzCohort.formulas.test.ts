/**
 * SEGMENT.XYZ, SEGMENT.ABCXYZ and SEGMENT.COHORT as formulas in HyperFormula (built bundle):
 * hand-worked sheets, messages for bad arguments, and each against the by-hand formulas a user
 * would write (STDEV.P/AVERAGE per customer; COUNTIFS/SUMIFS per cohort) on generated data.
 */
import { seededRandom } from "../../bench/harness";
import { hyperFormulaWithAddin } from "../harness/hyperformulaAddin";
import { at, column, errorOf } from "../harness/hyperformulaCells";
import { orderSheet } from "../harness/orderSheet";
import { dateToSerial } from "../../src/segment/dates";

const serial = (iso: string): number => dateToSerial(new Date(`${iso}T00:00:00Z`));

/** The block of xyz.test.ts in cells A2:E13 under a header row (CVs worked out there). */
const PERIODS: unknown[][] = [
  ["customer", "Jan", "Feb", "Mar", "Apr"],
  ["steady", 100, 100, 100, 100], // CV 0 → X
  ["edge X", 1, 3, 1, 3], // CV 0.5 → X
  ["edge Y", 0, 2, 0, 2], // CV 1 → Y
  ["burst", 0, 0, 0, 4], // CV 1.73 → Z
  ["rising", 10, 20, 30, 40], // CV 0.447 → X
  ["gappy", "", 6, "n/a", 2], // CV 1.22 → Z
  ["return", 5, -3, 5, 5], // CV 0.577 → Y
  ["nothing", 0, 0, 0, 0], // no sales → blank
  ["", "", "", "", ""], // spacer → blank
  ["broken", "=NA()", 1, 2, 3], // → #N/A
  ["even-ish", 3, 1, 2, 2], // CV 0.354 → X
  ["big burst", 200, 0, 100, 0], // CV 1.11 → Z
];

describe("SEGMENT.XYZ", () => {
  const hf = hyperFormulaWithAddin({ Sheet1: PERIODS });
  hf.setCellContents(at(1, 6), [["=SEGMENT.XYZ(B2:E13)"]]);
  hf.setCellContents(at(1, 7), [["=SEGMENT.XYZ(B2:E13,{0.25,0.5})"]]);

  test("default cuts X ≤ 0.5 < Y ≤ 1 < Z, one code per row of the block, blanks and errors in place", () => {
    const codes = column(hf, 1, 6, 12);
    expect(codes.slice(0, 9)).toEqual(["X", "X", "Y", "Z", "X", "Z", "Y", "", ""]);
    expect(errorOf(codes[9])?.type).toBe("NA");
    expect(codes.slice(10)).toEqual(["X", "Z"]);
    expect(hf.getCellValue(at(13, 6))).toBeNull();
  });

  test("cuts {0.25,0.5}", () => {
    expect(column(hf, 1, 7, 12).filter((c, i) => i !== 9)).toEqual(["X", "Y", "Z", "Z", "Y", "Z", "Z", "", "", "Y", "Z"]);
  });

  test("bad cuts and too few periods give #VALUE! with a message", () => {
    const sheet = hyperFormulaWithAddin({ Sheet1: PERIODS });
    sheet.setCellContents(at(0, 6), [['=SEGMENT.XYZ(B2:E13,"0.5/1")'], ["=SEGMENT.XYZ(B2:E13,{1,0.5})"], ["=SEGMENT.XYZ(B2:E13,{0.5,1,2})"], ["=SEGMENT.XYZ(B2:B13)"]]);
    expect(errorOf(sheet.getCellValue(at(0, 6)))?.message).toBe("cuts must be two numbers, the CV cuts for X and Y (e.g. {0.5,1}); leave it empty for the default.");
    expect(errorOf(sheet.getCellValue(at(1, 6)))?.message).toBe("The CV cuts must be 0 or more and increasing (X up to the first, Y up to the second, e.g. {0.5,1}); they are 1 and 0.5.");
    expect(errorOf(sheet.getCellValue(at(2, 6)))?.message).toMatch(/^Give two CV cuts .* 3 were given\.$/);
    expect(errorOf(sheet.getCellValue(at(3, 6)))?.message).toMatch(/^XYZ needs at least 2 period columns .* the range has 1\.$/);
  });

  test("equals the by-hand =IF(STDEV.P/AVERAGE<=0.5,\"X\",…) on 300 random customers × 12 months", () => {
    const random = seededRandom(61);
    // Sales ≥ 0 in every cell (by hand, a blank would be skipped by STDEV.P: the sheet holds 0s).
    const rows = Array.from({ length: 300 }, () => {
      const level = 10 + random() * 1000;
      const rate = random();
      return Array.from({ length: 12 }, () => (random() < rate ? Math.round(level * (0.3 + random() * 1.4)) : 0));
    });
    rows[0] = new Array(12).fill(0);
    const sheet = hyperFormulaWithAddin({ Sheet1: rows });
    sheet.setCellContents(at(0, 12), [["=SEGMENT.XYZ(A1:L300)"]]);
    sheet.setCellContents(
      at(0, 13),
      rows.map((_, i) => {
        const r = `A${i + 1}:L${i + 1}`;
        return [`=IF(AVERAGE(${r})=0,"",IF(STDEV.P(${r})/AVERAGE(${r})<=0.5,"X",IF(STDEV.P(${r})/AVERAGE(${r})<=1,"Y","Z")))`];
      }),
    );
    const ours = column(sheet, 0, 12, 300);
    expect(ours).toEqual(column(sheet, 0, 13, 300));
    expect(new Set(ours)).toEqual(new Set(["", "X", "Y", "Z"]));
  });
});

describe("SEGMENT.ABCXYZ", () => {
  const hf = hyperFormulaWithAddin({ Sheet1: PERIODS });
  hf.setCellContents(at(1, 6), [["=SEGMENT.ABCXYZ(B2:E13)"]]);
  hf.setCellContents(at(1, 7), [['=SEGMENT.ABCXYZ(B2:E13,"50/80",{0.4,1.5})']]);

  test("ABC of the totals (default 80/95, reach) then the XYZ letter: worked in xyz.test.ts", () => {
    const codes = column(hf, 1, 6, 12);
    expect(codes.filter((_, i) => i !== 9)).toEqual(["AX", "CX", "CY", "CZ", "BX", "CZ", "BY", "", "", "CX", "AZ"]);
    expect(errorOf(codes[9])?.type).toBe("NA");
  });

  test('abc_cuts "50/80" and xyz_cuts {0.4,1.5}', () => {
    expect(column(hf, 1, 7, 12).filter((_, i) => i !== 9)).toEqual(["AX", "CY", "CY", "CZ", "CY", "CY", "CY", "", "", "CX", "AY"]);
  });

  test("bad cuts name the argument", () => {
    const sheet = hyperFormulaWithAddin({ Sheet1: PERIODS });
    sheet.setCellContents(at(0, 6), [['=SEGMENT.ABCXYZ(B2:E13,"90/80")'], ['=SEGMENT.ABCXYZ(B2:E13,,"x")']]);
    expect(errorOf(sheet.getCellValue(at(0, 6)))?.message).toMatch(/^Cuts must increase/);
    expect(errorOf(sheet.getCellValue(at(1, 6)))?.message).toBe("xyz_cuts must be two numbers, the CV cuts for X and Y (e.g. {0.5,1}); leave it empty for the default.");
  });
});

/** The hand-worked orders of cohort.test.ts: ID, date (serial), amount. */
const ORDERS: unknown[][] = [
  ["C1", serial("2024-01-05"), 100],
  ["C2", serial("2024-01-15"), 200],
  ["c1 ", serial("2024-01-20"), 50],
  ["C3", serial("2024-02-01"), 40],
  ["C2", serial("2024-02-10"), 80],
  ["C4", serial("2024-02-14"), 300],
  ["C3", serial("2024-02-28"), 60],
  ["C1", serial("2024-03-02") + 0.5, 30],
  ["C5", serial("2024-03-10"), 70],
  ["C3", serial("2024-03-31"), 10],
  ["C6", "2024-03-31 as text", 10], // a date typed as text: not counted
];

describe("SEGMENT.COHORT", () => {
  test("customers by month: a labelled table, blanks after the last month", () => {
    const hf = hyperFormulaWithAddin({ Sheet1: ORDERS });
    hf.setCellContents(at(0, 4), [["=SEGMENT.COHORT(A1:A11,B1:B11)"]]);
    const table = [0, 1, 2, 3].map((r) => [4, 5, 6, 7, 8].map((c) => hf.getCellValue(at(r, c))));
    expect(table).toEqual([
      ["cohort (month of first order)", "customers", 0, 1, 2],
      ["2024-01", 2, 1, 0.5, 0.5],
      ["2024-02", 2, 1, 0.5, ""],
      ["2024-03", 1, 1, "", ""],
    ]);
    expect(hf.getCellValue(at(4, 4))).toBeNull();
  });

  test("revenue by month, and quarters", () => {
    const hf = hyperFormulaWithAddin({ Sheet1: ORDERS });
    hf.setCellContents(at(0, 4), [['=SEGMENT.COHORT(A1:A11,B1:B11,"month","revenue",C1:C11)']]);
    hf.setCellContents(at(10, 4), [['=SEGMENT.COHORT(A1:A11,B1:B11,"quarter")']]);
    expect(hf.getCellValue(at(1, 6))).toBe(1);
    expect(hf.getCellValue(at(1, 7))).toBeCloseTo(80 / 350, 9);
    expect(hf.getCellValue(at(1, 8))).toBeCloseTo(30 / 350, 9);
    expect(hf.getCellValue(at(2, 7))).toBeCloseTo(10 / 400, 9);
    expect([4, 5, 6, 7].map((c) => hf.getCellValue(at(11, c)))).toEqual(["2024-Q1", 5, 1, null]);
    expect(hf.getCellValue(at(10, 4))).toBe("cohort (quarter of first order)");
  });

  test("mistakes give #VALUE! with a message", () => {
    const hf = hyperFormulaWithAddin({ Sheet1: ORDERS });
    hf.setCellContents(at(0, 4), [
      ['=SEGMENT.COHORT(A1:A11,B1:B11,"week")'],
      ['=SEGMENT.COHORT(A1:A11,B1:B11,,"sales")'],
      ['=SEGMENT.COHORT(A1:A11,B1:B11,,"revenue")'],
      ["=SEGMENT.COHORT(A1:A11,B1:B10)"],
    ]);
    expect(errorOf(hf.getCellValue(at(0, 4)))?.message).toBe('Unknown period "week". Use "month" (default) or "quarter".');
    expect(errorOf(hf.getCellValue(at(1, 4)))?.message).toMatch(/^Unknown measure "sales"\. Use "customers"/);
    expect(errorOf(hf.getCellValue(at(2, 4)))?.message).toMatch(/^measure "revenue" needs the amounts/);
    expect(errorOf(hf.getCellValue(at(3, 4)))?.message).toBe("dates must have as many rows as customer_ids (11); it has 10.");
  });

  test("equals COUNTIFS/SUMIFS by hand on 600 generated order lines (every cell)", () => {
    const sheet = orderSheet(600, 5, { days: 300, respell: false });
    const rows = sheet.ids.map((id, i) => [id, Math.floor(sheet.dates[i]), sheet.amounts[i]]);
    const hf = hyperFormulaWithAddin({ Sheet1: rows });
    const n = rows.length;
    hf.setCellContents(at(0, 4), [[`=SEGMENT.COHORT(A1:A${n},B1:B${n})`]]);
    hf.setCellContents(at(0, 30), [[`=SEGMENT.COHORT(A1:A${n},B1:B${n},"month","revenue",C1:C${n})`]]);
    const width = (hf.getSheetDimensions(0).width as number) - 30;
    const ours = hf.getSheetValues(0);
    const cohorts = ours.slice(1).filter((r) => typeof r[4] === "string" && /^\d{4}-\d\d$/.test(r[4] as string)).length;
    expect(cohorts).toBeGreaterThan(8);
    // By hand: month index per line (YEAR*12+MONTH), first month per customer (MINIFS), then
    // per cohort and k: customers with a line in that month (COUNTIFS over a helper of
    // distinct customer-months) ÷ cohort size; SUMIFS for revenue.
    const helper = hyperFormulaWithAddin({ Sheet1: rows });
    helper.setCellContents(
      at(0, 3),
      rows.map((_, i) => [
        `=YEAR(B${i + 1})*12+MONTH(B${i + 1})-1`, // D: month of the line
        `=MINIFS(D$1:D$${n},A$1:A$${n},A${i + 1})`, // E: the customer's first month
        `=IF(COUNTIFS(A$1:A${i + 1},A${i + 1},D$1:D${i + 1},D${i + 1})=1,1,0)`, // F: first line of this customer-month
        `=IF(COUNTIFS(A$1:A${i + 1},A${i + 1})=1,1,0)`, // G: first line of this customer
      ]),
    );
    const firstMonth = ours[1][4] as string;
    const base = Number(firstMonth.slice(0, 4)) * 12 + Number(firstMonth.slice(5)) - 1;
    const lastMonth = Math.max(...(column(helper, 0, 3, n) as number[]));
    const expected: unknown[][] = [];
    const formulas: string[][] = [];
    for (let r = 0; r < cohorts; r++) {
      const cohort = base + r;
      const row = [`=COUNTIFS(E$1:E$${n},${cohort},G$1:G$${n},1)`];
      for (let k = 0; k < width - 2; k++) {
        if (cohort + k > lastMonth) row.push(`=""`);
        else row.push(`=IF(COUNTIFS(E$1:E$${n},${cohort},G$1:G$${n},1)=0,"",COUNTIFS(E$1:E$${n},${cohort},D$1:D$${n},${cohort + k},F$1:F$${n},1)/COUNTIFS(E$1:E$${n},${cohort},G$1:G$${n},1))`);
      }
      formulas.push(row);
    }
    helper.setCellContents(at(0, 10), formulas);
    const byHand = helper.getSheetValues(0);
    for (let r = 0; r < cohorts; r++) {
      expected.push(byHand[r].slice(10, 10 + width - 1));
      const got = ours[r + 1].slice(5, 4 + width);
      expect(got.length).toBe(expected[r].length);
      got.forEach((v, k) => {
        const e = expected[r][k];
        if (typeof e === "number") expect([r, k, v]).toEqual([r, k, expect.closeTo(e, 9)]);
        else expect([r, k, v]).toEqual([r, k, ""]);
      });
    }
    // Revenue: the cohort's SUMIFS in month k ÷ in month 0.
    const revenueRows = ours.slice(1, cohorts + 1).map((r) => r.slice(32, 30 + width));
    helper.setCellContents(
      at(0, 60),
      Array.from({ length: cohorts }, (_, r) =>
        Array.from({ length: width - 2 }, (_, k) => (base + r + k > lastMonth ? `=""` : `=IF(COUNTIFS(E$1:E$${n},${base + r})=0,"",IFERROR(SUMIFS(C$1:C$${n},E$1:E$${n},${base + r},D$1:D$${n},${base + r + k})/SUMIFS(C$1:C$${n},E$1:E$${n},${base + r},D$1:D$${n},${base + r}),"x"))`)),
      ),
    );
    const revenueByHand = helper.getSheetValues(0).slice(0, cohorts).map((r) => r.slice(60, 58 + width));
    revenueRows.forEach((row, r) =>
      row.forEach((v, k) => {
        const e = revenueByHand[r][k];
        if (typeof e === "number") expect([r, k, v]).toEqual([r, k, expect.closeTo(e, 9)]);
        else expect([r, k, v === "" ? "" : "other"]).toEqual([r, k, e === "x" ? "other" : ""]);
      }),
    );
  });
});
