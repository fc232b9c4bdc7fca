/**
 * The pane's backtest (src/workbook/ordersBacktest.ts, the sentence of BacktestSection): which
 * order lines it tests, the default split two-thirds through the orders with a whole number of
 * weeks after it, the same figures as SEGMENT.BACKTEST on the sample's Purchases, and on the
 * paper's CDNOW sample (when present) the sentence of the issue with its numbers formatted.
 */
import { backtest as backtestFunction } from "../../src/functions/clvFunctions";
import { Language, LANGUAGES } from "../../src/i18n/language";
import { memoryWorkbookFrom } from "../../src/preview/loadSample";
import { sampleBook } from "../../src/preview/sampleData";
import { defaultSplitDay } from "../../src/segment/backtest";
import { dateToSerial } from "../../src/segment/dates";
import { backtestSentence } from "../../src/taskpane/BacktestSection";
import { createGridAdapter } from "../../src/workbook/model/gridAdapter";
import { backtestOrders, ordersOf, readOrderLines, runBacktest, splitOf } from "../../src/workbook/ordersBacktest";
import { guessRoles } from "../../src/workbook/roles";
import { externalFile } from "../segment/externalData";
import { workbook } from "./helpers/methodFlow";

const day = (iso: string): number => dateToSerial(new Date(`${iso}T00:00:00Z`));

async function purchases() {
  const wb = memoryWorkbookFrom(sampleBook());
  wb.select("Purchases", 5, 1);
  const port = createGridAdapter(wb);
  const source = (await port.locateSource())!;
  const roles = guessRoles(source.columnNames, source.sample).single;
  return { wb, port, source, roles };
}

describe("the pane's backtest", () => {
  test("the default split: two-thirds through the orders, the rest a whole number of weeks", () => {
    expect(defaultSplitDay(0, 546, "weeks")).toBe(364); // 182 days = 26 weeks after it
    expect(defaultSplitDay(0, 550, "weeks")).toBe(368); // 183.3 days → 26 weeks
    expect(defaultSplitDay(0, 550, "days")).toBe(367); // 183 days
    expect(defaultSplitDay(10, 12, "weeks")).toBe(10); // shorter than a week: from the first day
  });

  test("which orders: the sheet's own lines, else those the customer sheet was summarised from", async () => {
    const { source, roles } = await purchases();
    expect(roles).toMatchObject({ id: 0, date: 1, value: 2 });
    const orders = ordersOf(source, roles)!;
    expect(orders).toEqual({ ref: source.ref, id: 0, date: 1, amount: 2 });
    expect(backtestOrders(source, roles, null)).toEqual(orders);
    // A customer sheet: one row per customer, so not order lines; its orders are those it came from.
    const customers = await createGridAdapter(workbook([["Customer ID", "Revenue"], ["A", 1], ["B", 2]])).locateSource();
    const customerRoles = guessRoles(customers!.columnNames, customers!.sample).single;
    expect(backtestOrders(customers!, customerRoles, null)).toBeNull();
    expect(backtestOrders(customers!, customerRoles, { ...orders, summary: customers!.ref.sheet })).toEqual({ ...orders, summary: customers!.ref.sheet });
    expect(backtestOrders(customers!, customerRoles, { ...orders, summary: "Another sheet" })).toBeNull();
  });

  test("on the sample's Purchases: the figures of SEGMENT.BACKTEST at the same split, and a sentence in each language", async () => {
    const { port, source, roles } = await purchases();
    const lines = await readOrderLines(port, ordersOf(source, roles)!);
    expect(lines.range).toEqual({ first: day("2023-07-01"), last: lines.range!.last });
    const split = splitOf(lines, "weeks");
    const result = runBacktest(lines, split, "weeks");
    expect(Number.isInteger(result.holdoutLength)).toBe(true);
    expect(result.holdoutLength).toBe(26);
    const table = backtestFunction(lines.ids.map((v) => [v]), lines.dates.map((v) => [v]), lines.amounts!.map((v) => [v]), split, "weeks");
    const total = table.find((row) => row[0] === "total")!;
    expect(total[1]).toBe(result.customers);
    expect(total[2]).toBeCloseTo(result.predictedTotal, 9);
    expect(total[3]).toBe(result.actualTotal);
    const grade = table.find((row) => row[0] === "grade")!;
    expect(grade[1]).toBe(result.grade);
    const splitIso = new Date(Date.UTC(1899, 11, 30) + split * 86_400_000).toISOString().slice(0, 10);
    const sentences = Object.fromEntries(LANGUAGES.map((l) => [l, backtestSentence(result, split, l)])) as Record<Language, string>;
    expect(sentences.en).toBe(`The model predicted ${Math.round(result.predictedTotal)} repeat purchases in the 26 weeks after ${splitIso}; there were ${result.actualTotal}.`);
    expect(sentences.ko).toContain(`${splitIso} 이후 26주 동안`);
    expect(sentences["zh-CN"]).toContain(`${splitIso} 之后的 26 周内`);
    // A chosen split is used as given.
    expect(splitOf(lines, "weeks", day("2024-03-31"))).toBe(day("2024-03-31"));
  });
});

const cdnow = externalFile("CDNOW_sample.txt");
(cdnow ? describe : describe.skip)("the pane's backtest on the CDNOW sample, split 1997-09-30, weeks", () => {
  test("says what the issue asks, with the paper's figures, numbers formatted", async () => {
    const rows: (string | number)[][] = [["Customer ID", "Order date", "Amount"]];
    for (const line of (cdnow ?? "").trim().split("\n")) {
      const f = line.trim().split(/\s+/);
      rows.push([f[0], day(`${f[2].slice(0, 4)}-${f[2].slice(4, 6)}-${f[2].slice(6, 8)}`), Number(f[4])]);
    }
    const port = createGridAdapter(workbook(rows, "CDNOW"));
    const source = (await port.locateSource())!;
    const orders = ordersOf(source, guessRoles(source.columnNames, source.sample).single)!;
    const lines = await readOrderLines(port, orders);
    const split = day("1997-09-30");
    const result = runBacktest(lines, split, "weeks");
    expect(backtestSentence(result, split, "en")).toBe("The model predicted 1,653 repeat purchases in the 39 weeks after 1997-09-30; there were 1,882.");
    expect(backtestSentence(result, split, "ko")).toBe("모형은 1997-09-30 이후 39주 동안 재구매 1,653건을 예측했고, 실제로는 1,882건이었습니다.");
    expect(backtestSentence(result, split, "zh-CN")).toBe("模型预测 1997-09-30 之后的 39 周内有 1,653 次重复购买；实际为 1,882 次。");
    expect(result.grade).toBe("fair");
  });
});
