/**
 * Cut values as a segmentation keeps them (methods.md §14, frozen thresholds): the values a fit
 * produced, in a fixed order per method, with +Infinity ("no customer reached this class") kept
 * as null so that they survive JSON in the workbook's settings.
 */
import { CutValue, FrozenValues, Localized } from "./types";

/** null ⇄ +Infinity: settings are JSON, which has no Infinity. */
export const toStored = (v: number): number | null => (Number.isFinite(v) ? v : null);
export const fromStored = (v: number | null | undefined): number => (typeof v === "number" && Number.isFinite(v) ? v : Infinity);

/** The frozen value at `index`, or an error naming what is missing (a setting from another version). */
export function frozenAt(frozen: FrozenValues, index: number, what: string): number {
  if (index >= frozen.length) throw new Error(`The kept cut values have no ${what}: apply the segmentation again`);
  return fromStored(frozen[index]);
}

/** "A cut", "A 기준값", "A 分界值": the lowest value still in class `code`. */
export function cutLabel(code: string): Localized {
  return { en: `${code} cut`, ko: `${code} 기준값`, "zh-CN": `${code} 分界值` };
}

/** "Revenue split", "Revenue 기준값", "Revenue 阈值": where a quadrant measure is split. */
export function splitLabel(measure: Localized): Localized {
  return { en: `${measure.en} split`, ko: `${measure.ko ?? measure.en} 기준값`, "zh-CN": `${measure["zh-CN"] ?? measure.en} 阈值` };
}

export function cutValue(label: Localized, value: number, date = false): CutValue {
  return { label, value: toStored(value), ...(date ? { date: true } : {}) };
}
