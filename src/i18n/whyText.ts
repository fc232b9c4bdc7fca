/**
 * The sentences of SEGMENT.WHY, SEGMENT.RFMWHY and SEGMENT.QUADRANTWHY in every language, and the
 * one number format they share. Codes (A, VITAL, CHAMPIONS, EI …) stay as they are.
 *
 * A sentence is made per row on a million-row path, so a template is cut once into the text
 * before and after its one per-row number ({gap}) and the rows only join strings (`Piece`).
 */
import { currentLanguage, Language } from "./language";

/** The sentences' one number format (whyNumber.ts), where the sentences are. */
export { formatNumber } from "./whyNumber";

type Table = Readonly<Record<string, string>>;

const en: Table = {
  sentence: "{class}: {reasons}",
  separator: "; ",
  // Tiers. {code} a class, {cut} its threshold, {gap} the customer's distance to it.
  "tier.up": "{gap} below the {code} cut of {cut}",
  "tier.own": "{gap} above the {code} cut of {cut}",
  "tier.at": "exactly at the {code} cut of {cut}",
  "tier.none": "no value reaches {code}",
  // RFM. {rule} as "R 3–5 · F 3–5 · M 2–5"; {scores} as "R 4 (30 ≤ days < 90), F 2 (…), M 5 (…)".
  "rfm.rule": "{segment} (first matching rule {rule}): {scores}",
  "rfm.noRule": "{segment} (no rule matches): {scores}",
  "rfm.list": ", ",
  "rfm.days": "days",
  "rfm.orders": "orders",
  "rfm.amount": "amount",
  // Quadrants. {measure} x or y, {split} the split value, {rule} how it was made (median …).
  "quadrant.high": "{measure} {gap} above its split {split} ({rule}): high",
  "quadrant.low": "{measure} {gap} below its split {split} ({rule}): low",
  "quadrant.at": "{measure} equal to its split {split} ({rule}): low",
  "quadrant.given": "given",
};

const ko: Table = {
  sentence: "{class}: {reasons}",
  separator: "; ",
  "tier.up": "{code} 기준 {cut}까지 {gap} 부족",
  "tier.own": "{code} 기준 {cut}보다 {gap} 높음",
  "tier.at": "{code} 기준 {cut}에 정확히 도달",
  "tier.none": "{code}에 도달하는 값 없음",
  "rfm.rule": "{segment}(처음 맞는 규칙 {rule}): {scores}",
  "rfm.noRule": "{segment}(맞는 규칙 없음): {scores}",
  "rfm.list": ", ",
  "rfm.days": "경과 일수",
  "rfm.orders": "구매 횟수",
  "rfm.amount": "금액",
  "quadrant.high": "{measure}: 기준값 {split}({rule})보다 {gap} 큼 → 높음",
  "quadrant.low": "{measure}: 기준값 {split}({rule})보다 {gap} 작음 → 낮음",
  "quadrant.at": "{measure} = 기준값 {split}({rule}) → 낮음",
  "quadrant.given": "지정값",
};

const zhCN: Table = {
  sentence: "{class}：{reasons}",
  separator: "；",
  "tier.up": "距 {code} 分界 {cut} 还差 {gap}",
  "tier.own": "比 {code} 分界 {cut} 高 {gap}",
  "tier.at": "恰好位于 {code} 分界 {cut}",
  "tier.none": "没有数值达到 {code}",
  "rfm.rule": "{segment}（首条匹配规则 {rule}）：{scores}",
  "rfm.noRule": "{segment}（无匹配规则）：{scores}",
  "rfm.list": "，",
  "rfm.days": "距今天数",
  "rfm.orders": "购买次数",
  "rfm.amount": "金额",
  "quadrant.high": "{measure} 比阈值 {split}（{rule}）高 {gap}：高",
  "quadrant.low": "{measure} 比阈值 {split}（{rule}）低 {gap}：低",
  "quadrant.at": "{measure} 等于阈值 {split}（{rule}）：低",
  "quadrant.given": "指定值",
};

const tables: Record<Language, Table> = { en, ko, "zh-CN": zhCN };

/** Every language's sentences, for the translation tests. */
export const WHY_TABLES = tables;

export function whyText(key: string, params: Readonly<Record<string, string>> = {}, language: Language = currentLanguage()): string {
  const template = tables[language][key] ?? en[key] ?? key;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => params[name] ?? whole);
}

/** A template with everything filled but {gap}: the text before and after the per-row number. */
export interface Piece {
  readonly before: string;
  readonly after: string;
}

export function whyPiece(key: string, params: Readonly<Record<string, string>>, language: Language = currentLanguage()): Piece {
  const text = whyText(key, params, language);
  const at = text.indexOf("{gap}");
  return at < 0 ? { before: text, after: "" } : { before: text.slice(0, at), after: text.slice(at + "{gap}".length) };
}

/** The sentence around a class and its reasons: before + class + middle + reasons + after. */
export function sentenceFrame(language: Language = currentLanguage()): { before: string; middle: string; after: string } {
  const template = tables[language].sentence ?? en.sentence;
  const c = template.indexOf("{class}");
  const r = template.indexOf("{reasons}");
  return { before: template.slice(0, c), middle: template.slice(c + "{class}".length, r), after: template.slice(r + "{reasons}".length) };
}
