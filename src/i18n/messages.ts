/**
 * Messages for mistakes in what the user gave a function or the task pane, keyed like
 * SegmentError.key. `{name}` placeholders are filled from the error's parameters.
 * English is the source; Korean and Chinese have every key (test/i18n/tables.test.ts checks
 * keys and placeholders) and would fall back to English key by key if one were missing.
 * Argument values in quotes ("reach", "median" …) and function names stay as typed in formulas.
 */
import { currentLanguage, Language } from "./language";

type MessageTable = Readonly<Record<string, string>>;

const en: MessageTable = {
  "cuts.count":
    "Give {count} cuts for {classes} classes, as increasing fractions between 0 and 1 (e.g. {example}), or a preset: {presets}.",
  "cuts.range": "Each cut must be a fraction greater than 0 and less than 1 (80 % is 0.8). Presets: {presets}.",
  "cuts.order": "Cuts must increase from one class to the next (e.g. {example}). Presets: {presets}.",
  "cuts.thresholds": "With basis \"threshold\" the cuts are {count} values, each greater than 0 and no greater than the one before: the lowest value of each class but the last, as SEGMENT.EXPLAIN prints them (e.g. {58900,12000} for {classes} classes).",
  "cuts.preset":
    'Unknown preset. Use cumulative percentages like "80/95", per-class shares like "80/15/5", or one of: {presets}.',
  "cuts.shares": 'Per-class shares must add up to 100 (e.g. "80/15/5"). Presets: {presets}.',
  "cut.single": "The cut must be one fraction greater than 0 and less than 1 (default 0.8 for 80 %).",
  "shape.empty": "{name} is empty: select the column of customers' values.",
  "shape.notList": "{name} must be a single column or a single row; it has {rows} rows and {columns} columns.",
  "rule.unknown":
    'Unknown rule "{given}". Use "reach" (default: the customer whose value crosses a cut goes to the higher class) or "byhand" (share ≤ cut, like a SUMIF sheet).',
  "basis.unknown": 'Unknown basis "{given}". Use "value" (default: shares of value) or "count" (shares of customers).',
  "method.unknown": 'Unknown method "{given}". Use one of: {allowed}.',
  "why.paretoOptions":
    'PARETO has one cut and always uses the "reach" rule on values: leave rule and basis empty (or "reach", "value"). For another rule or basis, use "ABC" with two cuts.',
  "auto.basis": 'Computed cuts ("auto") use values only: leave the basis empty or "value".',
  "auto.classes": 'Computed cuts ("auto") give three classes: use SEGMENT.ABC, not SEGMENT.ABCD.',
  "auto.flat": "Computed cuts need at least two customers with different positive values.",
  "input.errorCell": "The input cell holds {code}: fix that cell and this result follows.",
  "shape.mismatch": "{name} must have as many rows as {other} ({expected}); it has {actual}.",
  "value.scalar": "{name} must be a single cell.",
  "total.none": "No customer has a positive value, so no cumulative share can be computed.",
  "quadrant.labelSet": 'Unknown label set "{given}". Use one of: {allowed} (default "existing": EI–EIV).',
  "quadrant.split":
    '{name} "{given}" is not a split. Use {allowed}. A value equal to the split counts as low.',
  "shape.orientation":
    "{name} and {other} must both be columns or both be rows, of the same length: one entry per customer.",
  "shape.ragged": "Row {row} has {actual} cells but the first row has {expected}: select a rectangular block.",
  "contribution.none":
    "No customer has positive total sales over the periods, so no contribution (share of total sales) can be computed.",
  "stability.periods":
    "Stability needs at least 2 period columns (months or quarters; one row per customer); the range has {given}.",
  "growth.years": "GROWTHSTREAK needs at least 2 year columns (oldest first; one row per customer); the range has {given}.",
  "abcgrowth.years":
    "ABCGROWTH needs at least 3 year columns (oldest first) to see two years of growth for class B; the range has {given}.",
  "growth.top":
    "top must be a fraction greater than 0 and less than 1 (default 0.2: A = the top 20 % of customers by the latest year's sales); it is {given}.",
  "strategy.unknown":
    'Unknown code "{given}". Use a code returned by a SEGMENT function (ABC, ABCD, ABCGROWTH, PARETO, QUADRANT …) or a customer-type tag: {codes}.',
  "language.unknown": 'Unknown language "{given}". Use one of: {allowed} (default: the language Office runs in).',
  "orders.none":
    "No order line could be counted: each line needs a customer ID and a date (an Excel date or serial number, not text). SEGMENT.SUMMARYEXPLAIN shows why lines were skipped.",
  "asOf.invalid":
    "as_of must be a date (an Excel date or serial number); leave it empty to use the latest order date in the data.",
  "value.number": "{name} must be a number; leave it empty for the default.",
  "unit.unknown": 'Unknown unit "{given}". Use "days" (default) or "weeks" (days ÷ 7).',
  "rfm.bins.shape":
    "bins must be 3 rows (R, F, M) × 4 columns of increasing bin edges; it has {rows} rows and {columns} columns. Leave a row empty to use quantile bins for that dimension, or give \"rfm-package\" for the R package rfm's breaks.",
  "rfm.bins.preset":
    'Unknown bins "{given}". Use "rfm-package" (the R package rfm 0.3\'s breaks: its quantiles + 1, for the same scores as in R), 3 rows (R, F, M) × 4 increasing edges, or leave it empty for quantile bins.',
  "rfm.bins.count":
    "The {dimension} bin edges must be 4 numbers (e.g. 30, 60, 90, 180 days for R), or an empty row for quantile bins.",
  "rfm.bins.order": "The {dimension} bin edges must increase from left to right (e.g. 30, 60, 90, 180).",
  "rfm.rules.shape":
    "rules must have 7 columns: name, r_min, r_max, f_min, f_max, m_min, m_max (one rule per row, first match wins); it has {columns}.",
  "rfm.rules.name": "Rule {row} has no name: the first column names the segment.",
  "rfm.rules.number": "Rule {row}: r_min, r_max, f_min, f_max, m_min and m_max must be numbers (scores 1–5).",
  "rfm.rules.order": "Rule {row}: each minimum must be less than or equal to its maximum.",
  "rfm.rules.empty": "The rules range holds no rule: give rows of name, r_min, r_max, f_min, f_max, m_min, m_max.",
  "rfm8.compare": 'Unknown comparison "{given}". Use "mean" (default) or "median".',
  "lifecycle.days": "{name} must be a number of days, 0 or more; leave it empty for the default.",
  "lifecycle.windows":
    "The active window ({active} days) must not be longer than the churn window ({churn} days).",
  "lifecycle.k":
    "k must be a number greater than 0 (default 2: at risk when days since the last order exceed 2 × the customer's own average gap).",
  "lifecycle.loyalOrders": "loyal_orders must be a number, 1 or more (default 5).",
  "lifecycle.satisfaction":
    "Satisfaction must be on a 1–5 scale (1 = very dissatisfied, 5 = very satisfied; 2 or less is DISSATISFIED); row {row} holds {value}. Leave a cell blank when the customer was not asked.",
  "lifecycle.row.firstAfterLast": "The first order is after the last order in this row: check the two date columns.",
  "lifecycle.row.afterAsOf":
    "The last order is after the as-of date: give SEGMENT.SUMMARY the same as-of date, or a later as-of date here.",
  "lifecycle.row.orders": "The number of orders must be 1 or more.",
  "bgnbd.x": "Row {row}: x (repeat purchases) must be a whole number, 0 or more; a one-time buyer has x = 0.",
  "bgnbd.T": "Row {row}: T (as-of date − first purchase) must be 0 or more.",
  "bgnbd.tx": "Row {row}: t_x (last purchase − first purchase) must lie between 0 and T ({T}); it is {tx}.",
  "bgnbd.tx0":
    "Row {row}: x = 0 but t_x = {tx}. For a one-time buyer t_x is 0: t_x is last purchase − first purchase, not days since the last purchase. SEGMENT.BGNBDINPUT gives x, t_x and T from the orders.",
  "bgnbd.none": "No customer to fit: x, t_x and T need numbers in the same rows.",
  "bgnbd.fit":
    "The BG/NBD model could not be fitted to these customers (no finite maximum of the likelihood): it needs customers with repeat purchases (x > 0) and different ages T.",
  "bgnbd.horizon": "horizon must be a number of periods, 0 or more, in the same unit as t_x and T.",
  "transitions.columns":
    "{name} must have 2 columns (customer ID, class) or 3 (customer ID, class, value), one row per customer; it has {columns}.",
  "transitions.columnsDiffer":
    "previous and current must have the same columns (customer ID, class, and optionally value): previous has {previous}, current has {current}.",
  "transitions.duplicate":
    'Customer "{id}" appears twice in {name} (rows {first} and {second}). Each customer may appear once per snapshot; IDs match like COUNTIF (7 and "7" are one customer, and so are "c1" and " C1 ").',
  "transitions.unknownCode":
    'Class "{code}" in {name} is not in the class order {order}. Give the order best first as the third argument, e.g. {example}, and leave header rows out of the ranges.',
  "transitions.orderNeeded":
    "The classes {codes} have no built-in order. Give the order best first as the third argument, e.g. {example}. Built-in orders: {known}. Leave header rows out of the ranges.",
  "transitions.orderDuplicate": 'Class "{code}" appears twice in the order ({order}). List each class once, best first.',
  "transitions.measure":
    'Unknown measure "{given}". Use "customers" (default: number of customers) or "value" (sum of the third column: the current value, and the previous value for GONE).',
  "transitions.valueNeeded":
    'measure "value" needs a third column with each customer\'s value in both previous and current (customer ID, class, value).',
  "internal": "Something went wrong inside the add-in ({detail}). Your data is unchanged.",
  "gg.x": "Row {row}: frequency (repeat purchases) must be a whole number, 0 or more; a one-time buyer has 0.",
  "gg.none": "No customer to fit: frequency and average_spend need numbers in the same rows.",
  "gg.tooFew":
    "The spend model needs at least 2 customers with a repeat purchase and an average spend above 0; there are {used} ({oneTime} one-time buyers and {nonPositive} with an average of 0 or less were left out). Use a longer period so more customers buy again.",
  "gg.fit":
    "The spend model did not converge on these {used} customers, so no spend is given. Try: drop a few customers with extreme average spend (returns, bulk orders), or check that average_spend is the average per repeat purchase, not the total.",
  "gg.noMean":
    "The fitted spend distribution has no finite mean (q = {q} ≤ 1): a few very large averages dominate. Check average_spend for totals or outliers and drop the extreme customers.",
  "clv.bgnbdFit":
    "The purchase model (BG/NBD) did not converge on these customers, so no value is given. Try: fewer, longer periods (weeks instead of days), a longer history, or drop a few extreme customers (hundreds of purchases).",
  "clv.degenerate":
    "The purchase model (BG/NBD) has no best fit here: its dropout parameters a and b grow together without limit, which means the data show no difference between customers in how likely they are to stop buying. Try a longer history, or check that t_x is last − first purchase (SEGMENT.BGNBDINPUT gives it).",
  "clv.unit": 'Unknown unit "{given}". Use "days" (default), "weeks" or "months": the unit of t_x and T.',
  "clv.months": "months must be a whole number of months from 1 to 1200 (default 12).",
  "clv.discount": "discount must be a monthly rate from 0 up to (not including) 1, e.g. 0.01 for 1 % a month (default).",
  "backtest.split": "split_date must be a date (an Excel date, not text): the last day of the fitting period.",
  "backtest.splitRange":
    "split_date must fall on or after the first order ({first}) and before the last ({last}), so there are orders on both sides to fit and to compare.",
  "futureValue.none": "No customer to value: no row has a number in all four columns (first order, last order, orders, amount — or T, t_x, x and average spend).",
  "futureValue.fewReturning":
    "Only {returning} of {customers} customers bought again with an amount above 0: too few to learn how much a returning customer spends (the pane needs at least {minimum}). Use a longer history so more customers buy again.",
  "futureValue.spendFit":
    "The spend model did not converge on these {used} returning customers, so no value is given. Try: leave out a few customers with extreme amounts (large returns, one bulk order), or check that the amount column holds money, not a count.",
  "futureValue.noMean":
    "The spend model finds no typical spend (q = {q} ≤ 1): a few very large amounts dominate, so every value would hang on them. Check the amount column for totals or outliers and leave out the extreme customers.",
  "futureValue.purchaseFit":
    "The purchase model did not converge on these customers, so no value is given. Try: a longer time unit (weeks or months instead of days), a longer history, or leave out a few extreme customers (hundreds of orders).",
  "futureValue.degenerate":
    "The purchase model has no best fit here: the data show no difference between customers in how likely they are to stop buying (its dropout parameters a and b grow together without limit). Try a longer history, or check that the last order column holds each customer's last order (or t_x = last − first purchase).",
  "futureValue.mixed":
    "First order and last order must both hold dates (a customer sheet) or both numbers (T and t_x, in the time unit): here one holds dates and the other numbers.",
  "xyz.periods":
    "XYZ needs at least 2 period columns (months or quarters; one row per customer) to measure how sales vary; the range has {given}.",
  "xyz.cuts":
    "Give two CV cuts for X, Y and Z as increasing numbers, e.g. {0.5,1} (the default: X up to 0.5, Y up to 1.0, Z above); {given} were given.",
  "xyz.cutsNumbers": "{name} must be two numbers, the CV cuts for X and Y (e.g. {0.5,1}); leave it empty for the default.",
  "xyz.cutsOrder":
    "The CV cuts must be 0 or more and increasing (X up to the first, Y up to the second, e.g. {0.5,1}); they are {x} and {y}.",
  "cohort.period": 'Unknown period "{given}". Use "month" (default) or "quarter".',
  "cohort.measure":
    'Unknown measure "{given}". Use "customers" (default: the share of the cohort that ordered in each period) or "revenue" (the cohort\'s amounts per period ÷ its first period\'s; needs amounts).',
  "cohort.amountsNeeded": 'measure "revenue" needs the amounts of the order lines as the fifth argument: =SEGMENT.COHORT(ids, dates, "month", "revenue", amounts).',
  "cohort.span":
    "The dates run from {first} to {last}: {count} periods, more than the {max} a cohort table can show. Check for a mistyped date (a year like 1900 or 2204), or use \"quarter\".",
  "cohort.noBase": "This cohort's amounts in its first period add up to 0 or less, so there is no base to compare later periods with.",
};

const ko: MessageTable = {
  "cuts.count":
    "등급이 {classes}개이면 기준점은 {count}개가 필요합니다. 0과 1 사이에서 차례로 커지는 소수(예: {example})나 다음 프리셋 중 하나를 주세요: {presets}.",
  "cuts.range": "기준점은 0보다 크고 1보다 작은 소수여야 합니다(80 %는 0.8). 프리셋: {presets}.",
  "cuts.order": "기준점은 다음 등급으로 갈수록 커져야 합니다(예: {example}). 프리셋: {presets}.",
  "cuts.thresholds": "basis가 \"threshold\"이면 기준점은 금액 {count}개입니다. 각각 0보다 크고 앞의 값보다 크지 않아야 합니다: 마지막 등급을 뺀 각 등급의 최저 금액(SEGMENT.EXPLAIN이 보여 주는 값, 예: {classes}등급이면 {58900,12000}).",
  "cuts.preset":
    '알 수 없는 프리셋입니다. "80/95" 같은 누적 백분율, "80/15/5" 같은 등급별 비중, 또는 다음 중 하나를 쓰세요: {presets}.',
  "cuts.shares": '등급별 비중의 합은 100이어야 합니다(예: "80/15/5"). 프리셋: {presets}.',
  "cut.single": "기준점은 0보다 크고 1보다 작은 소수 하나여야 합니다(기본값 0.8 = 80 %).",
  "shape.empty": "{name}이(가) 비어 있습니다. 고객별 금액이 있는 열을 선택하세요.",
  "shape.notList": "{name}은(는) 한 열 또는 한 행이어야 하는데, {rows}행 {columns}열입니다.",
  "rule.unknown":
    '알 수 없는 규칙 "{given}"입니다. "reach"(기본값: 기준점에 걸친 고객은 상위 등급) 또는 "byhand"(비중 ≤ 기준점, SUMIF 시트 방식)를 쓰세요.',
  "basis.unknown": '알 수 없는 기준 "{given}"입니다. "value"(기본값: 금액 비중) 또는 "count"(고객 수 비중)를 쓰세요.',
  "method.unknown": '알 수 없는 방법 "{given}"입니다. 다음 중 하나를 쓰세요: {allowed}.',
  "why.paretoOptions":
    'PARETO은 기준점이 하나이고 항상 금액에 "reach" 규칙을 씁니다: rule과 basis는 비워 두세요("reach", "value"도 됩니다). 다른 규칙이나 기준이 필요하면 기준점 두 개로 "ABC"를 쓰세요.',
  "auto.basis": '계산된 기준점("auto")은 금액만 씁니다. basis는 비워 두거나 "value"로 하세요.',
  "auto.classes": '계산된 기준점("auto")은 등급 3개를 만듭니다. SEGMENT.ABCD 대신 SEGMENT.ABC를 쓰세요.',
  "auto.flat": "기준점을 계산하려면 양수 금액이 서로 다른 고객이 2명 이상 있어야 합니다.",
  "input.errorCell": "입력 셀에 {code} 오류가 있습니다. 그 셀을 고치면 이 결과도 따라 바뀝니다.",
  "shape.mismatch": "{name}의 행 수는 {other}와 같아야 합니다({expected}행). 지금은 {actual}행입니다.",
  "value.scalar": "{name}은(는) 셀 하나여야 합니다.",
  "total.none": "금액이 양수인 고객이 없어 누적 비중을 계산할 수 없습니다.",
  "quadrant.labelSet": '알 수 없는 라벨 세트 "{given}"입니다. 다음 중 하나를 쓰세요: {allowed}(기본값 "existing": EI–EIV).',
  "quadrant.split": '{name} "{given}"은(는) 나눌 기준이 될 수 없습니다. {allowed} 중에서 쓰세요. 기준값과 같은 값은 낮음으로 봅니다.',
  "shape.orientation": "{name}와(과) {other}는 둘 다 열이거나 둘 다 행이어야 하고 길이도 같아야 합니다(고객마다 한 항목).",
  "shape.ragged": "{row}행에는 셀이 {actual}개인데 첫 행에는 {expected}개입니다. 직사각형 범위를 선택하세요.",
  "contribution.none": "전체 기간 총매출이 양수인 고객이 없어 기여도(총매출 비중)를 계산할 수 없습니다.",
  "stability.periods":
    "안정성을 계산하려면 기간 열이 2개 이상 필요합니다(월 또는 분기, 고객마다 한 행). 이 범위에는 {given}개뿐입니다.",
  "growth.years": "GROWTHSTREAK에는 연도 열이 2개 이상 필요합니다(오래된 연도부터, 고객마다 한 행). 이 범위에는 {given}개뿐입니다.",
  "abcgrowth.years":
    "ABCGROWTH가 B 등급의 2년 연속 성장을 보려면 연도 열이 3개 이상 필요합니다(오래된 연도부터). 이 범위에는 {given}개뿐입니다.",
  "growth.top":
    "top은 0보다 크고 1보다 작은 소수여야 합니다(기본값 0.2: 최근 연도 매출 기준 상위 20 % 고객이 A). 지금 값은 {given}입니다.",
  "strategy.unknown":
    '알 수 없는 코드 "{given}"입니다. SEGMENT 함수(ABC, ABCD, ABCGROWTH, PARETO, QUADRANT …)가 돌려준 코드나 고객 유형 태그를 쓰세요: {codes}.',
  "language.unknown": '알 수 없는 언어 "{given}"입니다. 다음 중 하나를 쓰세요: {allowed}(기본값: Office 표시 언어).',
  "orders.none":
    "집계할 수 있는 주문 행이 없습니다. 행마다 고객 ID와 날짜(텍스트가 아닌 Excel 날짜나 일련번호)가 있어야 합니다. 건너뛴 이유는 SEGMENT.SUMMARYEXPLAIN에서 볼 수 있습니다.",
  "asOf.invalid": "as_of는 날짜(Excel 날짜나 일련번호)여야 합니다. 비워 두면 데이터의 가장 최근 주문일을 씁니다.",
  "value.number": "{name}은(는) 숫자여야 합니다. 기본값을 쓰려면 비워 두세요.",
  "unit.unknown": '알 수 없는 단위 "{given}"입니다. "days"(기본값) 또는 "weeks"(일수 ÷ 7)를 쓰세요.',
  "rfm.bins.shape":
    "bins는 3행(R, F, M) × 차례로 커지는 구간 경계 4열이어야 하는데, {rows}행 {columns}열입니다. 어떤 지표에 분위 구간을 쓰려면 그 행을 비워 두고, R 패키지 rfm의 경계를 쓰려면 \"rfm-package\"를 주세요.",
  "rfm.bins.preset":
    '알 수 없는 bins "{given}"입니다. "rfm-package"(R 패키지 rfm 0.3의 경계: 분위수 + 1, R과 같은 점수), 3행(R, F, M) × 차례로 커지는 경계 4개를 주거나, 분위 구간을 쓰려면 비워 두세요.',
  "rfm.bins.count": "{dimension} 구간 경계는 숫자 4개여야 합니다(예: R은 30, 60, 90, 180일). 분위 구간을 쓰려면 행을 비워 두세요.",
  "rfm.bins.order": "{dimension} 구간 경계는 왼쪽에서 오른쪽으로 커져야 합니다(예: 30, 60, 90, 180).",
  "rfm.rules.shape":
    "rules는 name, r_min, r_max, f_min, f_max, m_min, m_max의 7열이어야 합니다(한 행에 규칙 하나, 먼저 맞는 규칙 우선). 지금은 {columns}열입니다.",
  "rfm.rules.name": "{row}번 규칙에 이름이 없습니다. 첫 번째 열에 세그먼트 이름을 적으세요.",
  "rfm.rules.number": "{row}번 규칙: r_min, r_max, f_min, f_max, m_min, m_max는 숫자(점수 1–5)여야 합니다.",
  "rfm.rules.order": "{row}번 규칙: 최솟값은 각각 최댓값보다 작거나 같아야 합니다.",
  "rfm.rules.empty": "규칙 범위에 규칙이 없습니다. name, r_min, r_max, f_min, f_max, m_min, m_max로 된 행을 주세요.",
  "rfm8.compare": '알 수 없는 비교 기준 "{given}"입니다. "mean"(기본값) 또는 "median"을 쓰세요.',
  "lifecycle.days": "{name}은(는) 0 이상의 일수여야 합니다. 기본값을 쓰려면 비워 두세요.",
  "lifecycle.windows": "활성 기간({active}일)은 이탈 기간({churn}일)보다 길 수 없습니다.",
  "lifecycle.k":
    "k는 0보다 큰 숫자여야 합니다(기본값 2: 마지막 주문 후 경과 일수가 고객 본인의 평균 주문 간격의 2배를 넘으면 이탈 위험).",
  "lifecycle.loyalOrders": "loyal_orders는 1 이상의 숫자여야 합니다(기본값 5).",
  "lifecycle.satisfaction":
    "만족도는 1–5점이어야 합니다(1 = 매우 불만족, 5 = 매우 만족, 2 이하는 DISSATISFIED). {row}행의 값은 {value}입니다. 조사하지 않은 고객은 셀을 비워 두세요.",
  "lifecycle.row.firstAfterLast": "이 행은 첫 주문일이 마지막 주문일보다 늦습니다. 두 날짜 열을 확인하세요.",
  "lifecycle.row.afterAsOf":
    "마지막 주문일이 기준일보다 늦습니다. SEGMENT.SUMMARY에 같은 기준일을 주거나, 여기에 더 늦은 기준일을 주세요.",
  "lifecycle.row.orders": "주문 수는 1 이상이어야 합니다.",
  "bgnbd.x": "{row}행: x(재구매 횟수)는 0 이상의 정수여야 합니다. 한 번만 산 고객은 x = 0입니다.",
  "bgnbd.T": "{row}행: T(기준일 − 첫 구매)는 0 이상이어야 합니다.",
  "bgnbd.tx": "{row}행: t_x(마지막 구매 − 첫 구매)는 0과 T({T}) 사이여야 하는데 {tx}입니다.",
  "bgnbd.tx0":
    "{row}행: x = 0인데 t_x = {tx}입니다. 한 번만 산 고객의 t_x는 0입니다. t_x는 마지막 구매 − 첫 구매이며, 마지막 구매 후 경과 일수가 아닙니다. SEGMENT.BGNBDINPUT은 주문에서 x, t_x, T를 구해 줍니다.",
  "bgnbd.none": "적합할 고객이 없습니다. x, t_x, T는 같은 행에 모두 숫자가 있어야 합니다.",
  "bgnbd.fit":
    "이 고객들로는 BG/NBD 모형을 적합할 수 없습니다(우도의 유한한 최댓값이 없음). 재구매가 있는 고객(x > 0)과 거래 기간 T가 서로 다른 고객이 필요합니다.",
  "bgnbd.horizon": "horizon은 0 이상의 기간 수여야 하며, t_x 및 T와 같은 단위여야 합니다.",
  "transitions.columns":
    "{name}은(는) 2열(고객 ID, 등급) 또는 3열(고객 ID, 등급, 금액)이어야 하며 고객마다 한 행입니다. 지금은 {columns}열입니다.",
  "transitions.columnsDiffer":
    "previous와 current는 열 구성이 같아야 합니다(고객 ID, 등급, 필요하면 금액). previous는 {previous}열, current는 {current}열입니다.",
  "transitions.duplicate":
    '고객 "{id}"이(가) {name}에 두 번 나옵니다({first}행과 {second}행). 한 시점에 고객은 한 번만 나와야 합니다. ID는 COUNTIF처럼 맞춥니다(7과 "7"은 같은 고객이고, "c1"과 " C1 "도 같습니다).',
  "transitions.unknownCode":
    '{name}의 등급 "{code}"이(가) 등급 순서 {order}에 없습니다. 세 번째 인수로 좋은 등급부터의 순서를 주고(예: {example}), 머리글 행은 범위에서 빼세요.',
  "transitions.orderNeeded":
    "등급 {codes}에는 기본 순서가 없습니다. 세 번째 인수로 좋은 등급부터의 순서를 주세요(예: {example}). 기본 순서: {known}. 머리글 행은 범위에서 빼세요.",
  "transitions.orderDuplicate": '등급 "{code}"이(가) 순서({order})에 두 번 나옵니다. 등급마다 한 번씩, 좋은 등급부터 적으세요.',
  "transitions.measure":
    '알 수 없는 측정 기준 "{given}"입니다. "customers"(기본값: 고객 수) 또는 "value"(세 번째 열의 합계: 현재 금액, GONE은 이전 금액)를 쓰세요.',
  "transitions.valueNeeded":
    'measure "value"를 쓰려면 previous와 current 모두에 고객별 금액이 든 세 번째 열이 있어야 합니다(고객 ID, 등급, 금액).',
  "internal": "추가 기능 내부에서 문제가 생겼습니다({detail}). 데이터는 바뀌지 않았습니다.",
  "gg.x": "{row}행: frequency(재구매 횟수)는 0 이상의 정수여야 합니다. 한 번만 산 고객은 0입니다.",
  "gg.none": "적합할 고객이 없습니다. frequency와 average_spend는 같은 행에 모두 숫자가 있어야 합니다.",
  "gg.tooFew":
    "구매액 모형에는 재구매가 있고 평균 구매액이 0보다 큰 고객이 2명 이상 필요한데 {used}명입니다(한 번만 산 고객 {oneTime}명, 평균 0 이하 {nonPositive}명 제외). 더 많은 고객이 재구매하도록 기간을 길게 잡으십시오.",
  "gg.fit":
    "구매액 모형이 이 고객 {used}명에서 수렴하지 않아 구매액을 내지 않습니다. 평균 구매액이 극단적인 고객(반품, 대량 주문) 몇 명을 빼 보거나, average_spend가 합계가 아니라 재구매 1회당 평균인지 확인하십시오.",
  "gg.noMean":
    "적합된 구매액 분포의 평균이 유한하지 않습니다(q = {q} ≤ 1). 아주 큰 평균 몇 개가 지배합니다. average_spend에 합계나 이상값이 없는지 확인하고 극단적인 고객을 빼십시오.",
  "clv.bgnbdFit":
    "구매 모형(BG/NBD)이 이 고객들에서 수렴하지 않아 값을 내지 않습니다. 더 적고 긴 기간(일 대신 주), 더 긴 이력을 쓰거나 극단적인 고객(구매 수백 건) 몇 명을 빼 보십시오.",
  "clv.degenerate":
    "구매 모형(BG/NBD)의 최적 적합이 없습니다. 이탈 모수 a와 b가 함께 한없이 커집니다. 즉 데이터에서 고객마다 구매를 그만둘 가능성이 다르다는 차이가 보이지 않습니다. 더 긴 이력을 쓰거나 t_x가 마지막 − 첫 구매인지 확인하십시오(SEGMENT.BGNBDINPUT이 만들어 줍니다).",
  "clv.unit": '알 수 없는 단위 "{given}"입니다. t_x와 T의 단위로 "days"(기본값), "weeks", "months" 중 하나를 쓰세요.',
  "clv.months": "months는 1부터 1200까지의 정수 개월 수여야 합니다(기본값 12).",
  "clv.discount": "discount는 0 이상 1 미만의 월 할인율이어야 합니다. 예: 월 1 %는 0.01(기본값).",
  "backtest.split": "split_date는 날짜(텍스트가 아닌 Excel 날짜)여야 합니다. 적합 기간의 마지막 날입니다.",
  "backtest.splitRange":
    "split_date는 첫 주문({first}) 이후(당일 포함)이고 마지막 주문({last}) 이전이어야 적합과 비교에 쓸 주문이 양쪽에 있습니다.",
  "futureValue.none": "가치를 계산할 고객이 없습니다. 네 열(첫 구매일, 최근 구매일, 구매 횟수, 금액 — 또는 T, t_x, x, 평균 구매액)에 모두 숫자가 있는 행이 없습니다.",
  "futureValue.fewReturning":
    "고객 {customers}명 중 금액이 0보다 큰 재구매를 한 고객은 {returning}명뿐입니다. 재구매 고객이 얼마를 쓰는지 배우기에는 너무 적습니다(최소 {minimum}명 필요). 더 많은 고객이 재구매하도록 더 긴 이력을 쓰십시오.",
  "futureValue.spendFit":
    "구매액 모형이 재구매 고객 {used}명에서 수렴하지 않아 값을 내지 않습니다. 금액이 극단적인 고객(큰 반품, 한 번의 대량 주문) 몇 명을 빼 보거나, 금액 열이 건수가 아니라 금액인지 확인하십시오.",
  "futureValue.noMean":
    "구매액 모형에서 전형적인 구매액을 찾지 못했습니다(q = {q} ≤ 1). 아주 큰 금액 몇 개가 지배해 모든 값이 그에 좌우됩니다. 금액 열에 합계나 이상값이 없는지 확인하고 극단적인 고객을 빼십시오.",
  "futureValue.purchaseFit":
    "구매 모형이 이 고객들에서 수렴하지 않아 값을 내지 않습니다. 더 긴 시간 단위(일 대신 주나 월), 더 긴 이력을 쓰거나 극단적인 고객(주문 수백 건) 몇 명을 빼 보십시오.",
  "futureValue.degenerate":
    "구매 모형의 최적 적합이 없습니다. 데이터에서 고객마다 구매를 그만둘 가능성이 다르다는 차이가 보이지 않습니다(이탈 모수 a와 b가 함께 한없이 커짐). 더 긴 이력을 쓰거나 최근 구매일 열이 고객별 마지막 주문(또는 t_x = 마지막 − 첫 구매)인지 확인하십시오.",
  "futureValue.mixed":
    "첫 구매일과 최근 구매일 열은 둘 다 날짜(고객 요약 시트)이거나 둘 다 숫자(시간 단위의 T와 t_x)여야 합니다. 지금은 하나는 날짜, 다른 하나는 숫자입니다.",
  "xyz.periods":
    "XYZ로 매출 변동을 재려면 기간 열이 2개 이상 필요합니다(월 또는 분기, 고객마다 한 행). 이 범위에는 {given}개뿐입니다.",
  "xyz.cuts":
    "X, Y, Z를 나눌 변동계수(CV) 기준값 두 개를 차례로 커지는 숫자로 주세요. 예: {0.5,1}(기본값: 0.5까지 X, 1.0까지 Y, 그 위는 Z). 지금은 {given}개입니다.",
  "xyz.cutsNumbers": "{name}에는 X와 Y의 변동계수 기준값 두 개를 숫자로 주세요(예: {0.5,1}). 비워 두면 기본값을 씁니다.",
  "xyz.cutsOrder":
    "변동계수 기준값은 0 이상이고 차례로 커져야 합니다(첫째 값까지 X, 둘째 값까지 Y. 예: {0.5,1}). 지금은 {x}와 {y}입니다.",
  "cohort.period": '알 수 없는 기간 "{given}"입니다. "month"(기본값) 또는 "quarter"를 쓰세요.',
  "cohort.measure":
    '알 수 없는 지표 "{given}"입니다. "customers"(기본값: 기간마다 주문한 코호트 고객의 비율) 또는 "revenue"(기간별 코호트 금액 ÷ 첫 기간 금액, amounts 필요)를 쓰세요.',
  "cohort.amountsNeeded": 'measure "revenue"에는 다섯째 인수로 주문 행의 금액이 필요합니다: =SEGMENT.COHORT(ids, dates, "month", "revenue", amounts).',
  "cohort.span":
    "날짜가 {first}부터 {last}까지 {count}개 기간에 걸쳐 있어, 코호트 표가 보여 줄 수 있는 {max}개를 넘습니다. 잘못 입력한 날짜(1900년이나 2204년 같은 연도)가 있는지 확인하거나 \"quarter\"를 쓰세요.",
  "cohort.noBase": "이 코호트의 첫 기간 금액 합계가 0 이하라서, 이후 기간과 비교할 기준이 없습니다.",
};

const zh: MessageTable = {
  "cuts.count": "{classes} 个等级需要 {count} 个分界点：请给出 0 到 1 之间递增的小数（例如 {example}），或使用预设：{presets}。",
  "cuts.range": "每个分界点都必须是大于 0 且小于 1 的小数（80 % 即 0.8）。预设：{presets}。",
  "cuts.order": "分界点必须逐级递增（例如 {example}）。预设：{presets}。",
  "cuts.thresholds": "basis 为 \"threshold\" 时，分界点是 {count} 个金额，每个都大于 0 且不大于前一个：除最后一级外各级的最低金额（即 SEGMENT.EXPLAIN 显示的值，例如 {classes} 级时为 {58900,12000}）。",
  "cuts.preset": '无法识别的预设。请使用 "80/95" 这样的累计百分比、"80/15/5" 这样的各类占比，或以下之一：{presets}。',
  "cuts.shares": '各类占比之和必须为 100（例如 "80/15/5"）。预设：{presets}。',
  "cut.single": "分界点必须是一个大于 0 且小于 1 的小数（默认 0.8，即 80 %）。",
  "shape.empty": "{name} 为空：请选择客户金额所在的列。",
  "shape.notList": "{name} 必须是单列或单行，但它有 {rows} 行 {columns} 列。",
  "rule.unknown":
    '无法识别的规则 "{given}"。请使用 "reach"（默认：跨越分界点的客户归入较高等级）或 "byhand"（占比 ≤ 分界点，与 SUMIF 手工表一致）。',
  "basis.unknown": '无法识别的依据 "{given}"。请使用 "value"（默认：按金额占比）或 "count"（按客户数占比）。',
  "method.unknown": '无法识别的方法 "{given}"。请使用以下之一：{allowed}。',
  "why.paretoOptions":
    'PARETO 只有一个分界点，且始终按金额使用 "reach" 规则：rule 和 basis 请留空（或填 "reach"、"value"）。需要其他规则或依据时，请用两个分界点的 "ABC"。',
  "auto.basis": '计算分界点（"auto"）只适用于金额：basis 请留空或设为 "value"。',
  "auto.classes": '计算分界点（"auto"）只产生三个等级：请使用 SEGMENT.ABC，而不是 SEGMENT.ABCD。',
  "auto.flat": "计算分界点至少需要两个正金额各不相同的客户。",
  "input.errorCell": "输入单元格包含 {code}：修正该单元格后，此结果会随之更新。",
  "shape.mismatch": "{name} 的行数必须与 {other} 相同（{expected} 行），但它有 {actual} 行。",
  "value.scalar": "{name} 必须是单个单元格。",
  "total.none": "没有金额为正的客户，无法计算累计占比。",
  "quadrant.labelSet": '无法识别的标签组 "{given}"。请使用以下之一：{allowed}（默认 "existing"：EI–EIV）。',
  "quadrant.split": '{name} "{given}" 不是有效的划分方式。请使用 {allowed}。等于阈值的值视为低。',
  "shape.orientation": "{name} 和 {other} 必须同为列或同为行，且长度相同：每个客户一项。",
  "shape.ragged": "第 {row} 行有 {actual} 个单元格，而第一行有 {expected} 个：请选择一个矩形区域。",
  "contribution.none": "没有客户在各期的销售总额为正，无法计算贡献度（占总销售额的比例）。",
  "stability.periods": "计算稳定性至少需要 2 个期间列（月或季度；每个客户一行）；该范围只有 {given} 列。",
  "growth.years": "GROWTHSTREAK 至少需要 2 个年份列（从最早的年份开始；每个客户一行）；该范围只有 {given} 列。",
  "abcgrowth.years": "ABCGROWTH 至少需要 3 个年份列（从最早的年份开始），才能判断 B 类的连续两年增长；该范围只有 {given} 列。",
  "growth.top": "top 必须是大于 0 且小于 1 的小数（默认 0.2：按最近一年销售额排名前 20 % 的客户为 A）；当前为 {given}。",
  "strategy.unknown":
    '无法识别的代码 "{given}"。请使用 SEGMENT 函数（ABC、ABCD、ABCGROWTH、PARETO、QUADRANT …）返回的代码或客户类型标签：{codes}。',
  "language.unknown": '无法识别的语言 "{given}"。请使用以下之一：{allowed}（默认：Office 的显示语言）。',
  "orders.none":
    "没有可计入的订单行：每行都需要客户 ID 和日期（Excel 日期或序列号，而非文本）。SEGMENT.SUMMARYEXPLAIN 会列出被跳过的原因。",
  "asOf.invalid": "as_of 必须是日期（Excel 日期或序列号）；留空则使用数据中最近的订单日期。",
  "value.number": "{name} 必须是数字；留空则使用默认值。",
  "unit.unknown": '无法识别的单位 "{given}"。请使用 "days"（默认）或 "weeks"（天数 ÷ 7）。',
  "rfm.bins.shape":
    "bins 必须是 3 行（R、F、M）× 4 列递增的分档边界；当前为 {rows} 行 {columns} 列。某个维度要使用分位数分档，请将该行留空；要使用 R 包 rfm 的切分点，请填 \"rfm-package\"。",
  "rfm.bins.preset":
    '无法识别的 bins "{given}"。请使用 "rfm-package"（R 包 rfm 0.3 的切分点：分位数 + 1，得分与 R 相同）、3 行（R、F、M）× 4 个递增边界，或留空以使用分位数分档。',
  "rfm.bins.count": "{dimension} 的分档边界必须是 4 个数字（例如 R 为 30、60、90、180 天），或留空以使用分位数分档。",
  "rfm.bins.order": "{dimension} 的分档边界必须从左到右递增（例如 30、60、90、180）。",
  "rfm.rules.shape":
    "rules 必须有 7 列：name、r_min、r_max、f_min、f_max、m_min、m_max（每行一条规则，先匹配者优先）；当前为 {columns} 列。",
  "rfm.rules.name": "第 {row} 条规则没有名称：第一列是客户群名称。",
  "rfm.rules.number": "第 {row} 条规则：r_min、r_max、f_min、f_max、m_min、m_max 必须是数字（评分 1–5）。",
  "rfm.rules.order": "第 {row} 条规则：每个最小值都必须小于或等于对应的最大值。",
  "rfm.rules.empty": "规则范围中没有规则：请提供由 name、r_min、r_max、f_min、f_max、m_min、m_max 组成的行。",
  "rfm8.compare": '无法识别的比较方式 "{given}"。请使用 "mean"（默认）或 "median"。',
  "lifecycle.days": "{name} 必须是 0 或以上的天数；留空则使用默认值。",
  "lifecycle.windows": "活跃窗口（{active} 天）不能长于流失窗口（{churn} 天）。",
  "lifecycle.k": "k 必须是大于 0 的数字（默认 2：距最近下单天数超过该客户自身平均下单间隔的 2 倍即为潜在流失）。",
  "lifecycle.loyalOrders": "loyal_orders 必须是 1 或以上的数字（默认 5）。",
  "lifecycle.satisfaction":
    "满意度必须为 1–5 分（1 = 非常不满意，5 = 非常满意；2 分及以下为 DISSATISFIED）；第 {row} 行为 {value}。未调查的客户请留空。",
  "lifecycle.row.firstAfterLast": "此行的首次下单日期晚于最近下单日期：请检查这两个日期列。",
  "lifecycle.row.afterAsOf": "最近下单日期晚于截至日期：请给 SEGMENT.SUMMARY 相同的截至日期，或在此处使用更晚的截至日期。",
  "lifecycle.row.orders": "订单数必须为 1 或以上。",
  "bgnbd.x": "第 {row} 行：x（重复购买次数）必须是 0 或以上的整数；只买过一次的客户 x = 0。",
  "bgnbd.T": "第 {row} 行：T（截至日期 − 首次购买）必须为 0 或以上。",
  "bgnbd.tx": "第 {row} 行：t_x（最后一次购买 − 首次购买）必须介于 0 和 T（{T}）之间；当前为 {tx}。",
  "bgnbd.tx0":
    "第 {row} 行：x = 0，但 t_x = {tx}。只买过一次的客户 t_x 为 0：t_x 是最后一次购买 − 首次购买，而不是距最近一次购买的天数。SEGMENT.BGNBDINPUT 可由订单求出 x、t_x 和 T。",
  "bgnbd.none": "没有可拟合的客户：x、t_x 和 T 需要在同一行中都是数字。",
  "bgnbd.fit": "无法用这些客户拟合 BG/NBD 模型（似然函数没有有限的最大值）：需要有重复购买（x > 0）且客龄 T 各不相同的客户。",
  "bgnbd.horizon": "horizon 必须是 0 或以上的周期数，单位与 t_x 和 T 相同。",
  "transitions.columns": "{name} 必须有 2 列（客户 ID、等级）或 3 列（客户 ID、等级、金额），每个客户一行；当前为 {columns} 列。",
  "transitions.columnsDiffer":
    "previous 和 current 的列必须相同（客户 ID、等级，以及可选的金额）：previous 有 {previous} 列，current 有 {current} 列。",
  "transitions.duplicate":
    '客户 "{id}" 在 {name} 中出现了两次（第 {first} 行和第 {second} 行）。每期每个客户只能出现一次；ID 按 COUNTIF 的方式匹配（7 与 "7" 是同一客户，"c1" 与 " C1 " 也是）。',
  "transitions.unknownCode":
    '{name} 中的等级 "{code}" 不在等级顺序 {order} 中。请在第三个参数中按从优到劣给出顺序，例如 {example}，并且不要把标题行包含在范围内。',
  "transitions.orderNeeded":
    "等级 {codes} 没有内置顺序。请在第三个参数中按从优到劣给出顺序，例如 {example}。内置顺序：{known}。不要把标题行包含在范围内。",
  "transitions.orderDuplicate": '等级 "{code}" 在顺序（{order}）中出现了两次。请按从优到劣，每个等级只列一次。',
  "transitions.measure":
    '无法识别的度量 "{given}"。请使用 "customers"（默认：客户数）或 "value"（第三列之和：本期金额，GONE 取上期金额）。',
  "transitions.valueNeeded": 'measure "value" 要求 previous 和 current 都有第三列，即每个客户的金额（客户 ID、等级、金额）。',
  "internal": "加载项内部出错（{detail}）。您的数据未被更改。",
  "gg.x": "第 {row} 行：frequency（重复购买次数）必须是 0 或以上的整数；只买过一次的客户为 0。",
  "gg.none": "没有可拟合的客户：frequency 和 average_spend 需要在同一行中都是数字。",
  "gg.tooFew":
    "消费模型至少需要 2 位有重复购买且平均消费大于 0 的客户；当前为 {used} 位（已排除 {oneTime} 位只买过一次的客户和 {nonPositive} 位平均为 0 或更低的客户）。请使用更长的期间，让更多客户再次购买。",
  "gg.fit":
    "消费模型在这 {used} 位客户上未收敛，因此不给出消费值。可尝试：去掉几位平均消费极端的客户（退货、大宗订单），或检查 average_spend 是每次重复购买的平均值而不是总额。",
  "gg.noMean":
    "拟合出的消费分布没有有限的均值（q = {q} ≤ 1）：少数极大的平均值占主导。请检查 average_spend 中是否有总额或异常值，并去掉极端客户。",
  "clv.bgnbdFit":
    "购买模型（BG/NBD）在这些客户上未收敛，因此不给出数值。可尝试：更少、更长的期间（用周代替天）、更长的历史，或去掉几位极端客户（数百次购买）。",
  "clv.degenerate":
    "购买模型（BG/NBD）在此没有最优拟合：流失参数 a 和 b 一起无限增大，说明数据中看不出客户在停止购买的可能性上有差别。请使用更长的历史，或检查 t_x 是否为最后一次购买 − 首次购买（SEGMENT.BGNBDINPUT 可生成）。",
  "clv.unit": '无法识别的单位 "{given}"。请使用 t_x 和 T 的单位："days"（默认）、"weeks" 或 "months"。',
  "clv.months": "months 必须是 1 到 1200 之间的整数月数（默认 12）。",
  "clv.discount": "discount 必须是 0 到 1（不含 1）之间的月折现率，例如每月 1 % 为 0.01（默认）。",
  "backtest.split": "split_date 必须是日期（Excel 日期，而不是文本）：拟合期间的最后一天。",
  "backtest.splitRange":
    "split_date 必须在第一笔订单（{first}）当天或之后、最后一笔订单（{last}）之前，这样两侧都有订单可用于拟合和比较。",
  "futureValue.none": "没有可估值的客户：没有哪一行在四列（首次购买日期、最近购买日期、购买次数、金额——或 T、t_x、x 和平均消费）中都是数字。",
  "futureValue.fewReturning":
    "{customers} 位客户中只有 {returning} 位有金额大于 0 的重复购买：太少，无法得出回头客的消费水平（至少需要 {minimum} 位）。请使用更长的历史，让更多客户再次购买。",
  "futureValue.spendFit":
    "消费模型在这 {used} 位回头客上未收敛，因此不给出数值。可尝试：去掉几位金额极端的客户（大额退货、一次性大宗订单），或检查金额列是金额而不是次数。",
  "futureValue.noMean":
    "消费模型找不到典型的消费水平（q = {q} ≤ 1）：少数极大的金额占主导，所有数值都会被它们左右。请检查金额列中是否有合计或异常值，并去掉极端客户。",
  "futureValue.purchaseFit":
    "购买模型在这些客户上未收敛，因此不给出数值。可尝试：更长的时间单位（用周或月代替天）、更长的历史，或去掉几位极端客户（数百笔订单）。",
  "futureValue.degenerate":
    "购买模型在此没有最优拟合：数据中看不出客户在停止购买的可能性上有差别（流失参数 a 和 b 一起无限增大）。请使用更长的历史，或检查最近购买日期列是否为每位客户的最后一笔订单（或 t_x = 最后一次购买 − 首次购买）。",
  "futureValue.mixed":
    "首次购买日期和最近购买日期两列必须都是日期（客户汇总表）或都是数字（以时间单位计的 T 和 t_x）：现在一列是日期，另一列是数字。",
  "xyz.periods": "XYZ 至少需要 2 个期间列（月或季度；每个客户一行）才能衡量销售波动；该范围只有 {given} 列。",
  "xyz.cuts":
    "请给出两个逐个增大的变异系数（CV）阈值来划分 X、Y、Z，例如 {0.5,1}（默认：不超过 0.5 为 X，不超过 1.0 为 Y，更高为 Z）；当前给了 {given} 个。",
  "xyz.cutsNumbers": "{name} 必须是两个数字，即 X 和 Y 的变异系数阈值（例如 {0.5,1}）；留空则使用默认值。",
  "xyz.cutsOrder": "变异系数阈值必须不小于 0 且逐个增大（不超过第一个为 X，不超过第二个为 Y，例如 {0.5,1}）；当前为 {x} 和 {y}。",
  "cohort.period": '未知的期间 "{given}"。请使用 "month"（默认）或 "quarter"。',
  "cohort.measure":
    '未知的指标 "{given}"。请使用 "customers"（默认：每个期间下过单的同期群客户占比）或 "revenue"（同期群每个期间的金额 ÷ 首个期间的金额；需要 amounts）。',
  "cohort.amountsNeeded": 'measure "revenue" 需要把订单行的金额作为第五个参数：=SEGMENT.COHORT(ids, dates, "month", "revenue", amounts)。',
  "cohort.span":
    "日期从 {first} 到 {last}，共 {count} 个期间，超过同期群表能显示的 {max} 个。请检查是否有输错的日期（例如 1900 年或 2204 年），或改用 \"quarter\"。",
  "cohort.noBase": "该同期群首个期间的金额合计不大于 0，没有可与之后期间比较的基数。",
};

/** Every language's table, for the translation tests. */
export const MESSAGE_TABLES: Readonly<Record<Language, MessageTable>> = { en, ko, "zh-CN": zh };
const tables: Partial<Record<Language, MessageTable>> = MESSAGE_TABLES;

export function formatMessage(
  key: string,
  params: Readonly<Record<string, string | number>> = {},
  language: Language = currentLanguage(),
): string {
  const template = tables[language]?.[key] ?? en[key] ?? key;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));
}

/** For tests and the translation tooling. */
export function messageKeys(): string[] {
  return Object.keys(en);
}
