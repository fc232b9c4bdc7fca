/**
 * End to end in Chromium: the preview opens the user's own .xlsx (made here with ExcelJS: 5,000
 * customers under Korean headers) through its file input, the pane applies ABC and RFM segments
 * on it, and the grid and the workbook behind it hold exactly the classes the engine gives the
 * same file read in Node. The grid draws 2,000 rows and says so; the summary sheet's Pareto
 * chart is drawn; a block pasted from the clipboard and cells typed in stay as typed; switching
 * sheets shows column A again.
 */
import ExcelJS from "exceljs";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { Page } from "playwright-core";
import { formatCount, previewText } from "../../src/i18n/previewText";
import { MAX_ROWS } from "../../src/preview/Grid";
import { memoryWorkbookFromExcelJs } from "../../src/preview/xlsxToMemory";
import { columnLetter } from "../../src/workbook/address";
import { createGridAdapter } from "../../src/workbook/model/gridAdapter";
import { RoleAssignment, SavedSegmentation } from "../../src/workbook/plan";
import { prepare } from "../../src/workbook/segmentation";
import { paneScreenshot, previewInBrowser, readGrid, SCREENSHOTS } from "./previewPage";

const CUSTOMERS = 5000;
const HEADERS = ["고객ID", "고객명", "매출액", "최근구매일", "구매횟수"];

/** A customer export as a Korean sales team has it: IDs, names, revenue, last purchase date, orders. */
async function customerFile(): Promise<string> {
  let seed = 20261207;
  const rand = (): number => (seed = (seed * 48271) % 2147483647) / 2147483647;
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("고객");
  ws.addRow(HEADERS);
  const surnames = ["김", "이", "박", "최", "정", "강", "조", "윤"];
  for (let i = 1; i <= CUSTOMERS; i++) {
    const revenue = Math.round(100 + 200_000 * rand() ** 3);
    const last = new Date(Date.UTC(2026, 0, 1) + Math.floor(rand() * 700) * 86_400_000);
    ws.addRow([`K${String(i).padStart(5, "0")}`, `${surnames[i % surnames.length]}고객${i}`, revenue, last, 1 + Math.floor(rand() * rand() * 40)]);
  }
  ws.getColumn(4).numFmt = "yyyy-mm-dd";
  ws.getColumn(2).width = 14;
  // A second sheet: the opened workbook keeps every sheet.
  wb.addWorksheet("메모").getCell("A1").value = "=1+1 는 텍스트";
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "openxlsx-")), "고객목록.xlsx");
  await wb.xlsx.writeFile(file);
  return file;
}

/** The classes the engine gives the same file read in Node, by data row. */
async function expectedClasses(file: string, methodId: string, params: Readonly<Record<string, string>>, roles: RoleAssignment): Promise<(string | null)[]> {
  const book = new ExcelJS.Workbook();
  await book.xlsx.readFile(file);
  const port = createGridAdapter(memoryWorkbookFromExcelJs(book));
  const source = { sheet: "고객", range: { row: 0, col: 0, rows: CUSTOMERS + 1, cols: HEADERS.length }, hasHeader: true };
  const prepared = await prepare(port, source, { methodId, params, roles });
  return Array.from(prepared.run.classIndex, (c) => (c >= 0 ? prepared.run.codes[c] : null));
}

/** The page's saved segmentation of a method (its params, roles and class column). */
async function saved(page: Page, methodId: string): Promise<SavedSegmentation> {
  const all = await page.evaluate(() => [...(window as unknown as { previewWorkbook: { settings: Map<string, string> } }).previewWorkbook.settings.values()]);
  const found = all.map((v) => { try { return JSON.parse(v) as SavedSegmentation; } catch { return null; } }).find((s) => s?.methodId === methodId);
  if (!found) throw new Error(`no saved ${methodId}`);
  return found;
}

/** One column of the workbook behind the page, data rows 1…CUSTOMERS, as text. */
function columnOf(page: Page, sheet: string, col: number): Promise<string[]> {
  return page.evaluate(
    ({ sheet, col, n }) => {
      const wb = (window as unknown as { previewWorkbook: { getCell(s: string, r: number, c: number): unknown } }).previewWorkbook;
      return Array.from({ length: n }, (_, i) => {
        const v = wb.getCell(sheet, i + 1, col);
        return v === null ? "" : String(v);
      });
    },
    { sheet, col, n: CUSTOMERS },
  );
}

describe("the preview opens the user's .xlsx", () => {
  const preview = previewInBrowser();
  let file = "";
  beforeAll(async () => {
    file = await customerFile();
  });

  async function openFile(lang: string): Promise<Page> {
    const page = await preview.open({ query: `?lang=${lang}` });
    await page.setInputFiles('[data-testid="open-xlsx"]', file);
    await page.waitForSelector('[data-testid="sheet-고객"]');
    return page;
  }

  test("5,000 customers with Korean headers: ABC and RFM segments from the pane, the grid agrees with the engine", async () => {
    const page = await openFile("ko");
    expect(await page.textContent('[data-testid="open-status"]')).toBe(previewText("opened", "ko", { file: "고객목록.xlsx", sheets: 2 }));
    expect(await page.locator('[role="tab"]').allTextContents()).toEqual(["고객", "메모"]);
    // As stored: text, numbers, dates in their format, formula-looking text as text.
    let grid = await readGrid(page);
    expect(HEADERS.map((_, c) => grid[`${columnLetter(c)}1`].text)).toEqual(HEADERS);
    expect(grid.A2.text).toBe("K00001");
    expect(grid.D2.text).toMatch(/^202[67]-\d\d-\d\d$/);
    expect(await page.locator('[data-cell="A2000"]').count()).toBe(1);
    expect(await page.locator('[data-cell="A2001"]').count()).toBe(0);
    expect(await page.textContent('[data-testid="rows-note"]')).toBe(previewText("showingRows", "ko", { shown: formatCount(MAX_ROWS, "ko"), total: formatCount(CUSTOMERS + 1, "ko") }));

    await page.click('[data-cell="B5"]');
    await page.click('[data-testid="locate"]');
    await page.waitForSelector('[data-testid="source-description"]');

    await page.check('[data-testid="method-ABC"]');
    await page.waitForSelector('[data-testid="preview-row-A"]');
    await page.click('[data-testid="apply"]');
    await page.waitForSelector('[data-testid="applied-ABC"]');
    const abcSaved = await saved(page, "ABC");
    expect(abcSaved.roles.value).toBe(2); // 매출액, recognised from its Korean header
    const abc = await expectedClasses(file, "ABC", abcSaved.params, abcSaved.roles);
    expect(new Set(abc)).toEqual(new Set(["A", "B", "C"]));
    expect(await columnOf(page, "고객", abcSaved.classColumn)).toEqual(abc.map((c) => c ?? ""));

    await page.check('[data-testid="method-RFM_SEGMENTS"]');
    await page.waitForSelector('[data-testid="preview-row-CHAMPIONS"]');
    await page.click('[data-testid="apply"]');
    await page.waitForSelector('[data-testid="applied-RFM_SEGMENTS"]');
    const rfmSaved = await saved(page, "RFM_SEGMENTS");
    expect(rfmSaved.roles).toMatchObject({ lastDate: 3, orders: 4, value: 2 });
    const rfm = await expectedClasses(file, "RFM_SEGMENTS", rfmSaved.params, rfmSaved.roles);
    expect(new Set(rfm).size).toBeGreaterThanOrEqual(6);
    expect(await columnOf(page, "고객", rfmSaved.classColumn)).toEqual(rfm.map((c) => c ?? ""));

    // The grid shows both class columns on every drawn row, the note still says where it stops.
    await page.click('[data-testid="sheet-고객"]');
    grid = await readGrid(page);
    const abcLetter = columnLetter(abcSaved.classColumn);
    const rfmLetter = columnLetter(rfmSaved.classColumn);
    for (let r = 2; r <= MAX_ROWS; r++) {
      expect([r, grid[`${abcLetter}${r}`].text, grid[`${rfmLetter}${r}`].text]).toEqual([r, abc[r - 2] ?? "", rfm[r - 2] ?? ""]);
    }
    expect(await page.isVisible('[data-testid="rows-note"]')).toBe(true);
    await paneScreenshot(page, "open-xlsx-rfm-ko", '[data-testid="preview-row-CHAMPIONS"]');
    await page.locator('[data-testid="grid"]').screenshot({ path: path.join(SCREENSHOTS, "open-xlsx-grid-ko.png") });

    // The ABC summary sheet: its Pareto chart drawn over its cells, columns and the cumulative line.
    const names = await page.locator('[role="tab"]').allTextContents();
    const summaries = names.filter((n) => !["고객", "메모"].includes(n));
    expect(summaries.length).toBeGreaterThanOrEqual(1);
    let pareto = 0;
    for (const name of summaries) {
      await page.click(`[data-testid="sheet-${name}"]`);
      const charts = await page.locator('svg[data-chart="pareto"]').count();
      if (!charts) continue;
      pareto++;
      const spec = await page.evaluate((n) => (window as unknown as { previewWorkbook: { sheet(n: string): { charts: { kind: string; data: { rows: number } }[] } } }).previewWorkbook.sheet(n).charts, name);
      const paretoSpec = spec.find((c) => c.kind === "pareto")!;
      expect(await page.locator('svg[data-chart="pareto"] rect[data-bar]').count()).toBe(paretoSpec.data.rows);
      const points = ((await page.getAttribute('svg[data-chart="pareto"] polyline', "points")) ?? "").trim().split(/\s+/);
      expect(points.length).toBe(paretoSpec.data.rows);
      await page.locator('[data-testid="grid"]').screenshot({ path: path.join(SCREENSHOTS, "open-xlsx-pareto-ko.png") });
    }
    expect(pareto).toBe(1);
    await page.close();
  });

  test("switching sheets shows column A again", async () => {
    const page = await openFile("en");
    await page.evaluate(() => ((document.querySelector('[data-testid="grid"]') as HTMLElement).style.maxWidth = "300px"));
    await page.evaluate(() => (document.querySelector('[data-testid="grid"]') as HTMLElement).scrollTo(400, 0));
    expect(await page.evaluate(() => (document.querySelector('[data-testid="grid"]') as HTMLElement).scrollLeft)).toBeGreaterThan(0);
    await page.click('[data-testid="sheet-메모"]');
    expect(await page.evaluate(() => (document.querySelector('[data-testid="grid"]') as HTMLElement).scrollLeft)).toBe(0);
    await page.close();
  });

  test("a file that is not an .xlsx gets a message in the pane's language and leaves the workbook shown", async () => {
    const page = await preview.open({ query: "?lang=zh-CN" });
    const bad = path.join(path.dirname(file), "export.csv");
    fs.writeFileSync(bad, "id,value\n1,2\n");
    await page.setInputFiles('[data-testid="open-xlsx"]', bad);
    await page.waitForSelector('[data-testid="open-status"][role="alert"]');
    expect(await page.textContent('[data-testid="open-status"]')).toBe(previewText("notXlsx", "zh-CN", { file: "export.csv" }));
    expect(await page.locator('[data-testid="sheet-Customers"]').count()).toBe(1);
    await page.close();
  });
});

describe("paste and edit in the preview grid", () => {
  const preview = previewInBrowser();

  /** A tab-separated block on the clipboard, pasted into the focused grid (as Ctrl+V does). */
  async function paste(page: Page, text: string): Promise<void> {
    await page.evaluate((t) => {
      const data = new DataTransfer();
      data.setData("text/plain", t);
      document.querySelector('[data-testid="grid"]')!.dispatchEvent(new ClipboardEvent("paste", { clipboardData: data, bubbles: true, cancelable: true }));
    }, text);
  }

  const cell = (page: Page, sheet: string, a1: [number, number]): Promise<unknown> =>
    page.evaluate(({ sheet, r, c }) => (window as unknown as { previewWorkbook: { getCell(s: string, r: number, c: number): unknown } }).previewWorkbook.getCell(sheet, r, c), { sheet, r: a1[0], c: a1[1] });

  test("a block copied from Excel lands at the selected cell, cell by cell, text as text", async () => {
    const page = await preview.open();
    const sheet = await page.evaluate(() => (window as unknown as { previewWorkbook: { activeCell(): { sheet: string } } }).previewWorkbook.activeCell().sheet);
    // I: the first empty column right of the sample's customer table.
    await page.click('[data-cell="I3"]');
    await paste(page, '=1+1\t42\t1,234\r\n"two\nlines"\t-3.5\t고객\r\n');
    expect(await cell(page, sheet, [2, 8])).toBe("=1+1");
    expect(await cell(page, sheet, [2, 9])).toBe(42);
    expect(await cell(page, sheet, [2, 10])).toBe("1,234");
    expect(await cell(page, sheet, [3, 8])).toBe("two\nlines");
    expect(await cell(page, sheet, [3, 9])).toBe(-3.5);
    expect(await cell(page, sheet, [3, 10])).toBe("고객");
    const grid = await readGrid(page);
    expect([grid.I3.text, grid.J3.text, grid.K4.text]).toEqual(["=1+1", "42", "고객"]);
    await page.close();
  });

  test("type or double-click to edit; Enter keeps, Esc gives back the old value", async () => {
    const page = await preview.open();
    const sheet = await page.evaluate(() => (window as unknown as { previewWorkbook: { activeCell(): { sheet: string } } }).previewWorkbook.activeCell().sheet);
    const before = await cell(page, sheet, [2, 1]);
    // Double-click, change, Esc: unchanged.
    await page.dblclick('[data-cell="B3"]');
    await page.fill('[data-testid="cell-editor"]', "changed");
    await page.keyboard.press("Escape");
    expect(await cell(page, sheet, [2, 1])).toEqual(before);
    // Double-click, formula-looking text, Enter: kept as text, the cell below is active.
    await page.dblclick('[data-cell="B3"]');
    await page.fill('[data-testid="cell-editor"]', "=SUM(A1:A3)");
    await page.keyboard.press("Enter");
    expect(await cell(page, sheet, [2, 1])).toBe("=SUM(A1:A3)");
    expect(await page.textContent('[data-cell="B3"]')).toBe("=SUM(A1:A3)");
    expect(await page.evaluate(() => (window as unknown as { previewWorkbook: { activeCell(): unknown } }).previewWorkbook.activeCell())).toEqual({ sheet, row: 3, col: 1 });
    // Typing over the active cell: a plain number becomes a number.
    await page.keyboard.type("1250");
    await page.keyboard.press("Enter");
    expect(await cell(page, sheet, [3, 1])).toBe(1250);
    await page.close();
  });
});
