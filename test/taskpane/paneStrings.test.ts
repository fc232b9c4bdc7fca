/**
 * No path of the pane shows an internal field name, an unrounded number or a raw serial where a
 * date is meant. Scanned: every pane string (paneText in en/ko/zh-CN), the method registry's
 * labels (methods, parameters, choices, roles, column headers), the playbook and summary texts,
 * the missing-column message of every method, what the preview shows of every method's run on the
 * sample (cut texts, notes as formatted, quadrant axes) — and every cell of the summary sheet the
 * in-memory workflow writes for each method on the bundled sample, in each language.
 *
 * The checks:
 * - identifiers: a lower-case letter followed by an upper-case one (/[a-z][A-Z]/: lastDate,
 *   firstDate, xSplit), placeholders in braces ({method}) left out;
 * - unrounded numbers: five or more significant decimal digits, in a text or as a number cell shown in the
 *   General format (a number format with fewer decimals rounds it for the reader);
 * - serials where a date is meant: a number of 5 digits (a date from 1982 to 2173 as a serial)
 *   in a text or a cell that speaks of a date, unless the cell has a date format.
 */
import { LANGUAGES, Language } from "../../src/i18n/language";
import { HISTORY_TABLES } from "../../src/i18n/historyText";
import { PANE_TABLES } from "../../src/i18n/paneText";
import { PLAYBOOK_TABLES } from "../../src/i18n/playbook";
import { QUADRANT_TABLES } from "../../src/i18n/quadrantText";
import { SUMMARY_TABLES } from "../../src/i18n/summaryText";
import { memoryWorkbookFrom } from "../../src/preview/loadSample";
import { sampleBook } from "../../src/preview/sampleData";
import { messageOf } from "../../src/taskpane/errorMessage";
import { formatNoteValue } from "../../src/taskpane/format";
import { METHODS } from "../../src/workbook/methods/registry";
import { completeParams, localize, Localized, roleLabel, SegmentMethod } from "../../src/workbook/methods/types";
import { createGridAdapter } from "../../src/workbook/model/gridAdapter";
import { MemoryWorkbook } from "../../src/workbook/model/memoryWorkbook";
import { RoleAssignment } from "../../src/workbook/plan";
import { guessRoles } from "../../src/workbook/roles";
import { buildPlan, Choice, MissingRoleError, missingRoles, prepare } from "../../src/workbook/segmentation";
import { clvSample, CLV_SHEET } from "../workbook/helpers/clvSample";

const APPLIED_AT = new Date(Date.UTC(2024, 11, 31, 12));
const SAMPLE_SHEETS = [...sampleBook().sheets.map((s) => s.name), CLV_SHEET];
const DATE_WORDS = /date|as of|as-of|snapshot|기준일|날짜|일자|日期|截止/i;

/** Product names people know spelled this way: not identifiers. */
const PRODUCT_NAMES = /JavaScript|LibreOffice|OneDrive|SharePoint|PowerPoint|iPad|macOS/g;

/** Why a text would be wrong in front of a user, or null. */
function textProblem(text: string): string | null {
  const plain = text.replace(/\{\w+\}/g, "").replace(PRODUCT_NAMES, "");
  const identifier = /[a-z][A-Z]/.exec(plain);
  if (identifier) return `internal identifier near "${plain.slice(Math.max(0, identifier.index - 8), identifier.index + 10)}"`;
  // Leading zeros are not digits of the value: 0.00094 is rounded to two; 0.0412345 is not rounded.
  if (/\d[.,]0*[1-9]\d{4,}/.test(plain)) return "number with 5+ decimal digits";
  if (DATE_WORDS.test(plain) && /(^|[^\d.,-])\d{2},?\d{3}(?![\d-])/.test(plain)) return "a serial where a date is meant";
  return null;
}

function scanTexts(where: string, texts: Iterable<string>): string[] {
  const out: string[] = [];
  for (const text of texts) {
    const problem = textProblem(text);
    if (problem) out.push(`${where}: ${problem}: ${JSON.stringify(text)}`);
  }
  return out;
}

const allLanguages = (text: Localized): string[] => LANGUAGES.map((l) => localize(text, l));

function registryTexts(method: SegmentMethod): string[] {
  const out = [...allLanguages(method.label), ...allLanguages(method.description), ...allLanguages(method.columnHeader)];
  for (const p of method.params) {
    out.push(...allLanguages(p.label));
    for (const c of p.choices) out.push(...allLanguages(c.label));
  }
  for (const role of [...method.roles, ...(method.usesPeriods ? ["periods"] : []), "name", "id"]) for (const l of LANGUAGES) out.push(roleLabel(method, role, l));
  return out;
}

/** Where each method runs on the sample: the Customers table, the twelve month columns, or (a purchase model) the Purchases summarised per customer. */
async function sampleRun(method: SegmentMethod, language: Language) {
  const clv = method.backtest ? await clvSample(language) : null;
  const wb = clv?.wb ?? memoryWorkbookFrom(sampleBook());
  if (method.usesPeriods) wb.select("Monthly", 3, 3);
  const port = clv?.port ?? createGridAdapter(wb);
  const source = clv?.source ?? (await port.locateSource())!;
  const guess = guessRoles(source.columnNames, source.sample);
  const roles: RoleAssignment = method.usesPeriods ? { id: 0, name: 1, periods: Array.from({ length: 12 }, (_, k) => k + 2) } : { ...guess.single, periods: guess.periods };
  const choice: Choice = { methodId: method.id, params: completeParams(method), roles, output: "values", tones: {}, summary: true, tags: true, language, history: true };
  const prepared = await prepare(port, source.ref, choice);
  const plan = await buildPlan(port, source.ref, source.columnNames, choice, prepared, `${method.id.toLowerCase()}-scan`, APPLIED_AT);
  await port.apply(plan);
  return { wb, prepared, plan };
}

/** Every cell of a sheet: what it shows (a formula's cached value), its format, and its row's label. */
function cellsOf(wb: MemoryWorkbook, sheet: string): { address: string; value: unknown; format: string | null; label: string }[] {
  const used = wb.usedRange(sheet);
  if (!used) return [];
  const out: { address: string; value: unknown; format: string | null; label: string }[] = [];
  for (let r = used.row; r < used.row + used.rows; r++) {
    const first = wb.getCell(sheet, r, 0);
    const label = typeof first === "string" ? first : "";
    for (let c = used.col; c < used.col + used.cols; c++) {
      const cell = wb.getCell(sheet, r, c);
      const value = cell !== null && typeof cell === "object" && "formula" in cell ? cell.value : cell;
      if (value === null || value === undefined || value === "") continue;
      out.push({ address: `${sheet}!R${r + 1}C${c + 1}`, value, format: wb.getCellFormat(sheet, r, c), label });
    }
  }
  return out;
}

function cellProblems(cells: ReturnType<typeof cellsOf>): string[] {
  const out: string[] = [];
  for (const cell of cells) {
    if (typeof cell.value === "string") {
      const problem = textProblem(cell.value);
      if (problem) out.push(`${cell.address}: ${problem}: ${JSON.stringify(cell.value)}`);
      continue;
    }
    if (typeof cell.value !== "number") continue;
    const general = cell.format === null || cell.format === "General";
    const decimals = (String(cell.value).split(".")[1] ?? "").length;
    if (general && decimals >= 5 && !/e/i.test(String(cell.value))) out.push(`${cell.address}: unrounded number ${cell.value} in the General format (${JSON.stringify(cell.label)})`);
    const dateFormat = cell.format !== null && /[yd]/i.test(cell.format.replace(/"[^"]*"/g, ""));
    if (DATE_WORDS.test(cell.label) && cell.value >= 30000 && cell.value < 100000 && !dateFormat) {
      out.push(`${cell.address}: serial ${cell.value} where a date is meant (${JSON.stringify(cell.label)}, format ${cell.format})`);
    }
  }
  return out;
}

describe("the pane's strings", () => {
  test("the checks find what they are for", () => {
    expect(textProblem("Choose a column for: lastDate, orders.")).toMatch(/identifier/);
    expect(textProblem("x split (median): 0.0041234")).toMatch(/decimal/);
    expect(textProblem("y split (median): 44,521 (first order date)")).toMatch(/serial/);
    expect(textProblem("Unless you change it: December 28, 2024, the latest date in the data.")).toBeNull();
    expect(textProblem("Choose a column for: {roles}.")).toBeNull();
    expect(cellProblems([{ address: "A1", value: 45656, format: null, label: "As-of date (the latest order date)" }])).toHaveLength(1);
    expect(cellProblems([{ address: "A1", value: 45656, format: "yyyy-mm-dd", label: "As-of date (the latest order date)" }])).toEqual([]);
    expect(cellProblems([{ address: "A1", value: 2.6899383983572895, format: null, label: "Years" }])).toHaveLength(1);
    expect(cellProblems([{ address: "A1", value: 2.6899383983572895, format: "#,##0.0", label: "Years" }])).toEqual([]);
  });

  test("paneText, the summary, history and quadrant words, and the playbook, in en/ko/zh-CN", () => {
    const problems: string[] = [];
    for (const l of LANGUAGES) {
      problems.push(...scanTexts(`paneText ${l}`, Object.values(PANE_TABLES[l])));
      problems.push(...scanTexts(`summaryText ${l}`, Object.values(SUMMARY_TABLES[l])));
      problems.push(...scanTexts(`historyText ${l}`, Object.values(HISTORY_TABLES[l])));
      problems.push(...scanTexts(`playbook ${l}`, Object.values(PLAYBOOK_TABLES[l]) as string[]));
      problems.push(...scanTexts(`quadrantText ${l}`, [...QUADRANT_TABLES.headers[l], ...Object.values(QUADRANT_TABLES.labels[l]), ...Object.values(QUADRANT_TABLES.rules[l])]));
    }
    expect(problems).toEqual([]);
  });

  test("the registry: method, parameter, choice and role labels; the missing-column message of every method", () => {
    const problems: string[] = [];
    for (const method of METHODS) {
      problems.push(...scanTexts(method.id, registryTexts(method)));
      const missing = missingRoles(method, {});
      problems.push(...scanTexts(`${method.id} missing`, LANGUAGES.map((l) => messageOf(new MissingRoleError(missing, method.id), l))));
      problems.push(...scanTexts(`${method.id} missing (no method)`, LANGUAGES.map((l) => messageOf(new MissingRoleError(missing), l))));
    }
    expect(problems).toEqual([]);
  });

  test.each(METHODS.map((m) => [m.id, m] as const))("%s on the sample: the preview's texts and every cell of its summary sheet, in en/ko/zh-CN", async (_, method) => {
    const problems: string[] = [];
    for (const language of LANGUAGES) {
      const { wb, prepared, plan } = await sampleRun(method, language);
      const run = prepared.run;
      const shown = [
        ...run.cuts.flatMap((c) => (c.text === undefined ? [] : [typeof c.text === "string" ? c.text : localize(c.text, language)])),
        ...run.notes.map((n) => `${localize(n.label, language)}: ${formatNoteValue(n, language)}`),
        ...(run.quadrant ? [localize(run.quadrant.xLabel, language), localize(run.quadrant.yLabel, language)] : []),
      ];
      problems.push(...scanTexts(`${method.id} preview ${language}`, shown));
      // The summary sheet, and the history sheet the first snapshot starts.
      const written = wb.sheetNames().filter((name) => !SAMPLE_SHEETS.includes(name));
      expect(written).toEqual(expect.arrayContaining(plan.sheets.map((sheet) => sheet.name)));
      for (const sheet of written) problems.push(...cellProblems(cellsOf(wb, sheet)));
      // The class, tag and movement columns beside the data: their headers and codes.
      for (const block of plan.writes) problems.push(...scanTexts(`${method.id} columns ${language}`, block.cells.flat().filter((v): v is string => typeof v === "string")));
    }
    expect(problems).toEqual([]);
  });
});
