import { detectHeaderRow } from "../../src/workbook/headerRow";
import { guessRoles, isPeriodHeader, normalizeHeader } from "../../src/workbook/roles";

const rows = (n: number, make: (i: number) => unknown[]): unknown[][] => Array.from({ length: n }, (_, i) => make(i));

describe("header row", () => {
  test("text over numbers is a header; numbers on top are data", () => {
    expect(detectHeaderRow([["Customer", "Revenue"], ["Kim", 10], ["Lee", 20]])).toBe(true);
    expect(detectHeaderRow([["Kim", 10], ["Lee", 20]])).toBe(false);
    expect(detectHeaderRow([[1, 2], [3, 4]])).toBe(false);
    expect(detectHeaderRow([["Name", "Region"], ["Kim", "Seoul"]])).toBe(true);
    expect(detectHeaderRow([["Kim", "Seoul"], ["Kim", "Busan"]].map((r, i) => (i === 0 ? ["Kim", "Kim"] : r)))).toBe(false);
  });
});

describe("guessing roles from headers in English, Korean and Chinese", () => {
  test.each([
    [["Customer ID", "Customer", "Region", "Revenue", "Profit", "First order", "Last order", "Orders"], { id: 0, name: 1, value: 3, second: 4, firstDate: 5, lastDate: 6, orders: 7 }],
    [["고객번호", "고객명", "지역", "매출액", "영업이익", "최초 구매일", "최근 구매일", "주문 횟수"], { id: 0, name: 1, value: 3, second: 4, firstDate: 5, lastDate: 6, orders: 7 }],
    [["客户编号", "客户名称", "地区", "销售金额", "毛利", "首次下单日期", "最近下单日期", "订单数"], { id: 0, name: 1, value: 3, second: 4, firstDate: 5, lastDate: 6, orders: 7 }],
    [["거래처", "매출", "비고"], { name: 0, value: 1 }],
    [["客户", "销售额"], { name: 0, value: 1 }],
    [["Client Name", "Sales Amount (KRW)"], { name: 0, value: 1 }],
  ])("%j", (header, expected) => {
    const sample = rows(20, (i) =>
      header.map((h, c) => {
        if (/ID|번호|编号/.test(h)) return `C${i}`;
        if (/Customer$|Client|고객명|거래처$|客户名称|客户$/.test(h)) return `Name ${i}`;
        if (/Region|지역|地区|비고/.test(h)) return "Seoul";
        if (/Orders|횟수|订单数/.test(h)) return i + 1;
        if (/order|구매일|下单/.test(h)) return 45000 + i;
        return 1000 * (c + 1) + i * 3.5;
      }),
    );
    expect(guessRoles(header, sample).single).toMatchObject(expected);
  });

  test("without telling headers, the first text column names and the largest numeric column is the value", () => {
    const header = ["Column A", "Column B", "Column C"];
    const sample = rows(10, (i) => [`Shop ${i}`, i, 1000 + i]);
    expect(guessRoles(header, sample).single).toMatchObject({ name: 0, value: 2 });
  });

  test("without a header row, a column of codes is the ID and the next text column the name", () => {
    const header = ["Column A", "Column B", "Column C", "Column D"];
    const sample = rows(10, (i) => [`C${String(i + 1).padStart(4, "0")}`, i % 2 ? `㈜대성유통 ${i}` : `Northwind Stores ${i}`, "Seoul", 3780 + i]);
    expect(guessRoles(header, sample).single).toMatchObject({ id: 0, name: 1, value: 3 });
    // Names with a digit are still names when they repeat or hold spaces; a repeated code is not an ID.
    const repeated = rows(10, (i) => [`K${i % 3}`, `Shop ${i}`, 100 + i]);
    expect(guessRoles(["A", "B", "C"], repeated).single).toMatchObject({ name: 0, value: 2 });
    expect(guessRoles(["A", "B", "C"], repeated).single.id).toBeUndefined();
  });

  test("month columns are periods, in order, and never the value", () => {
    const header = ["고객명", ...Array.from({ length: 12 }, (_, m) => `${m + 1}월`)];
    const guess = guessRoles(header, rows(5, (i) => [`K${i}`, ...Array<number>(12).fill(i)]));
    expect(guess.periods).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]);
    expect(guess.single.value).toBeUndefined();
  });

  test("period headers in the forms people type", () => {
    for (const h of ["Jan", "January 2024", "2024-01", "2024/12", "Q3", "2024 Q1", "1월", "2024년 3월", "3月", "2024年3月", "十二月", "M01"]) {
      expect([h, isPeriodHeader(h)]).toEqual([h, true]);
    }
    for (const h of ["Revenue", "Customer", "2024", "Q5", "13월"]) expect([h, isPeriodHeader(h)]).toEqual([h, false]);
  });

  test("headers are compared without case, spaces, punctuation or units in brackets", () => {
    expect(normalizeHeader("Sales Amount (KRW)")).toBe("salesamount");
    expect(normalizeHeader("销售金额（元）")).toBe("销售金额");
    expect(normalizeHeader("No. of Orders")).toBe("nooforders");
  });
});
