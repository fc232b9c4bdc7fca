/**
 * XYZ, ABC–XYZ and COHORT against LibreOffice's own arithmetic: an .xlsx written with ExcelJS holds
 * the inputs and the by-hand formulas (STDEV.P/AVERAGE per customer, SUMIF for ABC; COUNTIFS and
 * SUMIFS per cohort and period), LibreOffice recalculates it headless (its numbers, not cached
 * ones: a canary cell proves it), and every cell it shows is compared with the engine's.
 *
 * The sheets, as a user would build them by hand:
 * - Periods: 240 customers × 12 months (blanks, a text "n/a", returns, customers without any
 *   sale); N:Y = MAX(0, month) (a blank, a text or a return is 0, as in xyz.ts); Z = CV =
 *   STDEV.P(N:Y)/AVERAGE(N:Y); AA = XYZ; AB = total = SUM(B:M); AC = ABC by the reach rule
 *   (the share of totals strictly above < cut); AD = ABC & XYZ.
 * - Orders: 5,000 generated orders (test/harness/orderSheet.ts, seeded), D = month of the line,
 *   E = the customer's first month (MINIFS), F = 1 on the first line of a customer-month, G = 1 on
 *   a customer's first line (COUNTIFS over the rows so far); then the cohort table by COUNTIFS and
 *   SUMIFS, with "" after the last month.
 */
import ExcelJS from "exceljs";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { seededRandom } from "../../bench/harness";
import { cellColumn, cohortTable, cohortValue, periodLabel } from "../../src/segment/cohort";
import { readPeriodMatrix } from "../../src/segment/periodMatrix";
import { ABC_XYZ_CODES, abcXyz, variations, xyz, XYZ_CODES } from "../../src/segment/xyz";
import { orderSheet } from "../harness/orderSheet";
import { cleanUp, convert, CSV_ALL_SHEETS, csvNumber, makeProfile, parseCsv } from "../workbook/helpers/libreoffice";

const CUSTOMERS = 240;
const MONTHS = 12;
const ORDERS = 5_000;

/** Monthly sales with the messes of a pivot export: blank months, a text, returns, rows of zeros. */
function periodRows(): (number | string | null)[][] {
  const random = seededRandom(314);
  return Array.from({ length: CUSTOMERS }, (_, i) => {
    if (i % 53 === 7) return new Array<number>(MONTHS).fill(0); // no sales at all
    const level = Math.exp(3 + 4 * random());
    const rate = 0.15 + 0.85 * random();
    return Array.from({ length: MONTHS }, () => {
      const u = random();
      if (u > rate) return random() < 0.5 ? null : 0;
      if (u < 0.01) return "n/a";
      const v = Math.round(level * (0.2 + 1.6 * random()));
      return random() < 0.03 ? -v : v;
    });
  });
}

const col = (n: number): string => {
  let s = "";
  for (let k = n; k > 0; k = Math.floor((k - 1) / 26)) s = String.fromCharCode(65 + ((k - 1) % 26)) + s;
  return s;
};

describe("XYZ, ABC–XYZ and COHORT agree with LibreOffice's formulas, cell by cell", () => {
  const work = fs.mkdtempSync(path.join(os.tmpdir(), "segments-xyz-lo-"));
  const file = path.join(work, "byhand.xlsx");
  const periods = periodRows();
  const orders = orderSheet(ORDERS, 2024, { days: 700, respell: false });
  const table = cohortTable(cellColumn(orders.ids), cellColumn(orders.dates), cellColumn(orders.amounts), "month");
  let csvDir: string;

  afterAll(() => {
    cleanUp();
    fs.rmSync(work, { recursive: true, force: true });
  });

  beforeAll(async () => {
    const book = new ExcelJS.Workbook();
    // Periods.
    const p = book.addWorksheet("Periods");
    p.addRow(["Customer", ...Array.from({ length: MONTHS }, (_, m) => `M${m + 1}`)]);
    periods.forEach((row, i) => {
      const r = i + 2;
      const cells: ExcelJS.CellValue[] = [`C${i + 1}`, ...row];
      // N:Y — each month as sales ≥ 0 (MAX ignores a blank and a text in a reference: 0).
      for (let m = 0; m < MONTHS; m++) cells.push({ formula: `MAX(0,${col(2 + m)}${r})` } as ExcelJS.CellValue);
      const h = `N${r}:Y${r}`;
      cells.push({ formula: `IF(AVERAGE(${h})=0,"",_xlfn.STDEV.P(${h})/AVERAGE(${h}))` } as ExcelJS.CellValue); // Z: CV (_xlfn.: how OOXML writes functions newer than Excel 2007)
      cells.push({ formula: `IF(Z${r}="","",IF(Z${r}<=0.5,"X",IF(Z${r}<=1,"Y","Z")))` } as ExcelJS.CellValue); // AA: XYZ
      cells.push({ formula: `SUM(B${r}:M${r})` } as ExcelJS.CellValue); // AB: total
      const totals = `$AB$2:$AB$${CUSTOMERS + 1}`;
      const above = `SUMIF(${totals},">"&AB${r})/SUMIF(${totals},">0")`;
      cells.push({ formula: `IF(AB${r}<=0,"C",IF(${above}<0.8,"A",IF(${above}<0.95,"B","C")))` } as ExcelJS.CellValue); // AC: ABC
      cells.push({ formula: `IF(AA${r}="","",AC${r}&AA${r})` } as ExcelJS.CellValue); // AD: ABC–XYZ
      p.addRow(cells);
    });
    // Orders and helpers.
    const o = book.addWorksheet("Orders");
    o.addRow(["Customer", "Date", "Amount", "Month", "First month", "First of customer-month", "First of customer"]);
    const n = ORDERS + 1;
    orders.ids.forEach((id, i) => {
      const r = i + 2;
      o.addRow([
        id,
        orders.dates[i],
        orders.amounts[i],
        { formula: `YEAR(B${r})*12+MONTH(B${r})-1` },
        { formula: `_xlfn.MINIFS($D$2:$D$${n},$A$2:$A$${n},A${r})` },
        { formula: `IF(COUNTIFS($A$2:A${r},A${r},$D$2:D${r},D${r})=1,1,0)` },
        { formula: `IF(COUNTIF($A$2:A${r},A${r})=1,1,0)` },
      ] as ExcelJS.CellValue[]);
    });
    // The cohort tables by hand: one row per cohort month from the first to the last cohort.
    const c = book.addWorksheet("Cohorts");
    const r = book.addWorksheet("Revenue");
    const range = (letter: string): string => `Orders!$${letter}$2:$${letter}$${n}`;
    for (let row = 0; row < table.cohorts; row++) {
      const cohort = table.first + row;
      const size = `COUNTIFS(${range("E")},${cohort},${range("G")},1)`;
      const customers: ExcelJS.CellValue[] = [periodLabel(cohort, "month"), { formula: size } as ExcelJS.CellValue];
      const revenue: ExcelJS.CellValue[] = [periodLabel(cohort, "month"), { formula: size } as ExcelJS.CellValue];
      for (let k = 0; k < table.width; k++) {
        const after = `${cohort + k}>MAX(${range("D")})`;
        customers.push({ formula: `IF(OR(${after},${size}=0),"",COUNTIFS(${range("E")},${cohort},${range("D")},${cohort + k},${range("F")},1)/${size})` } as ExcelJS.CellValue);
        const base = `SUMIFS(${range("C")},${range("E")},${cohort},${range("D")},${cohort})`;
        revenue.push({ formula: `IF(OR(${after},${size}=0),"",IF(${base}<=0,"no base",SUMIFS(${range("C")},${range("E")},${cohort},${range("D")},${cohort + k})/${base}))` } as ExcelJS.CellValue);
      }
      c.addRow(customers);
      r.addRow(revenue);
    }
    // A canary LibreOffice only gets right by recalculating: its cached result is wrong on purpose.
    book.addWorksheet("Canary").getCell("A1").value = { formula: "1+1", result: 5 } as ExcelJS.CellValue;
    await book.xlsx.writeFile(file);
    csvDir = await convert(file, CSV_ALL_SHEETS, makeProfile());
  }, 300_000);

  const csv = (sheet: string): string[][] => parseCsv(fs.readFileSync(path.join(csvDir, `byhand-${sheet}.csv`), "utf8"));
  const close = (a: number, b: number): boolean => Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(b));

  test("LibreOffice recalculated (the canary shows 2, not its cached 5)", () => {
    expect(csv("Canary")[0][0]).toBe("2");
  });

  test("every customer's CV, XYZ, ABC and ABC–XYZ class equals the engine's (240 customers × 12 months)", () => {
    const rows = csv("Periods").slice(1);
    expect(rows).toHaveLength(CUSTOMERS);
    const matrix = readPeriodMatrix(periods.map((row) => row.map((v) => (v === null ? "" : v))));
    const cv = variations(matrix);
    const letters = xyz(matrix).classIndex;
    const both = abcXyz(matrix);
    const mismatches: string[] = [];
    rows.forEach((row, i) => {
      const [theirCv, theirXyz, theirTotal, theirAbc, theirBoth] = [row[25], row[26], row[27], row[28], row[29]];
      const ourCv = Number.isNaN(cv[i]) ? "" : cv[i];
      const ourXyz = letters[i] >= 0 ? XYZ_CODES[letters[i]] : "";
      const ourBoth = both.classIndex[i] >= 0 ? ABC_XYZ_CODES[both.classIndex[i]] : "";
      const ourAbc = "ABC"[both.abcIndex[i]];
      if (ourCv === "" ? theirCv !== "" : !close(csvNumber(theirCv), ourCv)) mismatches.push(`C${i + 1} CV ${theirCv} vs ${ourCv}`);
      if (theirXyz !== ourXyz) mismatches.push(`C${i + 1} XYZ ${theirXyz} vs ${ourXyz}`);
      if (!close(csvNumber(theirTotal), matrix.rows.values[i])) mismatches.push(`C${i + 1} total ${theirTotal} vs ${matrix.rows.values[i]}`);
      if (theirAbc !== ourAbc) mismatches.push(`C${i + 1} ABC ${theirAbc} vs ${ourAbc}`);
      if (theirBoth !== ourBoth) mismatches.push(`C${i + 1} ABCXYZ ${theirBoth} vs ${ourBoth}`);
    });
    expect(mismatches).toEqual([]);
    // The sheet exercises every class and the unclassified rows.
    expect(new Set(rows.map((r) => r[29]))).toEqual(new Set(["", ...ABC_XYZ_CODES]));
  });

  test("every cell of the cohort table (customers and revenue) equals COUNTIFS/SUMIFS on 5,000 orders", () => {
    const customers = csv("Cohorts");
    const revenue = csv("Revenue");
    expect(customers).toHaveLength(table.cohorts);
    expect(table.cohorts).toBeGreaterThan(20);
    const mismatches: string[] = [];
    let numbers = 0;
    let blanks = 0;
    for (let r = 0; r < table.cohorts; r++) {
      const label = periodLabel(table.first + r, "month");
      if (customers[r][0] !== label) mismatches.push(`row ${r}: label ${customers[r][0]} vs ${label}`);
      if (Number(customers[r][1]) !== table.sizes[r]) mismatches.push(`${label}: size ${customers[r][1]} vs ${table.sizes[r]}`);
      for (let k = 0; k < table.width; k++) {
        for (const [measure, sheet] of [["customers", customers], ["revenue", revenue]] as const) {
          const theirs = sheet[r][k + 2] ?? "";
          const ours = cohortValue(table, r, k, measure);
          if (ours.kind === "value") {
            numbers++;
            if (theirs === "" || !close(csvNumber(theirs), ours.value)) mismatches.push(`${label} k=${k} ${measure}: ${theirs} vs ${ours.value}`);
          } else {
            blanks++;
            const expected = ours.kind === "blank" ? "" : "no base";
            if (theirs !== expected) mismatches.push(`${label} k=${k} ${measure}: ${theirs} vs ${expected}`);
          }
        }
      }
    }
    expect(mismatches).toEqual([]);
    expect(numbers).toBeGreaterThan(400);
    expect(blanks).toBeGreaterThan(100);
  });
});
