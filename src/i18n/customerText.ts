/**
 * Header and row labels of the order-based tables: SEGMENT.SUMMARY, SUMMARYEXPLAIN, BGNBDINPUT,
 * RFMEXPLAIN, RFM8EXPLAIN, LIFECYCLEEXPLAIN and BGNBD (English; other languages plug in here and
 * fall back to English key by key). Class codes are not labels: they never change with language.
 */
import { currentLanguage, Language } from "./language";

type Table = Readonly<Record<string, string>>;

const en: Table = {
  // SEGMENT.SUMMARY header
  "summary.id": "customer ID",
  "summary.first": "first order",
  "summary.last": "last order",
  "summary.orders": "orders (distinct days)",
  "summary.amount": "amount",
  "summary.daysSince": "days since last order",
  "summary.averageGap": "average days between orders",
  "summary.lines": "order lines",
  // SEGMENT.SUMMARYEXPLAIN rows
  "orders.rows": "Rows read",
  "orders.counted": "Order lines counted",
  "orders.customers": "Customers",
  "orders.asOf": "As-of date used",
  "orders.asOfSource.data": "As-of date: the latest order date in the data",
  "orders.asOfSource.given": "As-of date: as given (later lines left out)",
  "orders.blankRows": "Blank rows (skipped)",
  "orders.errorLines": "Lines with an error value in ID, date or amount (skipped)",
  "orders.noId": "Lines without a customer ID (skipped)",
  "orders.noDate": "Lines without a date (skipped)",
  "orders.dateNotDate": "Lines whose date is text, not an Excel date (skipped: convert them to dates)",
  "orders.noAmount": "Lines without an amount (counted as orders, amount 0)",
  "orders.amountNotNumber": "Lines whose amount is text or TRUE/FALSE (counted as orders, amount 0, as SUMIFS does)",
  "orders.amountNumericText": "…of which numbers stored as text (convert them to add them)",
  "orders.negativeAmounts": "Lines with a negative amount (returns: summed as they are)",
  "orders.afterAsOf": "Lines dated after the as-of date (left out)",
  "orders.oneOrder": "Customers with one order (no average gap)",
  // SEGMENT.BGNBDINPUT header
  "bgnbd.id": "customer ID",
  "bgnbd.x": "x (repeat purchases)",
  "bgnbd.tx": "t_x (last − first purchase)",
  "bgnbd.T": "T (as-of − first purchase)",
  // SEGMENT.BGNBD rows
  "bgnbd.r": "r",
  "bgnbd.alpha": "alpha",
  "bgnbd.a": "a",
  "bgnbd.b": "b",
  "bgnbd.logLikelihood": "log-likelihood",
  "bgnbd.customers": "customers",
  "bgnbd.converged": "converged",
  // SEGMENT.RFMEXPLAIN
  "rfm.dimension": "dimension",
  "rfm.break": "break {k}",
  "rfm.score": "score {k}",
  "rfm.scoresUsed": "scores used",
  "rfm.source": "breaks from",
  "rfm.source.quantiles": "quantiles",
  "rfm.source.user": "your edges",
  "rfm.collapsed":
    "{dimension} uses only {count} of 5 scores ({scores}): many customers share the same value. Give your own bin edges (bins argument) to spread them.",
  "rfm.collapsed.user":
    "{dimension} uses only {count} of 5 scores ({scores}) with your bin edges: check that the edges fall within the range of the customers' values.",
  "rfm.segment": "segment",
  "rfm.customers": "customers",
  "rfm.customerShare": "% of customers",
  "rfm.monetary": "monetary",
  "rfm.monetaryShare": "% of monetary (positive)",
  "rfm.notCustomers": "Rows without three numbers (not customers)",
  "rfm.errors": "Rows with an error value",
  // SEGMENT.RFM8EXPLAIN
  "rfm8.class": "class",
  "rfm8.threshold.recency": "Recency threshold (days; below = high R)",
  "rfm8.threshold.frequency": "Frequency threshold (above = high F)",
  "rfm8.threshold.monetary": "Monetary threshold (above = high M)",
  // SEGMENT.LIFECYCLEEXPLAIN
  "lifecycle.stage": "stage",
  "lifecycle.customers": "customers",
  "lifecycle.customerShare": "% of customers",
  "lifecycle.asOf": "As-of date used",
  "lifecycle.newDays": "New: first order within (days)",
  "lifecycle.activeDays": "Active: last order within (days)",
  "lifecycle.churnDays": "Churned: no order for more than (days)",
  "lifecycle.k": "At risk: days since last order > k × own average gap, k =",
  "lifecycle.loyalOrders": "Loyal: at least this many orders",
  "lifecycle.loyalDays": "Loyal: customer for at least (days)",
  "lifecycle.dissatisfiedAt": "Dissatisfied: satisfaction (1–5) at or below",
  "lifecycle.problems": "Rows with contradicting inputs (see the cell's message)",
  "lifecycle.notCustomers": "Rows without three numbers (not customers)",
  "lifecycle.errors": "Rows with an error value",
};

const tables: Partial<Record<Language, Table>> = { en };

export function customerText(key: string, params: Readonly<Record<string, string | number>> = {}, language: Language = currentLanguage()): string {
  const template = tables[language]?.[key] ?? en[key] ?? key;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));
}

/** For the translation tooling. */
export function customerTextKeys(): string[] {
  return Object.keys(en);
}
