/**
 * The sample workbook of the preview and the tests, generated from a fixed seed so every run,
 * browser and machine gets the same customers: 240 customers (English, Korean and Chinese
 * names), an orders sheet with Chinese headers, twelve months of sales per customer with
 * Korean headers — and the mess real sheets have: a blank row inside the table, a customer
 * with returns (negative revenue), names that look like formulas ("=1+1", "@SUM(A1)") and a
 * revenue typed as text ("1,234"). A fourth sheet, Purchases, is a shop's order lines drawn from
 * the purchase and spend models themselves, for "Future value (CLV)" and its backtest (the other
 * sheets spread each customer's orders evenly, which gives those models nothing to learn).
 * Pure data: preview/makeSample.ts writes it as .xlsx.
 */
import { mulberry32, sampleBeta, sampleGamma } from "../segment/simulateBgNbd";
import { Scalar } from "../workbook/plan";

export interface SampleSheet {
  readonly name: string;
  readonly rows: readonly (readonly Scalar[])[];
  /** Number format per column (null: General). */
  readonly formats: readonly (string | null)[];
  readonly widths: readonly number[];
  readonly table?: string;
}

export interface SampleBook {
  readonly sheets: readonly SampleSheet[];
}

export const SAMPLE_SEED = 20240601;
export const CUSTOMER_COUNT = 240;
/** 0-based data row (below the header) left blank, as people leave a spacer row. */
export const BLANK_ROW = 120;

/** mulberry32: small, fast, and the same in every JavaScript engine. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const EN_FIRST = ["Northwind", "Blue Harbor", "Summit", "Greenfield", "Redwood", "Silverline", "Oakridge", "Pioneer", "Bright Star", "Evergreen", "Maple", "Atlas", "Harbor Point", "Crescent", "Golden Gate", "Riverbend", "Lakeside", "Cedar", "Ironworks", "Sunrise"];
const EN_LAST = ["Traders", "Foods", "Supply", "Retail", "Distribution", "Outfitters", "Wholesale", "Market", "Stores", "Logistics", "Pharmacy", "Electronics"];
const KO_FIRST = ["한빛", "새한", "대성", "미래", "동방", "푸른", "한결", "세종", "금강", "청솔", "우리", "다온"];
const KO_LAST = ["상사", "유통", "식품", "전자", "물산", "마트", "무역", "산업"];
const ZH_CITY = ["北京", "上海", "广州", "深圳", "杭州", "成都", "南京", "武汉", "苏州", "天津"];
const ZH_WORD = ["华信", "恒达", "瑞丰", "鑫源", "国泰", "嘉禾", "永盛", "东方", "利民", "宏远"];
const ZH_LAST = ["贸易有限公司", "科技有限公司", "商贸有限公司", "食品有限公司"];
const REGIONS = ["Seoul", "Busan", "Shanghai", "Beijing", "Shenzhen", "London", "Chicago", "Toronto"];

/** Excel serial of a calendar date (1900 system). */
function serial(y: number, m: number, d: number): number {
  return Math.round((Date.UTC(y, m - 1, d) - Date.UTC(1899, 11, 30)) / 86_400_000);
}

interface Customer {
  id: string;
  name: string;
  region: string;
  revenue: number;
  profit: number;
  first: number;
  last: number;
  orders: number;
  months: number[];
}

function normal(rand: () => number): number {
  // Box–Muller; 1 − u keeps log() away from 0.
  return Math.sqrt(-2 * Math.log(1 - rand())) * Math.cos(2 * Math.PI * rand());
}

function pick<T>(rand: () => number, list: readonly T[]): T {
  return list[Math.floor(rand() * list.length)];
}

function customers(rand: () => number): Customer[] {
  const names = new Set<string>();
  const out: Customer[] = [];
  const start = serial(2019, 1, 1);
  const end = serial(2024, 12, 31);
  for (let i = 0; i < CUSTOMER_COUNT; i++) {
    let name = "";
    do {
      const kind = rand();
      name =
        kind < 0.6
          ? `${pick(rand, EN_FIRST)} ${pick(rand, EN_LAST)}`
          : kind < 0.8
            ? `㈜${pick(rand, KO_FIRST)}${pick(rand, KO_LAST)}`
            : `${pick(rand, ZH_CITY)}${pick(rand, ZH_WORD)}${pick(rand, ZH_LAST)}`;
    } while (names.has(name));
    names.add(name);
    // Log-normal revenue: a few large customers, a long tail — the shape ABC analysis is for.
    const revenue = Math.round(Math.exp(9.3 + 1.7 * normal(rand)) / 10) * 10;
    const margin = -0.04 + rand() * 0.36;
    const first = start + Math.floor(rand() * (serial(2024, 6, 30) - start));
    const last = first + Math.floor(rand() * (end - first));
    const orders = Math.max(1, Math.round(Math.log(revenue) * (0.5 + rand()) - 3));
    // Twelve months: steady buyers spread evenly, occasional ones buy in a few months.
    const steadiness = rand();
    const weights: number[] = Array.from({ length: 12 }, () => (rand() < 0.35 + 0.6 * steadiness ? 0.3 + rand() : 0));
    if (!weights.some((w) => w > 0)) weights[Math.floor(rand() * 12)] = 1;
    const sum = weights.reduce((a, b) => a + b, 0);
    const months = weights.map((w) => Math.round((revenue * w) / sum));
    months[months.findIndex((m) => m > 0)] += revenue - months.reduce((a, b) => a + b, 0);
    out.push({ id: `C${String(i + 1).padStart(4, "0")}`, name, region: pick(rand, REGIONS), revenue, profit: Math.round(revenue * margin), first, last, orders, months });
  }
  // The mess of real sheets, at fixed places.
  out[36].revenue = -1850; // returns exceeded purchases
  out[36].months = out[36].months.map((m, k) => (k === 11 ? m - out[36].months.reduce((a, b) => a + b, 0) - 1850 : m));
  out[57].name = "=1+1"; // typed by someone, must stay text
  out[90].name = "@SUM(A1)";
  return out;
}

/** Customers of the Purchases sheet: one cohort whose first orders fall in 2023's third quarter. */
export const PURCHASE_CUSTOMERS = 500;

/**
 * Order lines (ID, date, amount) of the Purchases sheet, drawn as the models describe buying
 * (Fader, Hardie & Lee 2005), with CDNOW's published parameters: each customer buys at a rate
 * λ ~ Gamma(0.243, 4.414 per week), may stop after each repeat purchase with p ~ Beta(0.793,
 * 2.426), and spends per order Gamma(6.25, ν) with ν ~ Gamma(3.74, 154.4) (CDNOW's spend in
 * tens). First orders fall in 2023-07-01 … 2023-09-30, the data ends on 2024-12-31.
 */
export function purchaseLines(seed = SAMPLE_SEED): [string, number, number][] {
  const uniform = mulberry32(seed);
  const start = serial(2023, 7, 1);
  const end = serial(2024, 12, 31);
  const lines: [string, number, number][] = [];
  for (let i = 0; i < PURCHASE_CUSTOMERS; i++) {
    const id = `P${String(i + 1).padStart(4, "0")}`;
    const first = start + Math.floor(uniform() * 92);
    const rate = sampleGamma(0.243, 4.414 * 7, uniform); // per day
    const stop = sampleBeta(0.793, 2.426, uniform);
    const scale = sampleGamma(3.74, 154.4, uniform);
    const amount = (): number => Math.max(1, Math.round(sampleGamma(6.25, scale, uniform)));
    lines.push([id, first, amount()]);
    for (let t = first; ; ) {
      t += -Math.log(uniform()) / rate;
      if (t >= end + 1) break;
      lines.push([id, Math.floor(t), amount()]);
      if (uniform() < stop) break;
    }
  }
  return lines.sort((a, b) => a[1] - b[1] || a[0].localeCompare(b[0]));
}

export function sampleBook(seed = SAMPLE_SEED): SampleBook {
  const rand = seededRandom(seed);
  const list = customers(rand);
  const customerRows: Scalar[][] = [["Customer ID", "Customer", "Region", "Revenue", "Profit", "First order", "Last order", "Orders"]];
  const monthRows: Scalar[][] = [["고객번호", "고객명", ...Array.from({ length: 12 }, (_, m) => `${m + 1}월`)]];
  list.forEach((c, i) => {
    if (i === BLANK_ROW) customerRows.push(Array<Scalar>(8).fill(null));
    // One revenue typed as text with a thousands separator: not a customer until converted.
    const revenue: Scalar = i === 149 ? "1,234" : c.revenue;
    customerRows.push([c.id, c.name, c.region, revenue, c.profit, c.first, c.last, c.orders]);
    monthRows.push([c.id, c.name, ...c.months]);
  });
  const orderLines: [string, number, number][] = [];
  for (const c of list) {
    if (c.revenue <= 0) {
      orderLines.push([c.id, c.last, c.revenue]);
      continue;
    }
    let left = c.revenue;
    for (let k = 0; k < c.orders; k++) {
      const date = c.first + Math.floor(((c.last - c.first) * k) / Math.max(1, c.orders - 1));
      const amount = k === c.orders - 1 ? left : Math.round((c.revenue / c.orders) * (0.6 + 0.8 * rand()));
      left -= amount;
      orderLines.push([c.id, date, amount]);
    }
  }
  orderLines.sort((a, b) => a[1] - b[1] || a[0].localeCompare(b[0]));
  const orderRows: Scalar[][] = [["客户编号", "订单日期", "销售金额"], ...orderLines];
  return {
    sheets: [
      {
        name: "Customers",
        rows: customerRows,
        formats: [null, null, null, "#,##0", "#,##0", "yyyy-mm-dd", "yyyy-mm-dd", "0"],
        widths: [12, 30, 11, 12, 11, 12, 12, 8],
        table: "CustomerTable",
      },
      { name: "Orders", rows: orderRows, formats: [null, "yyyy-mm-dd", "#,##0"], widths: [12, 12, 12] },
      { name: "Monthly", rows: monthRows, formats: [null, null, ...Array<string>(12).fill("#,##0")], widths: [10, 30, ...Array<number>(12).fill(9)] },
      { name: "Purchases", rows: [["Customer ID", "Order date", "Amount"], ...purchaseLines(seed)], formats: [null, "yyyy-mm-dd", "#,##0"], widths: [12, 12, 10] },
    ],
  };
}
