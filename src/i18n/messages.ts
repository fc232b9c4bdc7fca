/**
 * Messages for mistakes in what the user gave a function or the task pane, keyed like
 * SegmentError.key. `{name}` placeholders are filled from the error's parameters.
 * English is the source; other languages fall back to it key by key until translated.
 */
import { currentLanguage, Language } from "./language";

type MessageTable = Readonly<Record<string, string>>;

const en: MessageTable = {
  "cuts.count":
    "Give {count} cuts for {classes} classes, as increasing fractions between 0 and 1 (e.g. {example}), or a preset: {presets}.",
  "cuts.range": "Each cut must be a fraction greater than 0 and less than 1 (80 % is 0.8). Presets: {presets}.",
  "cuts.order": "Cuts must increase from one class to the next (e.g. {example}). Presets: {presets}.",
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
  "growth.years": "GROWTH needs at least 2 year columns (oldest first; one row per customer); the range has {given}.",
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
    "bins must be 3 rows (R, F, M) × 4 columns of increasing bin edges; it has {rows} rows and {columns} columns. Leave a row empty to use quantile bins for that dimension.",
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
  "bgnbd.t": "t must be a number of periods, 0 or more, in the same unit as t_x and T.",
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
};

const tables: Partial<Record<Language, MessageTable>> = { en };

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
