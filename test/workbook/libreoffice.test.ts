/**
 * An independent reader: LibreOffice opens the .xlsx our ExcelJS adapter wrote, recalculates
 * every formula (its own numbers, not our cached ones), renders the conditional formatting to
 * PDF, and exports each sheet to CSV. We then check pixels inside an A, a B and a C row, the
 * class column, the summary's numbers against the engine's, and that text stays text.
 */
import ExcelJS from "exceljs";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { TONES } from "../../src/workbook/palette";
import { applyToSample } from "./helpers/sampleFlow";
import { cleanUp, convert, CSV_ALL_SHEETS, csvNumber, dominantColour, hexToRgb, makeProfile, parseCsv, renderPage, wordBoxes } from "./helpers/libreoffice";

const DPI = 100;

describe("LibreOffice reads what the ExcelJS adapter wrote", () => {
  let applied: Awaited<ReturnType<typeof applyToSample>>;
  let pdfDir: string;
  let csvDir: string;
  const work = fs.mkdtempSync(path.join(os.tmpdir(), "segments-lo-"));
  const file = path.join(work, "applied.xlsx");

  afterAll(() => {
    cleanUp();
    fs.rmSync(work, { recursive: true, force: true });
  });

  beforeAll(async () => {
    applied = await applyToSample();
    // A canary LibreOffice can only get right by recalculating: its cached result is wrong on purpose.
    const canary = applied.workbook.addWorksheet("Canary");
    canary.getCell("A1").value = { formula: "1+1", result: 5 } as ExcelJS.CellValue;
    await applied.workbook.xlsx.writeFile(file);
    const profile = makeProfile();
    // One profile, used by one process at a time.
    pdfDir = await convert(file, "pdf", profile);
    csvDir = await convert(file, CSV_ALL_SHEETS, profile);
  });

  const csv = (sheet: string): string[][] => parseCsv(fs.readFileSync(path.join(csvDir, `applied-${sheet}.csv`), "utf8"));

  test("recalculates on load (the canary shows 2, not its cached 5)", () => {
    expect(csv("Canary")[0][0]).toBe("2");
  });

  test("rows of class A, B and C are filled in their colours in the PDF", async () => {
    const pdf = path.join(pdfDir, "applied.pdf");
    const words = await wordBoxes(pdf, 1);
    const image = await renderPage(pdf, 1, DPI);
    const scale = DPI / 72;
    const { classIndex, codes } = applied.prepared.run;
    const ids = applied.prepared.input.columns.id as string[];
    for (const code of ["A", "B", "C"]) {
      // The first customer of this class whose ID is on page 1.
      const row = ids.findIndex((id, i) => codes[classIndex[i]] === code && words.some((w) => w.text === id));
      expect(row).toBeGreaterThanOrEqual(0);
      const word = words.find((w) => w.text === ids[row])!;
      const y = ((word.yMin + word.yMax) / 2) * scale;
      // The strip right of the ID, inside the same cell: mostly background.
      const colour = dominantColour(image, word.xMax * scale + 2, word.xMax * scale + 30, y);
      const expected = hexToRgb(TONES[code === "A" ? "green" : code === "B" ? "amber" : "blueGrey"].fill);
      colour.forEach((channel, k) => expect(Math.abs(channel - expected[k])).toBeLessThanOrEqual(6));
    }
  });

  test("the class column LibreOffice shows is ours, row for row", () => {
    const rows = csv("Customers");
    expect(rows[0][8]).toBe("ABC class");
    const { classIndex, codes } = applied.prepared.run;
    for (let i = 0; i < classIndex.length; i++) expect([i, rows[i + 1]?.[8] ?? ""]).toEqual([i, classIndex[i] >= 0 ? codes[classIndex[i]] : ""]);
  });

  test("the summary's recalculated counts, sums and shares equal the engine's", () => {
    const rows = csv("Segments ABC");
    const header = rows.findIndex((r) => r[0] === "Class");
    const e = applied.prepared.run.explanation;
    e.classes.forEach((s, i) => {
      const r = rows[header + 1 + i];
      expect(r[0]).toBe(s.code);
      expect(csvNumber(r[1])).toBe(s.customers);
      expect(csvNumber(r[2])).toBeCloseTo(s.customerShare, 12);
      expect(csvNumber(r[3])).toBeCloseTo(s.value, 6);
      expect(csvNumber(r[5])).toBeCloseTo(s.valueShare, 12);
    });
    const total = rows[header + 1 + e.classes.length];
    expect([total[0], csvNumber(total[1]), csvNumber(total[3])]).toEqual(["Total", e.total.customers, e.total.value]);
  });

  test("customers named =1+1 and @SUM(A1) stay text through LibreOffice", () => {
    const names = csv("Customers").map((r) => r[1]);
    expect(names).toContain("=1+1");
    expect(names).toContain("@SUM(A1)");
    expect(names).not.toContain("2");
  });
});
