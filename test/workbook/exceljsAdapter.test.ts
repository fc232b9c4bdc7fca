/**
 * The ExcelJS adapter on the sample .xlsx: applying ABC writes the class column, one
 * conditional-format rule per class and the summary sheet, remembers its settings in the file,
 * and Remove gives back the workbook cell for cell. Text that looks like a formula stays text.
 */
import ExcelJS from "exceljs";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { sampleBook } from "../../src/preview/sampleData";
import { createExcelJsAdapter, SETTINGS_SHEET } from "../../src/workbook/exceljsAdapter";
import { sampleWorkbook } from "../../preview/sampleXlsx";
import { buildPlan, prepare } from "../../src/workbook/segmentation";
import { applyToSample, loadXlsx, SAMPLE_XLSX, sheetValues } from "./helpers/sampleFlow";

interface CfModel {
  ref: string;
  rules: { type: string; formulae: string[]; priority: number; style: { fill: { bgColor: { argb: string } }; font: { color: { argb: string } } } }[];
}
const cfs = (ws: ExcelJS.Worksheet): CfModel[] => (ws as unknown as { conditionalFormattings: CfModel[] }).conditionalFormattings;

async function roundTrip(wb: ExcelJS.Workbook): Promise<ExcelJS.Workbook> {
  return loadXlsx(Buffer.from(await wb.xlsx.writeBuffer()));
}

describe("the committed sample workbook", () => {
  test("is what the seeded generator makes (npm run sample)", async () => {
    const committed = sheetValues(await loadXlsx(SAMPLE_XLSX));
    const fresh = sheetValues(await roundTrip(sampleWorkbook(sampleBook())));
    expect(committed).toEqual(fresh);
  });

  test("has ≥ 200 customers, an orders sheet, 12 months per customer and the usual mess", async () => {
    const wb = await loadXlsx(SAMPLE_XLSX);
    const customers = wb.getWorksheet("Customers") as ExcelJS.Worksheet;
    expect(customers.rowCount).toBeGreaterThanOrEqual(201);
    expect((wb.getWorksheet("Orders") as ExcelJS.Worksheet).rowCount).toBeGreaterThan(1000);
    expect((wb.getWorksheet("Monthly") as ExcelJS.Worksheet).getRow(1).values).toEqual([undefined, "고객번호", "고객명", ...Array.from({ length: 12 }, (_, m) => `${m + 1}월`)]);
    const names = customers.getColumn(2).values;
    expect(names).toContain("=1+1");
    expect(names).toContain("@SUM(A1)");
    expect(customers.getColumn(4).values.some((v) => typeof v === "number" && v < 0)).toBe(true);
    expect(customers.getRow(122).values).toEqual([]); // the blank row inside the table
  });
});

describe("ExcelJS adapter: ABC on the sample", () => {
  test("writes the class column, one rule per class and the summary sheet", async () => {
    const { workbook, prepared } = await applyToSample({ tags: true });
    const wb = await roundTrip(workbook);
    const ws = wb.getWorksheet("Customers") as ExcelJS.Worksheet;
    expect(ws.getCell("I1").value).toBe("ABC class");
    const codes = prepared.run.codes;
    for (let i = 0; i < prepared.run.classIndex.length; i++) {
      const c = prepared.run.classIndex[i];
      expect([i, ws.getCell(i + 2, 9).value ?? null]).toEqual([i, c >= 0 ? codes[c] : null]);
    }
    const rules = cfs(ws);
    expect(rules).toHaveLength(1);
    expect(rules[0].ref).toBe("A2:J242");
    expect(rules[0].rules.map((r) => r.formulae[0])).toEqual(['$I2="A"', '$I2="B"', '$I2="C"']);
    expect(rules[0].rules.map((r) => r.style.fill.bgColor.argb)).toEqual(["FFC6EFCE", "FFFFEB9C", "FFB3C4C9"]);
    expect(rules[0].rules.map((r) => r.style.font.color.argb)).toEqual(["FF006100", "FF7A4500", "FF263238"]);
    // The tag column: a header and a drop-down of seed 004's types.
    expect(ws.getCell("J1").value).toBe("Customer type");
    expect(ws.getCell("J2").dataValidation).toMatchObject({ type: "list", formulae: ['"Driver,Analyst,Amiable,Expressive,Looker,Discount seeker,Researcher,Impulse,Need-based,Switching,Unsure"'] });
    const summary = wb.getWorksheet("Segments ABC") as ExcelJS.Worksheet;
    expect(summary.getCell("A7").value).toBe("Class");
    expect(summary.getCell("A8").value).toBe("A");
    expect(summary.getCell("B8").value).toEqual({ formula: 'COUNTIF(Customers!$I$2:$I$242,"A")', result: prepared.run.explanation.classes[0].customers });
    // Settings survive save and reopen, in a very hidden sheet.
    expect(wb.getWorksheet(SETTINGS_SHEET)?.state).toBe("veryHidden");
    const { port } = createExcelJsAdapter(wb, { sheet: "Customers", row: 1, col: 1 });
    const saved = await port.listSaved();
    expect(saved.map((s) => [s.methodId, s.classColumn, s.footprint.sheets])).toEqual([["ABC", 8, ["Segments ABC"]]]);
  });

  test("Remove, after saving and reopening, restores every sheet cell for cell", async () => {
    const original = sheetValues(await loadXlsx(SAMPLE_XLSX));
    const { workbook, plan } = await applyToSample({ tags: true });
    const reopened = await roundTrip(workbook);
    const { port } = createExcelJsAdapter(reopened, { sheet: "Customers", row: 1, col: 1 });
    await port.remove(plan.id);
    const after = await roundTrip(reopened);
    expect(sheetValues(after)).toEqual(original);
    expect(cfs(after.getWorksheet("Customers") as ExcelJS.Worksheet) ?? []).toHaveLength(0);
    expect(after.worksheets.map((w) => w.name)).toEqual(["Customers", "Orders", "Monthly", "Purchases"]);
    expect((after.getWorksheet("Customers") as ExcelJS.Worksheet).getCell("J2").dataValidation).toBeUndefined();
  });

  test("a second segmentation gets the next column and priority over the first", async () => {
    const first = await applyToSample();
    const { port } = createExcelJsAdapter(first.workbook, { sheet: "Customers", row: 2, col: 1 });
    const source = (await port.locateSource())!;
    const choice = { methodId: "PARETO", params: {}, roles: { value: 3, name: 1 }, output: "values" as const, tones: {}, summary: false, tags: false, language: "en" as const };
    const prepared = await prepare(port, source.ref, choice);
    const plan = await buildPlan(port, source.ref, source.columnNames, choice, prepared, "pareto-test", new Date(0));
    await port.apply(plan);
    const rules = cfs(first.workbook.getWorksheet("Customers") as ExcelJS.Worksheet);
    expect(rules.map((r) => r.ref)).toEqual(["A2:I242", "A2:J242"]);
    expect(rules[1].rules.map((r) => [r.formulae[0], r.priority])).toEqual([
      ['$J2="VITAL"', 1],
      ['$J2="REST"', 2],
      ['$J2="LOSS"', 3],
    ]);
    expect(rules[0].rules.map((r) => r.priority)).toEqual([4, 5, 6]);
  });
});

describe("text that looks like a formula stays text", () => {
  test("customers named =1+1 and @SUM(A1) are written and read back as text", async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("Customers");
    ws.addRows([["Customer", "Revenue"], ["=1+1", 900], ["@SUM(A1)", 800], ["-42", 10], ["Plain", 5]]);
    const file = path.join(os.tmpdir(), `text-safety-${process.pid}.xlsx`);
    await wb.xlsx.writeFile(file);
    // No Table here: the source is the region around the active cell (B3).
    const { workbook } = await applyToSample({ roles: { name: 0, value: 1 } }, file);
    fs.rmSync(file, { force: true });
    const back = await roundTrip(workbook);
    const data = back.getWorksheet("Customers") as ExcelJS.Worksheet;
    expect(data.getCell("A2").value).toBe("=1+1");
    expect(data.getCell("A3").value).toBe("@SUM(A1)");
    expect(data.getCell("A4").value).toBe("-42");
    // The summary's top customers repeat the names: still text, never formulas.
    const summary = back.getWorksheet("Segments ABC") as ExcelJS.Worksheet;
    const names: unknown[] = [];
    summary.eachRow((row) => names.push(row.getCell(1).value));
    expect(names).toEqual(expect.arrayContaining(["=1+1", "@SUM(A1)", "-42"]));
  });
});
