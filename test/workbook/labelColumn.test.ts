/**
 * The label column on the in-memory workbook (the preview's model, through the grid adapter
 * ExcelJS uses too): each class's name in the pane's language right of the class code, with a
 * header; removed exactly like the class column, also after the user inserted a column before the
 * data; a name the user overwrote is theirs and stays.
 */
import { classLabel } from "../../src/i18n/classNames";
import { Language } from "../../src/i18n/language";
import { memoryWorkbookFrom } from "../../src/preview/loadSample";
import { BLANK_ROW, CUSTOMER_COUNT, sampleBook } from "../../src/preview/sampleData";
import { createGridAdapter } from "../../src/workbook/model/gridAdapter";
import { MemoryWorkbook } from "../../src/workbook/model/memoryWorkbook";
import { WorkbookPort } from "../../src/workbook/port";
import { guessRoles } from "../../src/workbook/roles";
import { buildPlan, Choice, prepare } from "../../src/workbook/segmentation";

/** A deep copy of what Remove must restore: cells, styles, rules, drop-downs, Tables, charts, settings. */
function snapshot(wb: MemoryWorkbook): unknown {
  return structuredClone({
    sheets: wb.sheets.map((s) => ({ name: s.name, cells: [...s.cells.entries()].sort(), styles: [...s.styles.entries()], rules: s.rules, validations: s.validations, tables: s.tables, charts: s.charts })),
    settings: [...wb.settings.entries()],
  });
}

async function applied(over: Partial<Choice>): Promise<{ wb: MemoryWorkbook; port: WorkbookPort; before: unknown; codes: (string | null)[]; id: string }> {
  const wb = memoryWorkbookFrom(sampleBook());
  const port = createGridAdapter(wb);
  const before = snapshot(wb);
  const source = (await port.locateSource())!;
  const choice: Choice = { methodId: "ABC", params: {}, roles: guessRoles(source.columnNames, source.sample).single, output: "values", tones: {}, summary: false, tags: false, labels: true, language: "en", ...over };
  const prepared = await prepare(port, source.ref, choice);
  const plan = await buildPlan(port, source.ref, source.columnNames, choice, prepared, "label-1", new Date(Date.UTC(2024, 11, 31)));
  await port.apply(plan);
  const run = prepared.run;
  const codes = Array.from({ length: CUSTOMER_COUNT + 1 }, (_, i) => (run.classIndex[i] >= 0 ? run.codes[run.classIndex[i]] : null));
  return { wb, port, before, codes, id: plan.id };
}

/** The sample's data is Customers!A:H; the class column goes to I, the label column to J. */
const CLASS = 8;
const LABEL = 9;

describe("the label column", () => {
  test.each<[string, Language, string]>([
    ["ABC", "en", "ABC class name"],
    ["ABC", "ko", "ABC 등급 이름"],
    ["RFM8", "zh-CN", ""],
  ])("%s in %s: each row's class name beside its code, with a header", async (methodId, language, header) => {
    const { wb, codes } = await applied({ methodId, language });
    const head = wb.getCell("Customers", 0, LABEL);
    if (header) expect(head).toBe(header);
    else expect(typeof head === "string" && head.endsWith("名称")).toBe(true);
    let named = 0;
    codes.forEach((code, i) => {
      expect(wb.getCell("Customers", 1 + i, CLASS)).toBe(code);
      expect(wb.getCell("Customers", 1 + i, LABEL)).toBe(code === null ? null : classLabel(code, language));
      if (code !== null) named++;
    });
    expect(named).toBeGreaterThan(CUSTOMER_COUNT / 2);
    expect(wb.getCell("Customers", 1 + BLANK_ROW, LABEL)).toBeNull();
    if (methodId === "RFM8") {
      const labels = new Set(codes.map((_, i) => wb.getCell("Customers", 1 + i, LABEL)));
      expect(labels.has("重要价值客户")).toBe(true);
      expect([...labels].some((l) => typeof l === "string" && /[A-Z]{3}/.test(l))).toBe(false);
    }
  });

  test("the user's column widths stay as they were: Remove could not put a changed width back", async () => {
    for (const options of [{ methodId: "RFM_SEGMENTS" }, { methodId: "RFM8", language: "zh-CN" as const }]) {
      const { wb } = await applied(options);
      const untouched = memoryWorkbookFrom(sampleBook()).sheet("Customers").widths;
      expect(wb.getCell("Customers", 0, LABEL)).not.toBeNull(); // the label column was written
      expect(new Map(wb.sheet("Customers").widths)).toEqual(new Map(untouched));
    }
  });

  test("the label column comes before the tag column; the colours span both", async () => {
    const { wb } = await applied({ tags: true });
    expect(wb.getCell("Customers", 0, LABEL + 1)).toBe("Customer type");
    expect(wb.sheet("Customers").validations[0].range.col).toBe(LABEL + 1);
    expect(wb.sheet("Customers").rules[0].range).toMatchObject({ col: 0, cols: LABEL + 2 });
  });

  test("Remove takes it away exactly, as the class column", async () => {
    const { wb, port, before, id } = await applied({});
    expect(wb.getCell("Customers", 1, LABEL)).not.toBeNull();
    await port.remove(id);
    expect(snapshot(wb)).toEqual(before);
  });

  test("after a column inserted before the data, Remove still finds and clears it; a name the user typed over stays", async () => {
    const { wb, port, id, codes } = await applied({});
    wb.insertColumns("Customers", 0, 1);
    const first = codes.findIndex((c) => c !== null);
    wb.setCell("Customers", 1 + first, LABEL + 1, "our best friend");
    const report = await port.remove(id);
    expect(report.kept).toEqual([{ sheet: "Customers", row: 1 + first, col: LABEL + 1, content: "our best friend" }]);
    for (let r = 0; r <= CUSTOMER_COUNT + 1; r++) {
      expect(wb.getCell("Customers", r, CLASS + 1)).toBeNull();
      if (r !== 1 + first) expect([r, wb.getCell("Customers", r, LABEL + 1)]).toEqual([r, null]);
    }
    expect(wb.getCell("Customers", 1 + first, LABEL + 1)).toBe("our best friend");
    expect(wb.getCell("Customers", 0, 1)).toBe("Customer ID"); // the user's data, one column to the right
    expect(wb.sheet("Customers").rules).toEqual([]);
  });
});
