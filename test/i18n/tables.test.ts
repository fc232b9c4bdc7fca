/**
 * Every table of user-facing words, in every language: the same keys as English (none missing,
 * none extra), the same {placeholders}, nothing left empty, and no Korean or Chinese entry that
 * is still the English text — except the codes and symbols listed below, which are the same in
 * every language on purpose (formulas and colour rules test for them). Korean entries must
 * contain Hangul; Chinese entries must contain Chinese characters and no Hangul.
 */
import { CLASS_NAME_TABLES } from "../../src/i18n/classNames";
import { CUSTOMER_TEXT_TABLES } from "../../src/i18n/customerText";
import { CUSTOMER_TYPE_NAME_TABLES } from "../../src/i18n/customerTypeNames";
import { EXPLAIN_TABLES } from "../../src/i18n/explainText";
import { HISTORY_TABLES } from "../../src/i18n/historyText";
import { Language, LANGUAGES } from "../../src/i18n/language";
import { MESSAGE_TABLES } from "../../src/i18n/messages";
import { PANE_TABLES } from "../../src/i18n/paneText";
import { PLAYBOOK_TABLES } from "../../src/i18n/playbook";
import { PREVIEW_TABLES } from "../../src/i18n/previewText";
import { QUADRANT_ACTION_TABLES } from "../../src/i18n/quadrantLegend";
import { QUADRANT_TABLES } from "../../src/i18n/quadrantText";
import { SUMMARY_TABLES } from "../../src/i18n/summaryText";
import { TRANSITION_TABLES } from "../../src/i18n/transitionText";
import { WHY_TABLES } from "../../src/i18n/whyText";
import { METHODS } from "../../src/workbook/methods/registry";
import { Localized } from "../../src/workbook/methods/types";

type Table = Readonly<Record<string, string | undefined>>;

/**
 * Entries that are rightly the same in every language, by table and key: model parameters and
 * axis symbols. Nothing else may equal its English source.
 */
const SAME_IN_EVERY_LANGUAGE: Readonly<Record<string, readonly string[]>> = {
  customerText: ["bgnbd.r", "bgnbd.alpha", "bgnbd.a", "bgnbd.b", "gg.p", "gg.q", "gg.v"], // BG/NBD and Gamma-Gamma parameter symbols (Fader, Hardie & Lee)
  summaryText: ["measureX", "measureY"], // the axis symbols x and y
  whyText: ["sentence", "separator", "rfm.list"], // "{class}: {reasons}", "; " and ", " are Korean punctuation too
};

/** Method-registry labels that are codes (cut presets), the same in every language. */
const CODE_LABELS: readonly string[] = ["80/95", "70/90", "50/80", "55/85", "80/15/5", "70/20/10", "50/30/20", "50/80/95", "50/30/15/5"];

const TABLES: Readonly<Record<string, Readonly<Record<Language, Table>>>> = {
  paneText: PANE_TABLES,
  messages: MESSAGE_TABLES,
  playbook: PLAYBOOK_TABLES,
  classNames: CLASS_NAME_TABLES,
  quadrantActions: QUADRANT_ACTION_TABLES,
  explainText: EXPLAIN_TABLES.labels,
  quadrantText: QUADRANT_TABLES.labels,
  quadrantRules: QUADRANT_TABLES.rules,
  customerText: CUSTOMER_TEXT_TABLES,
  transitionText: TRANSITION_TABLES,
  customerTypeNames: CUSTOMER_TYPE_NAME_TABLES,
  summaryText: SUMMARY_TABLES,
  historyText: HISTORY_TABLES,
  whyText: WHY_TABLES,
  previewText: PREVIEW_TABLES,
};

/** Header rows are lists: compared position by position. */
const HEADER_ROWS: Readonly<Record<string, Readonly<Record<Language, readonly string[]>>>> = {
  "explainText headers": EXPLAIN_TABLES.headers,
  "quadrantText headers": QUADRANT_TABLES.headers,
};

const HANGUL = /[\uac00-\ud7a3]/;
const HAN = /[\u4e00-\u9fff]/;

function placeholders(text: string): string[] {
  return [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
}

/** What is wrong with one translated entry, or null. */
function problem(language: Language, english: string, translated: string | undefined, sameAllowed: boolean): string | null {
  if (translated === undefined) return "missing";
  if (translated.trim() === "") return "empty";
  if (JSON.stringify(placeholders(translated)) !== JSON.stringify(placeholders(english))) {
    return `placeholders ${placeholders(translated).join(",")} ≠ English ${placeholders(english).join(",")}`;
  }
  if (sameAllowed) return null;
  if (translated === english) return "identical to English";
  if (language === "ko" && !HANGUL.test(translated)) return "no Hangul";
  if (language === "zh-CN" && (!HAN.test(translated) || HANGUL.test(translated))) return "not Chinese";
  return null;
}

function tableProblems(name: string, tables: Readonly<Record<Language, Table>>): string[] {
  const out: string[] = [];
  const english = tables.en;
  const keys = Object.keys(english);
  for (const language of LANGUAGES.filter((l) => l !== "en")) {
    const table = tables[language] ?? {};
    for (const key of Object.keys(table)) if (!(key in english)) out.push(`${name}.${language}: extra key "${key}"`);
    for (const key of keys) {
      const allowed = SAME_IN_EVERY_LANGUAGE[name]?.includes(key) ?? false;
      const p = problem(language, english[key] ?? "", table[key], allowed);
      if (p) out.push(`${name}.${language}["${key}"]: ${p}`);
    }
  }
  return out;
}

describe("translation tables (en, ko, zh-CN)", () => {
  test.each(Object.keys(TABLES))("%s: same keys and placeholders as English, every entry translated", (name) => {
    expect(Object.keys(TABLES[name].en).length).toBeGreaterThan(0);
    expect(tableProblems(name, TABLES[name])).toEqual([]);
  });

  test.each(Object.keys(HEADER_ROWS))("%s: one translated header per English header", (name) => {
    const rows = HEADER_ROWS[name];
    const out: string[] = [];
    for (const language of LANGUAGES.filter((l) => l !== "en")) {
      if (rows[language].length !== rows.en.length) out.push(`${language}: ${rows[language].length} headers, English has ${rows.en.length}`);
      rows.en.forEach((h, i) => {
        // "x" inside "x total" is a symbol; the rest of the header must still be translated.
        const p = problem(language, h, rows[language][i], false);
        if (p) out.push(`${language}[${i}] "${h}": ${p}`);
      });
    }
    expect(out).toEqual([]);
  });

  test("every label of the pane's methods (names, descriptions, parameters, choices, column headers) is translated", () => {
    const out: string[] = [];
    const check = (where: string, text: Localized): void => {
      const isCode = CODE_LABELS.includes(text.en);
      for (const language of LANGUAGES.filter((l) => l !== "en")) {
        if (isCode && text[language] === undefined) continue;
        const p = problem(language, text.en, text[language], isCode);
        if (p) out.push(`${where}.${language} "${text.en}": ${p}`);
      }
    };
    for (const m of METHODS) {
      check(`${m.id}.label`, m.label);
      check(`${m.id}.description`, m.description);
      check(`${m.id}.columnHeader`, m.columnHeader);
      for (const [role, label] of Object.entries(m.roleLabels ?? {})) if (label) check(`${m.id}.role.${role}`, label);
      for (const p of m.params) {
        check(`${m.id}.${p.key}`, p.label);
        for (const c of p.choices) check(`${m.id}.${p.key}=${c.value}`, c.label);
      }
    }
    expect(out).toEqual([]);
  });

  test("the checks catch what they are for: a missing, an extra, an untranslated key and a lost placeholder", () => {
    const en = { a: "Apply", b: "Done: {count} rows", c: "Cancel" };
    const broken = { en, ko: { a: "Apply", b: "완료: 행", d: "취소" }, "zh-CN": { a: "应用", b: "完成：{count} 行", c: "取消" } };
    expect(tableProblems("demo", broken)).toEqual([
      'demo.ko: extra key "d"',
      'demo.ko["a"]: identical to English',
      'demo.ko["b"]: placeholders  ≠ English count',
      'demo.ko["c"]: missing',
    ]);
  });

  test("tables keyed by class code cover the same codes in every language (codes are never translated)", () => {
    for (const language of LANGUAGES) expect(Object.keys(PLAYBOOK_TABLES[language]).sort()).toEqual(Object.keys(PLAYBOOK_TABLES.en).sort());
    expect(Object.keys(CUSTOMER_TYPE_NAME_TABLES.ko).sort()).toEqual(Object.keys(CUSTOMER_TYPE_NAME_TABLES.en).sort());
  });
});

describe("class names", () => {
  test("every code a method can give has a friendly name in every language", () => {
    const missing: string[] = [];
    for (const method of METHODS) {
      for (const param of method.params.length ? method.params : [{ key: "", choices: [{ value: "" }] }]) {
        for (const choice of param.choices) {
          const params = Object.fromEntries(method.params.map((p) => [p.key, p.key === param.key ? choice.value : p.defaultValue]));
          for (const code of method.codes(params)) for (const l of LANGUAGES) if (!CLASS_NAME_TABLES[l][code]) missing.push(`${method.id} ${code} ${l}`);
        }
      }
    }
    expect(missing).toEqual([]);
  });
});
