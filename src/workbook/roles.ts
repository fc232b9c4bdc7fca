/**
 * Guessing which column plays which role (customer ID, name, value, second measure, dates,
 * order count, periods) from header names in English, Korean and Chinese and from what the
 * cells hold. Only a guess: the pane shows it and the user changes it. Pure; no Office.
 */
import { HEADER_DICTIONARY, MONTH_NAMES, ROLE_IDS, RoleId } from "../i18n/headerDictionary";
import { isBlank, looksNumeric } from "../segment/cells";

export interface RoleGuess {
  readonly single: Partial<Record<RoleId, number>>;
  /** Period columns (months, quarters), in sheet order: three or more, or none. */
  readonly periods: readonly number[];
}

/** Lower-case, drop units in brackets, spaces and punctuation: "Sales Amount (KRW)" → "salesamount". */
export function normalizeHeader(text: string): string {
  return text
    .toLowerCase()
    .replace(/[([{（【][^)\]}）】]*[)\]}）】]/g, "")
    .replace(/[\s_\-./:·,'"#№]+/g, "");
}

interface ColumnProfile {
  readonly numericShare: number;
  readonly textShare: number;
  readonly integerShare: number;
  readonly total: number;
  readonly filled: number;
}

function profile(rows: readonly (readonly unknown[])[], col: number): ColumnProfile {
  let filled = 0;
  let numbers = 0;
  let texts = 0;
  let integers = 0;
  let total = 0;
  for (const row of rows) {
    const cell = row[col];
    if (isBlank(cell)) continue;
    filled++;
    if (typeof cell === "number" && Number.isFinite(cell)) {
      numbers++;
      total += cell;
      if (Number.isInteger(cell)) integers++;
    } else if (cell instanceof Date) {
      numbers++;
    } else if (typeof cell === "string" && looksNumeric(cell)) {
      // A number stored as text ("1,234") still says the column holds amounts: the pane offers to convert it.
      numbers++;
    } else if (typeof cell === "string") texts++;
  }
  const share = (n: number): number => (filled > 0 ? n / filled : 0);
  return { numericShare: share(numbers), textShare: share(texts), integerShare: share(integers), total, filled };
}

const MONTH_WORDS = new Map<string, number>();
MONTH_NAMES.forEach((names, month) => names.forEach((n) => MONTH_WORDS.set(normalizeHeader(n), month)));

/** "Jan", "2024-01", "1월", "2024年1月", "一月", "Q1", "2024 Q3", "M01" … */
export function isPeriodHeader(text: string): boolean {
  const h = normalizeHeader(text);
  if (h === "") return false;
  if (MONTH_WORDS.has(h)) return true;
  if (/^\d{4}(0[1-9]|1[0-2])$/.test(h)) return true; // "2024-01" after normalising
  if (/^(\d{4}|fy\d{2,4})?q[1-4]$/.test(h) || /^q[1-4](\d{4})?$/.test(h)) return true;
  if (/^m(0?[1-9]|1[0-2])$/.test(h)) return true;
  if (/^\d{2,4}(년|年)(0?[1-9]|1[0-2])(월|月)$/.test(h)) return true;
  if (/^(fy\d{2}|fy\d{4}|(19|20)\d{2}(년도?|年度?))$/.test(h)) return true; // years: "FY2023", "2023년", "2023年度" (a bare "2024" stays ambiguous)
  // "Jan2024", "2024Jan"
  const word = h.replace(/\d{4}$/, "").replace(/^\d{4}/, "");
  return word !== h && MONTH_WORDS.has(word);
}

function dictionaryScore(role: RoleId, header: string): number {
  const h = normalizeHeader(header);
  if (h === "") return 0;
  const entry = HEADER_DICTIONARY[role];
  let best = 0;
  for (const list of [entry.en, entry.ko, entry.zh]) {
    list.forEach((synonym, index) => {
      const s = normalizeHeader(synonym);
      if (s === "") return;
      const position = Math.min(index, 30); // earlier synonyms in each language's list rank higher
      if (h === s) best = Math.max(best, 100 - position);
      else if (s.length >= 2 && (h.includes(s) || (h.length >= 3 && s.includes(h)))) best = Math.max(best, 60 - position);
    });
  }
  return best;
}

/** Which kinds of cells a role accepts. */
function fits(role: RoleId, p: ColumnProfile): boolean {
  if (p.filled === 0) return false;
  switch (role) {
    case "value":
    case "second":
    case "firstDate":
    case "lastDate":
    case "date":
      return p.numericShare >= 0.5;
    case "orders":
      return p.numericShare >= 0.5 && p.integerShare >= 0.5;
    case "name":
      return p.textShare >= 0.5;
    case "id":
      return true;
  }
}

/** Distinct short codes with a digit and no spaces, on every filled row of the sample: customer IDs, not names. */
function looksLikeIds(sample: readonly (readonly unknown[])[], col: number): boolean {
  const seen = new Set<string>();
  for (const row of sample) {
    const v = row[col];
    if (v === null || v === undefined || v === "") continue;
    if (typeof v !== "string" || v.length > 24 || !/^[^\s]*\d[^\s]*$/.test(v) || seen.has(v)) return false;
    seen.add(v);
  }
  return seen.size >= 2;
}

export function guessRoles(header: readonly string[], sample: readonly (readonly unknown[])[]): RoleGuess {
  const profiles = header.map((_, c) => profile(sample, c));
  const periods = header.map((h, c) => (isPeriodHeader(h) && profiles[c].numericShare >= 0.5 ? c : -1)).filter((c) => c >= 0);
  const periodSet = new Set(periods.length >= 3 ? periods : []);
  const candidates: { role: RoleId; col: number; score: number }[] = [];
  for (const role of ROLE_IDS) {
    header.forEach((h, col) => {
      if (periodSet.has(col)) return;
      const score = dictionaryScore(role, h);
      if (score > 0 && fits(role, profiles[col])) candidates.push({ role, col, score });
    });
  }
  candidates.sort((a, b) => b.score - a.score || a.col - b.col);
  const single: Partial<Record<RoleId, number>> = {};
  const taken = new Set<number>(periodSet);
  for (const { role, col } of candidates) {
    if (single[role] !== undefined || taken.has(col)) continue;
    single[role] = col;
    taken.add(col);
  }
  // Fallbacks from the cells alone: a column of codes ("C0001", "KR-2024-17") identifies customers,
  // the first other text column names them; the numeric column with the largest total is the
  // value (dates and counts were claimed above when named). Without a header row the first text
  // column is usually the ID, and calling it the name would lose the history's key.
  if (single.id === undefined) {
    const col = header.findIndex((_, c) => !taken.has(c) && looksLikeIds(sample, c));
    if (col >= 0) {
      single.id = col;
      taken.add(col);
    }
  }
  if (single.name === undefined) {
    const col = profiles.findIndex((p, c) => !taken.has(c) && p.textShare >= 0.8);
    if (col >= 0) {
      single.name = col;
      taken.add(col);
    }
  }
  const numeric = (c: number): boolean => !taken.has(c) && profiles[c].numericShare >= 0.8;
  if (single.value === undefined) {
    const cols = header.map((_, c) => c).filter(numeric);
    cols.sort((a, b) => Math.abs(profiles[b].total) - Math.abs(profiles[a].total));
    if (cols.length) {
      single.value = cols[0];
      taken.add(cols[0]);
    }
  }
  return { single, periods: [...periodSet] };
}
