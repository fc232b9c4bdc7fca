/**
 * The bins preset "rfm-package": the R package rfm 0.3's scores (methods.md §14). Its internal
 * bins() takes R's quantile(x, seq(0, 1, length.out = 6)) and adds 1 to every break; scores are
 * then closed on the left as ours. Hand-worked numbers below were checked against R 4.2.2
 * (quantile(0:10, seq(0, 1, length.out = 6)) prints 2 4 6.0000000000000009 8).
 *
 * The acceptance test runs the package's own vignette on its own data: rfm_data_orders, analysis
 * date 2006-12-31, the vignette's segment rules → Champions 35, Loyal 170, Potential loyalist 342,
 * New 104, Promising 9, Need attention 10, About to sleep 102, At risk 28, Can't lose 47, Lost 148.
 * The data cannot be committed: it is read from shared/data/rfm (externalData.ts) and the test is
 * skipped, saying so, when it is absent.
 */
import { readNumberColumn } from "../../src/segment/cells";
import { rfmPackageBreaks, rfmScores } from "../../src/segment/rfm";
import { DEFAULT_RFM_RULES } from "../../src/segment/rfmSegments";
import { rfm, rfmExplain } from "../../src/functions/rfmFunctions";
import { rfmWhy } from "../../src/functions/whyFunctions";
import { summary } from "../../src/functions/ordersFunctions";
import { rfmDataFile } from "./externalData";

const col = (xs: readonly number[]) => readNumberColumn(xs);
const cells = (xs: readonly unknown[]) => xs.map((x) => [x]);

/** 11 customers: days 0…10, orders 1…11, amounts 0, 100 … 1,000. */
const DAYS = Array.from({ length: 11 }, (_, i) => i);
const ORDERS = DAYS.map((d) => d + 1);
const AMOUNTS = DAYS.map((d) => 100 * d);

describe('"rfm-package": R rfm 0.3\'s breaks (quantiles + 1), hand-worked', () => {
  test("breaks are R's quantile + 1, bit for bit (0.6000000000000001 and all)", () => {
    // R: quantile(0:10, seq(0, 1, length.out = 6))[2:5] + 1 → 3 5 7.0000000000000009 9.
    expect(Array.from(rfmPackageBreaks(Float64Array.from(DAYS)))).toEqual([3, 5, 7.000000000000001, 9]);
    // R: … of 1:11 → 4 6 8 10; of 100 * 0:10 → 201 401 601 801.
    expect(Array.from(rfmPackageBreaks(Float64Array.from(ORDERS)))).toEqual([4, 6, 8, 10]);
    expect(Array.from(rfmPackageBreaks(Float64Array.from(AMOUNTS)))).toEqual([201, 401, 601, 801]);
    // R: quantile(c(5,5,5,5,5,5,10,20,30,40), …)[2:5] → 5 5 7.0000000000000018 21.999999999999993.
    expect(Array.from(rfmPackageBreaks(Float64Array.of(5, 5, 5, 5, 5, 5, 10, 20, 30, 40)))).toEqual([6, 6, 8.000000000000002, 22.999999999999993]);
  });

  test("the default and the preset differ where the + 1 moves a value across a break", () => {
    const ours = rfmScores(col(DAYS), col(ORDERS), col(AMOUNTS));
    const r = rfmScores(col(DAYS), col(ORDERS), col(AMOUNTS), [null, null, null], "rfm-package");
    // Default: breaks are the quantiles 2, 4, 6, 8 (days), 3, 5, 7, 9 (orders), 200 … 800.
    expect(Array.from(ours.breaks[0])).toEqual([2, 4, 6, 8]);
    expect(Array.from(ours.scores[0])).toEqual([5, 5, 4, 4, 3, 3, 2, 2, 1, 1, 1]);
    expect(Array.from(ours.scores[1])).toEqual([1, 1, 2, 2, 3, 3, 4, 4, 5, 5, 5]);
    expect(Array.from(ours.scores[2])).toEqual([1, 1, 2, 2, 3, 3, 4, 4, 5, 5, 5]);
    // Preset, as R's rfm_table_order scores the same table (checked in R): a customer 2 days
    // ago is R = 5 (2 < 3), 7 days ago R = 3 (7 < 7.0000000000000009); 3 orders F = 1 (3 < 4).
    expect(Array.from(r.scores[0])).toEqual([5, 5, 5, 4, 4, 3, 3, 3, 2, 1, 1]);
    expect(Array.from(r.scores[1])).toEqual([1, 1, 1, 2, 2, 3, 3, 4, 4, 5, 5]);
    expect(Array.from(r.scores[2])).toEqual([1, 1, 1, 2, 2, 3, 3, 4, 4, 5, 5]);
    expect(r.mode).toBe("rfm-package");
  });

  test("SEGMENT.RFM, RFMEXPLAIN and RFMWHY read the preset from the bins argument", () => {
    expect(rfm(cells(DAYS), cells(ORDERS), cells(AMOUNTS), [["RFM-Package "]] as never).map((row) => row[0])).toEqual([5, 5, 5, 4, 4, 3, 3, 3, 2, 1, 1]);
    expect(rfm(cells(DAYS), cells(ORDERS), cells(AMOUNTS)).map((row) => row[0])).toEqual([5, 5, 4, 4, 3, 3, 2, 2, 1, 1, 1]);
    const table = rfmExplain(cells(DAYS), cells(ORDERS), cells(AMOUNTS), "rfm-package" as never);
    expect(table[1].slice(0, 6)).toEqual(["R", "R package rfm (quantiles + 1)", 3, 5, 7.000000000000001, 9]);
    const why = rfmWhy(cells(DAYS), cells(ORDERS), cells(AMOUNTS), "rfm-package" as never);
    // Customer 7 days ago: R 3 in [5, 7.0000000000000009).
    expect(why[7].slice(2, 5)).toEqual([3, 5, 7.000000000000001]);
  });

  test("any other text is refused, naming the preset", () => {
    expect(() => rfm(cells(DAYS), cells(ORDERS), cells(AMOUNTS), "rfm" as never)).toThrow(/Unknown bins "rfm"\. Use "rfm-package"/);
  });
});

/** Excel serial of a yyyy-mm-dd date. */
const serial = (iso: string): number => (Date.UTC(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10))) - Date.UTC(1899, 11, 30)) / 86_400_000;

function parseCsv(text: string): string[][] {
  return text
    .trim()
    .split(/\r?\n/)
    .slice(1)
    .map((line) => line.split(",").map((c) => c.replace(/^"|"$/g, "")));
}

/** The vignette's names for our codes (its rules are methods.md §7's table, in the same order). */
const VIGNETTE_NAMES: Record<string, string> = {
  CHAMPIONS: "Champions",
  "POTENTIAL-LOYALIST": "Potential Loyalist",
  "LOYAL-CUSTOMERS": "Loyal Customers",
  PROMISING: "Promising",
  "NEW-CUSTOMERS": "New Customers",
  "CANT-LOSE-THEM": "Can't Lose Them",
  "AT-RISK-CUSTOMERS": "At Risk",
  "NEED-ATTENTION": "Need Attention",
  "ABOUT-TO-SLEEP": "About To Sleep",
  LOST: "Lost",
};

const orders = rfmDataFile("rfm_data_orders.csv");
const published = rfmDataFile("rfm_vignette_scores.csv");

(orders ? describe : describe.skip)("rfm_data_orders (R rfm's own data set), analysis date 2006-12-31", () => {
  const lines = parseCsv(orders ?? "");
  // SEGMENT.SUMMARY: one row per customer; the package's frequency is order lines (n()), column 8.
  // Jest runs a skipped block's body too, to list its tests: without the data there is nothing to summarise.
  const table = orders
    ? (summary(
        lines.map((l) => [l[0]]),
        lines.map((l) => [serial(l[1])]),
        lines.map((l) => [Number(l[2])]),
        serial("2006-12-31"),
      ) as unknown[][])
    : [];
  const customers = table.slice(1);
  const days = customers.map((r) => [r[5]]);
  const lineCounts = customers.map((r) => [r[7]]);
  const amounts = customers.map((r) => [r[4]]);

  test("the vignette's rules are our default table", () => {
    // rfm-introduction.Rmd: recency_lower … monetary_upper, in this order.
    const vignette = [
      [5, 5, 5, 5, 5, 5], [3, 5, 3, 5, 2, 5], [2, 4, 2, 4, 2, 4], [3, 4, 1, 3, 3, 5], [4, 5, 1, 3, 1, 5],
      [1, 2, 3, 4, 4, 5], [1, 2, 2, 5, 4, 5], [1, 3, 3, 5, 3, 5], [2, 3, 1, 3, 1, 4], [1, 1, 1, 5, 1, 5],
    ];
    expect(DEFAULT_RFM_RULES.map((r) => [r.rMin, r.rMax, r.fMin, r.fMax, r.mMin, r.mMax])).toEqual(vignette);
    expect(DEFAULT_RFM_RULES.map((r) => VIGNETTE_NAMES[r.code])).toEqual(Object.values(VIGNETTE_NAMES));
  });

  test('"rfm-package" reproduces the vignette\'s segment counts; the default does not', () => {
    expect(customers).toHaveLength(995);
    const counts = (bins?: unknown): Record<string, number> => {
      const explained = rfmExplain(days, lineCounts, amounts, bins as never) as unknown[][];
      const start = explained.findIndex((r) => r[0] === "CHAMPIONS");
      const out: Record<string, number> = {};
      for (const row of explained.slice(start, start + 11)) out[String(row[0])] = Number(row[1]);
      return out;
    };
    const preset = counts("rfm-package");
    expect(preset).toEqual({
      CHAMPIONS: 35,
      "LOYAL-CUSTOMERS": 170,
      "POTENTIAL-LOYALIST": 342,
      "NEW-CUSTOMERS": 104,
      PROMISING: 9,
      "NEED-ATTENTION": 10,
      "ABOUT-TO-SLEEP": 102,
      "AT-RISK-CUSTOMERS": 28,
      "CANT-LOSE-THEM": 47,
      LOST: 148,
      OTHERS: 0,
    });
    // The default (the quantiles themselves) moves customers: 429 potential loyalists, 7 OTHERS.
    const ours = counts();
    expect(ours["POTENTIAL-LOYALIST"]).toBe(429);
    expect(ours.OTHERS).toBe(7);
  });

  test("the breaks are R's: recency 115, 181, 297.4…, 482; orders 4, 5, 6, 8; amount 255.8…, 382, 506.4…, 666", () => {
    const explained = rfmExplain(days, lineCounts, amounts, "rfm-package" as never) as unknown[][];
    // R: sprintf("%.17g", rfm:::bins(...)) prints 297.40000000000009, 255.80000000000001, 506.40000000000009.
    expect(explained[1].slice(2, 6)).toEqual([115, 181, 297.4000000000001, 482]);
    expect(explained[2].slice(2, 6)).toEqual([4, 5, 6, 8]);
    expect(explained[3].slice(2, 6)).toEqual([255.8, 382, 506.4000000000001, 666]);
  });

  (published ? test : test.skip)("every customer's R, F, M and segment equal the package's published output (995 of 995)", () => {
    const rows = parseCsv(published ?? "");
    // Same order: SEGMENT.SUMMARY lists customers by first appearance, as the article does.
    const scores = rfm(days, lineCounts, amounts, "rfm-package" as never) as number[][];
    const why = rfmWhy(days, lineCounts, amounts, "rfm-package" as never) as unknown[][];
    let same = 0;
    rows.forEach((p, i) => {
      expect(customers[i][0]).toBe(p[0]);
      const expected = [Number(p[4]), Number(p[5]), Number(p[6])];
      expect(scores[i]).toEqual(expected);
      expect(VIGNETTE_NAMES[String(why[i][0])]).toBe(p[8]);
      same++;
    });
    expect(same).toBe(995);
  });
});
