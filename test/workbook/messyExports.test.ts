/**
 * Real exports through the pane's workflow (in-memory workbook, the preview's model): repeated
 * customer IDs, total rows (a label, a =SUM formula, an Excel Table's totals row), numbers stored
 * as text in both conventions, and #N/A from a lookup. Each messy sheet must give the classes the
 * clean sheet of the same customers gives — or refuse — never a silently different answer.
 */
import { MemoryWorkbook } from "../../src/workbook/model/memoryWorkbook";
import { createGridAdapter } from "../../src/workbook/model/gridAdapter";
import { CellInput, Scalar } from "../../src/workbook/plan";
import { createOfficeAdapter } from "../../src/workbook/officeAdapter";
import { FakeExcel } from "./helpers/fakeExcel";
import { WorkbookPort } from "../../src/workbook/port";
import { guessRoles } from "../../src/workbook/roles";
import { refreshSaved } from "../../src/workbook/refresh";
import { buildPlan, Choice, prepare, readInput, RepeatedIdsError } from "../../src/workbook/segmentation";
import { conversions, decimalMarkOf, findTextNumbers, parseTextNumber } from "../../src/workbook/textNumbers";
import { findTotalRows, isTotalLabel } from "../../src/workbook/dataChecks";

const NOW = new Date(Date.UTC(2024, 11, 31));

function book(rows: readonly (readonly CellInput[])[], table?: { totals: boolean }): { wb: MemoryWorkbook; port: WorkbookPort } {
  const wb = new MemoryWorkbook();
  wb.addSheet("Data");
  rows.forEach((row, r) => row.forEach((v, c) => v !== null && wb.setCell("Data", r, c, v)));
  if (table) wb.addTable("Data", { name: "Sales", range: { row: 0, col: 0, rows: rows.length, cols: rows[0].length }, hasHeader: true, hasTotals: table.totals });
  wb.select("Data", 1, 0);
  return { wb, port: createGridAdapter(wb) };
}

async function choiceFor(port: WorkbookPort, over: Partial<Choice> = {}): Promise<Choice> {
  const source = (await port.locateSource())!;
  return { methodId: "ABC", params: {}, roles: guessRoles(source.columnNames, source.sample).single, output: "values", tones: {}, summary: true, tags: false, language: "en", ...over };
}

/** Class per data row, as the pane would write it (null: no class). */
async function classesOf(port: WorkbookPort, choice: Choice): Promise<(string | null)[]> {
  const source = (await port.locateSource())!;
  const prepared = await prepare(port, source.ref, choice);
  return Array.from({ length: source.ref.range.rows - 1 }, (_, i) => {
    const k = prepared.input.rowCustomer ? prepared.input.rowCustomer[i] : i;
    const c = k >= 0 ? prepared.run.classIndex[k] : -1;
    return c >= 0 ? prepared.run.codes[c] : null;
  });
}

/** 10 customers, 30 order lines: K0001 has lines worth 5, 400 and 90 000 … */
const LINES: [string, number][] = [];
for (let k = 1; k <= 10; k++) for (let j = 0; j < 3; j++) LINES.push([`K${String(k).padStart(4, "0")}`, ((k * 7919 + j * 104729) % 9973) * (k === 1 && j === 2 ? 40 : 1)]);

describe("repeated customer IDs", () => {
  const rows: CellInput[][] = [["Customer ID", "Revenue"], ...LINES.map(([id, v]) => [id, v])];

  test("found before the preview, and Apply refuses until they are added up", async () => {
    const { port } = book(rows);
    const choice = await choiceFor(port);
    const source = (await port.locateSource())!;
    const prepared = await prepare(port, source.ref, choice);
    expect(prepared.findings.repeated).toEqual({ role: "id", customers: 10, rows: 30, examples: ["K0001", "K0002", "K0003"] });
    await expect(buildPlan(port, source.ref, source.columnNames, choice, prepared, "t-1", NOW)).rejects.toBeInstanceOf(RepeatedIdsError);
  });

  test("added up per customer: one class per customer on each of its rows, the same as the clean sheet's", async () => {
    const { port } = book(rows);
    const messy = await classesOf(port, await choiceFor(port, { perCustomer: true }));
    const sums = new Map<string, number>();
    for (const [id, v] of LINES) sums.set(id, (sums.get(id) ?? 0) + v);
    const clean = book([["Customer ID", "Revenue"], ...[...sums].map(([id, v]) => [id, v])]);
    const cleanClasses = await classesOf(clean.port, await choiceFor(clean.port));
    const byId = new Map([...sums.keys()].map((id, i) => [id, cleanClasses[i]]));
    expect(messy).toEqual(LINES.map(([id]) => byId.get(id)));
    // K0001 is one customer with one class on all three of its lines.
    expect(new Set(messy.slice(0, 3)).size).toBe(1);
    expect(cleanClasses.filter((c) => c === "A").length).toBeGreaterThan(0);
  });

  test("applied added up: the class column holds each customer's class on every line; a refresh adds up again", async () => {
    const { wb, port } = book(rows);
    const choice = await choiceFor(port, { perCustomer: true });
    const source = (await port.locateSource())!;
    const prepared = await prepare(port, source.ref, choice);
    const saved = await port.apply(await buildPlan(port, source.ref, source.columnNames, choice, prepared, "t-1", NOW));
    expect(saved.perCustomer).toBe(true);
    const written = LINES.map((_, i) => wb.getCell("Data", i + 1, saved.classColumn));
    expect(written).toEqual(await classesOf(port, choice));
    wb.setCell("Data", 31, 0, "K0002");
    wb.setCell("Data", 31, 1, 1_000_000);
    const result = await refreshSaved(port, (await port.listSaved())[0], "en", NOW);
    expect(wb.getCell("Data", 31, result.saved.classColumn)).toBe("A");
    expect(wb.getCell("Data", 4, result.saved.classColumn)).toBe("A"); // K0002's first line
  });

  test("a segmentation applied row by row refuses to refresh once IDs repeat", async () => {
    const { wb, port } = book([["Customer ID", "Revenue"], ...[...new Set(LINES.map(([id]) => id))].map((id, i) => [id, 100 * (i + 1)])]);
    const choice = await choiceFor(port);
    const source = (await port.locateSource())!;
    const prepared = await prepare(port, source.ref, choice);
    await port.apply(await buildPlan(port, source.ref, source.columnNames, choice, prepared, "t-1", NOW));
    wb.setCell("Data", 11, 0, "K0003");
    wb.setCell("Data", 11, 1, 5);
    await expect(refreshSaved(port, (await port.listSaved())[0], "en", NOW)).rejects.toBeInstanceOf(RepeatedIdsError);
  });

  test("a method reading a rate cannot add up: the pane offers no sum", async () => {
    const { canAddUp } = await import("../../src/workbook/dataChecks");
    const { findMethod } = await import("../../src/workbook/methods/registry");
    expect(canAddUp(findMethod("ABC")!)).toBe(true);
    expect(canAddUp(findMethod("RFM_SEGMENTS")!)).toBe(true);
    expect(findMethod("QUADRANT")!.roles).toContain("second");
    expect(canAddUp(findMethod("QUADRANT")!)).toBe(false);
  });
});

/** 17 real A-heavy customers, then a total row. */
const CUSTOMERS: [string, string, number][] = Array.from({ length: 40 }, (_, i) => [`C${100 + i}`, `고객 ${i + 1}`, Math.round(1000 * Math.pow(0.88, i)) + 10]);
const TOTAL = CUSTOMERS.reduce((s, c) => s + c[2], 0);

describe("total rows", () => {
  test("a 'Total' row with =SUM is left out; every real customer keeps the class of the sheet without it", async () => {
    const clean = book([["ID", "Name", "Revenue"], ...CUSTOMERS]);
    const cleanClasses = await classesOf(clean.port, await choiceFor(clean.port));
    const messy = book([["ID", "Name", "Revenue"], ...CUSTOMERS, ["Total", null, { formula: `=SUM(C2:C${CUSTOMERS.length + 1})`, value: TOTAL }]]);
    const choice = await choiceFor(messy.port);
    const source = (await messy.port.locateSource())!;
    const prepared = await prepare(messy.port, source.ref, choice);
    expect(prepared.findings.totals).toEqual([{ row: 40, reason: "formula" }]);
    expect(await classesOf(messy.port, choice)).toEqual([...cleanClasses, null]);
    expect(prepared.run.explanation.total.customers).toBe(40);
  });

  test("without the check the total would take A and demote real A customers (why this matters)", async () => {
    const clean = book([["ID", "Name", "Revenue"], ...CUSTOMERS]);
    const cleanClasses = await classesOf(clean.port, await choiceFor(clean.port));
    const asCustomer = book([["ID", "Name", "Revenue"], ...CUSTOMERS, ["C999", "Someone", TOTAL]]);
    const classes = await classesOf(asCustomer.port, await choiceFor(asCustomer.port));
    const demoted = cleanClasses.filter((c, i) => c === "A" && classes[i] !== "A").length;
    expect(demoted).toBeGreaterThan(0);
  });

  test("labels in Korean and Chinese, in the name column or the first column, and subtotals in the middle", async () => {
    const rows: CellInput[][] = [["Region", "ID", "Name", "Revenue"]];
    CUSTOMERS.slice(0, 10).forEach((c) => rows.push(["Seoul", ...c]));
    rows.push([" 소계 ", null, null, 9999]);
    CUSTOMERS.slice(10, 20).forEach((c) => rows.push(["Shanghai", ...c]));
    rows.push(["", null, "小计", 8888]);
    rows.push(["합계", null, null, 18887]);
    const { port } = book(rows);
    const choice = await choiceFor(port);
    const source = (await port.locateSource())!;
    const prepared = await prepare(port, source.ref, choice);
    expect(prepared.findings.totals).toEqual([
      { row: 10, reason: "label", label: "소계" },
      { row: 21, reason: "label", label: "小计" },
      { row: 22, reason: "label", label: "합계" },
    ]);
    expect(prepared.run.explanation.total.customers).toBe(20);
  });

  test("an Excel Table's totals row (SUBTOTAL) is not a customer", async () => {
    const { port } = book([["ID", "Name", "Revenue"], ...CUSTOMERS, [null, null, { formula: "=SUBTOTAL(109,[Revenue])", value: TOTAL }]], { totals: true });
    const source = (await port.locateSource())!;
    expect(source.ref.tableTotals).toBe(true);
    const prepared = await prepare(port, source.ref, await choiceFor(port));
    expect(prepared.findings.totals).toEqual([{ row: 40, reason: "tableTotals" }]);
    expect((await classesOf(port, await choiceFor(port)))[40]).toBeNull();
  });

  test("the words: any case, trimmed, with units; not a customer whose name merely contains them", () => {
    for (const t of ["Total", " TOTAL ", "Grand Total", "Subtotal", "SUM", "합계", "소계", "총계", "合计", "小计", "总计", "Total (KRW)"]) expect([t, isTotalLabel(t)]).toEqual([t, true]);
    for (const t of ["Total Foods Ltd", "합계상사", "Summit Traders", "", 0]) expect([t, isTotalLabel(t)]).toEqual([t, false]);
    expect(findTotalRows({ input: { rowCount: 2, columns: {} }, valueFormulas: ["=B2*2", "=_xlfn.AGGREGATE(9,6,C2:C9)"] })).toEqual([{ row: 1, reason: "formula" }]);
  });
});

describe("numbers stored as text and error cells", () => {
  test("both conventions read right; the column decides, or the pane asks", () => {
    expect(decimalMarkOf(["1,234.50", "2,000"])).toBe(".");
    expect(decimalMarkOf(["1.234,50", "2.000"])).toBe(",");
    expect(decimalMarkOf(["1,234,567", "12,000"])).toBe(".");
    expect(decimalMarkOf(["12,5", "3,25"])).toBe(",");
    expect(decimalMarkOf(["1,234", "5,678"])).toBe("ask");
    expect(decimalMarkOf(["1,234.5", "1.234,5"])).toBe("ask");
    expect(decimalMarkOf(["1200", "35"])).toBe(".");
    expect(parseTextNumber("1,234", ".")).toBe(1234);
    expect(parseTextNumber("1,234", ",")).toBe(1.234);
    expect(parseTextNumber("1.234,5", ",")).toBe(1234.5);
    expect(parseTextNumber("₩ 12,500", ".")).toBe(12500);
    expect(parseTextNumber("(300)", ".")).toBe(-300);
    expect(parseTextNumber("-1 234,5", ",")).toBe(-1234.5);
    expect(parseTextNumber("15%", ".")).toBeCloseTo(0.15, 12);
    expect(parseTextNumber("K0001", ".")).toBeNull();
  });

  test("Convert writes the numbers into exactly the cells that still hold the text; a Text-formatted cell becomes General", async () => {
    const { wb, port } = book([["ID", "Revenue"], ["A1", "1,234"], ["A2", 500], ["A3", "2,000"], ["A4", "12,345"]]);
    wb.setCell("Data", 3, 1, "2,000", "@");
    const choice = await choiceFor(port, { roles: { id: 0, value: 1 } });
    const source = (await port.locateSource())!;
    const prepared = await prepare(port, source.ref, choice);
    expect(prepared.run.explanation.numericText).toBe(3);
    const cells = findTextNumbers(await readInput(port, source.ref, choice), source.ref, choice.roles);
    expect(cells.map((c) => [c.row, c.col, c.text])).toEqual([[1, 1, "1,234"], [3, 1, "2,000"], [4, 1, "12,345"]]);
    wb.setCell("Data", 4, 1, "typed since"); // the user changed one before pressing Convert
    expect(await port.convertTextNumbers("Data", conversions(cells, "."))).toBe(2);
    expect([wb.getCell("Data", 1, 1), wb.getCell("Data", 3, 1), wb.getCell("Data", 4, 1)]).toEqual([1234, 2000, "typed since"]);
    expect(wb.getCellFormat("Data", 3, 1)).toBe("General");
    const after = await prepare(port, source.ref, choice);
    expect([after.run.explanation.total.customers, after.run.explanation.numericText]).toEqual([3, 0]);
  });

  test("a whole column of text gives no customer (the pane turns Apply off), and Show selects the cells", async () => {
    const { wb, port } = book([["ID", "Revenue"], ["A1", "1,234"], ["A2", "500"]]);
    const choice = await choiceFor(port, { roles: { id: 0, value: 1 } });
    const source = (await port.locateSource())!;
    const prepared = await prepare(port, source.ref, choice);
    expect(prepared.run.explanation.total.customers).toBe(0);
    await port.selectCells("Data", [{ row: 2, col: 1 }]);
    expect([wb.activeCell(), wb.isSelected("Data", 2, 1)]).toEqual([{ sheet: "Data", row: 2, col: 1 }, true]);
  });

  test("#N/A from a lookup counts as an error, not as text", async () => {
    const { port } = book([["ID", "Revenue"], ["A1", 100], ["A2", { formula: "=VLOOKUP(A3,Prices!A:B,2,FALSE)", value: "#N/A" }], ["A3", 50], ["A4", null]]);
    const choice = await choiceFor(port, { roles: { id: 0, value: 1 } });
    const source = (await port.locateSource())!;
    const prepared = await prepare(port, source.ref, choice);
    expect([prepared.run.explanation.errors, prepared.run.explanation.notCustomers, prepared.run.explanation.total.customers]).toEqual([1, 1, 2]);
  });
});

describe("an orders export → one row per customer", () => {
  /** 10,000 order lines of 800 customers over 2024, Chinese headers as a Chinese ERP writes them. */
  function ordersBook(): { wb: MemoryWorkbook; port: WorkbookPort; lines: [string, number, number][] } {
    let seed = 7;
    const rand = (): number => ((seed = (seed * 48271) % 2147483647) / 2147483647);
    const lines: [string, number, number][] = [];
    for (let i = 0; i < 10_000; i++) lines.push([`C${String(1 + Math.floor(rand() * rand() * 800)).padStart(4, "0")}`, 45292 + Math.floor(rand() * 366), Math.round(rand() * 5000) + 100]);
    const { wb, port } = book([["客户编号", "订单日期", "销售金额"], ...lines]);
    return { wb, port, lines };
  }

  test("offered on order lines, not on a customer table", async () => {
    const { looksLikeOrders } = await import("../../src/workbook/customerSheet");
    const { port } = ordersBook();
    const source = (await port.locateSource())!;
    const roles = guessRoles(source.columnNames, source.sample).single;
    expect([roles.id, roles.date, roles.value]).toEqual([0, 1, 2]);
    expect(looksLikeOrders(source, roles)).toBe(true);
    const customers = book([["ID", "Name", "Revenue"], ...CUSTOMERS]);
    const cs = (await customers.port.locateSource())!;
    expect(looksLikeOrders(cs, guessRoles(cs.columnNames, cs.sample).single)).toBe(false);
  });

  test("the pane says to summarise first only for the methods the customer sheet serves", async () => {
    const { runsOnCustomerSheet } = await import("../../src/workbook/customerSheet");
    const { METHODS } = await import("../../src/workbook/methods/registry");
    const served = METHODS.filter(runsOnCustomerSheet).map((m) => m.id);
    // A second measure (a rate) or month columns are not on the sheet: summarising would not help.
    expect(served).toEqual(["ABC", "ABCD", "PARETO", "TENURE_SIZE", "RFM_SEGMENTS", "RFM8", "LIFECYCLE", "CLV"]);
  });

  test.each(["en", "ko", "zh-CN"] as const)("the customer sheet (%s) holds each customer's orders, amount and dates, and RFM runs on it", async (language) => {
    const { customerSheet } = await import("../../src/workbook/customerSheet");
    const { wb, port, lines } = ordersBook();
    const source = (await port.locateSource())!;
    const [ids, dates, amounts] = await port.readColumns(source.ref, [0, 1, 2]);
    const made = customerSheet("Customers", ids, dates, amounts, language);
    await port.addUserSheet(made.sheet);
    // Independently: per customer the distinct days, the sum and the first/last date.
    const expected = new Map<string, { days: Set<number>; amount: number; first: number; last: number }>();
    for (const [id, day, amount] of lines) {
      const e = expected.get(id) ?? { days: new Set<number>(), amount: 0, first: Infinity, last: -Infinity };
      e.days.add(day);
      e.amount += amount;
      e.first = Math.min(e.first, day);
      e.last = Math.max(e.last, day);
      expected.set(id, e);
    }
    expect(made.customers).toBe(expected.size);
    for (let r = 1; r <= expected.size; r++) {
      const e = expected.get(wb.getCell("Customers", r, 0) as string)!;
      expect([1, 2, 3, 4].map((c) => wb.getCell("Customers", r, c))).toEqual([e.first, e.last, e.days.size, e.amount]);
    }
    expect(wb.getCellFormat("Customers", 1, 1)).toBe("yyyy-mm-dd");
    // The pane locates the new sheet and guesses every role RFM needs from the headers it wrote.
    await port.selectCells("Customers", [{ row: 1, col: 0 }]);
    const customers = (await port.locateSource())!;
    const roles = guessRoles(customers.columnNames, customers.sample).single;
    expect([roles.id, roles.firstDate, roles.lastDate, roles.orders, roles.value]).toEqual([0, 1, 2, 3, 4]);
    const rfm = await prepare(port, customers.ref, { methodId: "RFM_SEGMENTS", params: {}, roles, perCustomer: false });
    expect(rfm.findings.repeated).toBeNull();
    expect(rfm.run.explanation.total.customers).toBe(expected.size);
    // The sheet is the user's: nothing lists it as a segmentation's.
    expect(await port.listSaved()).toEqual([]);
  });
});

describe("the same checks through Office.js (helpers/fakeExcel.ts)", () => {
  function excelBook(rows: readonly (readonly Scalar[])[], totals = false): { excel: FakeExcel; port: WorkbookPort } {
    const excel = new FakeExcel();
    excel.addSheet("Data");
    rows.forEach((row, r) => row.forEach((v, c) => v !== null && excel.setValue("Data", r, c, v)));
    if (totals) excel.tables.push({ name: "Sales", sheet: "Data", range: { row: 0, col: 0, rows: rows.length, cols: rows[0].length }, showHeaders: true, showTotals: true });
    excel.active = { sheet: "Data", row: 1, col: 0 };
    return { excel, port: createOfficeAdapter({ run: excel.run }) };
  }

  test("a =SUM total row is found by its formula (Range.formulas) and left out", async () => {
    const { excel, port } = excelBook([["ID", "Revenue"], ...CUSTOMERS.map((c) => [c[0], c[2]]), [null, null]]);
    excel.sheet("Data").cells.set("41,1", { formula: "=SUM(B2:B41)", value: TOTAL });
    const source = (await port.locateSource())!;
    const prepared = await prepare(port, source.ref, await choiceFor(port));
    expect(prepared.findings.totals).toEqual([{ row: 40, reason: "formula" }]);
    expect(prepared.run.explanation.total.customers).toBe(40);
  });

  test("a Table showing its totals row (Table.showTotals)", async () => {
    const { port } = excelBook([["ID", "Revenue"], ...CUSTOMERS.map((c) => [c[0], c[2]]), [null, TOTAL]], true);
    const source = (await port.locateSource())!;
    expect(source.ref.tableTotals).toBe(true);
    expect((await prepare(port, source.ref, await choiceFor(port))).findings.totals).toEqual([{ row: 40, reason: "tableTotals" }]);
  });

  test("Convert writes numbers where the text still is, a Text-formatted cell turns General; Show selects the cell", async () => {
    const { excel, port } = excelBook([["ID", "Revenue"], ["A1", "1.234,5"], ["A2", "2.000"], ["A3", 7]]);
    excel.sheet("Data").formats.set("B3:numberFormat", JSON.stringify(["@"]));
    const source = (await port.locateSource())!;
    const choice = await choiceFor(port, { roles: { id: 0, value: 1 } });
    const cells = findTextNumbers(await readInput(port, source.ref, choice), source.ref, choice.roles);
    expect(decimalMarkOf(cells.map((c) => c.text))).toBe(",");
    expect(await port.convertTextNumbers("Data", conversions(cells, ","))).toBe(2);
    expect([excel.sheet("Data").cells.get("1,1")?.value, excel.sheet("Data").cells.get("2,1")?.value]).toEqual([1234.5, 2000]);
    expect(excel.sheet("Data").formats.get("B3:numberFormat")).toBe(JSON.stringify(["General"]));
    await port.selectCells("Data", [{ row: 3, col: 1 }]);
    expect(excel.active).toEqual({ sheet: "Data", row: 3, col: 1 });
  });

  test("the customer sheet is written in blocks and is the user's", async () => {
    const { customerSheet } = await import("../../src/workbook/customerSheet");
    const { excel, port } = excelBook([["Customer ID", "Order Date", "Amount"], ["K1", 45300, 10], ["K1", 45310, 5], ["K2", 45305, 7]]);
    const made = customerSheet("Customers", ["K1", "K1", "K2"], [45300, 45310, 45305], [10, 5, 7], "en");
    await port.addUserSheet(made.sheet);
    const cells = excel.sheet("Customers").cells;
    expect([1, 2, 3, 4].map((c) => cells.get(`1,${c}`)?.value)).toEqual([45300, 45310, 2, 15]);
    await expect(port.addUserSheet(made.sheet)).rejects.toThrow(/exists/);
    expect(await port.listSaved()).toEqual([]);
  });
});

describe("ownership after the user edits a messy sheet", () => {
  test("added up with a total row: insert a column, rename the sheet, type into the total row's empty class cell — Refresh asks, Remove leaves it", async () => {
    const { OccupiedError } = await import("../../src/workbook/port");
    const rows: CellInput[][] = [["Customer ID", "Revenue"], ...LINES.map(([id, v]) => [id, v]), ["Total", { formula: "=SUM(B2:B31)", value: LINES.reduce((s, l) => s + l[1], 0) }]];
    const { wb, port } = book(rows);
    const choice = await choiceFor(port, { perCustomer: true });
    const source = (await port.locateSource())!;
    const prepared = await prepare(port, source.ref, choice);
    const saved = await port.apply(await buildPlan(port, source.ref, source.columnNames, choice, prepared, "t-1", NOW));
    expect(saved.classColumn).toBe(2);
    expect(wb.getCell("Data", 31, 2)).toBeNull(); // the total row gets no class
    const before = Array.from({ length: 32 }, (_, r) => [wb.getCell("Data", r, 0), wb.getCell("Data", r, 1)]);

    wb.insertColumns("Data", 0, 1); // data now in B:C, our classes in D
    wb.renameSheet("Data", "Sales 2024");
    wb.setCell("Sales 2024", 31, 3, "checked"); // the user's note where we left the cell empty

    const listed = (await port.listSaved())[0];
    expect(listed.problem).toBeUndefined();
    await expect(refreshSaved(port, listed, "en", NOW)).rejects.toBeInstanceOf(OccupiedError);
    expect(wb.getCell("Sales 2024", 31, 3)).toBe("checked");

    const report = await port.remove(saved.id);
    expect(wb.getCell("Sales 2024", 31, 3)).toBe("checked");
    // Kept without a word: the report names cells where we had written a class and the user changed it
    // (ownership.ts verifyBlock); a cell we had left empty was never ours.
    expect(report.kept).toEqual([]);
    for (let r = 1; r <= 30; r++) expect(wb.getCell("Sales 2024", r, 3)).toBeNull();
    // The user's data, one column to the right, is as it was (the SUM follows its column, as in Excel).
    before[31][1] = { formula: "=SUM(C2:C31)", value: (before[31][1] as { value: number }).value };
    expect(Array.from({ length: 32 }, (_, r) => [wb.getCell("Sales 2024", r, 1), wb.getCell("Sales 2024", r, 2)])).toEqual(before);
  });
});
