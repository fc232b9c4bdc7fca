/** English pane sentences agree with their count ("1 row", not "1 rows"); dates and times read as dates and times. */
import { paneText, PANE_TABLES } from "../../src/i18n/paneText";
import { appliedText } from "../../src/workbook/planSummary";

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
