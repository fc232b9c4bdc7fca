/** What the pane says after Remove: done, and what it left because it was not ours any more (ownership.ts). */
import { Language } from "../i18n/language";
import { paneText } from "../i18n/paneText";
import { cellA1 } from "../workbook/address";
import { RemoveReport } from "../workbook/port";

/** At most this many cell addresses are named; the count says how many there are. */
const LISTED = 8;

function addresses(cells: readonly { sheet: string; row: number; col: number }[]): string {
  const named = cells.slice(0, LISTED).map((c) => `${c.sheet}!${cellA1(c.row, c.col)}`);
  return cells.length > LISTED ? `${named.join(", ")} …` : named.join(", ");
}

/** The sentences to add to "Removed": none when everything came away as it was added. */
export function removeReportText(report: RemoveReport, language: Language): string[] {
  const out: string[] = [];
  if (report.dataSheetGone) out.push(paneText("removedDataSheetGone", language));
  if (report.kept.length) out.push(paneText("removedKept", language, { count: report.kept.length, cells: addresses(report.kept) }));
  if (report.notRestored.length) out.push(paneText("removedNotRestored", language, { count: report.notRestored.length, cells: addresses(report.notRestored) }));
  return out;
}
