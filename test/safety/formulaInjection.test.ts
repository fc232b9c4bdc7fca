/**
 * Formula injection, closed on every path where the add-in writes text that came from the user:
 * customer names and IDs (summary's top customers, history rows, the transitions sheet's movers),
 * column headers (summary's "Value column"), the sheet name (summary's "Data",
 * and inside our own formulas as a quoted sheet reference), and cells put back by Remove.
 * Names like `=cmd|' /C calc'!A0`, `+1+1`, `-2+3`, `@SUM(A1)`, `=HYPERLINK("http://x")` go
 * through apply, refresh (history + transitions) and remove, through ExcelJS and through the
 * Office.js adapter on the fake Excel, and must come out as text:
 * - ExcelJS: a string cell (never a formula), also after saving and reopening the file;
 * - Office.js: written with the apostrophe prefix (officeText.ts), so Excel stores text and
 *   reads it back without the apostrophe; the fake applies Excel's typing rules to check that.
 * And no formula the add-in writes contains any of the payloads outside a quoted sheet name.
 */
import ExcelJS from "exceljs";
import fc from "fast-check";
import { createExcelJsAdapter } from "../../src/workbook/exceljsAdapter";
import { createOfficeAdapter } from "../../src/workbook/officeAdapter";
import { needsQuotePrefix, officeFormulaCell } from "../../src/workbook/officeText";
import { WorkbookPort } from "../../src/workbook/port";
import { refreshSaved } from "../../src/workbook/refresh";
import { buildPlan, Choice, prepare } from "../../src/workbook/segmentation";
import { FakeExcel } from "../workbook/helpers/fakeExcel";
import { saveAndReopen } from "./helpers/userWorkbook";

const PAYLOADS = [
  "=cmd|' /C calc'!A0",
  "+1+1",
  "-2+3",
  "@SUM(A1)",
  '=HYPERLINK("http://x","click")',
  "=1+1",
  "\t=2+2",
  " =3+3",
  '=DDE("cmd";"/C calc";"x")',
  '=IMPORTXML("http://x","//a")',
  "'=quoted",
  "-",
  "@",
];
/** Text that marks a payload inside a formula. */
const MARKERS = ["cmd|", "HYPERLINK", "@SUM", "SUM(A1)", "DDE(", "IMPORTXML", "calc", "+1+1", "-2+3", "=2+2", "=3+3", "quoted"];

const SHEET = "=cmd|' -C calc'!A0";
const HEADERS = ["=1+1 ID", "@Name", '=HYPERLINK("http://x","Revenue")', "+Profit+1"];
const N = 24;

/** Customer i: payload IDs and names for the first ones, with the highest values (so they are the top customers). */
function customer(i: number, month: 0 | 1): [string, string, number, number] {
  const p = PAYLOADS[i % PAYLOADS.length];
  const id = i < PAYLOADS.length ? p : `C${i}`;
  const name = i < PAYLOADS.length ? p : `Customer ${i}`;
  // The second month moves some payload customers down and others up (movers on the transitions sheet).
  const value = i < PAYLOADS.length ? (month === 1 && i % 2 === 0 ? 5 + i : 10_000 - i * 10) : 100 + i * (month === 1 ? 40 : 3);
  return [id, name, value, Math.round(value / 4)];
}

const choice = (methodId: string, summary = true): Choice => ({
  methodId,
  params: {},
  roles: { id: 0, name: 1, value: 2, second: 3 },
  output: "values",
  tones: {},
  summary,
  tags: true,
  language: "en",
  history: true,
});

/** Apply ABC and quadrants (first month), then change the values and refresh both (second month). */
async function session(port: WorkbookPort, select: () => void, setMonth: (m: 1) => void): Promise<void> {
  const ids: string[] = [];
  for (const methodId of ["ABC", "QUADRANT"]) {
    select();
    const source = (await port.locateSource())!;
    const c = { ...choice(methodId), asOf: 45_000 };
    const prepared = await prepare(port, source.ref, c);
    const plan = await buildPlan(port, source.ref, source.columnNames, c, prepared, `${methodId.toLowerCase()}-inj`, new Date(Date.UTC(2023, 2, 15)));
    await port.apply(plan);
    ids.push(plan.id);
  }
  setMonth(1);
  for (const saved of await port.listSaved()) await refreshSaved(port, saved, "en", new Date(Date.UTC(2023, 3, 15)), { asOf: 45_031 });
}

/** A formula's text with quoted sheet names ('…'!) taken out: what is left must be ours. */
function outsideSheetNames(formula: string): string {
  return formula.replace(/'(?:[^']|'')*'!/g, "'sheet'!");
}

function formulaProblems(formula: string): string[] {
  const rest = outsideSheetNames(formula);
  return MARKERS.filter((m) => rest.includes(m)).map((m) => `${m} in ${formula}`);
}

// ---------------------------------------------------------------- ExcelJS

function hostileXlsx(): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet(SHEET);
  ws.addRow(HEADERS);
  for (let i = 0; i < N; i++) ws.addRow(customer(i, 0));
  wb.addWorksheet("Notes").getCell("A1").value = "=not a formula";
  return wb;
}

interface Found {
  strings: Map<string, Set<string>>; // text → sheets where it is a string cell
  formulas: number;
  problems: string[];
}

function scanXlsx(wb: ExcelJS.Workbook): Found {
  const found: Found = { strings: new Map(), formulas: 0, problems: [] };
  wb.eachSheet((ws) => {
    ws.eachRow({ includeEmpty: false }, (row) =>
      row.eachCell({ includeEmpty: false }, (cell) => {
        const v = cell.value as unknown;
        if (typeof v === "string") {
          if (cell.type !== ExcelJS.ValueType.String) found.problems.push(`${ws.name}!${cell.address}: a string value of type ${cell.type}`);
          const at = found.strings.get(v) ?? new Set<string>();
          at.add(ws.name);
          found.strings.set(v, at);
        } else if (v && typeof v === "object" && ("formula" in v || "sharedFormula" in v)) {
          found.formulas++;
          const f = String((v as { formula?: string; sharedFormula?: string }).formula ?? (v as { sharedFormula?: string }).sharedFormula);
          found.problems.push(...formulaProblems(f).map((p) => `${ws.name}!${cell.address}: ${p}`));
        } else if (v && typeof v === "object" && ("richText" in v || "hyperlink" in v)) {
          found.problems.push(`${ws.name}!${cell.address}: rich text or hyperlink written`);
        }
      }),
    );
  });
  return found;
}

function expectCovered(found: Found, sheetNames: readonly string[]): void {
  const sheetsWith = (text: string): string[] => [...(found.strings.get(text) ?? [])];
  const summary = sheetNames.find((n) => n.startsWith("Segments ABC"));
  const history = sheetNames.find((n) => /history/i.test(n));
  const transitions = sheetNames.find((n) => /transition|movement|→/i.test(n) && n !== history);
  expect({ summary: Boolean(summary), history: Boolean(history), transitions: Boolean(transitions) }).toEqual({ summary: true, history: true, transitions: true });
  for (const p of PAYLOADS) {
    // Every payload ID is in the history; every payload name is a top customer on the summary, or
    // (those whose value fell in the second month) a mover on the transitions sheet.
    const at = sheetsWith(p);
    expect({ p, inHistory: at.includes(history as string), named: at.includes(summary as string) || at.includes(transitions as string) }).toEqual({ p, inHistory: true, named: true });
  }
  expect(PAYLOADS.filter((p) => sheetsWith(p).includes(summary as string)).length).toBeGreaterThanOrEqual(5);
  expect(PAYLOADS.filter((p) => sheetsWith(p).includes(transitions as string)).length).toBeGreaterThanOrEqual(5);
  // The hostile sheet name and headers reached the summary as text.
  expect([...found.strings.keys()].some((t) => t.startsWith(`${SHEET}!`))).toBe(true);
  expect(sheetsWith(HEADERS[2])).toContain(summary);
}

describe("the scans are not blind", () => {
  test("a payload entered as a formula, or as text without the prefix, is reported", async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet("S").getCell("A1").value = { formula: "cmd|' /C calc'!A0", result: 0 } as ExcelJS.CellValue;
    wb.getWorksheet("S")!.getCell("A2").value = { formula: "COUNTIF('=cmd|'' -C calc''!A0'!$I$2:$I$9,\"A\")", result: 1 } as ExcelJS.CellValue;
    // (In A1 the DDE's quoted part looks like a sheet name and is skipped; "cmd|" is still seen.
    // A2 is our own formula on a sheet with a hostile name: the name is quoted, nothing to report.)
    expect(scanXlsx(wb).problems).toEqual(["S!A1: cmd| in cmd|' /C calc'!A0"]);

    const excel = new FakeExcel();
    excel.addSheet("S");
    await excel.run(async (context) => {
      context.workbook.worksheets.getItem("S").getRangeByIndexes(0, 0, 2, 1).formulas = [["=HYPERLINK(\"http://x\")"], ["@SUM(A1)"]];
      await context.sync();
    });
    excel.sheet("S").cells.set("2,0", { formula: "+1+1", value: "+1+1" });
    expect(scanFake(excel).problems).toEqual([
      'S!0,0: HYPERLINK in =HYPERLINK("http://x")',
      "S!1,0: SUM(A1) in =SUM(A1)",
      'S!2,0: "+1+1" stored without the text prefix',
    ]);
  });
});

describe("formula injection through ExcelJS", () => {
  test("every payload is written as a string on every path, and stays one after save and reopen", async () => {
    let wb = await saveAndReopen(hostileXlsx());
    const { port, backend } = createExcelJsAdapter(wb, { sheet: SHEET, row: 2, col: 1 });
    await session(
      port,
      () => backend.select({ sheet: SHEET, row: 2, col: 1 }),
      (m) => {
        const ws = wb.getWorksheet(SHEET) as ExcelJS.Worksheet;
        for (let i = 0; i < N; i++) ws.getCell(i + 2, 3).value = customer(i, m)[2];
      },
    );
    const inMemory = scanXlsx(wb);
    expect(inMemory.problems).toEqual([]);
    expect(inMemory.formulas).toBeGreaterThan(20); // our own formulas are there, and clean
    expectCovered(inMemory, wb.worksheets.map((w) => w.name));

    wb = await saveAndReopen(wb);
    const reopened = scanXlsx(wb);
    expect(reopened.problems).toEqual([]);
    expectCovered(reopened, wb.worksheets.map((w) => w.name));
    // The user's cells are untouched text too.
    expect((wb.getWorksheet("Notes") as ExcelJS.Worksheet).getCell("A1").type).toBe(ExcelJS.ValueType.String);
  });
});

// ---------------------------------------------------------------- Office.js

function hostileFake(): FakeExcel {
  const excel = new FakeExcel();
  excel.addSheet(SHEET);
  const typed = (r: number, c: number, v: string | number): void => {
    // As a careful user typed them: text that looks like a formula with an apostrophe.
    if (typeof v === "string" && needsQuotePrefix(v)) excel.sheet(SHEET).cells.set(`${r},${c}`, { formula: v, value: v, quotePrefix: true });
    else excel.setValue(SHEET, r, c, v);
  };
  HEADERS.forEach((h, c) => typed(0, c, h));
  for (let i = 0; i < N; i++) customer(i, 0).forEach((v, c) => typed(i + 1, c, v));
  excel.active = { sheet: SHEET, row: 2, col: 1 };
  excel.selection = { row: 0, col: 0, rows: N + 1, cols: 4 };
  return excel;
}

function scanFake(excel: FakeExcel): Found {
  const found: Found = { strings: new Map(), formulas: 0, problems: [] };
  for (const s of excel.sheets) {
    for (const [at, cell] of s.cells) {
      if (typeof cell.formula === "string" && cell.formula.startsWith("=") && !cell.quotePrefix) {
        // Entered as a formula (the fake shows "#FORMULA" for formulas it cannot compute).
        found.formulas++;
        found.problems.push(...formulaProblems(cell.formula).map((p) => `${s.name}!${at}: ${p}`));
        continue;
      }
      if (typeof cell.value === "string") {
        if (needsQuotePrefix(cell.value) && !cell.quotePrefix) found.problems.push(`${s.name}!${at}: ${JSON.stringify(cell.value)} stored without the text prefix`);
        const where = found.strings.get(cell.value) ?? new Set<string>();
        where.add(s.name);
        found.strings.set(cell.value, where);
      }
    }
  }
  return found;
}

describe("formula injection through Office.js (fake Excel)", () => {
  test("every payload is written with the text prefix on every path, and Remove puts back text as text", async () => {
    const excel = hostileFake();
    const port = createOfficeAdapter({ run: excel.run });
    await session(
      port,
      () => undefined,
      (m) => {
        for (let i = 0; i < N; i++) excel.setValue(SHEET, i + 1, 2, customer(i, m)[2]);
      },
    );
    const found = scanFake(excel);
    expect(found.problems).toEqual([]);
    expect(found.formulas).toBeGreaterThan(20);
    expectCovered(found, excel.sheets.map((s) => s.name));
    // Remove everything: the user's payload cells are still text.
    for (const s of await port.listSaved()) await port.remove(s.id);
    expect(scanFake(excel).problems).toEqual([]);
  });

  test("overwritten with consent, a user's formula-looking text comes back as text", async () => {
    const excel = hostileFake();
    const port = createOfficeAdapter({ run: excel.run });
    const source = (await port.locateSource())!;
    const c = { ...choice("ABC", false), history: false, tags: false };
    const prepared = await prepare(port, source.ref, c);
    const plan = await buildPlan(port, source.ref, source.columnNames, c, prepared, "abc-consent", new Date(0));
    PAYLOADS.slice(0, 5).forEach((p, i) => excel.sheet(SHEET).cells.set(`${i + 2},${plan.saved.classColumn}`, { formula: p, value: p, quotePrefix: true }));
    const report = await port.findOccupied(plan, 100);
    expect(report.total).toBe(5);
    await port.apply(plan, { overwrite: report.cells });
    await port.remove(plan.id);
    PAYLOADS.slice(0, 5).forEach((p, i) => expect(excel.sheet(SHEET).cells.get(`${i + 2},${plan.saved.classColumn}`)).toEqual({ formula: p, value: p, quotePrefix: true }));
  });

  test("any string at all, written the way the adapter writes text, is stored as that text (property)", async () => {
    const excel = new FakeExcel();
    excel.addSheet("S");
    const dangerous = fc.constantFrom("=", "+", "-", "@", "'", "\t", " ", "\r", "#", "(", "0", "1");
    const text = fc.oneof(fc.tuple(dangerous, fc.string()).map(([a, b]) => a + b), fc.string(), fc.constantFrom(...PAYLOADS, "TRUE", "false", "Jan 5", "1e5", "00123", "-0"));
    await fc.assert(
      fc.asyncProperty(text, async (s) => {
        await excel.run(async (context) => {
          context.workbook.worksheets.getItem("S").getRangeByIndexes(0, 0, 1, 1).formulas = [[officeFormulaCell(s)]];
          await context.sync();
        });
        const cell = excel.sheet("S").cells.get("0,0");
        if (s === "") return cell === undefined;
        return cell !== undefined && cell.value === s && (cell.quotePrefix === true || !/^[=+\-@]/.test(s));
      }),
      { seed: 7, numRuns: 2000 },
    );
  });
});
