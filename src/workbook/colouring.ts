/**
 * Which segmentation colours the rows of each data sheet: the one whose rules are on top, i.e. the
 * one applied, refreshed or chosen last (an apply and a refresh put their rules on top; "Colour
 * the rows by this" does too and records when, SavedSegmentation.colouredAt).
 */
import { SavedSegmentation } from "./plan";

const lastOnTop = (s: SavedSegmentation): string => (s.colouredAt && s.colouredAt > s.appliedAt ? s.colouredAt : s.appliedAt);

/** The ids of the segmentations whose colours show: one per data sheet. */
export function colouringIds(saved: readonly SavedSegmentation[]): Set<string> {
  const top = new Map<string, SavedSegmentation>();
  for (const s of saved) {
    const sheet = s.source.sheetId ?? s.source.sheet;
    const current = top.get(sheet);
    if (!current || lastOnTop(s) > lastOnTop(current)) top.set(sheet, s);
  }
  return new Set([...top.values()].map((s) => s.id));
}
