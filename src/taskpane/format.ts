/** Numbers as the pane shows them, in the user's language. */
import { Language } from "../i18n/language";
import { serialToDate } from "../segment/dates";
import type { MethodNote } from "../workbook/methods/types";

export function formatNumber(value: number, language: Language, digits = 0): string {
  if (!Number.isFinite(value)) return "—";
  return new Intl.NumberFormat(language, { maximumFractionDigits: digits, minimumFractionDigits: digits }).format(value);
}

export function formatPercent(share: number, language: Language): string {
  if (!Number.isFinite(share)) return "—";
  return new Intl.NumberFormat(language, { style: "percent", maximumFractionDigits: 1, minimumFractionDigits: 1 }).format(share);
}

/**
 * Whole numbers plainly, others with up to four decimals (contributions, stabilities), trailing
 * zeros dropped: a money cut of 135.9 reads "135.9", not "135.9000".
 */
export function formatValue(value: number, language: Language): string {
  if (!Number.isFinite(value)) return "—";
  const digits = Number.isInteger(value) || Math.abs(value) >= 1000 ? 0 : 4;
  return new Intl.NumberFormat(language, { maximumFractionDigits: digits }).format(value);
}

/** Short form for narrow tables: 8.7M, 59.8K, 1,234 (contributions and other fractions keep 4 decimals). */
export function formatCompact(value: number, language: Language): string {
  if (!Number.isFinite(value)) return "—";
  if (Math.abs(value) < 10_000) return formatValue(value, language);
  return new Intl.NumberFormat(language, { notation: "compact", maximumFractionDigits: 1 }).format(value);
}

/** An Excel serial date as the user's language writes a date: "December 31, 2024", "2024년 12월 31일", "2024年12月31日". */
export function formatDate(serial: number, language: Language): string {
  if (!Number.isFinite(serial)) return "—";
  return new Intl.DateTimeFormat(language, { year: "numeric", month: "long", day: "numeric", timeZone: "UTC" }).format(serialToDate(Math.floor(serial + 1e-9)));
}

/** A method note's value as the pane shows it: a share, a date (never the serial), or a number with its decimals. */
export function formatNoteValue(note: MethodNote, language: Language): string {
  if (note.format === "percent") return formatPercent(note.value, language);
  if (note.format === "date") return formatDate(note.value, language);
  return note.digits === undefined ? formatValue(note.value, language) : formatNumber(note.value, language, note.digits);
}
