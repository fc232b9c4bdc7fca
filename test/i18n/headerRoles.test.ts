/**
 * Column roles from headers the way sales teams write them, one sample header set per language
 * (Korean and Chinese ones in their common variants: 매출액/销售额, 거래처/客户, 이익/利润 …),
 * plus single headers, each on its own, found for the right role.
 */
import { RoleId } from "../../src/i18n/headerDictionary";
import { guessRoles } from "../../src/workbook/roles";

type Kind = "id" | "text" | "money" | "date" | "count" | "other";

/** 30 rows of plausible cells for each column kind. */
function sample(kinds: readonly Kind[]): unknown[][] {
  return Array.from({ length: 30 }, (_, i) =>
    kinds.map((kind) => {
      switch (kind) {
        case "id":
          return `K${1000 + i}`;
        case "text":
          return `Customer ${i}`;
        case "money":
          return 12_000 + i * 731.5;
        case "date":
          return 45_000 + i * 3;
        case "count":
          return 1 + (i % 9);
        case "other":
          return i % 2 ? "North" : "South";
      }
    }),
  );
}

const SETS: [string, string[], Kind[], Partial<Record<RoleId, number>>][] = [
  [
    "English",
    ["Account No.", "Client Name", "Sales Rep", "Net Sales (USD)", "Gross Margin", "Customer Since", "Last Purchase Date", "No. of Orders"],
    ["id", "text", "other", "money", "money", "date", "date", "count"],
    { id: 0, name: 1, value: 3, second: 4, firstDate: 5, lastDate: 6, orders: 7 },
  ],
  [
    "Korean",
    ["거래처코드", "거래처명", "담당자", "매출액(원)", "영업이익", "최초 거래일", "최종 거래일", "주문 건수"],
    ["id", "text", "other", "money", "money", "date", "date", "count"],
    { id: 0, name: 1, value: 3, second: 4, firstDate: 5, lastDate: 6, orders: 7 },
  ],
  [
    "Chinese",
    ["客户代码", "客户全称", "所属区域", "销售金额（元）", "毛利额", "首次交易日期", "最近交易日期", "订单量"],
    ["id", "text", "other", "money", "money", "date", "date", "count"],
    { id: 0, name: 1, value: 3, second: 4, firstDate: 5, lastDate: 6, orders: 7 },
  ],
];

describe("column roles from headers in three languages", () => {
  test.each(SETS)("%s header set: %j", (_language, header, kinds, expected) => {
    expect(guessRoles(header, sample(kinds)).single).toEqual(expected);
  });

  test.each([
    ["매출액", "value"],
    ["매출", "value"],
    ["판매 금액", "value"],
    ["销售额", "value"],
    ["销售金额", "value"],
    ["营业收入", "value"],
    ["Revenue", "value"],
    ["이익", "second"],
    ["이익금", "second"],
    ["利润", "second"],
    ["毛利润", "second"],
    ["Profit", "second"],
  ] as const)("a numeric column headed %s is the %s", (header, role) => {
    const guess = guessRoles(["Name", header], sample(["text", "money"]));
    expect(guess.single[role]).toBe(1);
  });

  test.each([["고객명"], ["거래처"], ["거래처명"], ["상호"], ["客户名称"], ["客户"], ["顾客"], ["经销商名称"], ["Customer Name"]])(
    "a text column headed %s names the customers",
    (header) => {
      // The other text column comes first, so only the header can make this one the name.
      const guess = guessRoles(["비고 / 备注", header, "Amount"], sample(["other", "text", "money"]));
      expect(guess.single.name).toBe(1);
    },
  );

  test.each([["고객번호"], ["거래처코드"], ["회원번호"], ["客户编号"], ["客户ID"], ["会员号"], ["Customer ID"]])("a column headed %s is the customer ID", (header) => {
    const guess = guessRoles(["Name", header, "Sales"], sample(["text", "id", "money"]));
    expect(guess.single.id).toBe(1);
  });
});
