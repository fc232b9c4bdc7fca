/**
 * What a person reads is written for a person: sentences agree with their count ("1 row", not
 * "1 rows"), dates read as dates, numbers carry the digits that matter, and no internal id (a
 * method id, a segmentation id) or raw timestamp shows. Every method is applied to the sample
 * workbook in each language, and every text cell written and every text the pane shows of it is
 * scanned.
 */
import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { Language, LANGUAGES } from "../../src/i18n/language";
import { paneText, PANE_TABLES } from "../../src/i18n/paneText";
import { memoryWorkbookFrom } from "../../src/preview/loadSample";
import { sampleBook } from "../../src/preview/sampleData";
import { AppliedList } from "../../src/taskpane/AppliedList";
import { CutValuesView } from "../../src/taskpane/CutValuesView";
import { PreviewSection } from "../../src/taskpane/PreviewSection";
import { compareCuts } from "../../src/workbook/cutChanges";
import { METHODS } from "../../src/workbook/methods/registry";
import { createGridAdapter } from "../../src/workbook/model/gridAdapter";
import { MemoryWorkbook } from "../../src/workbook/model/memoryWorkbook";
import { resolveTones } from "../../src/workbook/palette";
import { appliedText } from "../../src/workbook/planSummary";
import { RoleAssignment } from "../../src/workbook/plan";
import { WorkbookPort } from "../../src/workbook/port";
import { guessRoles } from "../../src/workbook/roles";
import { buildPlan, canKeepHistory, Choice, newId, prepare } from "../../src/workbook/segmentation";
import { listSnapshots, refreshSaved } from "../../src/workbook/refresh";
import { loadHistory } from "../../src/workbook/historyStore";
import { textWidth } from "../../src/workbook/columnFit";
import { formatShortDate } from "../../src/i18n/formatValue";
import { MovementView } from "../../src/taskpane/MovementView";
import { snapshotLabel } from "../../src/taskpane/snapshotLabel";
import { clvSample } from "../workbook/helpers/clvSample";

describe("plural forms in the pane's English", () => {
  test("a count of one reads in the singular, other counts in the plural", () => {
    expect(paneText("foundTable", "en", { name: "T", rows: 1, cols: 3, sheet: "S" })).toBe("Table T: 1 row, 3 columns on S");
    expect(paneText("foundTable", "en", { name: "T", rows: 2, cols: 3, sheet: "S" })).toBe("Table T: 2 rows, 3 columns on S");
    expect(paneText("snapshotsCount", "en", { count: 1, sheet: "H" })).toBe("History: 1 snapshot on “H”.");
    expect(paneText("snapshotsCount", "en", { count: 3, sheet: "H" })).toBe("History: 3 snapshots on “H”.");
    expect(paneText("textNumbers", "en", { count: "1", rows: "row 4" })).toBe("1 number is stored as text, so it is not counted (row 4).");
    expect(paneText("removedKept", "en", { count: 1, cells: "A1" })).toBe("1 cell you edited in our columns was kept: A1.");
    expect(paneText("applied", "en", { customers: 1, column: "I", summary: "" })).toBe("Done: 1 customer classified in column I.");
  });

  test("no English sentence hedges with (s)", () => {
    const hedged = Object.entries(PANE_TABLES.en).filter(([, text]) => /\w\(s\)/.test(text));
    expect(hedged).toEqual([]);
  });

  test("Korean and Chinese keep their one form: the English singular never leaks into them", () => {
    for (const language of ["ko", "zh-CN"] as const) {
      expect(paneText("snapshotsCount", language, { count: 1, sheet: "H" })).toBe((PANE_TABLES[language].snapshotsCount as string).replace("{count}", "1").replace("{sheet}", "H"));
    }
  });
});

describe("the summary sheet's applied time", () => {
  test("is written as the user's language writes a date and time, never as the ISO timestamp of the settings", () => {
    const at = "2026-12-07T14:28:51.081Z";
    expect(appliedText(at, "en")).toMatch(/^Dec 7, 2026, \d{1,2}:\d{2}/);
    expect(appliedText(at, "ko")).toMatch(/^2026\. 12\. 7\./);
    expect(appliedText(at, "zh-CN")).toMatch(/^2026年12月7日/);
    for (const language of ["en", "ko", "zh-CN"] as const) expect(appliedText(at, language)).not.toContain("T14:28");
  });
});

/** What is wrong with one text a person reads, or null. Exported rules, each with the example that made it. */
export function unreadable(text: string): string | null {
  // "Applied 2026-12-07T14:28:51.081Z"
  if (/\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/.test(text)) return "ISO timestamp";
  // "519.1004184": more than four significant decimals; "131.2000": decimals padded with zeros.
  for (const m of text.matchAll(/\d[.,](\d+)/g)) {
    // A grouping comma ("1,234,567") is not a decimal mark: three digits then no more digits.
    if (m[0].includes(",") && m[1].length === 3) continue;
    const significant = m[1].replace(/^0+/, "");
    if (significant.length > 4) return `too many decimals (${m[0]})`;
    if (/\d000$/.test(m[1])) return `decimals padded with zeros (${m[0]})`;
    // "contribution split (median): 0.0009": rounded to four places, a small value keeps one digit of its own.
    if (/^0{3,}\d$/.test(m[1]) && m[0].startsWith("0")) return `precision lost (${m[0]})`;
  }
  // "as an Excel date: 45,654": a serial in the years 2000–2049 beside a word for a date.
  if (/date|날짜|日期|기준일|as of/i.test(text)) {
    for (const m of text.matchAll(/(?<![\d.,])(\d{2}),?(\d{3})(?![\d.,]\d)/g)) {
      const n = Number(m[1] + m[2]);
      if (n >= 36526 && n < 54789) return `Excel serial shown as a date (${m[0]})`;
    }
  }
  if (/\w\(s\)/.test(text)) return "hedged plural (s)";
  // A segmentation id ("abc-mxddea20-apjy", segmentation.ts newId) or a method id ("RFM_SEGMENTS").
  if (/\b[a-z_]+-[0-9a-z]{6,}-[0-9a-z]{1,4}\b/.test(text)) return "segmentation id";
  if (new RegExp(`\\b(${METHODS.filter((m) => m.id.includes("_")).map((m) => m.id).join("|")})\\b`).test(text)) return "method id";
  return null;
}

/** A sheet name a person reads: no underscores (ids), within Excel's 31 characters. */
function badSheetName(name: string): string | null {
  if (name.length > 31) return "longer than 31 characters";
  if (name.includes("_")) return "underscore";
  return null;
}

describe("the readable-text rules catch what reached users", () => {
  test.each([
    ["Applied 2026-12-07T14:28:51.081Z"],
    ["R = 5 below this many days: 131.2000"],
    ["519.1004184"],
    ["Split as an Excel date: 45,654"],
    ["1 snapshot(s)"],
    ["contribution split (median): 0.0009"],
    ["RFM_SEGMENTS · 2024-12-31 · abc-mxddea20-apjy"],
    ["Segments CONTRIBUTION_STABILITY"],
  ])("%s is caught", (text) => expect(unreadable(text)).not.toBeNull());

  test.each([["1,234,567"], ["0.00091"], ["80.3%"], ["December 31, 2024"], ["2024년 12월 31일"], ["Customers!A1:I241"], ["131.2"], ["C0001"]])("%s passes", (text) => expect(unreadable(text)).toBeNull());
});

interface Setting {
  readonly wb: MemoryWorkbook;
  readonly port: WorkbookPort;
  readonly roles: RoleAssignment;
}

/** The data each method runs on in the sample book: the Customers table, the Monthly sheet, or the summarised Purchases. */
async function settingFor(methodId: string, language: Language): Promise<Setting> {
  const method = METHODS.find((m) => m.id === methodId)!;
  if (method.backtest) {
    const s = await clvSample(language);
    return { wb: s.wb, port: s.port, roles: s.roles };
  }
  const wb = memoryWorkbookFrom(sampleBook());
  if (method.usesPeriods) wb.select("Monthly", 3, 3);
  const port = createGridAdapter(wb);
  const source = (await port.locateSource())!;
  const guess = guessRoles(source.columnNames, source.sample);
  return { wb, port, roles: { ...guess.single, periods: guess.periods } };
}

/** Every cell's text as it was before, per sheet: what the user had, which is not ours to judge. */
function before(wb: MemoryWorkbook): Map<string, Map<string, unknown>> {
  return new Map(wb.sheets.map((s) => [s.name, new Map([...s.cells].map(([k, c]) => [k, c.content]))]));
}

const stripTags = (html: string): string[] => html.replace(/<[^>]+>/g, "\n").split("\n").map((t) => t.trim()).filter(Boolean);

const NOW = new Date(Date.UTC(2024, 11, 31, 14, 28, 51));

/** Problems found, one line per sheet, column and kind (a history column repeats the same fault on every row). */
class Findings {
  private readonly found = new Map<string, string>();
  add(line: string, where = line): void {
    if (!this.found.has(where)) this.found.set(where, line);
  }
  lines(): string[] {
    return [...this.found.values()];
  }

  /** Sheet names, every text cell we wrote (not the user's own cells), numbers with decimals, and text cut at its column's edge. */
  sheets(wb: MemoryWorkbook, had: Map<string, Map<string, unknown>>): void {
    for (const sheet of wb.sheets) {
      const bad = badSheetName(sheet.name);
      if (bad) this.add(`sheet name "${sheet.name}": ${bad}`);
      const old = had.get(sheet.name);
      const ours = (key: string): boolean => !old || old.get(key) !== sheet.cells.get(key)?.content;
      for (const [key, cell] of sheet.cells) {
        if (!ours(key)) continue;
        const [row, col] = key.split(",").map(Number);
        // A hidden column (width 0: the history's segmentation ids) is read by the code, not by a person.
        if (sheet.widths.get(col) === 0) continue;
        const content = cell.content;
        const text = typeof content === "string" ? content : typeof content === "object" && content && typeof content.value === "string" ? content.value : null;
        if (text !== null && !text.startsWith("=")) {
          const why = unreadable(text);
          if (why) this.add(`${sheet.name}!${key} "${text}": ${why}`, `${sheet.name} col ${col} ${why.split(" (")[0]}`);
          // On a sheet we made, a text with a neighbour must fit its column (Excel cuts it there).
          const width = sheet.widths.get(col);
          if (!old && width !== undefined && sheet.cells.has(`${row},${col + 1}`) && textWidth(text) > width) this.add(`${sheet.name}!${key} "${text}": cut at the column's edge (width ${width})`, `${sheet.name} col ${col} cut`);
        }
        // A number we wrote with decimals carries a number format: the cell stays a number, and shows what matters.
        const value = typeof content === "number" ? content : typeof content === "object" && content && typeof content.value === "number" ? content.value : null;
        if (value !== null && !Number.isInteger(value) && !cell.numberFormat) this.add(`${sheet.name}!${key} ${value}: a number with decimals and no number format`, `${sheet.name} col ${col} unformatted`);
      }
    }
  }

  pane(texts: readonly string[]): void {
    for (const text of texts) {
      const why = unreadable(text);
      if (why) this.add(`pane "${text}": ${why}`);
    }
  }
}

async function applyWithHistory(methodId: string, language: Language, asOf?: number) {
  const { wb, port, roles } = await settingFor(methodId, language);
  const source = (await port.locateSource())!;
  const had = before(wb);
  const choice: Choice = { methodId, params: {}, roles, output: "values", tones: {}, summary: true, tags: true, language, history: canKeepHistory(roles), ...(asOf === undefined ? {} : { asOf }) };
  const prepared = await prepare(port, source.ref, choice);
  const plan = await buildPlan(port, source.ref, source.columnNames, choice, prepared, newId(methodId, NOW), NOW);
  await port.apply(plan);
  return { wb, port, had, prepared, plan };
}

const render = (element: ReturnType<typeof createElement>): string[] => stripTags(renderToStaticMarkup(element));

describe.each(LANGUAGES.map((l) => [l]))("every method applied in %s reads as written for a person", (language) => {
  test.each(METHODS.map((m) => [m.id]))("%s: sheet names, text cells and the pane's texts", async (methodId) => {
    const { wb, port, had, prepared, plan } = await applyWithHistory(methodId, language);
    const findings = new Findings();
    findings.sheets(wb, had);

    const tones = resolveTones(prepared.run.codes, {});
    const saved = await port.listSaved();
    const cuts = saved[0]?.cuts?.[0];
    const comparison = cuts ? compareCuts(undefined, cuts, prepared.run.cutValues, undefined) : null;
    findings.pane([
      ...render(createElement(PreviewSection, { run: prepared.run, error: null, tones, language })),
      paneText("applied", language, { customers: prepared.run.explanation.total.customers, column: "I", summary: paneText("appliedSummary", language, { sheet: plan.sheets[0]?.name ?? "" }) }),
      ...render(createElement(AppliedList, { saved, busy: false, language, keep: {}, onKeep: () => undefined, onRefresh: () => undefined, onRemove: () => undefined, onColour: () => undefined })),
      ...(comparison ? render(createElement(CutValuesView, { cuts: comparison, language })) : []),
    ]);
    expect(findings.lines()).toEqual([]);
  });
});

/** Month ends of the sample's year: a method without dates takes the snapshot date it is given. */
const MONTH_END = [45596, 45626];

describe.each(LANGUAGES.map((l) => [l]))("a refresh in %s reads as written for a person", (language) => {
  test.each([["ABC"], ["CONTRIBUTION_STABILITY"]])("%s: the transitions sheet, the movement, the cut values and the compare list", async (methodId) => {
    const { wb, port, had } = await applyWithHistory(methodId, language, MONTH_END[0]);
    // A second segmentation of the same method: the compare list must tell the two apart without their ids.
    const [first] = await port.listSaved();
    const result = await refreshSaved(port, first, language, NOW, { asOf: MONTH_END[1] });
    expect(result.movement).not.toBeNull();
    const report = await port.listSaved();
    const findings = new Findings();
    findings.sheets(wb, had);
    const snapshots = await listSnapshots(port);
    expect(snapshots).toHaveLength(2);
    const twin = { ...snapshots[0], segmentation: `${methodId.toLowerCase()}-m5ckdcjc-zz99` };
    findings.pane([
      ...render(createElement(MovementView, { from: formatShortDate(MONTH_END[0], language), to: formatShortDate(MONTH_END[1], language), movement: result.movement!, names: result.names, tones: report[0].tones, language, reasons: result.reasons })),
      ...(result.cuts ? render(createElement(CutValuesView, { cuts: result.cuts, language })) : []),
      ...snapshots.map((s) => snapshotLabel(s, snapshots, report, language)),
      ...[...snapshots, twin].map((s) => snapshotLabel(s, [...snapshots, twin], report, language)),
    ]);
    expect(findings.lines()).toEqual([]);
    // The history names the method in words, and the index still finds both snapshots by its id.
    expect(snapshots.map((s) => s.method)).toEqual([methodId, methodId]);
    const rebuilt = await loadHistory(port, true);
    expect(rebuilt.index.snapshots.map((s) => [s.method, s.segmentation])).toEqual([[methodId, first.id], [methodId, first.id]]);
  });
});
