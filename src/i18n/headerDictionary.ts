/**
 * Column headers sales teams actually write, per role, in English, Korean and Simplified
 * Chinese. The task pane guesses which column is which from these (src/workbook/roles.ts);
 * the user can always change the guess. Data only: add a synonym here, not in code.
 * Entries are compared after lower-casing and removing spaces, punctuation and units in
 * brackets, so "Sales Amount (KRW)" matches "salesamount". Earlier entries in each language's
 * list rank higher (an exact match always beats a partial one).
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
    en: ["Customer ID", "Customer No", "Customer Number", "Customer Code", "Client ID", "Client No", "Account ID", "Account No", "Account Number", "Cust ID", "Buyer ID", "Member ID", "ID", "Code"],
    ko: ["고객번호", "고객 ID", "고객코드", "거래처코드", "거래처번호", "거래처 ID", "회원번호", "회원 ID", "고객 식별번호", "코드", "아이디"],
    zh: ["客户编号", "客户ID", "客户代码", "客户编码", "客户号", "顾客编号", "会员编号", "会员ID", "会员号", "编号", "代码"],
  },
  name: {
    en: ["Customer", "Customer Name", "Client", "Client Name", "Company", "Company Name", "Account", "Account Name", "Buyer", "Dealer", "Name"],
    ko: ["고객명", "고객", "고객 이름", "거래처", "거래처명", "거래처 이름", "상호", "상호명", "회사명", "업체명", "업체", "법인명", "대리점", "이름"],
    zh: ["客户名称", "客户", "客户名", "客户全称", "顾客", "顾客名称", "公司名称", "公司", "企业名称", "单位名称", "经销商", "经销商名称", "名称", "姓名"],
  },
  value: {
    en: ["Revenue", "Sales", "Sales Amount", "Net Sales", "Sales Revenue", "Gross Sales", "Turnover", "Amount", "Total Sales", "Order Value", "Total", "Value", "Spend", "Monetary", "Monetary Value"],
    ko: ["매출액", "매출", "매출 금액", "판매액", "판매금액", "총매출", "총 매출액", "순매출", "거래액", "거래 금액", "금액", "구매금액", "구매액", "구매 총액", "누적 구매액"],
    zh: ["销售额", "销售金额", "营业额", "销售收入", "营业收入", "营收", "销售总额", "成交金额", "交易金额", "订单金额", "收入", "金额", "消费金额", "总金额", "消费总额", "累计消费"],
  },
  second: {
    en: ["Profit", "Gross Profit", "Net Profit", "Margin", "Gross Margin", "Contribution", "Stability", "Purchase Intent"],
    ko: ["이익", "영업이익", "순이익", "매출총이익", "이익금", "이윤", "공헌이익", "마진", "기여도", "안정성", "구매 의도"],
    zh: ["利润", "利润额", "毛利", "毛利润", "毛利额", "净利润", "净利", "贡献度", "稳定性", "购买意向"],
  },
  firstDate: {
    en: ["First Order", "First Order Date", "First Purchase", "First Purchase Date", "Customer Since", "Since", "Start Date", "Tenure", "Years as Customer", "Customer Years", "T"],
    ko: ["첫 주문일", "최초 주문일", "최초 구매일", "첫 구매일", "최초 거래일", "첫 거래일", "거래 시작일", "가입일", "거래 기간", "거래 연수"],
    zh: ["首次下单日期", "首次下单", "首次购买日期", "首次购买", "首单日期", "首次交易日期", "开始合作日期", "注册日期", "合作年限", "合作年数", "客龄"],
  },
  lastDate: {
    en: ["Last Order", "Last Order Date", "Last Purchase", "Last Purchase Date", "Latest Order", "Most Recent Order", "Recency", "Days Since Last Order", "Days Since Last Purchase"],
    ko: ["마지막 주문일", "최근 주문일", "최근 구매일", "최종 구매일", "마지막 구매일", "최종 거래일", "최근 거래일", "최근성", "경과일수", "마지막 구매 후 경과일"],
    zh: ["最近下单日期", "最近下单", "最后购买日期", "最近购买日期", "末次下单日期", "最后下单", "最近交易日期", "最后交易日期", "最近购买", "最近消费", "最近一次消费", "距上次购买天数"],
  },
  orders: {
    en: ["Orders", "Order Count", "Number of Orders", "No. of Orders", "Transactions", "Purchases", "Frequency", "Order Frequency", "Purchase Frequency", "Number of Purchases"],
    ko: ["주문수", "주문 횟수", "주문건수", "주문 건수", "구매횟수", "구매 건수", "거래횟수", "거래 건수", "구매 빈도"],
    zh: ["订单数", "订单数量", "订单量", "购买次数", "下单次数", "交易次数", "成交次数", "消费次数", "消费频率", "购买频次"],
  },
  date: {
    en: ["Order Date", "Date", "Invoice Date", "Transaction Date"],
    ko: ["주문일", "주문일자", "일자", "거래일", "거래일자", "판매일", "매출일", "날짜"],
    zh: ["订单日期", "日期", "下单日期", "下单时间", "交易日期", "销售日期"],
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
