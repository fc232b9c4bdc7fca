/**
 * The pane's start-up check of the Excel API (ExcelApi 1.9, answered both ways) and the message
 * for an apply refused because this Excel has no Table.resize (ExcelApi 1.13), in English,
 * Korean and Chinese.
 */
import { messageOf } from "../../src/taskpane/errorMessage";
import { startupProblem } from "../../src/taskpane/startupCheck";
import { PANE_EXCEL_API, TableResizeUnsupportedError } from "../../src/workbook/excelRequirements";
import { Language } from "../../src/i18n/language";

const LANGUAGES: Language[] = ["en", "ko", "zh-CN"];
/** An Excel whose newest ExcelApi set is `newest` (minor versions of 1.x). */
const excelWith = (newest: number) => (name: string, version: string) => name !== "ExcelApi" || Number(version.split(".")[1]) <= newest;

describe("the pane's start-up check of the Excel API", () => {
  test("needs ExcelApi 1.9 (Range.getTables, the Pareto chart)", () => {
    expect(PANE_EXCEL_API).toBe("1.9");
  });

  test.each(LANGUAGES)("an Excel with ExcelApi 1.9 starts the pane (%s)", (language) => {
    expect(startupProblem(excelWith(9), language)).toBeNull();
    expect(startupProblem(excelWith(17), language)).toBeNull();
  });

  test("an older Excel gets a message naming the version and what to do, in each language", () => {
    const texts = LANGUAGES.map((language) => startupProblem(excelWith(8), language) as string);
    expect(texts[0]).toBe(
      "This version of Excel is too old for Customer Segments: the pane needs the Excel JavaScript API 1.9 or later. Update Office (File > Account > Update Options), or use Excel on the web.",
    );
    for (const text of texts) {
      expect(text).toContain("1.9");
      expect(text).not.toContain("{");
    }
    expect(texts[1]).toContain("업데이트");
    expect(texts[2]).toContain("更新");
  });
});

describe("an apply refused for want of Table.resize", () => {
  const error = new TableResizeUnsupportedError("Customers");

  test("says why, that nothing was written, and what to do, in each language", () => {
    expect(messageOf(error, "en")).toBe(
      "This version of Excel cannot put the table Customers back to its size after writing beside it (that needs the Excel JavaScript API 1.13). Nothing was written. Update Office, or leave an empty column between the table and the class column.",
    );
    for (const language of ["ko", "zh-CN"] as const) {
      const text = messageOf(error, language);
      expect(text).toContain("Customers");
      expect(text).toContain("1.13");
      expect(text).not.toContain("{");
    }
  });
});
