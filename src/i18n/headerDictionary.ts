/**
 * Column headers sales teams actually write, per role, in English, Korean and Simplified
 * Chinese. The task pane guesses which column is which from these (src/workbook/roles.ts);
 * the user can always change the guess. Data only: add a synonym here, not in code.
 * Entries are compared after lower-casing and removing spaces, punctuation and units in
 * brackets, so "Sales Amount (KRW)" matches "salesamount". Earlier entries rank higher.
 */
export const ROLE_IDS = ["id", "name", "value", "second", "firstDate", "lastDate", "orders", "date"] as const;
export type RoleId = (typeof ROLE_IDS)[number];

export interface RoleSynonyms {
  readonly en: readonly string[];
  readonly ko: readonly string[];
  readonly zh: readonly string[];
}

export const HEADER_DICTIONARY: Readonly<Record<RoleId, RoleSynonyms>> = {
  id: {
    en: ["Customer ID", "Customer No", "Customer Number", "Customer Code", "Client ID", "Account ID", "Account No", "Cust ID", "ID", "Code"],
    ko: ["고객번호", "고객 ID", "고객코드", "거래처코드", "거래처번호", "회원번호", "코드"],
    zh: ["客户编号", "客户ID", "客户代码", "客户编码", "会员编号", "编号"],
  },
  name: {
    en: ["Customer", "Customer Name", "Client", "Client Name", "Company", "Company Name", "Account", "Account Name", "Name"],
    ko: ["고객명", "고객", "고객 이름", "거래처", "거래처명", "상호", "회사명", "업체명", "이름"],
    zh: ["客户名称", "客户", "客户名", "公司名称", "公司", "单位名称", "名称", "姓名"],
  },
  value: {
    en: ["Revenue", "Sales", "Sales Amount", "Net Sales", "Turnover", "Amount", "Total Sales", "Total", "Value", "Spend"],
    ko: ["매출액", "매출", "매출 금액", "판매액", "판매금액", "총매출", "순매출", "금액", "구매금액"],
    zh: ["销售额", "销售金额", "营业额", "销售收入", "收入", "金额", "消费金额", "总金额"],
  },
  second: {
    en: ["Profit", "Gross Profit", "Margin", "Gross Margin", "Contribution", "Stability", "Purchase Intent", "Tenure"],
    ko: ["이익", "영업이익", "순이익", "매출총이익", "마진", "기여도", "안정성", "구매 의도"],
    zh: ["利润", "毛利", "毛利润", "净利润", "贡献度", "稳定性", "购买意向"],
  },
  firstDate: {
    en: ["First Order", "First Order Date", "First Purchase", "First Purchase Date", "Customer Since", "Since", "Start Date"],
    ko: ["첫 주문일", "최초 주문일", "최초 구매일", "첫 구매일", "거래 시작일", "가입일"],
    zh: ["首次下单日期", "首次下单", "首次购买日期", "首次购买", "首单日期", "注册日期"],
  },
  lastDate: {
    en: ["Last Order", "Last Order Date", "Last Purchase", "Last Purchase Date", "Latest Order", "Most Recent Order"],
    ko: ["마지막 주문일", "최근 주문일", "최근 구매일", "최종 구매일", "최종 거래일"],
    zh: ["最近下单日期", "最近下单", "最后购买日期", "最近购买日期", "末次下单日期", "最后下单"],
  },
  orders: {
    en: ["Orders", "Order Count", "Number of Orders", "No. of Orders", "Transactions", "Purchases", "Frequency"],
    ko: ["주문수", "주문 횟수", "주문건수", "구매횟수", "구매 건수", "거래횟수"],
    zh: ["订单数", "订单数量", "购买次数", "下单次数", "交易次数"],
  },
  date: {
    en: ["Order Date", "Date", "Invoice Date", "Transaction Date"],
    ko: ["주문일", "주문일자", "일자", "거래일", "날짜"],
    zh: ["订单日期", "日期", "下单日期", "交易日期"],
  },
};

/** Month names that mark a column as one period of a customer × period block. */
export const MONTH_NAMES: readonly (readonly string[])[] = [
  ["jan", "january", "一月", "1월", "1月"],
  ["feb", "february", "二月", "2월", "2月"],
  ["mar", "march", "三月", "3월", "3月"],
  ["apr", "april", "四月", "4월", "4月"],
  ["may", "五月", "5월", "5月"],
  ["jun", "june", "六月", "6월", "6月"],
  ["jul", "july", "七月", "7월", "7月"],
  ["aug", "august", "八月", "8월", "8月"],
  ["sep", "sept", "september", "九月", "9월", "9月"],
  ["oct", "october", "十月", "10월", "10月"],
  ["nov", "november", "十一月", "11월", "11月"],
  ["dec", "december", "十二月", "12월", "12月"],
];
