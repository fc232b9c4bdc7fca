/** Numbers as the pane shows them: the formatting of src/i18n/formatValue.ts, plus a method note's value. */
import { Language } from "../i18n/language";
import { formatDate, formatNumber, formatPercent, formatValue } from "../i18n/formatValue";
import type { MethodNote } from "../workbook/methods/types";

export { formatCompact, formatDate, formatDateTime, formatNumber, formatPercent, formatShortDate, formatValue } from "../i18n/formatValue";

/** A method note's value as the pane shows it: a share, a date (never the serial), or a number with its decimals. */
export function formatNoteValue(note: MethodNote, language: Language): string {
  if (note.format === "percent") return formatPercent(note.value, language);
  if (note.format === "date") return formatDate(note.value, language);
  return note.digits === undefined ? formatValue(note.value, language) : formatNumber(note.value, language, note.digits);
}
