/** What the pane says after Remove when something was not ours any more (ownership.ts), in every language. */
import { LANGUAGES } from "../../src/i18n/language";
import { removeReportText } from "../../src/taskpane/removeReport";
import { RemoveReport } from "../../src/workbook/port";

const none: RemoveReport = { kept: [], notRestored: [], dataSheetGone: false };
const cell = (row: number, col: number) => ({ sheet: "Customers", row, col, content: "VIP" });

describe("the pane after Remove", () => {
  test("nothing to add when everything came away as it was added", () => {
    for (const language of LANGUAGES) expect(removeReportText(none, language)).toEqual([]);
  });

  test("cells the user edited are counted and named (A1 addresses, at most eight)", () => {
    const kept = [cell(2, 6), cell(8, 6)];
    expect(removeReportText({ ...none, kept }, "en")).toEqual(["2 cells you edited in our columns were kept: Customers!G3, Customers!G9."]);
    const many = Array.from({ length: 10 }, (_, i) => cell(i + 1, 6));
    const [text] = removeReportText({ ...none, kept: many }, "en");
    expect(text).toContain("10 cells");
    expect(text).toContain("Customers!G9 …");
    expect(text).not.toContain("Customers!G10");
  });

  test("in Korean and Chinese too, with the same addresses; a deleted data sheet is said first", () => {
    const report: RemoveReport = { kept: [cell(2, 6)], notRestored: [{ sheet: "Customers", row: 4, col: 6, content: "note" }], dataSheetGone: true };
    for (const language of LANGUAGES) {
      const lines = removeReportText(report, language);
      expect(lines).toHaveLength(3);
      expect(lines[1]).toContain("Customers!G3");
      expect(lines[2]).toContain("Customers!G5");
    }
    expect(removeReportText(report, "ko")[1]).toContain("그대로 두었습니다");
    expect(removeReportText(report, "zh-CN")[1]).toContain("已保留");
  });
});
