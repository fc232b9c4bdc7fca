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
