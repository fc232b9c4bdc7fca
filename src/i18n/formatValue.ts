/**
 * The one place a number, a share, a date or a count becomes text for a person, in the user's
 * language: the pane's sentences and tables, the labels written on sheets, the cut values. Values
 * written to cells stay numbers (with a number format, planSummary.ts noteFormat); only words and
 * sentences pass through here.
 *
 * Precision: a reader compares values, so they get the digits that tell them apart and no more —
 * large values whole (1,250), middling ones to at most two decimals (131.2, not 131.2000;
 * 519.1, not 519.1004184), small ones to two significant digits (0.00091, not 0.0009).
 */
import { serialToDate } from "../segment/dates";
import { Language } from "./language";

const DASH = "—";

/** A number with exactly `digits` decimals and the language's grouping ("1,234.5"). */
export function formatNumber(value: number, language: Language, digits = 0): string {
  if (!Number.isFinite(value)) return DASH;
  return new Intl.NumberFormat(language, { maximumFractionDigits: digits, minimumFractionDigits: digits }).format(value);
}

/** A measured value to sensible precision (see the file's comment); trailing zeros dropped. */
export function formatValue(value: number, language: Language): string {
  if (!Number.isFinite(value)) return DASH;
  const size = Math.abs(value);
  if (Number.isInteger(value) || size >= 1000) return new Intl.NumberFormat(language, { maximumFractionDigits: 0 }).format(value);
  if (size >= 1) return new Intl.NumberFormat(language, { maximumFractionDigits: 2 }).format(value);
  return new Intl.NumberFormat(language, { maximumSignificantDigits: 2 }).format(value);
}

/** Short form for narrow tables: 8.7M, 59.8K (만/万 in Korean and Chinese); below 10,000 as formatValue. */
export function formatCompact(value: number, language: Language): string {
  if (!Number.isFinite(value)) return DASH;
  if (Math.abs(value) < 10_000) return formatValue(value, language);
  return new Intl.NumberFormat(language, { notation: "compact", maximumFractionDigits: 1 }).format(value);
}

/** A share (0.803) as a percentage with one decimal ("80.3%"). */
export function formatPercent(share: number, language: Language): string {
  if (!Number.isFinite(share)) return DASH;
  return new Intl.NumberFormat(language, { style: "percent", maximumFractionDigits: 1, minimumFractionDigits: 1 }).format(share);
}

const wholeDay = (serial: number): Date => serialToDate(Math.floor(serial + 1e-9));

/** An Excel serial date in words: "December 31, 2024", "2024년 12월 31일", "2024年12月31日". */
export function formatDate(serial: number, language: Language): string {
  if (!Number.isFinite(serial)) return DASH;
  return new Intl.DateTimeFormat(language, { year: "numeric", month: "long", day: "numeric", timeZone: "UTC" }).format(wholeDay(serial));
}

/**
 * An Excel serial date in the short numeric form of the language, year, month and day in its own
 * order: "12/31/2024", "2024. 12. 31.", "2024/12/31" — for lists and table headers where the
 * long form does not fit.
 */
export function formatShortDate(serial: number, language: Language): string {
  if (!Number.isFinite(serial)) return DASH;
  return new Intl.DateTimeFormat(language, { year: "numeric", month: "numeric", day: "numeric", timeZone: "UTC" }).format(wholeDay(serial));
}

/**
 * A moment (an ISO timestamp as the settings keep it) as the language writes a date and time in
 * the reader's time zone ("Dec 7, 2026, 2:28 PM", "2026. 12. 7. 오후 2:28"); text that is not a
 * timestamp comes back as it is.
 */
export function formatDateTime(iso: string, language: Language): string {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? iso : new Intl.DateTimeFormat(language, { dateStyle: "medium", timeStyle: "short" }).format(date);
}

/**
 * A count with its noun: English picks the singular for one ("1 row", "2 rows"); Korean and
 * Chinese have one form. `forms` holds the text per language with {count} for the number.
 */
export function formatCount(count: number, language: Language, forms: { readonly one?: string; readonly other: string }): string {
  const form = language === "en" && count === 1 && forms.one ? forms.one : forms.other;
  return form.replace("{count}", formatNumber(count, language));
}
