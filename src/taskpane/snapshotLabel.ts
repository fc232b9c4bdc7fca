/**
 * A snapshot as the compare lists name it: the method's name and the snapshot's date in the
 * user's language; when another segmentation of the same method has snapshots too, where this one
 * writes its classes ("Customers!I") — never its internal id, which only the code reads.
 */
import { formatShortDate } from "../i18n/formatValue";
import { Language } from "../i18n/language";
import { paneText } from "../i18n/paneText";
import { columnLetter } from "../workbook/address";
import { SnapshotEntry } from "../workbook/history";
import { findMethod } from "../workbook/methods/registry";
import { localize } from "../workbook/methods/types";
import { SavedSegmentation } from "../workbook/plan";

export function snapshotLabel(s: SnapshotEntry, all: readonly SnapshotEntry[], saved: readonly SavedSegmentation[], language: Language): string {
  const method = findMethod(s.method);
  const name = method ? localize(method.label, language) : s.method;
  const date = formatShortDate(s.asOf, language);
  const sameMethod = all.some((x) => x.method === s.method && x.segmentation !== s.segmentation);
  if (!sameMethod) return paneText("snapshotOf", language, { method: name, date });
  const owner = saved.find((x) => x.id === s.segmentation);
  // A removed segmentation has no place any more: numbered in the order its snapshots appear.
  const removed = [...new Set(all.filter((x) => x.method === s.method && !saved.some((v) => v.id === x.segmentation)).map((x) => x.segmentation))];
  const place = owner ? `${owner.source.sheet}!${columnLetter(owner.classColumn)}` : paneText("removedSegmentation", language, { n: removed.indexOf(s.segmentation) + 1 });
  return paneText("snapshotOfPlace", language, { method: name, date, place });
}
